#include "review/photo_bands_view.h"

#include <QPainter>
#include <algorithm>

#include "live/band_state.h"
#include "live/width_band.h"

namespace cs::ui {

PhotoBandsView::PhotoBandsView(QWidget* parent) : QWidget(parent) {
  auto loaded = cs::SpecProfile::load();
  if (loaded) profile_ = loaded.value();  // else the compiled-in defaults of SpecProfile (480x640, same bands)
  setMinimumSize(240, 320);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize PhotoBandsView::sizeHint() const { return {360, 480}; }

void PhotoBandsView::showPhoto(const QImage& photo, const cs::CheckList& checks, const QString& problem) {
  photo_ = photo;
  checks_ = checks;
  problem_ = problem;
  update();
}

void PhotoBandsView::setBandsVisible(bool visible) {
  bandsVisible_ = visible;
  update();
}

QTransform PhotoBandsView::photoToWidget() const {
  // The photo's own coordinate space is profile.outputWidth x outputHeight (its real size for a
  // certificate photo); a photo of another size is still drawn into that space.
  const double w = profile_.outputWidth, h = profile_.outputHeight;
  const double scale = std::min(width() / w, height() / h);
  const double left = (width() - w * scale) / 2, top = 0;  // top-aligned: spare height goes below the photo
  return QTransform(scale, 0, 0, scale, left, top);
}

QRectF PhotoBandsView::horizontalBandInWidget(const cs::Band& band) const {
  return photoToWidget().mapRect(QRectF(0, band.min, profile_.outputWidth, band.max - band.min));
}

void PhotoBandsView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  const QRectF area = photoToWidget().mapRect(QRectF(0, 0, profile_.outputWidth, profile_.outputHeight));
  p.setPen(QPen(QColor(0x60, 0x60, 0x60), 1));  // a thin frame: the edge of the file that will be uploaded
  p.drawRect(area.adjusted(-1, -1, 0, 0));
  if (photo_.isNull()) {
    p.fillRect(area, QColor(0x55, 0x55, 0x55));
    p.setPen(Qt::white);
    QFont font = p.font();
    font.setPixelSize(18);
    p.setFont(font);
    p.drawText(area.adjusted(20, 0, -20, 0), Qt::AlignCenter | Qt::TextWordWrap, problem_);
    return;
  }
  p.setRenderHint(QPainter::SmoothPixmapTransform);
  p.drawImage(area, photo_);
  if (bandsVisible_) paintBands(p);
}

const cs::CheckResult* PhotoBandsView::check(const char* id) const {
  for (const auto& c : checks_)
    if (c.id == id) return &c;
  return nullptr;
}

QColor PhotoBandsView::colourOf(const char* id) const {
  const cs::CheckResult* c = check(id);
  return signalColour(c ? fromStatus(c->status) : Signal::Unknown);
}

void PhotoBandsView::paintBands(QPainter& p) const {
  p.setRenderHint(QPainter::Antialiasing);
  paintHorizontal(p, profile_.hairTop, "G2");
  paintHorizontal(p, profile_.eyeY, "G3");
  paintWidthBand(p);
  paintCentreLine(p);
}

void PhotoBandsView::paintHorizontal(QPainter& p, const cs::Band& band, const char* id) const {
  const QTransform t = photoToWidget();
  const QColor colour = colourOf(id);
  QColor fill = colour;
  fill.setAlpha(50);
  p.setPen(QPen(colour, 1.5));
  p.setBrush(fill);
  p.drawRect(horizontalBandInWidget(band));
  const cs::CheckResult* c = check(id);
  if (c && c->unit == "px" && c->status != cs::CheckStatus::NotAssessed) {  // the measured line
    p.setPen(QPen(colour, 2.5));
    p.drawLine(t.map(QPointF(0, c->value)), t.map(QPointF(profile_.outputWidth, c->value)));
  }
  paintTag(p, t.map(QPointF(4, band.min + 3)), QString::fromLatin1(id), colour);
}

void PhotoBandsView::paintWidthBand(QPainter& p) const {
  // Where the cheeks must fall for a face width inside the band, centred on x = outputWidth/2, drawn at
  // cheek height (faceWidthBandRects: the same rectangles as on the station's live preview).
  const QTransform t = photoToWidget();
  const QColor colour = colourOf("G4");
  QColor fill = colour;
  fill.setAlpha(50);
  const auto band = faceWidthBandRects(profile_);
  const double c = profile_.outputWidth / 2.0, top = band[0].top(), bottom = band[0].bottom();
  p.setPen(QPen(colour, 1.5));
  p.setBrush(fill);
  for (const QRectF& side : band) p.drawRect(t.mapRect(side));
  const cs::CheckResult* width = check("G4");
  const cs::CheckResult* centre = check("G1");
  if (width && width->value > 0) {  // the measured cheeks, around the measured centre when known
    const double cx = centre && centre->value > 0 ? centre->value : c;
    p.setPen(QPen(colour, 2.5));
    for (double x : {cx - width->value / 2, cx + width->value / 2})
      p.drawLine(t.map(QPointF(x, top - 12)), t.map(QPointF(x, bottom + 12)));
  }
  paintTag(p, t.map(QPointF(band[1].right() + 4, bottom - 22)), QStringLiteral("G4"), colour);
}

void PhotoBandsView::paintCentreLine(QPainter& p) const {
  const QTransform t = photoToWidget();
  const QColor colour = colourOf("G1");
  const double c = profile_.outputWidth / 2.0;
  p.setPen(QPen(colour, 1.5, Qt::DashLine));
  p.drawLine(t.map(QPointF(c, 0)), t.map(QPointF(c, profile_.outputHeight)));
  const cs::CheckResult* centre = check("G1");
  if (centre && centre->value > 0) {  // the measured face centre: a short solid mark at brow height
    p.setPen(QPen(colour, 3.5));
    p.drawLine(t.map(QPointF(centre->value, 150)), t.map(QPointF(centre->value, 190)));
  }
  paintTag(p, t.map(QPointF(c + 4, profile_.outputHeight - 30)), QStringLiteral("G1"), colour);
}

void PhotoBandsView::paintTag(QPainter& p, QPointF at, const QString& text, const QColor& colour) const {
  QFont font = p.font();
  font.setPixelSize(13);
  font.setBold(true);
  p.setFont(font);
  const QRectF box(at, p.fontMetrics().boundingRect(text).adjusted(-4, -1, 4, 1).size());
  p.setPen(Qt::NoPen);
  p.setBrush(QColor(0, 0, 0, 170));
  p.drawRoundedRect(box, 3, 3);
  p.setPen(colour.lighter(130));
  p.drawText(box, Qt::AlignCenter, text);
}

}  // namespace cs::ui
