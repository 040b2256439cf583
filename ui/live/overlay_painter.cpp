#include "live/overlay_painter.h"

#include <QPainterPath>
#include <algorithm>

#include "live/check_labels.h"
#include "live/width_band.h"

namespace cs::ui {

namespace {

Signal checkSignal(const cs::CheckList& checks, const char* id) {
  Signal s = Signal::Good;
  bool found = false;
  for (const auto& c : checks) {
    if (c.id != id || c.status == cs::CheckStatus::NotAssessed) continue;
    s = worse(s, fromStatus(c.status));
    found = true;
  }
  return found ? s : Signal::Good;
}

}  // namespace

BandSignals bandSignals(const cs::Analysis& analysis, const cs::SpecProfile& profile) {
  BandSignals out;
  if (!analysis.crop) return out;
  const cs::OutputGeometry& g = analysis.crop->geometry;
  out.hairTop = worse(bandSignal(profile.hairTop, g.hairTopY, g.hairTopKnown), checkSignal(analysis.checks, "G2"));
  if (!g.hairTopKnown) out.hairTop = Signal::Unknown;
  out.eyes = worse(bandSignal(profile.eyeY, g.eyeY), checkSignal(analysis.checks, "G3"));
  out.faceWidth = worse(bandSignal(profile.faceWidth, g.faceWidth), checkSignal(analysis.checks, "G4"));
  out.centre = worse(centreSignal(g.faceCentreX, profile.outputWidth, profile.centreTolerancePx),
                     checkSignal(analysis.checks, "G1"));
  return out;
}

QTransform sourceToWidget(QSize source, const QRectF& area, bool mirrored) {
  if (source.isEmpty()) return {};
  const double scale = std::min(area.width() / source.width(), area.height() / source.height());
  const double w = source.width() * scale, h = source.height() * scale;
  const double left = area.x() + (area.width() - w) / 2, top = area.y() + (area.height() - h) / 2;
  if (mirrored) return QTransform(-scale, 0, 0, scale, left + w, top);
  return QTransform(scale, 0, 0, scale, left, top);
}

OverlayPainter::OverlayPainter(QPainter& painter, const QTransform& toWidget, const cs::SpecProfile& profile)
    : p_(painter), toWidget_(toWidget), profile_(profile) {}

QPointF OverlayPainter::outputToWidget(const cs::CropPlan& plan, double x, double y) const {
  const QPointF source(plan.window.x + x / plan.scale, plan.window.y + y / plan.scale);
  return toWidget_.map(source);
}

void OverlayPainter::paint(const cs::Analysis& analysis, const QRectF& frameArea) {
  p_.setRenderHint(QPainter::Antialiasing);
  paintFaceBoxes(analysis);
  if (!analysis.crop || analysis.crop->scale <= 0) return;
  const cs::CropPlan& plan = *analysis.crop;
  const double W = profile_.outputWidth, H = profile_.outputHeight;
  const QPolygonF window({outputToWidget(plan, 0, 0), outputToWidget(plan, W, 0), outputToWidget(plan, W, H),
                          outputToWidget(plan, 0, H)});
  paintShade(window, frameArea);
  const BandSignals s = bandSignals(analysis, profile_);
  const auto& g = plan.geometry;
  paintHorizontalBand(plan, profile_.hairTop, s.hairTop, QStringLiteral("G2"),
                      g.hairTopKnown ? std::optional<double>(g.hairTopY) : std::nullopt);
  paintHorizontalBand(plan, profile_.eyeY, s.eyes, QStringLiteral("G3"), g.eyeY);
  paintWidthBand(plan, s.faceWidth);
  paintCentreLine(plan, s.centre);
  // The window itself: solid white when it fits in the frame, dashed red where it would leave it.
  QPen border(plan.fits() ? QColor(255, 255, 255) : signalColour(Signal::Bad), plan.fits() ? 2.5 : 3);
  if (!plan.fits()) border.setStyle(Qt::DashLine);
  p_.setPen(border);
  p_.setBrush(Qt::NoBrush);
  p_.drawPolygon(window);
}

void OverlayPainter::paintShade(const QPolygonF& window, const QRectF& frameArea) {
  // Darken what would not be saved so the eye goes to the 3:4 window.
  QPainterPath outside;
  outside.addRect(frameArea);
  QPainterPath inside;
  inside.addPolygon(window);
  p_.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 110));
}

