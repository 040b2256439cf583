// `capture-station-cli batch ...` end to end, as a site's script would drive it: exit codes 0 done,
// 1 refused (with the reason), 2 bad usage or input.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "batch_test_support.h"

namespace cs::batch {
namespace {
namespace fs = std::filesystem;

std::string q(const fs::path& path) { return "'" + path.string() + "'"; }

int cli(const std::string& arguments, std::string* output = nullptr) {
  return test::runCommand(std::string(CS_CLI_PATH) + " batch " + arguments, output);
}

// A batch folder with `count` synthetic candidates imported from a CSV roster through the CLI.
fs::path cliBatch(const fs::path& root, int count) {
  std::string csv = "姓名,身份证号,准考证号\n";
  for (const auto& e : test::syntheticRoster(count)) csv += e.name + "," + e.idNumber + "," + e.ticketNumber + "\n";
  test::writeBytes((root / "roster.csv").string(), csv);
  EXPECT_EQ(cli("create " + q(root / "b") + " --name 测试批次 --site 城关镇 --operator admin"), 0);
  EXPECT_EQ(cli("import-roster " + q(root / "b") + " " + q(root / "roster.csv")), 0);
  return root / "b";
}

TEST(BatchCli, UsageErrorsExitWithTwoAndOneLine) {
  test::TempDir dir;
  std::string out;
  EXPECT_EQ(cli("", &out), 2);
  EXPECT_EQ(cli("frobnicate", &out), 2);
  EXPECT_EQ(cli("create " + q(dir.path / "b"), &out), 2);  // no --name
  EXPECT_NE(out.find("--name"), std::string::npos);
  EXPECT_EQ(cli("list " + q(dir.path / "missing"), &out), 2);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << out;
  EXPECT_EQ(cli("help", &out), 0);
  EXPECT_NE(out.find("batch import-roster"), std::string::npos);
}

TEST(BatchCli, RosterProblemsAreListedAndNothingIsImported) {
  test::TempDir dir;
  ASSERT_EQ(cli("create " + q(dir.path / "b") + " --name x"), 0);
  test::writeBytes((dir.path / "bad.csv").string(), "name,id,ticket\nA,110105199003070011,1\nB,,1\n");
  std::string out;
  EXPECT_EQ(cli("import-roster " + q(dir.path / "b") + " " + q(dir.path / "bad.csv"), &out), 1);
  EXPECT_NE(out.find("row 2: ID number 110105199003070011"), std::string::npos) << out;
  EXPECT_NE(out.find("row 3: the ID number is empty"), std::string::npos);
  EXPECT_NE(out.find("row 3: ticket number 1 is also on row 2"), std::string::npos);
  EXPECT_EQ(cli("list " + q(dir.path / "b") + " --json", &out), 0);
  EXPECT_EQ(out, "[]\n");
}

TEST(BatchCli, ReviewUsersBackupAndVerify) {
  test::TempDir dir;
  const fs::path b = cliBatch(dir.path, 3);
  std::string out;
  EXPECT_EQ(test::runCommand("echo 'pass-word-1' | " + std::string(CS_CLI_PATH) + " batch user-add " + q(b) +
                             " --name wangjun --role supervisor", &out), 0) << out;
  EXPECT_EQ(cli("user-add " + q(b) + " --name x --role boss", &out), 2);
  EXPECT_EQ(cli("list " + q(b) + " --filter not-captured --json", &out), 0);
  EXPECT_NE(out.find("\"state\": \"not_captured\""), std::string::npos);
  EXPECT_EQ(cli("list " + q(b) + " --filter nonsense", &out), 2);
  // Nothing captured: approving is refused (1), naming nobody is bad input (2).
  const std::string id = test::syntheticIdNumber(1);
  EXPECT_EQ(cli("approve " + q(b) + " --id " + id + " --reviewer wangjun", &out), 1);
  EXPECT_NE(out.find("no photo yet"), std::string::npos);
  EXPECT_EQ(cli("approve " + q(b) + " --id 123 --reviewer wangjun", &out), 2);
  EXPECT_EQ(cli("reject " + q(b) + " --id " + id + " --reviewer wangjun", &out), 2);  // no --reason
  EXPECT_EQ(cli("export " + q(b) + " " + q(dir.path / "out"), &out), 1);
  EXPECT_NE(out.find("no photo yet"), std::string::npos);
  EXPECT_EQ(cli("backup " + q(b) + " " + q(dir.path / "bk"), &out), 0) << out;
  EXPECT_EQ(cli("verify " + q(dir.path / "bk"), &out), 0) << out;
  EXPECT_EQ(cli("verify " + q(b), &out), 0) << out;
  EXPECT_EQ(cli("restore " + q(dir.path / "bk") + " " + q(dir.path / "again"), &out), 0) << out;
  test::writeBytes((dir.path / "bk/batch.sqlite").string(), "damaged");
  EXPECT_EQ(cli("verify " + q(dir.path / "bk"), &out), 1);
  EXPECT_NE(out.find("batch.sqlite has been changed"), std::string::npos);
  EXPECT_EQ(cli("restore " + q(dir.path / "bk") + " " + q(dir.path / "again2"), &out), 1);
}

// The whole path of a real photo: add (through makeCertificate), refuse / override, approve, export, and
// every exported photo passes the independent F1-F7 checker ../shared/tools/verify_photo.py.
TEST(BatchCli, RealPhotosFromAddToAVerifiedExport) {
  CS_REQUIRE_SHARED_DATA();
  test::TempDir dir;
  const fs::path b = cliBatch(dir.path, 2);
  const std::string good = test::sharedPhoto("derived/v01_002-lightblue-backdrop.jpg");
  const std::string dark = test::sharedPhoto("derived/v04_002-side-light-left-dark.jpg");
  const std::string id1 = test::syntheticIdNumber(1), id2 = test::syntheticIdNumber(2);
  std::string out;
  ASSERT_EQ(cli("add " + q(b) + " " + q(good) + " --id " + id1 + " --operator 李华", &out), 0) << out;
  EXPECT_EQ(cli("add " + q(b) + " " + q(dark) + " --id " + id2, &out), 1);
  EXPECT_NE(out.find("L1"), std::string::npos) << out;
  EXPECT_NE(out.find("--override-reason"), std::string::npos);
  ASSERT_EQ(cli("add " + q(b) + " " + q(dark) + " --id " + id2 + " --override-reason '侧光,主管同意'", &out), 0) << out;
  EXPECT_EQ(cli("list " + q(b) + " --filter overridden --json", &out), 0);
  EXPECT_NE(out.find(id2), std::string::npos);
  EXPECT_EQ(out.find(id1), std::string::npos);
  ASSERT_EQ(cli("approve " + q(b) + " --id " + id1 + " --reviewer 王军", &out), 0) << out;
  ASSERT_EQ(cli("approve " + q(b) + " --ticket 2026100002 --reviewer 王军", &out), 0) << out;
  ASSERT_EQ(cli("export " + q(b) + " " + q(dir.path / "out"), &out), 0) << out;
  ASSERT_TRUE(fs::exists(dir.path / "out" / (id1 + ".jpg")));
  const std::string checker = "python3 '" CS_VERIFY_PHOTO_PY "' ";
  EXPECT_EQ(test::runCommand(checker + q(dir.path / "out" / (id1 + ".jpg")) + " " + q(dir.path / "out" / (id2 + ".jpg")),
                             &out), 0) << out;
}

}  // namespace
}  // namespace cs::batch
