// The batch on disk: one folder, private files, candidates found by any of their numbers, attempts kept
// forever (W2), failed checks stored only with an override reason, read-only review while writing.
#include <gtest/gtest.h>

#include <filesystem>

#include "batch_test_support.h"
#include "cs/core/batch/batch_store.h"

namespace cs::batch {
namespace {
namespace fs = std::filesystem;
using test::makeBatch;
using test::newAttempt;

TEST(BatchStore, CreatesAPrivateFolderAndReopens) {
  test::TempDir dir;
  const std::string folder = (dir.path / "batch").string();
  {
    auto store = makeBatch(folder, 3);
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->addAttempt(store->candidates()[0].id, newAttempt(1)).ok());
  }
  EXPECT_EQ(test::fileMode(folder), 0700u);
  EXPECT_EQ(test::fileMode(folder + "/photos"), 0700u);
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file()) {
      EXPECT_EQ(test::fileMode(entry.path().string()), 0600u) << entry.path();
    }
  }
  auto reopened = BatchStore::open(folder, OpenMode::ReadWrite);
  ASSERT_TRUE(reopened.ok()) << reopened.error().message;
  EXPECT_EQ((*reopened)->candidates().size(), 3u);
  EXPECT_EQ((*reopened)->info()->name, "2026 高考 测试考点");
  EXPECT_TRUE((*reopened)->auditVerification().intact);
  EXPECT_TRUE((*reopened)->verify().empty());
}

TEST(BatchStore, RefusesANonEmptyFolderAndAMissingBatch) {
  test::TempDir dir;
  test::writeBytes((dir.path / "something.txt").string(), "x");
  EXPECT_FALSE(BatchStore::create(dir.path.string(), {"b", "", "", 0, ""}, "admin").ok());
  auto missing = BatchStore::open((dir.path / "nothing").string(), OpenMode::ReadOnly);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::FileNotFound);
}

TEST(BatchStore, FindsCandidatesByIdTicketAndPrefix) {
  test::TempDir dir;
  auto store = makeBatch(dir.path.string(), 12);
  const Candidate third = store->candidates()[2];
  EXPECT_EQ(store->findByIdNumber(third.idNumber)->id, third.id);
  EXPECT_EQ(store->findByTicket(third.ticketNumber + "\r\n")->id, third.id);  // a barcode scan + Enter
  EXPECT_FALSE(store->findByTicket(third.ticketNumber.substr(0, 6)));         // a scan is exact
  EXPECT_EQ(store->search(third.ticketNumber).front().id, third.id);
  EXPECT_EQ(store->search("李娜").size(), 1u);  // a name prefix: 李娜3
  EXPECT_EQ(store->search("2026").size(), 12u);
  EXPECT_EQ(store->search("2026", 5).size(), 5u);
  EXPECT_EQ(store->search(third.idNumber.substr(0, 10)).size(), 12u);
  EXPECT_TRUE(store->search("nobody").empty());
}

TEST(BatchStore, KeepsEveryAttemptAndNeverOverwrites) {
  test::TempDir dir;
  auto store = makeBatch(dir.path.string(), 2);
  const auto id = store->candidates()[0].id;
  auto first = store->addAttempt(id, newAttempt(1));
  auto second = store->addAttempt(id, newAttempt(2));
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(first->sequence, 1);
  EXPECT_EQ(second->sequence, 2);
  EXPECT_NE(first->fileName, second->fileName);
  const auto all = store->attempts(id);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(*store->readPhoto(all[0]), test::fakeJpeg(1));
  EXPECT_EQ(*store->readPhoto(all[1]), test::fakeJpeg(2));
  ASSERT_EQ(all[1].checks.size(), 2u);
  EXPECT_EQ(all[1].checks[1].id, "G3");
  EXPECT_EQ(all[1].checks[1].status, CheckStatus::Warn);
  EXPECT_DOUBLE_EQ(all[1].checks[1].value, 298);
  EXPECT_EQ(all[1].checks[1].messageZh, "眼睛接近下限");
  EXPECT_EQ(all[1].operatorName, "photographer-1");
  // The file names carry no personal data (W5).
  EXPECT_EQ(all[0].fileName.find(store->candidates()[0].idNumber), std::string::npos);
}

TEST(BatchStore, FailedChecksNeedAnOverrideReasonWhichIsRecorded) {
  test::TempDir dir;
  auto store = makeBatch(dir.path.string(), 1);
  const auto id = store->candidates()[0].id;
  NewAttempt failing = newAttempt(3);
  failing.checks = test::failingChecks();
  auto refused = store->addAttempt(id, failing);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("reason"), std::string::npos);
  EXPECT_TRUE(store->attempts(id).empty());
  failing.overrideReason = "考生发型无法调整,主管同意";
  auto kept = store->addAttempt(id, failing);
  ASSERT_TRUE(kept.ok()) << kept.error().message;
  EXPECT_TRUE(kept->overridden());
  EXPECT_TRUE(kept->hasFailedCheck());
  const auto log = store->auditLog();
  ASSERT_GE(log.size(), 2u);
  EXPECT_EQ(log.back().action, "override");
  EXPECT_NE(log.back().detail.find("G2"), std::string::npos);
  EXPECT_NE(log.back().detail.find("主管同意"), std::string::npos);
}

