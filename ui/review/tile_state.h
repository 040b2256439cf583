#pragma once
// What a supervisor sees at a glance on each tile of the review grid: one of six states, each with its
// own colour and a short label. Derived from the batch's CandidateStatus (latest attempt + latest decision).
#include <QColor>
#include <QString>

#include "cs/core/batch/batch_types.h"

namespace cs::ui {

enum class TileState {
  NotCaptured,  // no photo yet
  Passed,       // latest photo passed every check; awaiting review
  Warnings,     // latest photo has warnings (a person should look); awaiting review
  Overridden,   // kept at the station despite a failed check, with a reason; awaiting review
  Approved,     // supervisor approved the latest photo: ready for export
  Rejected,     // supervisor rejected it: the station shows the candidate for re-capture
};

TileState tileState(const cs::batch::CandidateStatus& status);
QColor tileColour(TileState state);
QString tileLabel(TileState state);  // translated, e.g. "已退回，需重拍"

}  // namespace cs::ui
