// Supervisor review (W3): a decision applies to the candidate's latest attempt; a rejected candidate is
// back on the station's to-do list until a new attempt is captured (W2).
#include "batch/store_impl.h"

namespace cs::batch {
namespace {

Status requireSupervisor(const BatchStore& store, const std::string& reviewer) {
  if (reviewer.empty())
    return Error{ErrorCode::InvalidArgument, "say who reviews: the reviewer's name is required",
                 "请填写审核人姓名：每次审核都要记录是谁审核的"};
  if (!store.hasUsers()) return Ok{};  // a batch without accounts (scripts, tests): the name is recorded
  for (const User& user : store.users()) {
    if (user.name == reviewer && user.role == Role::Supervisor) return Ok{};
  }
  return Error{ErrorCode::InvalidArgument, reviewer + " is not a supervisor of this batch; only supervisors review",
               reviewer + " 不是本批次的主管：只有主管可以审核。"};
}

std::optional<ReviewDecision> latestDecision(const sql::Db& db, std::int64_t attemptId) {
  sql::Stmt row(db, (std::string("SELECT ") + kDecisionColumns +
                     " FROM decisions WHERE attempt_id = ? ORDER BY id DESC LIMIT 1").c_str());
  row.bind(1, attemptId);
  if (!row.step()) return std::nullopt;
  return readDecisionRow(row);
}

ReviewState stateOf(const CandidateStatus& s) {
  if (!s.latest) return ReviewState::NotCaptured;
  if (!s.decision) return ReviewState::AwaitingReview;
  return s.decision->approved ? ReviewState::Approved : ReviewState::Rejected;
}

}  // namespace

bool matchesFilter(const CandidateStatus& s, ListFilter filter) {
  switch (filter) {
    case ListFilter::All: return true;
    case ListFilter::FailedChecks: return s.latest && s.latest->hasFailedCheck();
    case ListFilter::Overridden: return s.latest && s.latest->overridden();
    case ListFilter::NotCaptured: return s.state == ReviewState::NotCaptured;
    case ListFilter::Retakes: return s.attemptCount > 1;
    case ListFilter::AwaitingReview: return s.state == ReviewState::AwaitingReview;
    case ListFilter::Approved: return s.state == ReviewState::Approved;
    case ListFilter::Rejected: return s.state == ReviewState::Rejected;
    case ListFilter::NeedsCapture: return s.needsCapture();
  }
  return false;
}

namespace {

Expected<ReviewDecision> decide(BatchStore& store, sql::Db& db, std::int64_t candidateId, bool approved,
                                const std::string& reviewer, const std::string& reason) {
  if (auto s = requireSupervisor(store, reviewer); !s) return s.error();
  sql::Transaction transaction(db);
  if (!transaction.begun()) return transaction.begun().error();
  const CandidateStatus current = store.status(candidateId);
  if (current.candidate.id == 0)
    return Error{ErrorCode::InvalidArgument, "no such candidate in this batch", "本批次中没有这位考生"};
  if (!current.latest) {
    const std::string who = current.candidate.name + " (" + current.candidate.idNumber + ")";
    return Error{ErrorCode::InvalidArgument, who + " has no photo yet: nothing to review",
                 who + " 还没有照片，无法审核"};
  }
  ReviewDecision d{0, current.latest->id, candidateId, approved, reason, reviewer, nowSeconds()};
  sql::Stmt insert(db, "INSERT INTO decisions(attempt_id, candidate_id, approved, reason, reviewer, decided_at) "
                       "VALUES(?, ?, ?, ?, ?, ?)");
  insert.bind(1, d.attemptId).bind(2, d.candidateId).bind(3, approved ? 1 : 0).bind(4, d.reason);
  if (auto s = insert.bind(5, d.reviewer).bind(6, d.decidedAt).run(); !s) return s.error();
  d.id = db.lastInsertId();
  const std::string detail = "attempt " + std::to_string(current.latest->sequence) + "; sha256 " +
                             current.latest->sha256 + (reason.empty() ? "" : "; reason: " + reason);
  const char* action = approved ? "approve" : "reject";
  if (auto s = appendAuditRow(db, reviewer, action, current.candidate.idNumber, detail); !s) return s.error();
  if (auto s = transaction.commit(); !s) return s.error();
  return d;
}

}  // namespace

Expected<ReviewDecision> BatchStore::approve(std::int64_t candidateId, const std::string& reviewer,
                                             const std::string& note) {
  if (auto s = requireWritable(*impl_); !s) return s.error();
  return decide(*this, impl_->db, candidateId, true, reviewer, note);
}

Expected<ReviewDecision> BatchStore::reject(std::int64_t candidateId, const std::string& reviewer,
                                            const std::string& reason) {
  if (auto s = requireWritable(*impl_); !s) return s.error();
  if (reason.find_first_not_of(" \t") == std::string::npos)
    return Error{ErrorCode::InvalidArgument, "a rejection needs a reason the photographer can act on",
                 "退回必须填写原因：摄影员重拍前要看到它。"};
  return decide(*this, impl_->db, candidateId, false, reviewer, reason);
}

std::vector<ReviewDecision> BatchStore::decisions(std::int64_t candidateId) const {
  std::vector<ReviewDecision> result;
  sql::Stmt rows(impl_->db, (std::string("SELECT ") + kDecisionColumns +
                             " FROM decisions WHERE candidate_id = ? ORDER BY id").c_str());
  rows.bind(1, candidateId);
  while (rows.step()) result.push_back(readDecisionRow(rows));
  return result;
}

CandidateStatus BatchStore::status(std::int64_t candidateId) const {
  CandidateStatus s;
  const auto who = candidate(candidateId);
  if (!who) return s;
  s.candidate = *who;
  sql::Stmt count(impl_->db, "SELECT count(*), max(id) FROM attempts WHERE candidate_id = ?");
  count.bind(1, candidateId);
  if (count.step()) {
    s.attemptCount = static_cast<int>(count.integer(0));
    if (!count.isNull(1)) s.latest = attempt(count.integer(1));
  }
  if (s.latest) s.decision = latestDecision(impl_->db, s.latest->id);
  s.state = stateOf(s);
  return s;
}

std::vector<CandidateStatus> BatchStore::list(ListFilter filter) const {
  std::vector<CandidateStatus> result;
  for (const Candidate& c : candidates()) {
    CandidateStatus s = status(c.id);
    if (matchesFilter(s, filter)) result.push_back(std::move(s));
  }
  return result;
}

}  // namespace cs::batch
