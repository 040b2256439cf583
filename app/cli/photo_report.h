#pragma once
// The per-photo report of `check` and `crop`, as JSON (schema: docs/cli-report.md) and as text.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "cs/core/certificate.h"
#include "cs/core/photo_loader.h"

namespace cs::cli {

struct WrittenFile {
  std::string path;
  std::size_t bytes = 0;
  int quality = 0;
  int encodes = 0;
};

struct PhotoOutcome {
  std::optional<Error> error;        // bad input: nothing else is set
  PhotoSource source;
  Analysis analysis;
  std::optional<WrittenFile> written;
  bool meetsStandard = false;
};

nlohmann::ordered_json toJson(const PhotoOutcome& outcome);
std::string toText(const std::string& path, const PhotoOutcome& outcome);

}  // namespace cs::cli
