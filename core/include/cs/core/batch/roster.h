#pragma once
// Reading the candidate list the exam office sends (W1): CSV in UTF-8 (with or without BOM) or GBK
// (detected), or XLSX. Header names in Chinese or English are mapped once (姓名/name,
// 身份证号/身份证号码/ID, 准考证号/ticket, ...). Readers never throw and never trust the input: every problem
// comes back with its row number (the row as Excel shows it: the header is row 1).
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "cs/core/expected.h"

namespace cs::batch {

struct RosterEntry {
  std::string name;
  std::string idNumber;
  std::string ticketNumber;
  int row = 0;  // row in the file (header = row 1)
};

struct RosterProblem {
  int row = 0;            // 0: the file as a whole (e.g. no header)
  std::string message;    // one line, what is wrong and what to do (English)
  std::string messageZh;  // the same in Chinese, without the row (formatProblemsZh adds 第 N 行)
};

struct Roster {
  std::vector<RosterEntry> entries;
  std::vector<RosterProblem> problems;  // reading problems (columns missing, bad encoding, ...)
  std::string encoding;                 // "UTF-8", "UTF-8 BOM", "GBK" or "XLSX"
};

// Reads by content (an XLSX file is a zip: "PK\3\4"), else CSV. Errors only for an unreadable file;
// everything about the content goes into Roster::problems.
Expected<Roster> readRosterFile(const std::string& path);
Roster parseRosterCsv(std::span<const std::uint8_t> bytes);
Roster parseRosterXlsx(std::span<const std::uint8_t> bytes);

// Checks entries on their own: empty fields, ID numbers (18 characters, GB 11643 check digit), duplicates
// of ID or ticket numbers within the list. Every problem, each with its row.
std::vector<RosterProblem> validateRoster(const std::vector<RosterEntry>& entries);

// GB 11643-1999: 17 digits then a check digit (0-9 or X). Also checks the birth date is a real date.
bool isValidIdNumber(const std::string& idNumber);
// The check digit for the first 17 digits ('0'-'9' or 'X'); '\0' when they are not 17 digits.
char idNumberCheckDigit(const std::string& first17);
// Trimmed, full-width digits/letters folded to ASCII, 'x' upper-cased.
std::string normalizeIdNumber(const std::string& text);

// The one-line human form of a list of problems: "row 3: ...", one per line.
std::string formatProblems(const std::vector<RosterProblem>& problems);
// The same in Chinese: "第 3 行：……" (or "文件：……"), one per line.
std::string formatProblemsZh(const std::vector<RosterProblem>& problems);

}  // namespace cs::batch
