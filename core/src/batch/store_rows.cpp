// Reading rows of the batch database into the public records.
#include "batch/store_impl.h"

namespace cs::batch {
namespace {

CheckStatus parseStatus(const std::string& text) {
  if (text == "pass") return CheckStatus::Pass;
  if (text == "warn") return CheckStatus::Warn;
  if (text == "fail") return CheckStatus::Fail;
  return CheckStatus::NotAssessed;
}

}  // namespace

Candidate readCandidate(const sql::Stmt& row) {
  return Candidate{row.integer(0), row.text(1), row.text(2), row.text(3), static_cast<int>(row.integer(4))};
}

Attempt readAttemptRow(const sql::Stmt& row) {
  Attempt a;
  a.id = row.integer(0);
  a.candidateId = row.integer(1);
  a.sequence = static_cast<int>(row.integer(2));
  a.fileName = row.text(3);
  a.sha256 = row.text(4);
  a.sizeBytes = row.integer(5);
  a.capturedAt = row.integer(6);
  a.operatorName = row.text(7);
  a.overrideReason = row.text(8);
  a.software = row.text(9);
  return a;
}

CheckList loadChecks(const sql::Db& db, std::int64_t attemptId) {
  CheckList checks;
  sql::Stmt rows(db, "SELECT requirement, key, status, value, unit, range, message_zh, message_en, estimate, ord "
                     "FROM checks WHERE attempt_id = ? ORDER BY position");
  rows.bind(1, attemptId);
  while (rows.step()) {
    CheckResult c;
    c.id = rows.text(0);
    c.key = rows.text(1);
    c.status = parseStatus(rows.text(2));
    c.value = rows.real(3);
    c.unit = rows.text(4);
    c.range = rows.text(5);
    c.messageZh = rows.text(6);
    c.messageEn = rows.text(7);
    c.estimate = rows.integer(8) != 0;
    c.order = static_cast<int>(rows.integer(9));
    checks.push_back(std::move(c));
  }
  return checks;
}

ReviewDecision readDecisionRow(const sql::Stmt& row) {
  return ReviewDecision{row.integer(0), row.integer(1), row.integer(2), row.integer(3) != 0,
                        row.text(4),    row.text(5),    row.integer(6)};
}

}  // namespace cs::batch
