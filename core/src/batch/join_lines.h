#pragma once
// Problems are reported one per line: export and backup join their lists the same way, in English and in
// Chinese, so an error built from a list keeps both languages.
#include <string>
#include <vector>

#include "cs/core/batch/batch_types.h"
#include "cs/core/expected.h"

namespace cs::batch {

inline std::string joinLines(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) {
    if (!text.empty()) text += '\n';
    text += line;
  }
  return text;
}

inline std::vector<std::string> englishLines(const std::vector<Problem>& problems) {
  std::vector<std::string> lines;
  for (const auto& p : problems) lines.push_back(p.message);
  return lines;
}

inline std::vector<std::string> chineseLines(const std::vector<Problem>& problems) {
  std::vector<std::string> lines;
  for (const auto& p : problems) lines.push_back(p.messageZh.empty() ? p.message : p.messageZh);
  return lines;
}

// "<head>\n<problem>\n<problem>..." in both languages.
inline Error listError(ErrorCode code, const std::string& headEn, const std::string& headZh,
                       const std::vector<Problem>& problems) {
  return Error{code, headEn + "\n" + joinLines(englishLines(problems)),
               headZh + "\n" + joinLines(chineseLines(problems))};
}

// An error that wraps another: "<head><cause>" in both languages (the cause keeps what it has).
inline Error wrappedError(ErrorCode code, const std::string& headEn, const std::string& headZh, const Error& cause) {
  return Error{code, headEn + cause.message, headZh + chineseOrEnglish(cause)};
}

}  // namespace cs::batch
