#pragma once
// The option parsing every `batch ...` command shares: positional arguments, `--option VALUE` pairs and
// an optional `--json` flag, with the first misuse named in `problem`.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "cli/command_registry.h"

namespace cs::cli {

struct BatchOptions {
  std::vector<std::string> positional;
  std::map<std::string, std::string> values;
  bool json = false;  // only when "--json" is among the known options
  std::string problem;

  bool has(const std::string& option) const { return values.count(option) != 0; }
  std::string value(const std::string& option, const std::string& fallback = {}) const {
    return has(option) ? values.at(option) : fallback;
  }
};

BatchOptions parseBatchOptions(const Args& args, const std::set<std::string>& known);

// Prints "capture-station-cli batch COMMAND: MESSAGE" on stderr and returns `code`.
int batchFailure(const char* command, int code, const std::string& message);

// --operator, else the login name, else "cli".
std::string operatorOf(const BatchOptions& options);

}  // namespace cs::cli
