// Fuzz target over the roster readers: every input goes through the CSV reader (encoding detection,
// quoting, header mapping) and the XLSX reader (zip, shared strings, sheet XML), then the validation.
// Nothing may crash, leak or read out of bounds, whatever the exam office's file holds.
#include <cstddef>
#include <cstdint>
#include <span>

#include "cs/core/batch/roster.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::span<const std::uint8_t> bytes(data, size);
  for (const auto& roster : {cs::batch::parseRosterCsv(bytes), cs::batch::parseRosterXlsx(bytes)}) {
    const auto problems = cs::batch::validateRoster(roster.entries);
    (void)cs::batch::formatProblems(problems);
  }
  return 0;
}
