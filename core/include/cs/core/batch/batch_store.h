#pragma once
// A batch is one folder: `batch.sqlite` (WAL mode) and `photos/`. Photo files are written atomically and
// durably (temp file, fsync, rename, fsync folder) BEFORE their row is committed, so a batch opened after
// a crash or power cut has no row without its file and no half-written photo; a file without a row (the
// crash came between the two) is removed when the batch is next opened read-write. Files are mode 0600,
// folders 0700 (W5).
//
// Threads: a BatchStore object is used from one thread at a time. Another thread or process opens its own
// BatchStore on the same folder: one writer at a time (SQLite serialises them) and any number of
// read-only readers (a supervisor reviewing while the station captures).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cs/core/batch/batch_types.h"
#include "cs/core/batch/roster.h"
#include "cs/core/expected.h"

namespace cs::batch {

enum class OpenMode { ReadWrite, ReadOnly };

inline constexpr const char* kDatabaseFileName = "batch.sqlite";
inline constexpr const char* kPhotoFolderName = "photos";

class BatchStore {
 public:
  // Creates a new batch in `folder` (created if missing; must be empty otherwise). Audited as "create".
  static Expected<std::unique_ptr<BatchStore>> create(const std::string& folder, const BatchInfo& info,
                                                      const std::string& operatorName);
  // Opens an existing batch. ReadWrite also removes orphan photo files left by a crash. Both verify the
  // audit chain on open; see auditVerification().
  static Expected<std::unique_ptr<BatchStore>> open(const std::string& folder, OpenMode mode);
  ~BatchStore();
  BatchStore(const BatchStore&) = delete;
  BatchStore& operator=(const BatchStore&) = delete;

  const std::string& folder() const;
  OpenMode mode() const;
  Expected<BatchInfo> info() const;

  // ---- roster (W1) ----
  // Every problem of `entries` on its own or against candidates already in the batch (duplicate ID or
  // ticket number); empty when they can be imported.
  std::vector<RosterProblem> checkRoster(const std::vector<RosterEntry>& entries) const;
  // All or nothing: refuses with every problem listed (one per line) when checkRoster finds any.
  // Returns how many candidates were added.
  Expected<int> importRoster(const std::vector<RosterEntry>& entries, const std::string& operatorName);
  Expected<Candidate> addCandidate(const RosterEntry& entry, const std::string& operatorName);

  std::vector<Candidate> candidates() const;  // in roster order
  std::optional<Candidate> candidate(std::int64_t candidateId) const;
  std::optional<Candidate> findByIdNumber(const std::string& idNumber) const;      // exact (x == X)
  std::optional<Candidate> findByTicket(const std::string& ticketNumber) const;    // exact: a barcode scan
  // The capture screen's search box: prefix of the ID number, the ticket number or the name (any of them),
  // at most `limit` results, exact matches first.
  std::vector<Candidate> search(const std::string& text, int limit = 20) const;

  // ---- capture (W2) ----
  // Stores a new attempt: the file first (atomically, durably), then its row, its checks and the audit
  // entry in one transaction. Refuses a photo with a failed check unless overrideReason is given (then the
  // override is audited too). Never overwrites an earlier attempt.
  Expected<Attempt> addAttempt(std::int64_t candidateId, const NewAttempt& attempt);
  std::vector<Attempt> attempts(std::int64_t candidateId) const;  // oldest first, with their checks
  std::optional<Attempt> attempt(std::int64_t attemptId) const;
  Expected<std::vector<std::uint8_t>> readPhoto(const Attempt& attempt) const;  // verified against sha256
  std::string photoPath(const Attempt& attempt) const;                           // absolute path of the file

  // ---- review (W3) ----
  // Decides on the candidate's latest attempt. A rejection needs a reason; the candidate then shows up
  // as needing re-capture. Supervisors only, when the batch has users (see addUser).
  Expected<ReviewDecision> approve(std::int64_t candidateId, const std::string& reviewer,
                                   const std::string& note = {});
  Expected<ReviewDecision> reject(std::int64_t candidateId, const std::string& reviewer,
                                  const std::string& reason);
  std::vector<ReviewDecision> decisions(std::int64_t candidateId) const;  // oldest first
  CandidateStatus status(std::int64_t candidateId) const;
  std::vector<CandidateStatus> list(ListFilter filter = ListFilter::All) const;  // in roster order

  // ---- operators ----
  // Passwords are stored only as libsodium Argon2id hashes (crypto_pwhash_str).
  Status addUser(const std::string& name, Role role, const std::string& password, const std::string& byOperator);
  Expected<User> login(const std::string& name, const std::string& password);  // audited
  std::vector<User> users() const;
  bool hasUsers() const;

  // ---- audit (W6) ----
  // Appends one entry chained to the previous by hash. Every operation above appends its own entries;
  // export and backup (batch/export.h, batch/backup.h) append theirs through this.
  Status appendAudit(const std::string& operatorName, const std::string& action, const std::string& subject,
                     const std::string& detail);
  std::vector<AuditEntry> auditLog() const;
  AuditVerification verifyAudit() const;            // recomputes the whole chain now
  const AuditVerification& auditVerification() const;  // as found when the batch was opened

  // Integrity of the whole batch: SQLite integrity_check, every attempt's file present with its SHA-256,
  // the audit chain. One line per problem; empty when all is well.
  std::vector<std::string> verify() const;  // English (the CLI)
  std::vector<Problem> checkIntegrity() const;  // the same problems in both languages

  struct Impl;

 private:
  explicit BatchStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cs::batch
