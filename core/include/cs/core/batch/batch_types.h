#pragma once
// Plain records of a batch (W1-W6): candidates from the roster, capture attempts (never overwritten, W2),
// review decisions (W3), operators and the audit log (W6). Times are Unix seconds (UTC); they are shown
// in local time only when formatted for a person.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cs/core/check_result.h"

namespace cs::batch {

// Who runs the batch and where; recorded once when the batch is created.
struct BatchInfo {
  std::string name;      // e.g. "2026 高考 城关镇考点"
  std::string site;      // collection site (考点)
  std::string station;   // this station's name or number
  std::int64_t createdAt = 0;
  std::string software;  // cs::kSoftwareName of the program that created it
};

// One person on the roster (W1). The photo and the ID number must never be mismatched.
struct Candidate {
  std::int64_t id = 0;        // row id inside this batch (stable; never reused)
  std::string name;           // 姓名
  std::string idNumber;       // 身份证号: 18 characters, GB 11643 check digit, upper-case X
  std::string ticketNumber;   // 准考证号
  int rosterRow = 0;          // row in the imported file (header = row 1); 0 when added by hand
};

// One capture attempt of one candidate: a photo file plus its check results. Kept forever (W2).
struct Attempt {
  std::int64_t id = 0;
  std::int64_t candidateId = 0;
  int sequence = 0;             // 1, 2, ... per candidate: 2 and later are re-takes
  std::string fileName;         // relative to the batch folder, e.g. "photos/00000042.jpg" (no personal data, W5)
  std::string sha256;           // lower-case hex of the file's bytes
  std::int64_t sizeBytes = 0;
  std::int64_t capturedAt = 0;
  std::string operatorName;     // the photographer who pressed the shutter (W6)
  std::string overrideReason;   // non-empty when a failed check was overridden by the operator
  std::string software;         // program version that made the file
  CheckList checks;             // every check, with requirement id, status, value and message
  bool hasFailedCheck() const { return anyFailed(checks); }
  bool overridden() const { return !overrideReason.empty(); }
};

// What a photographer hands to BatchStore::addAttempt.
struct NewAttempt {
  std::vector<std::uint8_t> jpeg;  // the certificate JPEG exactly as it will be exported
  CheckList checks;
  std::string operatorName;
  std::string overrideReason;      // required (non-empty) when any check failed
  std::string software;            // cs::kSoftwareName
  std::int64_t capturedAt = 0;     // 0: now
};

struct ReviewDecision {
  std::int64_t id = 0;
  std::int64_t attemptId = 0;
  std::int64_t candidateId = 0;
  bool approved = false;
  std::string reason;      // required for a rejection, optional for an approval
  std::string reviewer;
  std::int64_t decidedAt = 0;
};

// Where a candidate stands, from their latest attempt and the latest decision on it.
enum class ReviewState {
  NotCaptured,     // no attempt yet
  AwaitingReview,  // latest attempt not yet reviewed
  Approved,        // latest attempt approved: ready for export
  Rejected,        // latest attempt rejected: needs re-capture at the station (W2)
};
const char* toString(ReviewState state);  // "not_captured", "awaiting_review", "approved", "rejected"

struct CandidateStatus {
  Candidate candidate;
  int attemptCount = 0;
  std::optional<Attempt> latest;                // the newest attempt, when any
  std::optional<ReviewDecision> decision;       // the latest decision on `latest`, when any
  ReviewState state = ReviewState::NotCaptured;
  bool needsCapture() const { return state == ReviewState::NotCaptured || state == ReviewState::Rejected; }
};

// Filters of the review window and `capture-station-cli batch-list --filter`.
enum class ListFilter {
  All,
  FailedChecks,     // latest attempt has a failed check (overridden or not)
  Overridden,       // latest attempt was stored with an override reason
  NotCaptured,
  Retakes,          // more than one attempt
  AwaitingReview,
  Approved,
  Rejected,
  NeedsCapture,     // not captured or rejected: the station's to-do list
};

// Whether a candidate's status belongs under `filter` (BatchStore::list and the review window's filters
// use this one definition).
bool matchesFilter(const CandidateStatus& status, ListFilter filter);
const char* toString(ListFilter filter);          // "all", "failed", "overridden", "not-captured", ...
std::optional<ListFilter> parseListFilter(const std::string& text);

enum class Role { Photographer, Supervisor };
const char* toString(Role role);                  // "photographer", "supervisor"
std::optional<Role> parseRole(const std::string& text);

struct User {
  std::string name;
  Role role = Role::Photographer;
  std::int64_t createdAt = 0;
};

// One line of the audit log (W6). hash = SHA-256(prevHash + canonical text of this entry), hex.
struct AuditEntry {
  std::int64_t seq = 0;          // 1, 2, ... without gaps
  std::int64_t at = 0;
  std::string operatorName;
  std::string action;            // "create", "import", "capture", "override", "approve", "reject",
                                 // "export", "backup", "user-add", "login"
  std::string subject;           // e.g. the candidate's ID number or the export folder
  std::string detail;
  std::string prevHash;
  std::string hash;
};

struct AuditVerification {
  bool intact = true;
  std::int64_t entries = 0;
  std::int64_t firstBadSeq = 0;  // 0 when intact
  std::string problem;           // one line: what is wrong (edited, deleted, reordered entry)
  std::string problemZh;         // the same in Chinese
};

// One line of a problem list (export refusals, backup and batch checks) in both languages, like cs::Error:
// English for the CLI, Chinese for the windows. A list becomes an Error's two messages line by line.
struct Problem {
  std::string message;    // English
  std::string messageZh;  // Simplified Chinese
};

}  // namespace cs::batch
