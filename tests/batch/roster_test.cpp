// Roster import (W1): CSV in UTF-8 (with or without BOM) or GBK, XLSX with shared or inline strings,
// Chinese or English headers, and validation that reports every problem with its row.
#include <gtest/gtest.h>
#include <iconv.h>
#include <xlsxwriter.h>

#include <filesystem>

#include "batch_test_support.h"
#include "cs/core/batch/roster.h"

namespace cs::batch {
namespace {

using test::syntheticIdNumber;

std::span<const std::uint8_t> bytesOf(const std::string& text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

std::string toGbk(const std::string& utf8) {
  iconv_t cd = iconv_open("GBK", "UTF-8");
  std::string in = utf8, out(utf8.size() * 2 + 16, '\0');
  char* inPtr = in.data();
  char* outPtr = out.data();
  std::size_t inLeft = in.size(), outLeft = out.size();
  EXPECT_NE(iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft), static_cast<std::size_t>(-1));
  iconv_close(cd);
  out.resize(out.size() - outLeft);
  return out;
}

std::string chineseCsv() {
  return "姓名,身份证号,准考证号\r\n张伟," + syntheticIdNumber(1) + ",2026100001\r\n\"王, 芳\"," +
         syntheticIdNumber(2) + ",2026100002\r\n";
}

TEST(IdNumber, CheckDigitFollowsGb11643) {
  // 11010519491231002X is the standard's own worked example.
  EXPECT_EQ(idNumberCheckDigit("11010519491231002"), 'X');
  EXPECT_TRUE(isValidIdNumber("11010519491231002X"));
  EXPECT_FALSE(isValidIdNumber("110105194912310021"));   // wrong check digit
  EXPECT_FALSE(isValidIdNumber("11010519491331002X"));   // month 13
  EXPECT_FALSE(isValidIdNumber("11010519491231002"));    // 17 characters
  EXPECT_TRUE(isValidIdNumber(syntheticIdNumber(7)));
  EXPECT_EQ(normalizeIdNumber(" 11010519491231002x "), "11010519491231002X");
  EXPECT_EQ(normalizeIdNumber("１１０１０５１９４９１２３１００２Ｘ"), "11010519491231002X");  // full-width
}

TEST(RosterCsv, ReadsUtf8WithChineseHeadersAndQuotedFields) {
  const Roster roster = parseRosterCsv(bytesOf(chineseCsv()));
  EXPECT_EQ(roster.encoding, "UTF-8");
  ASSERT_TRUE(roster.problems.empty()) << formatProblems(roster.problems);
  ASSERT_EQ(roster.entries.size(), 2u);
  EXPECT_EQ(roster.entries[0].name, "张伟");
  EXPECT_EQ(roster.entries[1].name, "王, 芳");
  EXPECT_EQ(roster.entries[1].idNumber, syntheticIdNumber(2));
  EXPECT_EQ(roster.entries[1].ticketNumber, "2026100002");
  EXPECT_EQ(roster.entries[1].row, 3);
}

TEST(RosterCsv, ReadsUtf8WithBom) {
  const Roster roster = parseRosterCsv(bytesOf("\xEF\xBB\xBF" + chineseCsv()));
  EXPECT_EQ(roster.encoding, "UTF-8 BOM");
  ASSERT_EQ(roster.entries.size(), 2u);
  EXPECT_EQ(roster.entries[0].name, "张伟");
}

TEST(RosterCsv, DetectsGbk) {
  const std::string gbk = toGbk(chineseCsv());
  ASSERT_NE(gbk, chineseCsv());
  const Roster roster = parseRosterCsv(bytesOf(gbk));
  EXPECT_EQ(roster.encoding, "GBK");
  ASSERT_TRUE(roster.problems.empty()) << formatProblems(roster.problems);
  ASSERT_EQ(roster.entries.size(), 2u);
  EXPECT_EQ(roster.entries[0].name, "张伟");  // back in UTF-8
  EXPECT_EQ(roster.entries[1].name, "王, 芳");
}

TEST(RosterCsv, EnglishHeadersInAnyOrderAndTabs) {
  const std::string csv = "Ticket Number\tName\tID_Number\tSchool\n2026100009\tLi Na\t" + syntheticIdNumber(9) + "\tNo. 1\n";
  const Roster roster = parseRosterCsv(bytesOf(csv));
  ASSERT_EQ(roster.entries.size(), 1u) << formatProblems(roster.problems);
  EXPECT_EQ(roster.entries[0].name, "Li Na");
  EXPECT_EQ(roster.entries[0].ticketNumber, "2026100009");
}

TEST(RosterCsv, MissingColumnIsReported) {
  const Roster roster = parseRosterCsv(bytesOf("姓名,准考证号\n张伟,1\n"));
  EXPECT_TRUE(roster.entries.empty());
  ASSERT_EQ(roster.problems.size(), 1u);
  EXPECT_NE(roster.problems[0].message.find("身份证号"), std::string::npos);
}

TEST(RosterCsv, BinaryGarbageIsAProblemNotACrash) {
  const std::string garbage("\xFF\xFE\x00\x01\x80\x80\x80", 7);
  const Roster roster = parseRosterCsv(bytesOf(garbage));
  EXPECT_TRUE(roster.entries.empty());
  EXPECT_FALSE(roster.problems.empty());
}

TEST(RosterValidate, ReportsEveryProblemWithItsRow) {
  std::vector<RosterEntry> entries = test::syntheticRoster(6);
  entries[1].idNumber[17] = entries[1].idNumber[17] == '0' ? '1' : '0';  // row 3: wrong check digit
  entries[2].name = "";                                                  // row 4: empty name
  entries[3].ticketNumber = entries[0].ticketNumber;                     // row 5: duplicate ticket
  entries[4].idNumber = entries[0].idNumber;                             // row 6: duplicate ID
  entries[5].idNumber = "1.10105199003071E+17";                          // row 7: Excel number
  const auto problems = validateRoster(entries);
  ASSERT_EQ(problems.size(), 5u) << formatProblems(problems);
  EXPECT_EQ(problems[0].row, 3);
  EXPECT_NE(problems[0].message.find("check digit"), std::string::npos);
  EXPECT_EQ(problems[1].row, 4);
  EXPECT_EQ(problems[2].row, 5);
  EXPECT_NE(problems[2].message.find("row 2"), std::string::npos);
  EXPECT_EQ(problems[3].row, 6);
  EXPECT_EQ(problems[4].row, 7);
  EXPECT_NE(problems[4].message.find("text"), std::string::npos);
  EXPECT_NE(formatProblems(problems).find("row 5: ticket number"), std::string::npos);
}

// An XLSX roster written by libxlsxwriter: shared strings normally, inline strings in constant-memory mode.
std::string writeXlsx(const std::string& path, bool inlineStrings) {
  lxw_workbook_options options{};
  options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "考生");
  const char* header[] = {"序号", "姓名", "身份证号码", "准考证号"};
  for (int c = 0; c < 4; ++c) worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), header[c], nullptr);
  for (int r = 1; r <= 3; ++r) {
    worksheet_write_number(sheet, static_cast<lxw_row_t>(r), 0, r, nullptr);
    worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 1, ("考生" + std::to_string(r)).c_str(), nullptr);
    worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 2, syntheticIdNumber(r).c_str(), nullptr);
    worksheet_write_number(sheet, static_cast<lxw_row_t>(r), 3, 2026100000 + r, nullptr);  // a number cell
  }
  EXPECT_EQ(workbook_close(workbook), LXW_NO_ERROR);
  return path;
}

