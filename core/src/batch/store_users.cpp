// Operators of a batch: photographers and supervisors. Passwords are kept only as libsodium Argon2id
// hashes (crypto_pwhash_str, interactive limits: about 0.1 s and 64 MiB per check).
#include <sodium.h>

#include "batch/store_impl.h"

namespace cs::batch {

Status BatchStore::addUser(const std::string& name, Role role, const std::string& password,
                           const std::string& byOperator) {
  if (auto s = requireWritable(*impl_); !s) return s;
  if (name.find_first_not_of(" \t") == std::string::npos)
    return Error{ErrorCode::InvalidArgument, "a user needs a name", "请填写用户名"};
  if (password.size() < 6)
    return Error{ErrorCode::InvalidArgument, "the password is too short: use at least 6 characters",
                 "密码太短：至少需要 6 个字符"};
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(hash, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    return Error{ErrorCode::Internal, "not enough memory to hash the password",
                 "密码无法保存（电脑内存不足）：请关闭其他程序后重试"};
  sql::Transaction transaction(impl_->db);
  if (!transaction.begun()) return transaction.begun();
  sql::Stmt exists(impl_->db, "SELECT 1 FROM users WHERE name = ?");
  if (exists.bind(1, name).step())
    return Error{ErrorCode::InvalidArgument, "the user " + name + " already exists", "用户 " + name + " 已存在：请换一个名字"};
  sql::Stmt insert(impl_->db, "INSERT INTO users(name, role, password_hash, created_at, created_by) VALUES(?, ?, ?, ?, ?)");
  insert.bind(1, name).bind(2, std::string(toString(role))).bind(3, std::string(hash));
  if (auto s = insert.bind(4, nowSeconds()).bind(5, byOperator).run(); !s) return s;
  if (auto s = appendAuditRow(impl_->db, byOperator, "user-add", name, toString(role)); !s) return s;
  return transaction.commit();
}

Expected<User> BatchStore::login(const std::string& name, const std::string& password) {
  sql::Stmt row(impl_->db, "SELECT role, password_hash, created_at FROM users WHERE name = ?");
  row.bind(1, name);
  const Error refused{ErrorCode::InvalidArgument, "wrong user name or password", "用户名或密码不对。"};
  if (!row.step()) return refused;
  const std::string hash = row.text(1);
  if (crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) != 0) {
    if (impl_->mode == OpenMode::ReadWrite) (void)appendAudit(name, "login-failed", name, "");
    return refused;
  }
  User user{name, parseRole(row.text(0)).value_or(Role::Photographer), row.integer(2)};
  if (impl_->mode == OpenMode::ReadWrite) {
    if (auto s = appendAudit(name, "login", name, toString(user.role)); !s) return s.error();
  }
  return user;
}

std::vector<User> BatchStore::users() const {
  std::vector<User> result;
  sql::Stmt rows(impl_->db, "SELECT name, role, created_at FROM users ORDER BY name");
  while (rows.step())
    result.push_back(User{rows.text(0), parseRole(rows.text(1)).value_or(Role::Photographer), rows.integer(2)});
  return result;
}

bool BatchStore::hasUsers() const {
  sql::Stmt row(impl_->db, "SELECT 1 FROM users LIMIT 1");
  return row.step();
}

}  // namespace cs::batch
