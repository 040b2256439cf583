#pragma once
// Traffic-light state of one overlay band or check: green inside, amber just outside, red further out.
#include <QColor>

#include "cs/core/check_result.h"
#include "cs/core/spec_profile.h"

namespace cs::ui {

enum class Signal { Unknown, Good, Near, Bad };

// `value` in the output photo's own pixels. Near: outside by at most a quarter of the band's width.
Signal bandSignal(const cs::Band& band, double value, bool known = true);
// G1: |centre - outputWidth/2| within the tolerance.
Signal centreSignal(double faceCentreX, double outputWidth, double tolerancePx, bool known = true);
Signal fromStatus(cs::CheckStatus status);
Signal worse(Signal a, Signal b);
QColor signalColour(Signal signal);

}  // namespace cs::ui