TEST(BatchStore, RefusesWhatIsNotAJpegOrHasNoOperator) {
  test::TempDir dir;
  auto store = makeBatch(dir.path.string(), 1);
  NewAttempt a = newAttempt(1);
  a.jpeg = {1, 2, 3, 4, 5};
  EXPECT_FALSE(store->addAttempt(store->candidates()[0].id, a).ok());
  a = newAttempt(1, "");
  EXPECT_FALSE(store->addAttempt(store->candidates()[0].id, a).ok());
  EXPECT_FALSE(store->addAttempt(999, newAttempt(1)).ok());
}

TEST(BatchStore, RosterImportIsAllOrNothing) {
  test::TempDir dir;
  auto store = makeBatch(dir.path.string(), 0);
  auto entries = test::syntheticRoster(5);
  entries[3].idNumber = "123";
  auto refused = store->importRoster(entries, "admin");
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("row 5"), std::string::npos);
  EXPECT_TRUE(store->candidates().empty());
  entries[3].idNumber = test::syntheticIdNumber(44);
  ASSERT_EQ(*store->importRoster(entries, "admin"), 5);
  // A second import of the same people is refused: they are already in the batch.
  auto again = store->importRoster(test::syntheticRoster(2), "admin");
  ASSERT_FALSE(again.ok());
  EXPECT_NE(again.error().message.find("already in this batch"), std::string::npos);
  EXPECT_EQ(store->candidates().size(), 5u);
}

TEST(BatchStore, ReviewerReadsWhileTheStationWrites) {
  test::TempDir dir;
  auto station = makeBatch(dir.path.string(), 4);
  auto reviewer = BatchStore::open(dir.path.string(), OpenMode::ReadOnly);
  ASSERT_TRUE(reviewer.ok()) << reviewer.error().message;
  const auto id = station->candidates()[1].id;
  ASSERT_TRUE(station->addAttempt(id, newAttempt(5)).ok());
  EXPECT_EQ((*reviewer)->attempts(id).size(), 1u);  // sees the committed attempt at once
  ASSERT_TRUE(station->addAttempt(id, newAttempt(6)).ok());
  EXPECT_EQ((*reviewer)->status(id).attemptCount, 2);
  auto refused = (*reviewer)->approve(id, "supervisor");
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("read-only"), std::string::npos);
  EXPECT_FALSE((*reviewer)->addAttempt(id, newAttempt(7)).ok());
  EXPECT_EQ(station->attempts(id).size(), 2u);
}

TEST(BatchStore, OrphanFilesFromACrashAreRemovedOnOpen) {
  test::TempDir dir;
  {
    auto store = makeBatch(dir.path.string(), 1);
    ASSERT_TRUE(store->addAttempt(store->candidates()[0].id, newAttempt(1)).ok());
  }
  test::writeBytes((dir.path / "photos/00000002.jpg").string(), "half");
  test::writeBytes((dir.path / "photos/00000003.jpg.tmp-1-2").string(), "half");
  auto store = BatchStore::open(dir.path.string(), OpenMode::ReadWrite);
  ASSERT_TRUE(store.ok());
  EXPECT_FALSE(fs::exists(dir.path / "photos/00000002.jpg"));
  EXPECT_FALSE(fs::exists(dir.path / "photos/00000003.jpg.tmp-1-2"));
  EXPECT_TRUE(fs::exists(dir.path / "photos/00000001.jpg"));
  auto next = (*store)->addAttempt((*store)->candidates()[0].id, newAttempt(2));
  ASSERT_TRUE(next.ok());
  EXPECT_TRUE((*store)->verify().empty());
}

TEST(BatchStore, VerifyFindsAChangedOrMissingPhoto) {
  test::TempDir dir;
  auto store = makeBatch(dir.path.string(), 2);
  auto a = store->addAttempt(store->candidates()[0].id, newAttempt(1));
  auto b = store->addAttempt(store->candidates()[1].id, newAttempt(2));
  test::writeBytes(store->photoPath(*a), "tampered");
  fs::remove(store->photoPath(*b));
  const auto problems = store->verify();
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].find("changed"), std::string::npos);
  EXPECT_NE(problems[1].find("missing"), std::string::npos);
  EXPECT_FALSE(store->readPhoto(*a).ok());
}

}  // namespace
}  // namespace cs::batch
