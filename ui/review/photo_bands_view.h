#pragma once
// The large view of one stored photo with the standard's bands drawn over it (G1 centre line, G2 hairline
// 50-110 px, G3 eye band 200-300 px, G4 face-width band 180-300 px centred), in the photo's OWN output
// pixels (480x640 for a certificate photo; values from cs::SpecProfile) mapped to the widget by one
// scale + offset (letterboxed, never mirrored: this is the file that will be uploaded). Each band takes
// the colour of its check in the attempt (green pass, amber warn, red fail, grey not measured), and the
// measured value of that check (hair top y, eye y, face width, face centre x) is drawn as a solid line.
#include <QImage>
#include <QTransform>
#include <QWidget>

#include "cs/core/check_result.h"
#include "cs/core/spec_profile.h"

namespace cs::ui {

class PhotoBandsView : public QWidget {
  Q_OBJECT
 public:
  explicit PhotoBandsView(QWidget* parent = nullptr);
  // `problem` is shown instead of a photo when `photo` is null (e.g. not captured, file unreadable).
  void showPhoto(const QImage& photo, const cs::CheckList& checks, const QString& problem = {});
  void setBandsVisible(bool visible);
  bool bandsVisible() const { return bandsVisible_; }
  const QImage& photo() const { return photo_; }

  // Photo pixel -> widget pixel for the current size (identity scale of the photo's own coordinates).
  QTransform photoToWidget() const;
  // A horizontal band (e.g. profile.eyeY) in widget coordinates, across the photo's width.
  QRectF horizontalBandInWidget(const cs::Band& band) const;
  QSize sizeHint() const override;
  bool hasHeightForWidth() const override { return true; }
  int heightForWidth(int width) const override { return width * 4 / 3; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  void paintBands(QPainter& p) const;
  void paintHorizontal(QPainter& p, const cs::Band& band, const char* id) const;
  void paintWidthBand(QPainter& p) const;
  void paintCentreLine(QPainter& p) const;
  void paintTag(QPainter& p, QPointF at, const QString& text, const QColor& colour) const;
  QColor colourOf(const char* id) const;
  const cs::CheckResult* check(const char* id) const;

  cs::SpecProfile profile_;
  QImage photo_;
  cs::CheckList checks_;
  QString problem_;
  bool bandsVisible_ = true;
};

}  // namespace cs::ui
