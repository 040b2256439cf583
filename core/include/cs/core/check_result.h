#pragma once
// The outcome of one automatic check, always tied to one requirement id of the standard
// (../shared/spec/photo-spec.md), with a message a photographer can act on in Chinese and English.
#include <string>
#include <vector>

namespace cs {

enum class CheckStatus { Pass, Warn, Fail, NotAssessed };

const char* toString(CheckStatus status);  // "pass", "warn", "fail", "not_assessed"

struct CheckResult {
  std::string id;         // requirement id, e.g. "G3"
  std::string key;        // which aspect of the requirement, e.g. "eye_band", "roll"
  CheckStatus status = CheckStatus::NotAssessed;
  double value = 0;       // the measured value, in `unit`
  std::string unit;       // "px", "deg", "ratio", ...
  std::string range;      // the allowed range as text, e.g. "200–300"
  std::string messageZh;  // short instruction, Simplified Chinese
  std::string messageEn;  // the same in English
  bool estimate = false;  // true where the check is only an estimate: it warns, a person decides
  int order = 0;          // the photographer's order: face → framing → lighting → background → expression
};

using CheckList = std::vector<CheckResult>;

// The most important failing (else warning) check in the photographer's order, or nullptr when all pass.
const CheckResult* mostImportantProblem(const CheckList& checks);
bool anyFailed(const CheckList& checks);

}  // namespace cs
