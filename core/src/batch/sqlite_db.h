#pragma once
// A thin RAII layer over the SQLite C API for the batch store: one Db per connection, Stmt for prepared
// statements with positional binding. Errors come back as cs::Error with SQLite's own message.
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cs/core/expected.h"

namespace cs::batch::sql {

class Db {
 public:
  Db() = default;
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  Db(Db&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }

  // flags: SQLITE_OPEN_READONLY or SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE.
  Status open(const std::string& path, int flags);
  Status exec(const std::string& sqlText);
  sqlite3* handle() const { return db_; }
  std::string lastError() const;
  std::int64_t lastInsertId() const { return sqlite3_last_insert_rowid(db_); }

 private:
  sqlite3* db_ = nullptr;
};

class Stmt {
 public:
  Stmt(const Db& db, const char* sqlText);
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  bool prepared() const { return stmt_ != nullptr; }
  Stmt& bind(int index, std::int64_t value);
  Stmt& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Stmt& bind(int index, double value);
  Stmt& bind(int index, const std::string& value);
  Stmt& bindBlob(int index, const std::vector<std::uint8_t>& value);
  // One step: true while a row is available. A failure is kept in error().
  bool step();
  // Runs to completion (INSERT/UPDATE/DELETE); returns the failure, if any.
  Status run();
  void reset();

  std::int64_t integer(int column) const { return sqlite3_column_int64(stmt_, column); }
  double real(int column) const { return sqlite3_column_double(stmt_, column); }
  std::string text(int column) const;
  bool isNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  const std::optional<Error>& error() const { return error_; }

 private:
  const Db& db_;
  sqlite3_stmt* stmt_ = nullptr;
  std::optional<Error> error_;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back in the destructor unless committed.
class Transaction {
 public:
  explicit Transaction(Db& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  const Status& begun() const { return begun_; }
  Status commit();

 private:
  Db& db_;
  Status begun_;
  bool done_ = false;
};

Error sqlError(const Db& db, const std::string& what);

}  // namespace cs::batch::sql
