#include "live/band_state.h"

#include <algorithm>
#include <cmath>

namespace cs::ui {

Signal bandSignal(const cs::Band& band, double value, bool known) {
  if (!known) return Signal::Unknown;
  if (band.contains(value)) return Signal::Good;
  const double outside = value < band.min ? band.min - value : value - band.max;
  return outside <= (band.max - band.min) / 4 ? Signal::Near : Signal::Bad;
}

Signal centreSignal(double faceCentreX, double outputWidth, double tolerancePx, bool known) {
  if (!known) return Signal::Unknown;
  const double offset = std::abs(faceCentreX - outputWidth / 2);
  if (offset <= tolerancePx) return Signal::Good;
  return offset <= 2 * tolerancePx ? Signal::Near : Signal::Bad;
}

Signal fromStatus(cs::CheckStatus status) {
  switch (status) {
    case cs::CheckStatus::Pass: return Signal::Good;
    case cs::CheckStatus::Warn: return Signal::Near;
    case cs::CheckStatus::Fail: return Signal::Bad;
    case cs::CheckStatus::NotAssessed: return Signal::Unknown;
  }
  return Signal::Unknown;
}

Signal worse(Signal a, Signal b) {
  auto rank = [](Signal s) { return s == Signal::Bad ? 3 : s == Signal::Near ? 2 : s == Signal::Unknown ? 1 : 0; };
  return rank(a) >= rank(b) ? a : b;
}

QColor signalColour(Signal signal) {
  switch (signal) {
    case Signal::Good: return QColor(0x2e, 0xb8, 0x4b);     // green
    case Signal::Near: return QColor(0xf0, 0xa0, 0x20);     // amber
    case Signal::Bad: return QColor(0xe0, 0x36, 0x2c);      // red
    case Signal::Unknown: return QColor(0x9a, 0x9a, 0x9a);  // grey: not measured
  }
  return Qt::gray;
}

}  // namespace cs::ui
