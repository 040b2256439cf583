#pragma once
// The export manifest: one row per exported photo, written as CSV (UTF-8 with BOM so that Excel on a
// Chinese Windows shows the names) and as XLSX (libxlsxwriter, with fixed document times so that two
// exports of the same batch are identical byte for byte).
#include <cstdint>
#include <string>
#include <vector>

#include "cs/core/expected.h"

namespace cs::batch {

struct ManifestRow {
  std::string name, idNumber, ticketNumber, fileName, sha256, captureTime, photographer, reviewer;
};

std::string manifestCsv(const std::vector<ManifestRow>& rows);
// Writes the XLSX to `path` (which must not exist); `documentTime` is the time recorded inside it.
Status writeManifestXlsx(const std::string& path, const std::vector<ManifestRow>& rows, std::int64_t documentTime);
// "2026-06-07 09:30:00 +08:00": local time of the station, with its offset.
std::string formatLocalTime(std::int64_t unixSeconds);

}  // namespace cs::batch
