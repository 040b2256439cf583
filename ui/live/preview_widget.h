#pragma once
// The live preview, painted by us (QVideoWidget cannot be grabbed for screenshots or tests, and painting
// ourselves puts the overlays in the same pass). Mirroring is for the sitter's comfort only: it changes
// this widget, never the frame that is analysed or saved (I2).
#include <QVideoFrame>
#include <QWidget>
#include <memory>

#include "cs/core/spec_profile.h"
#include "live/live_result.h"

namespace cs::ui {

class PreviewWidget : public QWidget {
  Q_OBJECT
 public:
  static constexpr qint64 kStaleAfterMs = 250;  // older results are dimmed

  explicit PreviewWidget(QWidget* parent = nullptr);
  void setProfile(const cs::SpecProfile& profile) { profile_ = profile; }
  void setFrame(const QVideoFrame& frame);
  void setResult(const LiveResult& result);
  void clearResult();
  void setMirrored(bool mirrored);
  bool mirrored() const { return mirrored_; }
  void setModeBanner(const QString& text);  // e.g. 演示模式 / demo; empty hides it
  void setAlert(const QString& text);       // a problem the photographer must see; empty hides it
  bool resultIsStale() const;
  QSize sizeHint() const override { return {800, 600}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  int paintBanner(QPainter& p, const QString& text, const QColor& background, int y);  // its height
  QVideoFrame frame_;
  QImage image_;  // frame_ converted for painting (empty until needed)
  std::shared_ptr<const LiveResult> result_;
  cs::SpecProfile profile_;
  bool mirrored_ = false;
  QString modeBanner_;
  QString alert_;
};

}  // namespace cs::ui
