// Checks on a roster before anything is stored: empty fields, ID numbers (GB 11643), duplicates. Every
// problem is reported with its row, so the exam office can fix the file in one pass.
#include <map>

#include "cs/core/batch/roster.h"

namespace cs::batch {
namespace {

std::string idProblem(const std::string& id) {
  if (id.find_first_of("Ee") != std::string::npos && id.find('.') != std::string::npos)
    return "ID number " + id + " was stored as a number and has lost digits: format the column as text in Excel "
           "and type the numbers again";
  if (id.size() != 18) return "ID number " + id + " has " + std::to_string(id.size()) + " characters, not 18";
  const char check = idNumberCheckDigit(id.substr(0, 17));
  if (check == '\0') return "ID number " + id + ": the first 17 characters must be digits";
  if (id[17] != check) return "ID number " + id + ": the check digit is wrong (a digit was mistyped)";
  return "ID number " + id + ": the birth date in it is not a real date";
}

void checkEmpty(const RosterEntry& e, std::vector<RosterProblem>& problems) {
  if (e.name.empty()) problems.push_back({e.row, "the name is empty"});
  if (e.idNumber.empty()) problems.push_back({e.row, "the ID number is empty"});
  if (e.ticketNumber.empty()) problems.push_back({e.row, "the ticket number is empty"});
}

void checkDuplicate(std::map<std::string, int>& seen, const std::string& key, const std::string& what,
                    const RosterEntry& e, std::vector<RosterProblem>& problems) {
  if (key.empty()) return;
  const auto [it, inserted] = seen.emplace(key, e.row);
  if (!inserted)
    problems.push_back({e.row, what + " " + key + " is also on row " + std::to_string(it->second)});
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
    if (!e.idNumber.empty() && !isValidIdNumber(e.idNumber)) problems.push_back({e.row, idProblem(e.idNumber)});
    checkDuplicate(ids, e.idNumber, "ID number", e, problems);
    checkDuplicate(tickets, e.ticketNumber, "ticket number", e, problems);
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

}  // namespace cs::batch
