// SQLite wrapper for the batch store (see sqlite_db.h).
#include "batch/sqlite_db.h"

namespace cs::batch::sql {

Error sqlError(const Db& db, const std::string& what) {
  return Error{ErrorCode::WriteFailed, what + ": " + db.lastError(),
               "批次数据库出错（" + db.lastError() + "）：请重试；一再出现时请检查磁盘空间或从备份恢复"};
}

Db::~Db() {
  if (db_) sqlite3_close_v2(db_);
}

Status Db::open(const std::string& path, int flags) {
  if (sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    return Error{ErrorCode::UnreadableFile, "cannot open the batch database " + path + ": " + message,
                 "无法打开批次数据库 " + path + "（" + message + "）：请检查文件夹和权限"};
  }
  // A second connection (the station writing while a supervisor reviews) waits instead of failing.
  sqlite3_busy_timeout(db_, 10000);
  sqlite3_extended_result_codes(db_, 1);
  return Ok{};
}

Status Db::exec(const std::string& sqlText) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sqlText.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : "unknown error";
    sqlite3_free(message);
    return Error{ErrorCode::WriteFailed, "database error: " + text,
                 "批次数据库出错（" + text + "）：请重试；一再出现时请检查磁盘空间或从备份恢复"};
  }
  return Ok{};
}

std::string Db::lastError() const { return db_ ? sqlite3_errmsg(db_) : "no database"; }

Stmt::Stmt(const Db& db, const char* sqlText) : db_(db) {
  if (sqlite3_prepare_v2(db.handle(), sqlText, -1, &stmt_, nullptr) != SQLITE_OK) {
    error_ = sqlError(db, "cannot prepare a database statement");
    stmt_ = nullptr;
  }
}

Stmt::~Stmt() {
  if (stmt_) sqlite3_finalize(stmt_);
}

Stmt& Stmt::bind(int index, std::int64_t value) {
  if (stmt_) sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Stmt& Stmt::bind(int index, double value) {
  if (stmt_) sqlite3_bind_double(stmt_, index, value);
  return *this;
}

Stmt& Stmt::bind(int index, const std::string& value) {
  if (stmt_) sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  return *this;
}

Stmt& Stmt::bindBlob(int index, const std::vector<std::uint8_t>& value) {
  if (stmt_) sqlite3_bind_blob(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  return *this;
}

bool Stmt::step() {
  if (!stmt_) return false;
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) error_ = sqlError(db_, "database step failed");
  return false;
}

Status Stmt::run() {
  while (step()) {
  }
  if (error_) return *error_;
  return Ok{};
}

void Stmt::reset() {
  if (!stmt_) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  error_.reset();
}

std::string Stmt::text(int column) const {
  const auto* data = sqlite3_column_text(stmt_, column);
  const int size = sqlite3_column_bytes(stmt_, column);
  return data ? std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size)) : std::string();
}

Transaction::Transaction(Db& db) : db_(db), begun_(db.exec("BEGIN IMMEDIATE")) {}

Transaction::~Transaction() {
  if (begun_.ok() && !done_) (void)db_.exec("ROLLBACK");
}

Status Transaction::commit() {
  done_ = true;
  return db_.exec("COMMIT");
}

}  // namespace cs::batch::sql
