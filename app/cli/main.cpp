// capture-station-cli: dispatches to the registered commands.
#include <algorithm>
#include <cstdio>
#include <exception>
#include <string>

#include "cli/command_registry.h"
#include "cs/core/version.h"

namespace cs::cli {
std::vector<Command>& commandRegistry() {
  static std::vector<Command> commands;
  return commands;
}
}  // namespace cs::cli

namespace {

void printUsage(std::FILE* out) {
  std::fprintf(out, "%s — certificate photo capture station, command line\n\nUsage:\n", cs::kSoftwareName);
  auto commands = cs::cli::commandRegistry();
  std::sort(commands.begin(), commands.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  for (const auto& command : commands) std::fprintf(out, "  capture-station-cli %s\n", command.usage.c_str());
  std::fprintf(out, "  capture-station-cli --version\n\nExit codes: 0 meets the standard / done, "
                    "1 does not meet it (the report says why), 2 bad input or usage.\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    printUsage(stderr);
    return cs::cli::kExitBadInput;
  }
  const std::string name = argv[1];
  if (name == "--version" || name == "version") {
    std::printf("%s\n", cs::kSoftwareName);
    return cs::cli::kExitOk;
  }
  if (name == "help" || name == "--help" || name == "-h") {
    printUsage(stdout);
    return cs::cli::kExitOk;
  }
  for (const auto& command : cs::cli::commandRegistry()) {
    if (command.name != name) continue;
    try {
      return command.run(cs::cli::Args(argv + 2, argv + argc));
    } catch (const std::exception& e) {
      std::fprintf(stderr, "capture-station-cli %s: internal error: %s\n", name.c_str(), e.what());
      return cs::cli::kExitBadInput;
    }
  }
  std::fprintf(stderr, "capture-station-cli: unknown command '%s'. Run 'capture-station-cli help' for the list.\n",
               name.c_str());
  return cs::cli::kExitBadInput;
}
