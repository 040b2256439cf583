#pragma once
// The step shared by the CSV and XLSX readers: rows of cells (with their row numbers) to roster entries,
// through the header row whose names are mapped once (Chinese or English).
#include <string>
#include <vector>

#include "cs/core/batch/roster.h"

namespace cs::batch {

struct TableRow {
  int row = 0;  // as the spreadsheet shows it, 1-based
  std::vector<std::string> cells;
};

// The most rows a roster may have: a county site has hundreds to a few thousand candidates.
inline constexpr int kMaxRosterRows = 100000;

void tableToRoster(const std::vector<TableRow>& rows, Roster& roster);

// The problem of a roster longer than kMaxRosterRows (row left 0: the caller sets it).
RosterProblem tooManyRows();

}  // namespace cs::batch
