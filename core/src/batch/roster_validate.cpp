// Checks on a roster before anything is stored: empty fields, ID numbers (GB 11643), duplicates. Every
// problem is reported with its row, so the exam office can fix the file in one pass.
#include <map>

#include "cs/core/batch/roster.h"

namespace cs::batch {
namespace {

RosterProblem idProblem(int row, const std::string& id) {
  if (id.find_first_of("Ee") != std::string::npos && id.find('.') != std::string::npos)
    return {row,
            "ID number " + id + " was stored as a number and has lost digits: format the column as text in Excel "
            "and type the numbers again",
            "身份证号 " + id + " 被 Excel 存成了数字，后几位已丢失：请把这一列设为“文本”格式，再重新输入身份证号"};
  if (id.size() != 18)
    return {row, "ID number " + id + " has " + std::to_string(id.size()) + " characters, not 18",
            "身份证号 " + id + " 有 " + std::to_string(id.size()) + " 位，应为 18 位：请核对"};
  const char check = idNumberCheckDigit(id.substr(0, 17));
  if (check == '\0')
    return {row, "ID number " + id + ": the first 17 characters must be digits",
            "身份证号 " + id + " 的前 17 位必须都是数字：请核对"};
  if (id[17] != check)
    return {row, "ID number " + id + ": the check digit is wrong (a digit was mistyped)",
            "身份证号 " + id + " 校验位不对（有数字输错了）：请与身份证核对"};
  return {row, "ID number " + id + ": the birth date in it is not a real date",
          "身份证号 " + id + " 中的出生日期不存在：请与身份证核对"};
}

void checkEmpty(const RosterEntry& e, std::vector<RosterProblem>& problems) {
  if (e.name.empty()) problems.push_back({e.row, "the name is empty", "姓名为空：请填写"});
  if (e.idNumber.empty()) problems.push_back({e.row, "the ID number is empty", "身份证号为空：请填写"});
  if (e.ticketNumber.empty()) problems.push_back({e.row, "the ticket number is empty", "准考证号为空：请填写"});
}

// `what` and `whatZh` name the column ("ID number" / "身份证号").
void checkDuplicate(std::map<std::string, int>& seen, const std::string& key, const char* what, const char* whatZh,
                    const RosterEntry& e, std::vector<RosterProblem>& problems) {
  if (key.empty()) return;
  const auto [it, inserted] = seen.emplace(key, e.row);
  if (!inserted)
    problems.push_back({e.row, std::string(what) + " " + key + " is also on row " + std::to_string(it->second),
                        std::string(whatZh) + " " + key + " 与第 " + std::to_string(it->second) +
                            " 行重复：同一考生只能出现一次"});
}

}  // namespace

std::vector<RosterProblem> validateRoster(const std::vector<RosterEntry>& entries) {
  std::vector<RosterProblem> problems;
  std::map<std::string, int> ids;
  std::map<std::string, int> tickets;
  for (const RosterEntry& raw : entries) {
    RosterEntry e = raw;
    e.idNumber = normalizeIdNumber(raw.idNumber);
    checkEmpty(e, problems);
    if (!e.idNumber.empty() && !isValidIdNumber(e.idNumber)) problems.push_back(idProblem(e.row, e.idNumber));
    checkDuplicate(ids, e.idNumber, "ID number", "身份证号", e, problems);
    checkDuplicate(tickets, e.ticketNumber, "ticket number", "准考证号", e, problems);
  }
  return problems;
}

std::string formatProblems(const std::vector<RosterProblem>& problems) {
  std::string text;
  for (const auto& p : problems) {
    if (!text.empty()) text += '\n';
    text += (p.row > 0 ? "row " + std::to_string(p.row) + ": " : std::string("file: ")) + p.message;
  }
  return text;
}

std::string formatProblemsZh(const std::vector<RosterProblem>& problems) {
  std::string text;
  for (const auto& p : problems) {
    if (!text.empty()) text += '\n';
    text += (p.row > 0 ? "第 " + std::to_string(p.row) + " 行：" : std::string("文件：")) +
            (p.messageZh.empty() ? p.message : p.messageZh);
  }
  return text;
}

}  // namespace cs::batch
