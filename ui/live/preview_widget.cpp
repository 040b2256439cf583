#include "live/preview_widget.h"

#include <QPainter>
#include <algorithm>

#include "frames/frame_convert.h"
#include "frames/yuv_convert.h"
#include "live/live_session.h"
#include "live/overlay_painter.h"

namespace cs::ui {

PreviewWidget::PreviewWidget(QWidget* parent) : QWidget(parent) {
  setAttribute(Qt::WA_OpaquePaintEvent);
  setMinimumSize(480, 360);
}

void PreviewWidget::setFrame(const QVideoFrame& frame) {
  frame_ = frame;
  image_ = QImage();  // converted once, at the first paint that needs it
  update();
}

void PreviewWidget::setResult(const LiveResult& result) {
  result_ = std::make_shared<const LiveResult>(result);
  update();
}

void PreviewWidget::clearResult() {
  result_.reset();
  update();
}

void PreviewWidget::setMirrored(bool mirrored) {
  mirrored_ = mirrored;
  update();
}

void PreviewWidget::setModeBanner(const QString& text) {
  modeBanner_ = text;
  update();
}

void PreviewWidget::setAlert(const QString& text) {
  alert_ = text;
  update();
}

bool PreviewWidget::resultIsStale() const {
  return result_ && LiveSession::nowMs() - result_->frameArrivedMs > kStaleAfterMs;
}

void PreviewWidget::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), QColor(0x20, 0x22, 0x26));
  const QSize frameSize = frame_.size();  // source pixels: the overlays' coordinate space
  if (image_.isNull() && frame_.isValid()) {
    // Converted at about the displayed size (every step-th pixel), not at the camera's full size.
    const int step = std::max(1, std::min(frameSize.width() / std::max(1, width()),
                                          frameSize.height() / std::max(1, height())));
    image_ = convertOnCpu(frame_, step);
    if (image_.isNull()) image_ = videoFrameToImage(frame_);
  }
  const QImage& image = image_;
  if (!image.isNull()) {
    const QTransform toWidget = sourceToWidget(frameSize, QRectF(rect()), mirrored_);
    const QRectF frameArea = toWidget.mapRect(QRectF(QPointF(0, 0), QSizeF(frameSize)));
    p.save();
    p.setTransform(toWidget);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(QRectF(QPointF(0, 0), QSizeF(frameSize)), image);
    p.restore();
    const bool sameSize = result_ && result_->analysis.imageSize.width == frameSize.width() &&
                          result_->analysis.imageSize.height == frameSize.height();
    if (sameSize) {
      p.setOpacity(resultIsStale() ? 0.35 : 1.0);  // an old result must not look current
      OverlayPainter(p, toWidget, profile_).paint(result_->analysis, frameArea);
      p.setOpacity(1.0);
    }
  }
  int y = 8;
  if (!modeBanner_.isEmpty()) y += paintBanner(p, modeBanner_, QColor(0x1f, 0x5f, 0xbf), y) + 8;
  if (!alert_.isEmpty()) paintBanner(p, alert_, QColor(0xc0, 0x30, 0x28), y);
}

int PreviewWidget::paintBanner(QPainter& p, const QString& text, const QColor& background, int y) {
  // Long messages (a missing file with its path) wrap onto several lines rather than being cut off.
  QFont font = p.font();
  font.setPixelSize(20);
  font.setBold(true);
  p.setFont(font);
  const int maxWidth = width() - 48;
  const QRect textRect = p.fontMetrics().boundingRect(QRect(0, 0, maxWidth, 1000), Qt::TextWordWrap, text);
  const QRect box((width() - textRect.width() - 32) / 2, y, textRect.width() + 32, textRect.height() + 12);
  p.setPen(Qt::NoPen);
  p.setBrush(background);
  p.drawRoundedRect(box, 6, 6);
  p.setPen(Qt::white);
  p.drawText(box.adjusted(16, 6, -16, -6), Qt::AlignCenter | Qt::TextWordWrap, text);
  return box.height();
}

}  // namespace cs::ui
