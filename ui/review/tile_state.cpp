#include "review/tile_state.h"

#include <QCoreApplication>
#include <algorithm>

namespace cs::ui {

TileState tileState(const cs::batch::CandidateStatus& status) {
  using cs::batch::ReviewState;
  switch (status.state) {
    case ReviewState::NotCaptured: return TileState::NotCaptured;
    case ReviewState::Approved: return TileState::Approved;
    case ReviewState::Rejected: return TileState::Rejected;
    case ReviewState::AwaitingReview: break;
  }
  if (!status.latest) return TileState::NotCaptured;
  const cs::batch::Attempt& latest = *status.latest;
  if (latest.overridden() || latest.hasFailedCheck()) return TileState::Overridden;
  const bool warns = std::any_of(latest.checks.begin(), latest.checks.end(),
                                 [](const cs::CheckResult& c) { return c.status == cs::CheckStatus::Warn; });
  return warns ? TileState::Warnings : TileState::Passed;
}

QColor tileColour(TileState state) {
  switch (state) {
    case TileState::NotCaptured: return QColor(0x8a, 0x8a, 0x8a);  // grey
    case TileState::Passed: return QColor(0x2e, 0x8b, 0x3e);       // green
    case TileState::Warnings: return QColor(0xd9, 0x8e, 0x04);     // amber
    case TileState::Overridden: return QColor(0xc4, 0x4d, 0x00);   // deep orange
    case TileState::Approved: return QColor(0x15, 0x65, 0xc0);     // blue: done
    case TileState::Rejected: return QColor(0xc6, 0x28, 0x28);     // red: needs the station again
  }
  return Qt::gray;
}

QString tileLabel(TileState state) {
  const char* text = "";
  switch (state) {
    case TileState::NotCaptured: text = QT_TRANSLATE_NOOP("ReviewTile", "Not captured"); break;
    case TileState::Passed: text = QT_TRANSLATE_NOOP("ReviewTile", "Passed · review"); break;
    case TileState::Warnings: text = QT_TRANSLATE_NOOP("ReviewTile", "Warning · review"); break;
    case TileState::Overridden: text = QT_TRANSLATE_NOOP("ReviewTile", "Failed · kept"); break;
    case TileState::Approved: text = QT_TRANSLATE_NOOP("ReviewTile", "✓ Approved"); break;
    case TileState::Rejected: text = QT_TRANSLATE_NOOP("ReviewTile", "✗ Re-take needed"); break;
  }
  return QCoreApplication::translate("ReviewTile", text);
}

}  // namespace cs::ui
