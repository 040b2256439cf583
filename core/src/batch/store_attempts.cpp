// Capture attempts (W2): the photo file is written durably first, then its row, checks and audit entry
// are committed in one transaction. A crash between the two leaves only an orphan file, removed on the
// next read-write open; never a row without its file.
#include <cstdio>
#include <filesystem>
#include <set>

#include "batch/durable_file.h"
#include "batch/join_lines.h"
#include "batch/store_impl.h"

namespace cs::batch {
namespace fs = std::filesystem;
namespace {

Status validateNewAttempt(const NewAttempt& attempt) {
  if (attempt.jpeg.size() < 4 || attempt.jpeg[0] != 0xFF || attempt.jpeg[1] != 0xD8)
    return Error{ErrorCode::InvalidArgument, "the photo to store is not a JPEG file",
                 "要保存的照片不是 JPEG 文件：请重拍"};
  if (attempt.operatorName.empty())
    return Error{ErrorCode::InvalidArgument, "who took the photo is not known: log in or give the operator's name",
                 "不知道是谁拍的照片：请先登录或填写操作员姓名"};
  if (anyFailed(attempt.checks) && attempt.overrideReason.empty())
    return Error{ErrorCode::InvalidArgument,
                 "the photo does not meet the standard; re-take it, or give a reason to keep it anyway",
                 "照片不符合标准：请重拍，或填写仍要保留的原因"};
  return Ok{};
}

// With accounts in the batch, every capture is traceable to one of them (W6).
Status requireKnownOperator(const BatchStore& store, const std::string& name) {
  if (!store.hasUsers()) return Ok{};
  for (const User& user : store.users())
    if (user.name == name) return Ok{};
  return Error{ErrorCode::InvalidArgument, name + " has no account in this batch: log in as a photographer first",
               name + " 在本批次中没有账号：请先以摄影员身份登录"};
}

std::int64_t nextValue(const sql::Db& db, const char* query, std::int64_t key) {
  sql::Stmt stmt(db, query);
  if (key != 0) stmt.bind(1, key);
  return (stmt.step() && !stmt.isNull(0) ? stmt.integer(0) : 0) + 1;
}

std::string relativePhotoName(std::int64_t attemptId) {
  char name[48];
  std::snprintf(name, sizeof name, "%s/%08lld.jpg", kPhotoFolderName, static_cast<long long>(attemptId));
  return name;
}

Status insertChecks(sql::Db& db, std::int64_t attemptId, const CheckList& checks) {
  sql::Stmt insert(db, "INSERT INTO checks(attempt_id, position, requirement, key, status, value, unit, range, "
                       "message_zh, message_en, estimate, ord) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  int position = 0;
  for (const CheckResult& c : checks) {
    insert.reset();
    insert.bind(1, attemptId).bind(2, position++).bind(3, c.id).bind(4, c.key).bind(5, std::string(toString(c.status)));
    insert.bind(6, c.value).bind(7, c.unit).bind(8, c.range).bind(9, c.messageZh).bind(10, c.messageEn);
    insert.bind(11, c.estimate ? 1 : 0).bind(12, c.order);
    if (auto s = insert.run(); !s) return s;
  }
  return Ok{};
}

Status insertAttempt(sql::Db& db, const Attempt& a, bool failed) {
  sql::Stmt insert(db, "INSERT INTO attempts(id, candidate_id, sequence, file_name, sha256, size_bytes, captured_at, "
                       "operator, override_reason, software, failed) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, a.id).bind(2, a.candidateId).bind(3, a.sequence).bind(4, a.fileName).bind(5, a.sha256);
  insert.bind(6, a.sizeBytes).bind(7, a.capturedAt).bind(8, a.operatorName).bind(9, a.overrideReason);
  insert.bind(10, a.software).bind(11, failed ? 1 : 0);
  return insert.run();
}

std::string failedIds(const CheckList& checks) {
  std::string ids;
  for (const auto& c : checks)
    if (c.status == CheckStatus::Fail) {
      if (!ids.empty()) ids += ',';
      ids += c.id;
    }
  return ids;
}

Status auditAttempt(sql::Db& db, const Attempt& a, const Candidate& candidate) {
  const std::string detail = "attempt " + std::to_string(a.sequence) + "; file " + a.fileName + "; sha256 " + a.sha256;
  if (auto s = appendAuditRow(db, a.operatorName, "capture", candidate.idNumber, detail); !s) return s;
  if (!a.overridden()) return Ok{};
  return appendAuditRow(db, a.operatorName, "override", candidate.idNumber,
                        "failed " + failedIds(a.checks) + "; reason: " + a.overrideReason);
}

}  // namespace

Expected<Attempt> BatchStore::addAttempt(std::int64_t candidateId, const NewAttempt& request) {
  if (auto s = requireWritable(*impl_); !s) return s.error();
  if (auto s = validateNewAttempt(request); !s) return s.error();
  sql::Transaction transaction(impl_->db);  // the write lock: no other writer until commit
  if (!transaction.begun()) return transaction.begun().error();
  const auto who = candidate(candidateId);
  if (!who)
    return Error{ErrorCode::InvalidArgument, "no candidate " + std::to_string(candidateId) + " in this batch",
                 "本批次中没有编号为 " + std::to_string(candidateId) + " 的考生：请重新选择考生"};
  if (auto s = requireKnownOperator(*this, request.operatorName); !s) return s.error();
  Attempt a;
  a.id = nextValue(impl_->db, "SELECT max(id) FROM attempts", 0);
  a.candidateId = candidateId;
  a.sequence = static_cast<int>(nextValue(impl_->db, "SELECT max(sequence) FROM attempts WHERE candidate_id = ?", candidateId));
  a.fileName = relativePhotoName(a.id);
  a.sha256 = sha256Hex(request.jpeg);
  a.sizeBytes = static_cast<std::int64_t>(request.jpeg.size());
  a.capturedAt = request.capturedAt != 0 ? request.capturedAt : nowSeconds();
  a.operatorName = request.operatorName;
  a.overrideReason = anyFailed(request.checks) ? request.overrideReason : std::string();
  a.software = request.software;
  a.checks = request.checks;
  const std::string path = photoPath(a);
  std::error_code ec;
  fs::remove(path, ec);  // an orphan of a crash may hold this name; no row refers to it (we hold the lock)
  if (auto s = writeFileDurably(path, request.jpeg); !s) return s.error();
  Status stored = insertAttempt(impl_->db, a, anyFailed(a.checks));
  if (stored) stored = insertChecks(impl_->db, a.id, a.checks);
  if (stored) stored = auditAttempt(impl_->db, a, *who);
  if (stored) stored = transaction.commit();
  if (!stored) {
    fs::remove(path, ec);
    return wrappedError(ErrorCode::WriteFailed, "the photo was not stored: ", "照片没有保存：", stored.error());
  }
  return a;
}

std::vector<Attempt> BatchStore::attempts(std::int64_t candidateId) const {
  std::vector<Attempt> result;
  sql::Stmt rows(impl_->db, (std::string("SELECT ") + kAttemptColumns +
                             " FROM attempts WHERE candidate_id = ? ORDER BY sequence").c_str());
  rows.bind(1, candidateId);
  while (rows.step()) result.push_back(readAttemptRow(rows));
  for (auto& a : result) a.checks = loadChecks(impl_->db, a.id);
  return result;
}

std::optional<Attempt> BatchStore::attempt(std::int64_t attemptId) const {
  sql::Stmt row(impl_->db, (std::string("SELECT ") + kAttemptColumns + " FROM attempts WHERE id = ?").c_str());
  row.bind(1, attemptId);
  if (!row.step()) return std::nullopt;
  Attempt a = readAttemptRow(row);
  a.checks = loadChecks(impl_->db, a.id);
  return a;
}

std::string BatchStore::photoPath(const Attempt& attempt) const {
  return (fs::path(impl_->folder) / attempt.fileName).string();
}

Expected<std::vector<std::uint8_t>> BatchStore::readPhoto(const Attempt& attempt) const {
  auto bytes = readWholeFile(photoPath(attempt));
  if (!bytes) return bytes.error();
  if (sha256Hex(*bytes) != attempt.sha256)
    return Error{ErrorCode::CorruptImage,
                 "the stored photo " + attempt.fileName + " has been changed since it was captured (checksum differs)",
                 "保存的照片 " + attempt.fileName + " 在拍摄后被改动过（校验值不符）：请重拍或从备份恢复"};
  return bytes;
}

Expected<int> removeOrphanPhotos(BatchStore::Impl& impl) {
  sql::Transaction lock(impl.db);  // no writer is between its file and its commit while we look
  if (!lock.begun()) return lock.begun().error();
  std::set<std::string> known;
  sql::Stmt rows(impl.db, "SELECT file_name FROM attempts");
  while (rows.step()) known.insert(rows.text(0));
  int removed = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(impl.photoFolder(), ec)) {
    const std::string relative = std::string(kPhotoFolderName) + "/" + entry.path().filename().string();
    if (!entry.is_regular_file() || known.count(relative)) continue;
    if (fs::remove(entry.path(), ec)) ++removed;
  }
  if (removed > 0) (void)syncFolder(impl.photoFolder());
  if (auto s = lock.commit(); !s) return s.error();
  return removed;
}

}  // namespace cs::batch
