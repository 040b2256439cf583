#pragma once
// The inside of BatchStore, shared by the files that implement its parts (store_*.cpp).
#include <cstdint>
#include <string>

#include "batch/sqlite_db.h"
#include "cs/core/batch/batch_store.h"

namespace cs::batch {

struct BatchStore::Impl {
  std::string folder;
  OpenMode mode = OpenMode::ReadOnly;
  sql::Db db;
  AuditVerification openedAudit;

  std::string databasePath() const;
  std::string photoFolder() const;
};

// Schema (store_schema.cpp).
Status createSchema(sql::Db& db, const BatchInfo& info);
Status configureConnection(sql::Db& db, OpenMode mode);

// Audit rows inside a transaction the caller holds (store_audit.cpp).
Status appendAuditRow(sql::Db& db, const std::string& operatorName, const std::string& action,
                      const std::string& subject, const std::string& detail);
AuditVerification verifyAuditChain(const sql::Db& db);

// Photo files without a row, and temporary files, left by a crash (store_attempts.cpp). Needs the write lock.
Expected<int> removeOrphanPhotos(BatchStore::Impl& impl);

// Loading rows (store_rows.cpp).
Candidate readCandidate(const sql::Stmt& row);  // columns: id, name, id_number, ticket, roster_row
inline constexpr const char* kCandidateColumns = "id, name, id_number, ticket, roster_row";
Attempt readAttemptRow(const sql::Stmt& row);   // columns: kAttemptColumns
inline constexpr const char* kAttemptColumns =
    "id, candidate_id, sequence, file_name, sha256, size_bytes, captured_at, operator, override_reason, software";
CheckList loadChecks(const sql::Db& db, std::int64_t attemptId);
ReviewDecision readDecisionRow(const sql::Stmt& row);  // columns: kDecisionColumns
inline constexpr const char* kDecisionColumns = "id, attempt_id, candidate_id, approved, reason, reviewer, decided_at";

std::int64_t nowSeconds();
Status requireWritable(const BatchStore::Impl& impl);

}  // namespace cs::batch
