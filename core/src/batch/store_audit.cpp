// The audit log (W6): append-only rows, each chained to the one before by SHA-256, so editing, deleting
// or reordering an entry breaks the chain. The newest (seq, hash) is also kept in meta, so deleting the
// last entries is detected too.
#include "batch/durable_file.h"
#include "batch/store_impl.h"

namespace cs::batch {
namespace {

const std::string kGenesisHash(64, '0');

std::string canonicalText(const AuditEntry& e) {
  // Unit separators cannot be typed into any field the station offers, so the text is unambiguous.
  const char sep = '\x1f';
  return std::to_string(e.seq) + sep + std::to_string(e.at) + sep + e.operatorName + sep + e.action + sep +
         e.subject + sep + e.detail;
}

std::string chainHash(const std::string& prevHash, const AuditEntry& entry) {
  return sha256Hex(prevHash + "\n" + canonicalText(entry));
}

AuditEntry readEntry(const sql::Stmt& row) {
  AuditEntry e;
  e.seq = row.integer(0);
  e.at = row.integer(1);
  e.operatorName = row.text(2);
  e.action = row.text(3);
  e.subject = row.text(4);
  e.detail = row.text(5);
  e.prevHash = row.text(6);
  e.hash = row.text(7);
  return e;
}

constexpr const char* kSelectAudit =
    "SELECT seq, at, operator, action, subject, detail, prev_hash, hash FROM audit ORDER BY seq";

AuditVerification broken(std::int64_t entries, std::int64_t seq, std::string problem, std::string problemZh) {
  return AuditVerification{false, entries, seq, std::move(problem), std::move(problemZh)};
}

}  // namespace

Status appendAuditRow(sql::Db& db, const std::string& operatorName, const std::string& action,
                      const std::string& subject, const std::string& detail) {
  AuditEntry entry{0, nowSeconds(), operatorName.empty() ? "(unknown)" : operatorName, action, subject, detail,
                   kGenesisHash, ""};
  sql::Stmt last(db, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
  if (last.step()) {
    entry.seq = last.integer(0);
    entry.prevHash = last.text(1);
  }
  entry.seq += 1;
  entry.hash = chainHash(entry.prevHash, entry);
  sql::Stmt insert(db, "INSERT INTO audit(seq, at, operator, action, subject, detail, prev_hash, hash) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, entry.seq).bind(2, entry.at).bind(3, entry.operatorName).bind(4, entry.action);
  insert.bind(5, entry.subject).bind(6, entry.detail).bind(7, entry.prevHash).bind(8, entry.hash);
  if (auto s = insert.run(); !s) return s;
  sql::Stmt head(db, "INSERT OR REPLACE INTO meta(key, value) VALUES('audit_head', ?)");
  return head.bind(1, std::to_string(entry.seq) + ":" + entry.hash).run();
}

AuditVerification verifyAuditChain(const sql::Db& db) {
  sql::Stmt rows(db, kSelectAudit);
  std::string prevHash = kGenesisHash;
  std::int64_t expectedSeq = 1;
  std::int64_t count = 0;
  while (rows.step()) {
    const AuditEntry entry = readEntry(rows);
    ++count;
    if (entry.seq != expectedSeq)
      return broken(count, expectedSeq, "entry " + std::to_string(expectedSeq) + " has been deleted",
                    "第 " + std::to_string(expectedSeq) + " 条记录已被删除");
    if (entry.prevHash != prevHash)
      return broken(count, entry.seq, "entry " + std::to_string(entry.seq) + " does not follow the entry before it",
                    "第 " + std::to_string(entry.seq) + " 条记录与前一条接不上（记录被调换或插入过）");
    if (chainHash(prevHash, entry) != entry.hash)
      return broken(count, entry.seq, "entry " + std::to_string(entry.seq) + " has been edited",
                    "第 " + std::to_string(entry.seq) + " 条记录已被修改");
    prevHash = entry.hash;
    ++expectedSeq;
  }
  if (rows.error())
    return broken(count, expectedSeq, "cannot read the audit log: " + rows.error()->message,
                  "无法读取操作记录：" + chineseOrEnglish(*rows.error()));
  sql::Stmt head(db, "SELECT value FROM meta WHERE key = 'audit_head'");
  const std::string recorded = head.step() ? head.text(0) : std::string();
  const std::string actual = count == 0 ? std::string() : std::to_string(count) + ":" + prevHash;
  if (recorded != actual)
    return broken(count, count + 1,
                  "the newest entries have been deleted (log ends at " + std::to_string(count) +
                      ", the batch recorded " + recorded.substr(0, recorded.find(':')) + ")",
                  "最新的记录已被删除（记录到第 " + std::to_string(count) + " 条为止，批次登记的是 " +
                      recorded.substr(0, recorded.find(':')) + " 条）");
  return AuditVerification{true, count, 0, {}, {}};
}

Status BatchStore::appendAudit(const std::string& operatorName, const std::string& action,
                               const std::string& subject, const std::string& detail) {
  if (auto s = requireWritable(*impl_); !s) return s;
  sql::Transaction transaction(impl_->db);
  if (!transaction.begun()) return transaction.begun();
  if (auto s = appendAuditRow(impl_->db, operatorName, action, subject, detail); !s) return s;
  return transaction.commit();
}

std::vector<AuditEntry> BatchStore::auditLog() const {
  std::vector<AuditEntry> entries;
  sql::Stmt rows(impl_->db, kSelectAudit);
  while (rows.step()) entries.push_back(readEntry(rows));
  return entries;
}

AuditVerification BatchStore::verifyAudit() const { return verifyAuditChain(impl_->db); }
const AuditVerification& BatchStore::auditVerification() const { return impl_->openedAudit; }

}  // namespace cs::batch
