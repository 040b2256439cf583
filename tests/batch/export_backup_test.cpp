// Export of approved photos (file names, manifests, SHA256SUMS, byte-identical repeats, refusals) and
// backup / restore (W4).
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <thread>

#include "batch_test_support.h"
#include "cs/core/batch/backup.h"
#include "cs/core/batch/export.h"
#include "cs/core/batch/roster.h"

namespace cs::batch {
namespace {
namespace fs = std::filesystem;

std::unique_ptr<BatchStore> approvedBatch(const std::string& folder, int count) {
  auto store = test::makeBatch(folder, count);
  for (const auto& c : store->candidates()) {
    EXPECT_TRUE(store->addAttempt(c.id, test::newAttempt(static_cast<int>(c.id))).ok());
    EXPECT_TRUE(store->approve(c.id, "主管").ok());
  }
  return store;
}

std::map<std::string, std::string> folderContents(const fs::path& folder) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::directory_iterator(folder)) files[e.path().filename().string()] = test::readText(e.path().string());
  return files;
}

TEST(Export, WritesPhotosManifestsAndChecksums) {
  test::TempDir dir;
  auto store = approvedBatch((dir.path / "batch").string(), 3);
  std::vector<std::pair<int, int>> progress;
  ExportOptions options;
  options.operatorName = "主管";
  options.progress = [&](int done, int total) { progress.emplace_back(done, total); return true; };
  auto result = exportApproved(*store, (dir.path / "out").string(), options);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->photos, 3);
  EXPECT_EQ(progress, (std::vector<std::pair<int, int>>{{1, 3}, {2, 3}, {3, 3}}));
  const auto files = folderContents(dir.path / "out");
  const Candidate first = store->candidates()[0];
  ASSERT_TRUE(files.count(first.idNumber + ".jpg"));
  const auto jpeg = test::fakeJpeg(static_cast<int>(first.id));
  EXPECT_EQ(files.at(first.idNumber + ".jpg"), std::string(jpeg.begin(), jpeg.end()));
  EXPECT_EQ(files.size(), 6u);  // 3 photos, manifest.csv, manifest.xlsx, SHA256SUMS
  const std::string csv = files.at("manifest.csv");
  EXPECT_NE(csv.find("姓名,身份证号,准考证号,文件名,SHA-256,拍摄时间,摄影师,审核人"), std::string::npos);
  EXPECT_NE(csv.find(first.name + "," + first.idNumber + "," + first.ticketNumber + "," + first.idNumber + ".jpg"),
            std::string::npos);
  EXPECT_NE(csv.find("photographer-1,主管"), std::string::npos);
  // The manifest XLSX reads back with our own roster reader (it has the same column names).
  auto roster = readRosterFile((dir.path / "out/manifest.xlsx").string());
  ASSERT_TRUE(roster.ok());
  ASSERT_EQ(roster->entries.size(), 3u) << formatProblems(roster->problems);
  EXPECT_EQ(roster->entries[0].idNumber, first.idNumber);
  // SHA256SUMS is in sha256sum's own format: the system tool agrees.
  std::string output;
  EXPECT_EQ(test::runCommand("cd '" + (dir.path / "out").string() + "' && sha256sum -c --quiet SHA256SUMS", &output), 0)
      << output;
  EXPECT_EQ(store->auditLog().back().action, "export");
}

TEST(Export, ASecondExportIsIdenticalByteForByte) {
  test::TempDir dir;
  auto store = approvedBatch((dir.path / "batch").string(), 4);
  ExportOptions options;
  options.operatorName = "主管";
  ASSERT_TRUE(exportApproved(*store, (dir.path / "one").string(), options).ok());
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));  // zip entry times have 2 s resolution
  ASSERT_TRUE(exportApproved(*store, (dir.path / "two").string(), options).ok());
  EXPECT_EQ(folderContents(dir.path / "one"), folderContents(dir.path / "two"));
}

TEST(Export, RefusesWithTheFullList) {
  test::TempDir dir;
  auto store = test::makeBatch((dir.path / "batch").string(), 4);
  const auto c = store->candidates();
  ASSERT_TRUE(store->addAttempt(c[0].id, test::newAttempt(1)).ok());
  ASSERT_TRUE(store->approve(c[0].id, "主管").ok());
  ASSERT_TRUE(store->addAttempt(c[1].id, test::newAttempt(2)).ok());
  ASSERT_TRUE(store->addAttempt(c[2].id, test::newAttempt(3)).ok());
  ASSERT_TRUE(store->reject(c[2].id, "主管", "闭眼").ok());
  auto refused = exportApproved(*store, (dir.path / "out").string(), {});
  ASSERT_FALSE(refused.ok());
  const std::string& message = refused.error().message;
  EXPECT_NE(message.find(c[1].idNumber + "): the latest photo is not reviewed"), std::string::npos) << message;
  EXPECT_NE(message.find(c[2].idNumber + "): the photo was rejected"), std::string::npos);
  EXPECT_NE(message.find(c[3].idNumber + "): no photo yet"), std::string::npos);
  EXPECT_EQ(message.find(c[0].idNumber), std::string::npos);
  EXPECT_FALSE(fs::exists(dir.path / "out"));
}

