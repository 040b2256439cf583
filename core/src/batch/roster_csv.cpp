// CSV rosters (RFC 4180: quoted fields may hold separators, quotes doubled, line breaks), comma-, tab- or
// semicolon-separated (the separator is the most frequent of the three in the first line).
#include <algorithm>

#include "batch/roster_table.h"
#include "batch/text_encoding.h"

namespace cs::batch {
namespace {

char detectSeparator(const std::string& text) {
  const std::string firstLine = text.substr(0, text.find('\n'));
  const auto commas = std::count(firstLine.begin(), firstLine.end(), ',');
  const auto tabs = std::count(firstLine.begin(), firstLine.end(), '\t');
  const auto semicolons = std::count(firstLine.begin(), firstLine.end(), ';');
  if (tabs > commas && tabs >= semicolons) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

class CsvSplitter {
 public:
  CsvSplitter(const std::string& text, char separator) : text_(text), separator_(separator) {}

  // The next record; false at the end of the text.
  bool next(TableRow& row) {
    if (pos_ >= text_.size()) return false;
    row.row = ++record_;
    row.cells.assign(1, std::string());
    bool quoted = false;
    while (pos_ < text_.size()) {
      const char c = text_[pos_++];
      if (quoted) {
        if (c != '"') row.cells.back() += c;
        else if (pos_ < text_.size() && text_[pos_] == '"') row.cells.back() += text_[pos_++];
        else quoted = false;
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator_) {
        row.cells.emplace_back();
      } else if (c == '\n') {
        break;
      } else if (c == '\r') {
        if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
        break;
      } else {
        row.cells.back() += c;
      }
    }
    return true;
  }

 private:
  const std::string& text_;
  char separator_;
  std::size_t pos_ = 0;
  int record_ = 0;
};

}  // namespace

Roster parseRosterCsv(std::span<const std::uint8_t> bytes) {
  Roster roster;
  DecodedText decoded = decodeRosterText(bytes);
  if (decoded.encoding.empty()) {
    roster.problems.push_back({0, "the file is neither UTF-8 nor GBK text: save it from Excel as CSV or XLSX",
                               "文件既不是 UTF-8 也不是 GBK 编码的文字：请在 Excel 中另存为 CSV 或 XLSX"});
    return roster;
  }
  roster.encoding = decoded.encoding;
  if (decoded.utf8.find('\0') != std::string::npos) {
    roster.problems.push_back({0, "the file holds binary data, not CSV text: save it from Excel as CSV or XLSX",
                               "文件不是 CSV 文字而是二进制数据：请在 Excel 中另存为 CSV 或 XLSX"});
    return roster;
  }
  std::vector<TableRow> rows;
  CsvSplitter splitter(decoded.utf8, detectSeparator(decoded.utf8));
  TableRow row;
  while (splitter.next(row)) {
    if (static_cast<int>(rows.size()) >= kMaxRosterRows) {
      RosterProblem tooLong = tooManyRows();
      tooLong.row = row.row;
      roster.problems.push_back(std::move(tooLong));
      return roster;
    }
    rows.push_back(row);
  }
  tableToRoster(rows, roster);
  return roster;
}

}  // namespace cs::batch
