// Accountability (W6): operators with Argon2id passwords, and an audit log chained by hash in which an
// edited or deleted entry is detected.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "batch_test_support.h"
#include "cs/core/batch/batch_store.h"

namespace cs::batch {
namespace {

// Changes the batch database behind the program's back, as a fraudster with sqlite3 would.
void tamper(const std::string& folder, const std::string& sqlText) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((folder + "/batch.sqlite").c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  const std::string all = "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; " + sqlText;
  EXPECT_EQ(sqlite3_exec(db, all.c_str(), nullptr, nullptr, &error), SQLITE_OK) << (error ? error : "");
  sqlite3_free(error);
  sqlite3_close(db);
}

std::unique_ptr<BatchStore> batchWithHistory(const std::string& folder) {
  auto store = test::makeBatch(folder, 3);
  const auto c = store->candidates();
  EXPECT_TRUE(store->addAttempt(c[0].id, test::newAttempt(1)).ok());
  EXPECT_TRUE(store->addAttempt(c[1].id, test::newAttempt(2)).ok());
  EXPECT_TRUE(store->approve(c[0].id, "主管").ok());
  EXPECT_TRUE(store->reject(c[1].id, "主管", "模糊").ok());
  return store;
}

TEST(Users, PasswordsAreArgon2idHashesAndLoginChecksThem) {
  test::TempDir dir;
  auto store = test::makeBatch(dir.path.string(), 0);
  ASSERT_TRUE(store->addUser("wangjun", Role::Supervisor, "correct horse", "admin").ok());
  EXPECT_FALSE(store->addUser("wangjun", Role::Photographer, "another one", "admin").ok());
  EXPECT_FALSE(store->addUser("short", Role::Photographer, "123", "admin").ok());
  auto user = store->login("wangjun", "correct horse");
  ASSERT_TRUE(user.ok());
  EXPECT_EQ(user->role, Role::Supervisor);
  EXPECT_FALSE(store->login("wangjun", "wrong").ok());
  EXPECT_FALSE(store->login("nobody", "correct horse").ok());
  store.reset();
  const std::string db = test::readText((dir.path / "batch.sqlite").string()) +
                         test::readText((dir.path / "batch.sqlite-wal").string());
  EXPECT_EQ(db.find("correct horse"), std::string::npos);
  EXPECT_NE(db.find("$argon2id$"), std::string::npos);
}

TEST(Audit, EveryActionIsRecordedWithItsOperator) {
  test::TempDir dir;
  auto store = batchWithHistory(dir.path.string());
  std::vector<std::string> actions;
  for (const auto& e : store->auditLog()) actions.push_back(e.action + ":" + e.operatorName);
  EXPECT_EQ(actions, (std::vector<std::string>{"create:admin", "import:admin", "capture:photographer-1",
                                               "capture:photographer-1", "approve:主管", "reject:主管"}));
  EXPECT_TRUE(store->verifyAudit().intact);
  EXPECT_EQ(store->verifyAudit().entries, 6);
}

TEST(Audit, AnEditedEntryIsDetected) {
  test::TempDir dir;
  batchWithHistory(dir.path.string());
  tamper(dir.path.string(), "UPDATE audit SET operator = '别人' WHERE seq = 5;");
  auto store = BatchStore::open(dir.path.string(), OpenMode::ReadOnly);
  ASSERT_TRUE(store.ok());
  const AuditVerification v = (*store)->auditVerification();
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.firstBadSeq, 5);
  EXPECT_NE(v.problem.find("edited"), std::string::npos);
  EXPECT_FALSE((*store)->verify().empty());
}

TEST(Audit, ADeletedEntryIsDetected) {
  test::TempDir dir;
  batchWithHistory(dir.path.string());
  tamper(dir.path.string(), "DELETE FROM audit WHERE seq = 3;");
  auto store = BatchStore::open(dir.path.string(), OpenMode::ReadOnly);
  ASSERT_TRUE(store.ok());
  EXPECT_FALSE((*store)->auditVerification().intact);
  EXPECT_EQ((*store)->auditVerification().firstBadSeq, 3);
  EXPECT_NE((*store)->auditVerification().problem.find("deleted"), std::string::npos);
}

TEST(Audit, DeletingTheNewestEntryIsDetected) {
  test::TempDir dir;
  batchWithHistory(dir.path.string());
  tamper(dir.path.string(), "DELETE FROM audit WHERE seq = 6;");
  auto store = BatchStore::open(dir.path.string(), OpenMode::ReadOnly);
  ASSERT_TRUE(store.ok());
  EXPECT_FALSE((*store)->auditVerification().intact);
  EXPECT_NE((*store)->auditVerification().problem.find("newest"), std::string::npos);
}

TEST(Audit, TheDatabaseRefusesToChangeHistory) {
  test::TempDir dir;
  batchWithHistory(dir.path.string());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((dir.path / "batch.sqlite").c_str(), &db), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "DELETE FROM attempts", nullptr, nullptr, nullptr), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "UPDATE audit SET detail = ''", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
}

}  // namespace
}  // namespace cs::batch
