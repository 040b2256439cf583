#pragma once
// Draws the crop window and the G1-G4 bands over the preview. Band positions are the standard's own
// numbers in the 480x640 output photo; they are mapped output px -> source px (through the crop plan) ->
// widget px (through `sourceToWidget`, which may mirror). Text is never mirrored.
#include <QPainter>
#include <QTransform>

#include "cs/core/analyzer.h"
#include "live/band_state.h"

namespace cs::ui {

struct BandSignals {
  Signal hairTop = Signal::Unknown;    // G2
  Signal eyes = Signal::Unknown;       // G3
  Signal faceWidth = Signal::Unknown;  // G4
  Signal centre = Signal::Unknown;     // G1
};

// The colour of each band: the measured output geometry against the profile, made worse by the check of
// the same id when the analysis has one.
BandSignals bandSignals(const cs::Analysis& analysis, const cs::SpecProfile& profile);

// Letterboxes a source of `source` size into `area`; mirrored flips it left-right.
QTransform sourceToWidget(QSize source, const QRectF& area, bool mirrored);

class OverlayPainter {
 public:
  OverlayPainter(QPainter& painter, const QTransform& sourceToWidget, const cs::SpecProfile& profile);
  void paint(const cs::Analysis& analysis, const QRectF& frameArea);

 private:
  QPointF outputToWidget(const cs::CropPlan& plan, double x, double y) const;
  void paintShade(const QPolygonF& window, const QRectF& frameArea);
  void paintHorizontalBand(const cs::CropPlan& plan, const cs::Band& band, Signal signal, const QString& label,
                           std::optional<double> measuredY);
  void paintWidthBand(const cs::CropPlan& plan, Signal signal);
  void paintCentreLine(const cs::CropPlan& plan, Signal signal);
  void paintLabel(QPointF anchor, const QString& text, const QColor& colour);
  void paintFaceBoxes(const cs::Analysis& analysis);

  QPainter& p_;
  QTransform toWidget_;
  const cs::SpecProfile& profile_;
};

}  // namespace cs::ui
