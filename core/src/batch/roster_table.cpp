// Header mapping: the first non-empty row names the columns. Names are compared after trimming and
// dropping spaces, underscores, hyphens and brackets, case-insensitively for Latin letters.
#include <array>
#include <cctype>
#include <optional>

#include "batch/roster_table.h"

namespace cs::batch {
namespace {

enum class Field { Name, IdNumber, Ticket };

struct Alias {
  Field field;
  const char* text;  // normalised form
};

constexpr std::array<Alias, 38> kAliases{{
    {Field::Name, "姓名"}, {Field::Name, "考生姓名"}, {Field::Name, "名字"}, {Field::Name, "name"},
    {Field::Name, "fullname"}, {Field::Name, "candidatename"}, {Field::Name, "studentname"},
    {Field::IdNumber, "身份证号"}, {Field::IdNumber, "身份证号码"}, {Field::IdNumber, "身份证"},
    {Field::IdNumber, "公民身份号码"}, {Field::IdNumber, "证件号码"}, {Field::IdNumber, "证件号"},
    {Field::IdNumber, "身份證號"}, {Field::IdNumber, "身份證號碼"}, {Field::IdNumber, "id"},
    {Field::IdNumber, "idnumber"}, {Field::IdNumber, "idcard"}, {Field::IdNumber, "idcardnumber"},
    {Field::IdNumber, "idno"}, {Field::IdNumber, "citizenid"}, {Field::IdNumber, "idcardno"},
    {Field::Ticket, "准考证号"}, {Field::Ticket, "准考证号码"}, {Field::Ticket, "准考证"}, {Field::Ticket, "考号"},
    {Field::Ticket, "考生号"}, {Field::Ticket, "準考證號"}, {Field::Ticket, "準考證號碼"}, {Field::Ticket, "ticket"},
    {Field::Ticket, "ticketnumber"}, {Field::Ticket, "ticketno"}, {Field::Ticket, "admissionticket"},
    {Field::Ticket, "admissionticketnumber"}, {Field::Ticket, "admissionticketno"}, {Field::Ticket, "examnumber"},
    {Field::Ticket, "examno"}, {Field::Ticket, "candidatenumber"},
}};

std::string normalizeHeader(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '(' || c == ')' || c == '\t' || c == '\r' || c == '\n')
      continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::optional<Field> fieldOf(const std::string& header) {
  const std::string key = normalizeHeader(header);
  for (const auto& alias : kAliases)
    if (key == alias.text) return alias.field;
  return std::nullopt;
}

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

bool isBlank(const TableRow& row) {
  for (const auto& cell : row.cells)
    if (!trim(cell).empty()) return false;
  return true;
}

std::string cellAt(const TableRow& row, int column) {
  return column >= 0 && static_cast<std::size_t>(column) < row.cells.size() ? trim(row.cells[static_cast<std::size_t>(column)]) : std::string();
}

}  // namespace

void tableToRoster(const std::vector<TableRow>& rows, Roster& roster) {
  std::size_t headerIndex = 0;
  while (headerIndex < rows.size() && isBlank(rows[headerIndex])) ++headerIndex;
  if (headerIndex == rows.size()) {
    roster.problems.push_back({0, "the file has no rows: expected a header row 姓名, 身份证号, 准考证号",
                               "文件里没有内容：第一行应为表头“姓名、身份证号、准考证号”"});
    return;
  }
  const TableRow& header = rows[headerIndex];
  int columns[3] = {-1, -1, -1};
  for (std::size_t c = 0; c < header.cells.size(); ++c) {
    if (auto field = fieldOf(header.cells[c]); field && columns[static_cast<int>(*field)] < 0)
      columns[static_cast<int>(*field)] = static_cast<int>(c);
  }
  const char* names[3] = {"姓名 (name)", "身份证号 (ID number)", "准考证号 (ticket number)"};
  const char* namesZh[3] = {"姓名", "身份证号", "准考证号"};
  bool missing = false;
  for (int f = 0; f < 3; ++f) {
    if (columns[f] >= 0) continue;
    roster.problems.push_back({header.row, std::string("no column ") + names[f] + " in the header row",
                               std::string("表头中没有“") + namesZh[f] + "”这一列：请在第一行加上列名"});
    missing = true;
  }
  if (missing) return;
  for (std::size_t i = headerIndex + 1; i < rows.size(); ++i) {
    if (isBlank(rows[i])) continue;
    roster.entries.push_back({cellAt(rows[i], columns[0]), cellAt(rows[i], columns[1]), cellAt(rows[i], columns[2]),
                              rows[i].row});
  }
}

RosterProblem tooManyRows() {
  return {0, "the roster has more than " + std::to_string(kMaxRosterRows) + " rows; split it into several batches",
          "名单超过 " + std::to_string(kMaxRosterRows) + " 行：请分成几个批次导入"};
}

}  // namespace cs::batch
