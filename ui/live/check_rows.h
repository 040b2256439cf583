#pragma once
// What a row of a checks list shows, the same in the station's list and the review window's table: the
// coloured dot, the title (requirement id first), and the order (what needs doing first).
#include <QIcon>
#include <QString>
#include <QTableWidget>

#include "cs/core/check_result.h"
#include "live/band_state.h"

namespace cs::ui {

// A 16-px dot in the signal's colour (green / amber / red / grey).
QIcon checkDot(Signal signal);

// "L1 曝光 · 光线均匀、无高光" / "G3 眼睛位置 200–300 像素": the requirement id first, then which aspect
// (where the requirement is checked several ways), then the requirement's short name. The aspect comes
// right after the id so that rows of one requirement can be told apart even when a narrow column cuts them.
QString checkTitle(const cs::CheckResult& check);

// Problems first (failed, then warnings), each group in the photographer's order: what needs doing is
// always at the top, without scrolling.
cs::CheckList problemsFirst(cs::CheckList checks);

// The horizontal room, in px, a cell's text does not get: Qt's item painting takes the style's text margin
// off each side twice (laying the cell out, then drawing the text), plus the dot's room where the cell has
// one. Qt's own size hint takes the margin off once, so it lays text out wider than it is painted, and a
// message that just fitted by the hint was cut at its end ("…请更换衣服或…").
int cellTextMargins(const QTableWidget& table, bool withIcon);

// The height `row` needs for every cell's text to show in full, wrapped at its painted width; at least
// `minHeight`.
int wrappedRowHeight(const QTableWidget& table, int row, int minHeight);

}  // namespace cs::ui
