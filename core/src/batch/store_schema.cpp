// The batch database's tables. Attempts, their checks, decisions and the audit log are append-only:
// triggers refuse UPDATE and DELETE (W2, W6); the audit hash chain detects edits made around them.
#include "batch/store_impl.h"

namespace cs::batch {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE candidates(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL, id_number TEXT NOT NULL UNIQUE, ticket TEXT NOT NULL UNIQUE,
  roster_row INTEGER NOT NULL DEFAULT 0, added_at INTEGER NOT NULL, added_by TEXT NOT NULL);
CREATE TABLE attempts(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  candidate_id INTEGER NOT NULL REFERENCES candidates(id), sequence INTEGER NOT NULL,
  file_name TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL, size_bytes INTEGER NOT NULL,
  captured_at INTEGER NOT NULL, operator TEXT NOT NULL, override_reason TEXT NOT NULL,
  software TEXT NOT NULL, failed INTEGER NOT NULL,
  UNIQUE(candidate_id, sequence));
CREATE TABLE checks(
  attempt_id INTEGER NOT NULL REFERENCES attempts(id), position INTEGER NOT NULL,
  requirement TEXT NOT NULL, key TEXT NOT NULL, status TEXT NOT NULL, value REAL NOT NULL,
  unit TEXT NOT NULL, range TEXT NOT NULL, message_zh TEXT NOT NULL, message_en TEXT NOT NULL,
  estimate INTEGER NOT NULL, ord INTEGER NOT NULL,
  PRIMARY KEY(attempt_id, position));
CREATE TABLE decisions(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  attempt_id INTEGER NOT NULL REFERENCES attempts(id), candidate_id INTEGER NOT NULL REFERENCES candidates(id),
  approved INTEGER NOT NULL, reason TEXT NOT NULL, reviewer TEXT NOT NULL, decided_at INTEGER NOT NULL);
CREATE TABLE users(
  name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL, created_by TEXT NOT NULL);
CREATE TABLE audit(
  seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, operator TEXT NOT NULL, action TEXT NOT NULL,
  subject TEXT NOT NULL, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE INDEX attempts_by_candidate ON attempts(candidate_id, sequence);
CREATE INDEX decisions_by_attempt ON decisions(attempt_id, id);
CREATE TRIGGER attempts_no_update BEFORE UPDATE ON attempts
  BEGIN SELECT RAISE(ABORT, 'capture attempts are never changed (W2)'); END;
CREATE TRIGGER attempts_no_delete BEFORE DELETE ON attempts
  BEGIN SELECT RAISE(ABORT, 'capture attempts are never deleted (W2)'); END;
CREATE TRIGGER checks_no_update BEFORE UPDATE ON checks
  BEGIN SELECT RAISE(ABORT, 'check results are never changed'); END;
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
  BEGIN SELECT RAISE(ABORT, 'review decisions are never changed (W3)'); END;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
  BEGIN SELECT RAISE(ABORT, 'review decisions are never deleted (W3)'); END;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only (W6)'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only (W6)'); END;
)sql";

Status putMeta(sql::Db& db, const std::string& key, const std::string& value) {
  sql::Stmt insert(db, "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
  return insert.bind(1, key).bind(2, value).run();
}

}  // namespace

Status configureConnection(sql::Db& db, OpenMode mode) {
  // FULL: a commit is on disk when addAttempt returns, so nothing acknowledged on screen is lost.
  if (auto s = db.exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;"); !s) return s;
  if (mode == OpenMode::ReadWrite) return db.exec("PRAGMA journal_mode=WAL;");
  return Ok{};
}

Status createSchema(sql::Db& db, const BatchInfo& info) {
  if (auto s = db.exec(kSchema); !s) return s;
  const std::pair<const char*, std::string> values[] = {
      {"format", "capture-station-batch"}, {"schema_version", "1"},     {"name", info.name},
      {"site", info.site},                 {"station", info.station},   {"created_at", std::to_string(info.createdAt)},
      {"software", info.software}};
  for (const auto& [key, value] : values) {
    if (auto s = putMeta(db, key, value); !s) return s;
  }
  return Ok{};
}

}  // namespace cs::batch
