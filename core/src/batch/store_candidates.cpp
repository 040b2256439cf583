// The roster inside the batch (W1): candidates are added all or nothing, and found by ID number, ticket
// number (a barcode scan) or a prefix typed into the capture screen's search box.
#include <algorithm>
#include <set>

#include "batch/store_impl.h"

namespace cs::batch {
namespace {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

RosterEntry normalized(const RosterEntry& entry) {
  return RosterEntry{trimmed(entry.name), normalizeIdNumber(entry.idNumber), trimmed(entry.ticketNumber), entry.row};
}

Status insertCandidate(sql::Db& db, const RosterEntry& e, const std::string& operatorName) {
  sql::Stmt insert(db, "INSERT INTO candidates(name, id_number, ticket, roster_row, added_at, added_by) "
                       "VALUES(?, ?, ?, ?, ?, ?)");
  return insert.bind(1, e.name).bind(2, e.idNumber).bind(3, e.ticketNumber).bind(4, e.row)
      .bind(5, nowSeconds()).bind(6, operatorName).run();
}

std::optional<Candidate> findOne(const sql::Db& db, const char* where, const std::string& value) {
  sql::Stmt row(db, (std::string("SELECT ") + kCandidateColumns + " FROM candidates WHERE " + where).c_str());
  row.bind(1, value);
  if (!row.step()) return std::nullopt;
  return readCandidate(row);
}

}  // namespace

std::vector<RosterProblem> BatchStore::checkRoster(const std::vector<RosterEntry>& entries) const {
  std::vector<RosterEntry> clean;
  for (const auto& e : entries) clean.push_back(normalized(e));
  std::vector<RosterProblem> problems = validateRoster(clean);
  for (const auto& e : clean) {
    if (!e.idNumber.empty() && findByIdNumber(e.idNumber))
      problems.push_back({e.row, "ID number " + e.idNumber + " is already in this batch",
                          "身份证号 " + e.idNumber + " 已在本批次中：不要重复导入"});
    if (!e.ticketNumber.empty() && findByTicket(e.ticketNumber))
      problems.push_back({e.row, "ticket number " + e.ticketNumber + " is already in this batch",
                          "准考证号 " + e.ticketNumber + " 已在本批次中：不要重复导入"});
  }
  std::stable_sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) { return a.row < b.row; });
  return problems;
}

Expected<int> BatchStore::importRoster(const std::vector<RosterEntry>& entries, const std::string& operatorName) {
  if (auto s = requireWritable(*impl_); !s) return s.error();
  if (entries.empty())
    return Error{ErrorCode::InvalidArgument, "the roster has no candidates", "名单中没有考生：请检查名单文件"};
  sql::Transaction transaction(impl_->db);
  if (!transaction.begun()) return transaction.begun().error();
  const auto problems = checkRoster(entries);
  if (!problems.empty()) {
    return Error{ErrorCode::InvalidArgument,
                 "nothing was imported; fix these " + std::to_string(problems.size()) +
                     " problem(s) in the roster and import it again:\n" + formatProblems(problems),
                 "名单没有导入。请改正名单中的以下 " + std::to_string(problems.size()) + " 个问题后重新导入：\n" +
                     formatProblemsZh(problems)};
  }
  for (const auto& e : entries) {
    if (auto s = insertCandidate(impl_->db, normalized(e), operatorName); !s) return s.error();
  }
  const std::string detail = std::to_string(entries.size()) + " candidates";
  if (auto s = appendAuditRow(impl_->db, operatorName, "import", "roster", detail); !s) return s.error();
  if (auto s = transaction.commit(); !s) return s.error();
  return static_cast<int>(entries.size());
}

Expected<Candidate> BatchStore::addCandidate(const RosterEntry& entry, const std::string& operatorName) {
  RosterEntry one = entry;
  one.row = 0;
  auto added = importRoster({one}, operatorName);
  if (!added) return added.error();
  return *findByIdNumber(normalizeIdNumber(entry.idNumber));
}

std::vector<Candidate> BatchStore::candidates() const {
  std::vector<Candidate> result;
  sql::Stmt rows(impl_->db, (std::string("SELECT ") + kCandidateColumns + " FROM candidates ORDER BY id").c_str());
  while (rows.step()) result.push_back(readCandidate(rows));
  return result;
}

std::optional<Candidate> BatchStore::candidate(std::int64_t candidateId) const {
  sql::Stmt row(impl_->db, (std::string("SELECT ") + kCandidateColumns + " FROM candidates WHERE id = ?").c_str());
  row.bind(1, candidateId);
  if (!row.step()) return std::nullopt;
  return readCandidate(row);
}

std::optional<Candidate> BatchStore::findByIdNumber(const std::string& idNumber) const {
  return findOne(impl_->db, "id_number = ?", normalizeIdNumber(idNumber));
}

std::optional<Candidate> BatchStore::findByTicket(const std::string& ticketNumber) const {
  return findOne(impl_->db, "ticket = ?", trimmed(ticketNumber));
}

std::vector<Candidate> BatchStore::search(const std::string& text, int limit) const {
  std::vector<Candidate> result;
  const std::string key = trimmed(text);
  if (key.empty() || limit <= 0) return result;
  const std::string id = normalizeIdNumber(key);
  // substr() instead of LIKE: no wildcard characters to escape, and exact (case-sensitive) prefixes.
  sql::Stmt rows(impl_->db,
                 (std::string("SELECT ") + kCandidateColumns +
                  " FROM candidates WHERE substr(id_number, 1, length(?1)) = ?1 OR substr(ticket, 1, length(?2)) = ?2"
                  " OR substr(name, 1, length(?2)) = ?2 ORDER BY (id_number = ?1 OR ticket = ?2 OR name = ?2) DESC, id"
                  " LIMIT ?3").c_str());
  rows.bind(1, id).bind(2, key).bind(3, limit);
  while (rows.step()) result.push_back(readCandidate(rows));
  return result;
}

}  // namespace cs::batch