void OverlayPainter::paintHorizontalBand(const cs::CropPlan& plan, const cs::Band& band, Signal signal,
                                         const QString& id, std::optional<double> measuredY) {
  const QColor colour = signalColour(signal);
  const double W = profile_.outputWidth;
  const QPolygonF strip({outputToWidget(plan, 0, band.min), outputToWidget(plan, W, band.min),
                         outputToWidget(plan, W, band.max), outputToWidget(plan, 0, band.max)});
  QColor fill = colour;
  fill.setAlpha(55);
  p_.setPen(QPen(colour, 1.5));
  p_.setBrush(fill);
  p_.drawPolygon(strip);
  if (measuredY) {  // the measured hair top / eye line, across the window
    p_.setPen(QPen(colour, 3));
    p_.drawLine(outputToWidget(plan, 0, *measuredY), outputToWidget(plan, W, *measuredY));
  }
  const QPointF a = outputToWidget(plan, 0, band.min), b = outputToWidget(plan, W, band.min);
  paintLabel(QPointF(std::max(a.x(), b.x()) + 6, a.y()), id + QLatin1Char(' ') + checkLabel(id), colour);
}

void OverlayPainter::paintWidthBand(const cs::CropPlan& plan, Signal signal) {
  // Where the cheeks must fall for a face width in band, centred on the photo's centre line, drawn at
  // cheek height (faceWidthBandRects, shared with the review window).
  const QColor colour = signalColour(signal);
  QColor fill = colour;
  fill.setAlpha(55);
  const auto band = faceWidthBandRects(profile_);
  const double top = band[0].top(), bottom = band[0].bottom();
  p_.setPen(QPen(colour, 1.5));
  p_.setBrush(fill);
  for (const QRectF& side : band) {
    p_.drawPolygon(QPolygonF({outputToWidget(plan, side.left(), top), outputToWidget(plan, side.right(), top),
                              outputToWidget(plan, side.right(), bottom), outputToWidget(plan, side.left(), bottom)}));
  }
  const auto& g = plan.geometry;  // the measured cheeks
  p_.setPen(QPen(colour, 3));
  for (double x : {g.faceCentreX - g.faceWidth / 2, g.faceCentreX + g.faceWidth / 2})
    p_.drawLine(outputToWidget(plan, x, top - 15), outputToWidget(plan, x, bottom + 15));
  const QPointF a = outputToWidget(plan, 0, bottom), b = outputToWidget(plan, profile_.outputWidth, bottom);
  paintLabel(QPointF(std::max(a.x(), b.x()) + 6, a.y() - 20), QStringLiteral("G4 ") + checkLabel("G4"), colour);
}

void OverlayPainter::paintCentreLine(const cs::CropPlan& plan, Signal signal) {
  const QColor colour = signalColour(signal);
  const double c = profile_.outputWidth / 2.0;
  QPen pen(colour, 2, Qt::DashLine);
  p_.setPen(pen);
  p_.drawLine(outputToWidget(plan, c, 0), outputToWidget(plan, c, profile_.outputHeight));
  const double fx = plan.geometry.faceCentreX;  // the measured face centre: a short solid mark
  p_.setPen(QPen(colour, 4));
  p_.drawLine(outputToWidget(plan, fx, 150), outputToWidget(plan, fx, 190));
  const QPointF bottom = outputToWidget(plan, c, profile_.outputHeight);
  paintLabel(bottom + QPointF(-40, 4), QStringLiteral("G1 ") + checkLabel("G1"), colour);
}

void OverlayPainter::paintLabel(QPointF anchor, const QString& text, const QColor& colour) {
  QFont font = p_.font();
  font.setPixelSize(15);
  font.setBold(true);
  p_.setFont(font);
  const QRectF box = p_.fontMetrics().boundingRect(text).adjusted(-5, -2, 5, 2);
  const QRectF placed(anchor, box.size());
  p_.setPen(Qt::NoPen);
  p_.setBrush(QColor(0, 0, 0, 170));
  p_.drawRoundedRect(placed, 3, 3);
  p_.setPen(colour.lighter(120));
  p_.drawText(placed, Qt::AlignCenter, text);
}

void OverlayPainter::paintFaceBoxes(const cs::Analysis& analysis) {
  if (analysis.faces.count() < 2) return;  // one face: the bands say it all; several: show who is extra
  p_.setPen(QPen(signalColour(Signal::Bad), 3));
  p_.setBrush(Qt::NoBrush);
  for (const cs::RectF& box : analysis.faces.boxes)
    p_.drawPolygon(toWidget_.map(QPolygonF(QRectF(box.x, box.y, box.width, box.height))));
}

}  // namespace cs::ui
