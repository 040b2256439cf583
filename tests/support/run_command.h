#pragma once
// Runs an external reader (verify_photo.py, ImageMagick, exiftool) and captures what it prints.
#include <string>

namespace cs::test {

struct CommandOutput {
  int exitCode = -1;
  std::string text;  // stdout and stderr together
};

CommandOutput runCommand(const std::string& command);
bool toolOnPath(const std::string& tool);
std::string shellQuoted(const std::string& text);

}  // namespace cs::test
