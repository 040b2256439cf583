#pragma once
// Export of the approved photos for upload: one file per candidate named by a pattern, a manifest in CSV
// and XLSX, and SHA256SUMS (sha256sum format). Deterministic: a second export of the same batch is
// identical byte for byte. Refuses (listing every candidate concerned) when a candidate has no approved
// photo or two candidates would get the same file name. Never overwrites: the output folder must be new
// or empty.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "cs/core/batch/batch_store.h"
#include "cs/core/expected.h"

namespace cs::batch {

inline constexpr const char* kManifestCsv = "manifest.csv";
inline constexpr const char* kManifestXlsx = "manifest.xlsx";
inline constexpr const char* kChecksumFile = "SHA256SUMS";

struct ExportOptions {
  // Placeholders: {id} ID-card number, {ticket} ticket number, {name} name, {seq} roster position.
  // Must end in ".jpg". Personal data other than what the pattern names never reaches a file name (W5).
  std::string pattern = "{id}.jpg";
  std::string operatorName;  // audited
  // Called after each photo (done, total) from the calling thread; return false to cancel (the partial
  // output folder is then removed).
  std::function<bool(int done, int total)> progress;
};

struct ExportResult {
  int photos = 0;
  std::string folder;
};

// Checks what export would refuse, without writing anything: one line per problem (English: the CLI).
std::vector<std::string> exportProblems(const BatchStore& store, const std::string& pattern);
// The same problems in both languages (the review window shows the Chinese).
std::vector<Problem> exportRefusals(const BatchStore& store, const std::string& pattern);
Expected<ExportResult> exportApproved(BatchStore& store, const std::string& outFolder, const ExportOptions& options);

// The file name a pattern gives for one candidate ("" when the pattern is invalid).
std::string exportFileName(const std::string& pattern, const Candidate& candidate, int position);

}  // namespace cs::batch
