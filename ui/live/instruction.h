#pragma once
// The one large instruction under the preview: the most important thing to fix now, in the
// photographer's order (face found -> framing -> lighting -> background -> expression), or "ready".
#include <QString>

#include "live/band_state.h"
#include "live/live_result.h"

namespace cs::ui {

struct Instruction {
  QString text;
  Signal signal = Signal::Unknown;
};

Instruction instructionFor(const LiveResult* result, bool analyzerReady);

}  // namespace cs::ui
