// Names of the batch's enumerations, as stored in the database and typed on the command line.
#include "cs/core/batch/batch_types.h"

#include <array>
#include <utility>

namespace cs::batch {
namespace {

constexpr std::array<std::pair<ListFilter, const char*>, 9> kFilters{{
    {ListFilter::All, "all"},
    {ListFilter::FailedChecks, "failed"},
    {ListFilter::Overridden, "overridden"},
    {ListFilter::NotCaptured, "not-captured"},
    {ListFilter::Retakes, "retakes"},
    {ListFilter::AwaitingReview, "awaiting-review"},
    {ListFilter::Approved, "approved"},
    {ListFilter::Rejected, "rejected"},
    {ListFilter::NeedsCapture, "needs-capture"},
}};

}  // namespace

const char* toString(ReviewState state) {
  switch (state) {
    case ReviewState::NotCaptured: return "not_captured";
    case ReviewState::AwaitingReview: return "awaiting_review";
    case ReviewState::Approved: return "approved";
    case ReviewState::Rejected: return "rejected";
  }
  return "unknown";
}

const char* toString(ListFilter filter) {
  for (const auto& [value, name] : kFilters)
    if (value == filter) return name;
  return "all";
}

std::optional<ListFilter> parseListFilter(const std::string& text) {
  for (const auto& [value, name] : kFilters)
    if (text == name) return value;
  return std::nullopt;
}

const char* toString(Role role) { return role == Role::Supervisor ? "supervisor" : "photographer"; }

std::optional<Role> parseRole(const std::string& text) {
  if (text == "supervisor") return Role::Supervisor;
  if (text == "photographer") return Role::Photographer;
  return std::nullopt;
}

}  // namespace cs::batch
