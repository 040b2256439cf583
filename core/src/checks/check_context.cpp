#include "checks/check_context.h"

#include <cstdio>

namespace cs {

CheckResult makeCheck(const char* id, const char* key, int order, const char* unit, std::string range) {
  CheckResult c;
  c.id = id;
  c.key = key;
  c.order = order;
  c.unit = unit;
  c.range = std::move(range);
  return c;
}

CheckStatus gradeAbove(double value, const Limit& limit) {
  if (value > limit.fail) return CheckStatus::Fail;
  if (value > limit.warn) return CheckStatus::Warn;
  return CheckStatus::Pass;
}

CheckStatus gradeBelow(double value, const Limit& limit) {
  if (value < limit.fail) return CheckStatus::Fail;
  if (value < limit.warn) return CheckStatus::Warn;
  return CheckStatus::Pass;
}

void setOutcome(CheckResult& check, CheckStatus status, const char* zh, const char* en) {
  check.status = status;
  if (status == CheckStatus::Pass) return;
  check.messageZh = zh;
  check.messageEn = en;
}

std::string formatRange(double min, double max, int decimals) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f–%.*f", decimals, min, decimals, max);
  return text;
}

std::string atMost(double v, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "≤ %.*f", decimals, v);
  return text;
}

std::string atLeast(double v, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "≥ %.*f", decimals, v);
  return text;
}

}  // namespace cs
