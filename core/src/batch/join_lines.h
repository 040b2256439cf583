#pragma once
// Problems are reported one per line: export and backup join their lists the same way.
#include <string>
#include <vector>

namespace cs::batch {

inline std::string joinLines(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) {
    if (!text.empty()) text += '\n';
    text += line;
  }
  return text;
}

}  // namespace cs::batch
