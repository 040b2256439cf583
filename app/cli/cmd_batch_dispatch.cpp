// `capture-station-cli batch SUBCOMMAND ...`: every batch operation from the command line (issue 4).
// Each subcommand lives in its own cmd_batch_<name>.cpp and registers itself as "batch <name>" in the
// shared registry; main() never matches those names directly (argv[1] is one word), this command does.
#include <cstdio>

#include "cli/command_registry.h"

namespace cs::cli {
namespace {

int runBatch(const Args& args) {
  if (args.empty() || args[0] == "help" || args[0] == "--help") {
    std::FILE* out = args.empty() ? stderr : stdout;
    std::fprintf(out, "Batch commands:\n");
    for (const auto& command : commandRegistry())
      if (command.name.starts_with("batch ")) std::fprintf(out, "  capture-station-cli %s\n", command.usage.c_str());
    return args.empty() ? kExitBadInput : kExitOk;
  }
  const std::string name = "batch " + args[0];
  for (const auto& command : commandRegistry()) {
    if (command.name == name) return command.run(Args(args.begin() + 1, args.end()));
  }
  std::fprintf(stderr, "capture-station-cli batch: unknown subcommand '%s'. Run 'capture-station-cli batch help'.\n",
               args[0].c_str());
  return kExitBadInput;
}

const CommandRegistrar batchCommand({"batch", "batch SUBCOMMAND ...   batches: roster, capture, review, export, backup",
                                     runBatch});

}  // namespace
}  // namespace cs::cli
