#pragma once
// The CLI's commands register themselves here from their own files (one command, one file).
#include <functional>
#include <string>
#include <vector>

namespace cs::cli {

// Exit codes shared by every command (documented in docs/cli.md).
inline constexpr int kExitOk = 0;        // every photo meets the standard (warnings allowed) / success
inline constexpr int kExitFailed = 1;    // some photo does not meet it; the report says why
inline constexpr int kExitBadInput = 2;  // bad input or usage: one line on stderr names the problem

using Args = std::vector<std::string>;  // the arguments after the command name

struct Command {
  std::string name;
  std::string usage;    // one line, shown by `capture-station-cli help`
  std::function<int(const Args&)> run;
};

std::vector<Command>& commandRegistry();

struct CommandRegistrar {
  explicit CommandRegistrar(Command command) { commandRegistry().push_back(std::move(command)); }
};

}  // namespace cs::cli
