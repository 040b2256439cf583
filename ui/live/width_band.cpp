#include "live/width_band.h"

namespace cs::ui {

std::array<QRectF, 2> faceWidthBandRects(const cs::SpecProfile& profile) {
  constexpr double kCheekTop = 300, kCheekBottom = 420;  // output y of the cheeks in a framed photo (G3 band + ~50)
  const double c = profile.outputWidth / 2.0;
  const double lo = profile.faceWidth.min / 2, hi = profile.faceWidth.max / 2;
  return {QRectF(QPointF(c - hi, kCheekTop), QPointF(c - lo, kCheekBottom)),
          QRectF(QPointF(c + lo, kCheekTop), QPointF(c + hi, kCheekBottom))};
}

}  // namespace cs::ui