TEST(RosterXlsx, ReadsSharedAndInlineStrings) {
  test::TempDir dir;
  for (bool inlineStrings : {false, true}) {
    const std::string path = writeXlsx((dir.path / (inlineStrings ? "inline.xlsx" : "shared.xlsx")).string(), inlineStrings);
    auto roster = readRosterFile(path);
    ASSERT_TRUE(roster.ok());
    EXPECT_EQ(roster->encoding, "XLSX");
    ASSERT_TRUE(roster->problems.empty()) << formatProblems(roster->problems);
    ASSERT_EQ(roster->entries.size(), 3u) << "inline strings: " << inlineStrings;
    EXPECT_EQ(roster->entries[2].name, "考生3");
    EXPECT_EQ(roster->entries[2].idNumber, syntheticIdNumber(3));
    EXPECT_EQ(roster->entries[2].ticketNumber, "2026100003");
    EXPECT_EQ(roster->entries[2].row, 4);
    EXPECT_TRUE(validateRoster(roster->entries).empty());
  }
}

TEST(RosterXlsx, DamagedWorkbookIsAProblemNotACrash) {
  std::string zipLike = "PK\x03\x04 this is not really a zip file";
  const Roster roster = parseRosterXlsx(bytesOf(zipLike));
  EXPECT_TRUE(roster.entries.empty());
  ASSERT_FALSE(roster.problems.empty());
  EXPECT_NE(roster.problems[0].message.find("XLSX"), std::string::npos);
}

TEST(RosterFile, MissingFileIsAnError) {
  auto roster = readRosterFile("/nonexistent/roster.csv");
  ASSERT_FALSE(roster.ok());
  EXPECT_EQ(roster.error().code, ErrorCode::FileNotFound);
}

}  // namespace
}  // namespace cs::batch

namespace cs::batch {
namespace {

// The fuzzer's seed rosters (tests/fuzz/corpus/roster) double as fixtures: XLSX files written by hand with
// Python's zipfile (not libxlsxwriter), CSV in three encodings, and one full of problems.
TEST(RosterSeeds, CommittedSeedsReadAsExpected) {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(CS_ROSTER_CORPUS_DIR)) {
    const std::string name = entry.path().filename().string();
    const std::string ext = entry.path().extension().string();
    if (ext != ".csv" && ext != ".xlsx") continue;  // xml-parts.txt is for the fuzzer's packed-XLSX path
    auto roster = readRosterFile(entry.path().string());
    ASSERT_TRUE(roster.ok()) << name;
    ++files;
    if (name == "problems.csv") {
      EXPECT_EQ(validateRoster(roster->entries).size(), 4u) << name;
      continue;
    }
    ASSERT_EQ(roster->entries.size(), 3u) << name << ": " << formatProblems(roster->problems);
    EXPECT_TRUE(validateRoster(roster->entries).empty()) << name;
    EXPECT_EQ(roster->entries[2].idNumber, test::syntheticIdNumber(3)) << name;
  }
  EXPECT_GE(files, 7);
}

}  // namespace
}  // namespace cs::batch