TEST(Export, RefusesFileNamesTwoCandidatesWouldShare) {
  test::TempDir dir;
  auto store = approvedBatch((dir.path / "batch").string(), 11);  // 张伟1 and 张伟11
  const auto problems = exportProblems(*store, "{name}.jpg");
  EXPECT_TRUE(problems.empty());
  const auto shared = exportProblems(*store, "photo.jpg");
  EXPECT_EQ(shared.size(), 10u);
  EXPECT_NE(shared[0].find("would both be named photo.jpg"), std::string::npos);
  EXPECT_FALSE(exportProblems(*store, "{id}.png").empty());
  EXPECT_FALSE(exportProblems(*store, "../{id}.jpg").empty());
  EXPECT_EQ(exportFileName("{ticket}_{seq}.jpg", store->candidates()[1], 2), store->candidates()[1].ticketNumber + "_2.jpg");
}

TEST(Export, CancelLeavesNoPartialFolderAndNeverOverwrites) {
  test::TempDir dir;
  auto store = approvedBatch((dir.path / "batch").string(), 3);
  ExportOptions options;
  options.progress = [](int done, int) { return done < 2; };
  EXPECT_FALSE(exportApproved(*store, (dir.path / "out").string(), options).ok());
  EXPECT_FALSE(fs::exists(dir.path / "out"));
  fs::create_directories(dir.path / "full");
  test::writeBytes((dir.path / "full/keep.txt").string(), "mine");
  EXPECT_FALSE(exportApproved(*store, (dir.path / "full").string(), {}).ok());
  EXPECT_EQ(test::readText((dir.path / "full/keep.txt").string()), "mine");
}

TEST(Backup, RoundTripRestoresTheWholeBatch) {
  test::TempDir dir;
  auto store = approvedBatch((dir.path / "batch").string(), 3);
  ASSERT_TRUE(store->addAttempt(store->candidates()[0].id, test::newAttempt(99)).ok());
  auto backup = backupBatch(*store, (dir.path / "usb/backup").string(), "主管");
  ASSERT_TRUE(backup.ok()) << backup.error().message;
  EXPECT_EQ(backup->files, 5);  // database + 4 photos
  EXPECT_TRUE(isBackupFolder((dir.path / "usb/backup").string()));
  EXPECT_TRUE(verifyBackup((dir.path / "usb/backup").string()).empty());
  EXPECT_EQ(store->auditLog().back().action, "backup");
  auto restored = restoreBatch((dir.path / "usb/backup").string(), (dir.path / "restored").string());
  ASSERT_TRUE(restored.ok()) << restored.error().message;
  auto copy = BatchStore::open((dir.path / "restored").string(), OpenMode::ReadOnly);
  ASSERT_TRUE(copy.ok());
  EXPECT_EQ((*copy)->candidates().size(), 3u);
  EXPECT_EQ((*copy)->attempts(store->candidates()[0].id).size(), 2u);
  EXPECT_EQ((*copy)->status(store->candidates()[1].id).state, ReviewState::Approved);
  EXPECT_TRUE((*copy)->verify().empty());
  EXPECT_EQ(test::fileMode((dir.path / "restored/batch.sqlite").string()), 0600u);
}

TEST(Backup, ACorruptedBackupIsDetectedAndNotRestored) {
  test::TempDir dir;
  auto store = approvedBatch((dir.path / "batch").string(), 2);
  ASSERT_TRUE(backupBatch(*store, (dir.path / "backup").string(), "主管").ok());
  const fs::path photo = *fs::directory_iterator(dir.path / "backup/photos");
  std::string bytes = test::readText(photo.string());
  bytes[100] = static_cast<char>(bytes[100] ^ 0x01);  // one flipped bit
  test::writeBytes(photo.string(), bytes);
  const auto problems = verifyBackup((dir.path / "backup").string());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("changed or damaged"), std::string::npos);
  auto restored = restoreBatch((dir.path / "backup").string(), (dir.path / "restored").string());
  ASSERT_FALSE(restored.ok());
  EXPECT_NE(restored.error().message.find("damaged"), std::string::npos);
  fs::remove(photo);
  EXPECT_NE(verifyBackup((dir.path / "backup").string())[0].find("missing"), std::string::npos);
}

}  // namespace
}  // namespace cs::batch
