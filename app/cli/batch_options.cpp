#include "cli/batch_options.h"

#include <cstdio>
#include <cstdlib>

namespace cs::cli {

BatchOptions parseBatchOptions(const Args& args, const std::set<std::string>& known) {
  BatchOptions o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--json" && known.count("--json")) o.json = true;
    else if (!args[i].starts_with("--")) o.positional.push_back(args[i]);
    else if (!known.count(args[i])) o.problem = "unknown option " + args[i];
    else if (i + 1 >= args.size()) o.problem = args[i] + " needs a value";
    else {
      o.values[args[i]] = args[i + 1];
      ++i;
    }
    if (!o.problem.empty()) break;
  }
  return o;
}

int batchFailure(const char* command, int code, const std::string& message) {
  std::fprintf(stderr, "capture-station-cli batch %s: %s\n", command, message.c_str());
  return code;
}

std::string operatorOf(const BatchOptions& options) {
  if (options.has("--operator")) return options.value("--operator");
  const char* user = std::getenv("USER");
  return user ? user : "cli";
}

}  // namespace cs::cli
