// Roster problems and batch refusals carry a Chinese sentence beside the English one: the station and
// review windows show it (zh_CN is their default), the CLI keeps the English.
#include <gtest/gtest.h>

#include <filesystem>

#include "batch_test_support.h"
#include "cs/core/batch/backup.h"
#include "cs/core/batch/export.h"
#include "cs/core/batch/roster.h"

namespace cs::batch {
namespace {
namespace fs = std::filesystem;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

void expectChinese(const Error& error, const std::string& part) {
  EXPECT_FALSE(error.message.empty());
  EXPECT_FALSE(error.messageZh.empty()) << error.message;
  EXPECT_TRUE(contains(error.messageZh, part)) << error.messageZh;
}

TEST(ErrorLanguage, RosterProblemsNameTheirRowInChinese) {
  std::vector<RosterEntry> entries = test::syntheticRoster(4);
  entries[1].idNumber[17] = entries[1].idNumber[17] == '0' ? '1' : '0';  // row 3: wrong check digit
  entries[2].ticketNumber = entries[0].ticketNumber;                     // row 4: duplicate ticket
  entries[3].name = "";                                                  // row 5: empty name
  const auto problems = validateRoster(entries);
  ASSERT_EQ(problems.size(), 3u) << formatProblems(problems);
  for (const auto& p : problems) EXPECT_FALSE(p.messageZh.empty()) << p.message;
  const std::string zh = formatProblemsZh(problems);
  EXPECT_TRUE(contains(zh, "第 3 行：身份证号 " + entries[1].idNumber + " 校验位不对")) << zh;
  EXPECT_TRUE(contains(zh, "第 4 行：准考证号 " + entries[0].ticketNumber + " 与第 2 行重复")) << zh;
  EXPECT_TRUE(contains(zh, "第 5 行：姓名为空")) << zh;
  EXPECT_TRUE(contains(formatProblems(problems), "row 3: ID number")) << "the English is unchanged";
}

TEST(ErrorLanguage, RosterFileProblemsAreInChinese) {
  const std::string noHeader = "序号,名字\n1,张三\n";  // 名字 is the name; no ID or ticket column
  const Roster roster = parseRosterCsv({reinterpret_cast<const std::uint8_t*>(noHeader.data()), noHeader.size()});
  ASSERT_EQ(roster.problems.size(), 2u) << formatProblems(roster.problems);
  EXPECT_TRUE(contains(formatProblemsZh(roster.problems), "第 1 行：表头中没有“身份证号”这一列"))
      << formatProblemsZh(roster.problems);
  const std::vector<std::uint8_t> notXlsx{'P', 'K', 3, 4, 0, 0};
  const Roster broken = parseRosterXlsx(notXlsx);
  ASSERT_FALSE(broken.problems.empty());
  EXPECT_TRUE(contains(formatProblemsZh(broken.problems), "文件：文件不是可读取的 XLSX 工作簿"));
  auto missing = readRosterFile("/no/such/roster.csv");
  ASSERT_FALSE(missing.ok());
  expectChinese(missing.error(), "找不到文件");
}

TEST(ErrorLanguage, ImportRefusalListsEveryRowInChinese) {
  test::TempDir dir;
  auto store = test::makeBatch(dir.path.string(), 2);
  auto entries = test::syntheticRoster(4);  // the first two are already in the batch
  entries[2].idNumber = entries[3].idNumber;  // rows 4 and 5: the same ID number twice
  auto refused = store->importRoster(entries, "admin");
  ASSERT_FALSE(refused.ok());
  expectChinese(refused.error(), "名单没有导入");
  const std::string& zh = refused.error().messageZh;
  EXPECT_TRUE(contains(zh, "第 2 行：身份证号 " + entries[0].idNumber + " 已在本批次中")) << zh;
  EXPECT_TRUE(contains(zh, "第 5 行：身份证号 " + entries[3].idNumber + " 与第 4 行重复")) << zh;
  EXPECT_TRUE(contains(refused.error().message, "nothing was imported")) << "the English is unchanged";
  EXPECT_EQ(store->candidates().size(), 2u);
}

TEST(ErrorLanguage, ExportRefusalWithMissingPhotosIsInChinese) {
  test::TempDir dir;
  auto store = test::makeBatch((dir.path / "batch").string(), 2);
  const Candidate first = store->candidates()[0];
  ASSERT_TRUE(store->addAttempt(first.id, test::newAttempt(1)).ok());
  ExportOptions options;
  options.operatorName = "主管";
  auto refused = exportApproved(*store, (dir.path / "out").string(), options);
  ASSERT_FALSE(refused.ok());
  expectChinese(refused.error(), "没有导出任何文件；共 2 个问题：");
  const std::string& zh = refused.error().messageZh;
  EXPECT_TRUE(contains(zh, first.name + " (" + first.idNumber + ")：照片尚未审核")) << zh;
  EXPECT_TRUE(contains(zh, "：还没有照片（请在采集站拍摄）")) << zh;
  EXPECT_EQ(std::count(zh.begin(), zh.end(), '\n'), std::count(refused.error().message.begin(),
                                                                refused.error().message.end(), '\n'))
      << "one line per problem in both languages";
  const auto lines = exportRefusals(*store, "{id}.png");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(contains(lines[0].messageZh, "文件名规则")) << lines[0].messageZh;
  EXPECT_FALSE(fs::exists(dir.path / "out"));
}

TEST(ErrorLanguage, BatchRefusalsAreInChinese) {
  test::TempDir dir;
  auto store = test::makeBatch((dir.path / "batch").string(), 1);
  const auto id = store->candidates()[0].id;
  expectChinese(store->approve(id, "主管").error(), "还没有照片");
  expectChinese(store->reject(id, "主管", " ").error(), "退回必须填写原因");
  expectChinese(store->login("nobody", "secret").error(), "用户名或密码不对");
  fs::create_directories(dir.path / "full");
  test::writeBytes((dir.path / "full/keep.txt").string(), "x");
  expectChinese(backupBatch(*store, (dir.path / "full").string(), "主管").error(), "不是空的");
  expectChinese(BatchStore::open((dir.path / "nothing").string(), OpenMode::ReadOnly).error(), "中没有批次");
  auto readOnly = BatchStore::open((dir.path / "batch").string(), OpenMode::ReadOnly);
  ASSERT_TRUE(readOnly.ok());
  expectChinese((*readOnly)->approve(id, "主管").error(), "只读");
}

TEST(ErrorLanguage, DamagedBackupListsItsProblemsInChinese) {
  test::TempDir dir;
  auto store = test::makeBatch((dir.path / "batch").string(), 1);
  ASSERT_TRUE(store->addAttempt(store->candidates()[0].id, test::newAttempt(3)).ok());
  ASSERT_TRUE(backupBatch(*store, (dir.path / "backup").string(), "主管").ok());
  const auto attempt = store->attempts(store->candidates()[0].id).at(0);
  fs::remove(dir.path / "backup" / attempt.fileName);
  auto restored = restoreBatch((dir.path / "backup").string(), (dir.path / "restored").string());
  ASSERT_FALSE(restored.ok());
  expectChinese(restored.error(), "已损坏");
  EXPECT_TRUE(contains(restored.error().messageZh, attempt.fileName + " 缺失")) << restored.error().messageZh;
}

}  // namespace
}  // namespace cs::batch
