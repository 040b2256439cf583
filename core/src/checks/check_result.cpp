#include "cs/core/check_result.h"

#include <algorithm>

namespace cs {

const char* toString(CheckStatus status) {
  switch (status) {
    case CheckStatus::Pass: return "pass";
    case CheckStatus::Warn: return "warn";
    case CheckStatus::Fail: return "fail";
    case CheckStatus::NotAssessed: return "not_assessed";
  }
  return "not_assessed";
}

const CheckResult* mostImportantProblem(const CheckList& checks) {
  const CheckResult* best = nullptr;
  auto rank = [](const CheckResult& c) { return c.status == CheckStatus::Fail ? 0 : 1; };
  for (const auto& c : checks) {
    if (c.status != CheckStatus::Fail && c.status != CheckStatus::Warn) continue;
    if (best == nullptr || rank(c) < rank(*best) || (rank(c) == rank(*best) && c.order < best->order)) best = &c;
  }
  return best;
}

bool anyFailed(const CheckList& checks) {
  return std::any_of(checks.begin(), checks.end(), [](const auto& c) { return c.status == CheckStatus::Fail; });
}

}  // namespace cs
