// XLSX rosters: the first worksheet of the workbook, read with libzip and expat. Cells may be shared
// strings (t="s"), inline strings (t="inlineStr"), formula strings (t="str") or numbers.
#include <expat.h>

#include <cstring>
#include <string_view>

#include "batch/roster_table.h"
#include "batch/zip_archive.h"

namespace cs::batch {
namespace {

constexpr std::size_t kMaxPartBytes = 64u << 20;
constexpr int kMaxColumn = 64;  // a roster's columns are near the left; anything further is ignored

std::string_view localName(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon ? colon + 1 : name;
}

const char* attribute(const char** attrs, std::string_view wanted) {
  for (int i = 0; attrs[i]; i += 2)
    if (std::string_view(attrs[i]) == wanted || localName(attrs[i]) == wanted) return attrs[i + 1];
  return nullptr;
}

// Runs expat over `xml`, calling the handler object's start/end/text. False on malformed XML.
template <typename Handler>
bool parseXml(const std::string& xml, Handler& handler) {
  XML_Parser parser = XML_ParserCreate(nullptr);
  XML_SetUserData(parser, &handler);
  XML_SetElementHandler(
      parser, [](void* h, const char* n, const char** a) { static_cast<Handler*>(h)->start(localName(n), a); },
      [](void* h, const char* n) { static_cast<Handler*>(h)->end(localName(n)); });
  XML_SetCharacterDataHandler(parser, [](void* h, const char* s, int len) {
    static_cast<Handler*>(h)->text(std::string_view(s, static_cast<std::size_t>(len)));
  });
  const bool ok = XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_OK;
  XML_ParserFree(parser);
  return ok;
}

struct SharedStrings {
  std::vector<std::string> strings;
  int phoneticDepth = 0;  // <rPh> holds pronunciation hints, not cell text
  bool inText = false;
  void start(std::string_view n, const char**) {
    if (n == "si") strings.emplace_back();
    else if (n == "rPh") ++phoneticDepth;
    else if (n == "t") inText = phoneticDepth == 0 && !strings.empty();
  }
  void end(std::string_view n) {
    if (n == "rPh") --phoneticDepth;
    else if (n == "t") inText = false;
  }
  void text(std::string_view s) {
    if (inText) strings.back().append(s);
  }
};

// Column index (0-based) of a cell reference such as "C12"; -1 when it has no letters.
int columnOf(const char* ref) {
  int column = 0;
  int letters = 0;
  for (; ref && *ref >= 'A' && *ref <= 'Z' && letters < 4; ++ref, ++letters) column = column * 26 + (*ref - 'A' + 1);
  return letters == 0 ? -1 : column - 1;
}

struct Sheet {
  const std::vector<std::string>& shared;
  std::vector<TableRow> rows;
  bool tooManyRows = false;
  std::string type, value;
  int column = -1;
  bool inValue = false;
  void start(std::string_view n, const char** a) {
    if (n == "row") startRow(attribute(a, "r"));
    else if (n == "c" && !rows.empty()) {
      const int ref = columnOf(attribute(a, "r"));
      column = ref >= 0 ? ref : static_cast<int>(rows.back().cells.size());
      const char* t = attribute(a, "t");
      type = t ? t : "n";
      value.clear();
    } else if (n == "v" || n == "t") inValue = column >= 0;
  }
  void startRow(const char* r) {
    const int previous = rows.empty() ? 0 : rows.back().row;
    long number = r ? std::strtol(r, nullptr, 10) : previous + 1;
    if (number <= previous || number > 1048576) number = previous + 1;  // Excel's last row is 1048576
    if (static_cast<int>(rows.size()) >= kMaxRosterRows) tooManyRows = true;
    else rows.push_back({static_cast<int>(number), {}});
  }
  void end(std::string_view n) {
    if (n == "v" || n == "t") inValue = false;
    else if (n == "c") finishCell();
  }
  void text(std::string_view s) {
    if (inValue && value.size() < 4096) value.append(s);
  }
  void finishCell() {
    if (column >= 0 && column < kMaxColumn && !rows.empty()) {
      auto& cells = rows.back().cells;
      if (cells.size() <= static_cast<std::size_t>(column)) cells.resize(static_cast<std::size_t>(column) + 1);
      cells[static_cast<std::size_t>(column)] = type == "s" ? sharedString() : value;
    }
    column = -1;
  }
  std::string sharedString() const {
    char* end = nullptr;
    const long index = std::strtol(value.c_str(), &end, 10);
    if (end == value.c_str() || index < 0 || static_cast<std::size_t>(index) >= shared.size()) return {};
    return shared[static_cast<std::size_t>(index)];
  }
};

struct FirstSheetId {
  std::string id;
  void start(std::string_view n, const char** a) {
    const char* rid = attribute(a, "id");
    if (n == "sheet" && id.empty() && rid) id = rid;
  }
  void end(std::string_view) {}
  void text(std::string_view) {}
};

struct Relationships {
  std::string wanted, target;
  void start(std::string_view n, const char** a) {
    const char* id = attribute(a, "Id");
    const char* t = attribute(a, "Target");
    if (n == "Relationship" && id && t && wanted == id) target = t;
  }
  void end(std::string_view) {}
  void text(std::string_view) {}
};

std::string firstSheetPath(const ZipArchive& zip) {
  const std::string fallback = "xl/worksheets/sheet1.xml";
  FirstSheetId sheet;
  auto workbook = zip.read("xl/workbook.xml", kMaxPartBytes);
  if (!workbook || !parseXml(*workbook, sheet) || sheet.id.empty()) return fallback;
  Relationships rels{sheet.id, {}};
  auto relsXml = zip.read("xl/_rels/workbook.xml.rels", kMaxPartBytes);
  if (!relsXml || !parseXml(*relsXml, rels) || rels.target.empty()) return fallback;
  return rels.target[0] == '/' ? rels.target.substr(1) : "xl/" + rels.target;
}

}  // namespace

Roster parseRosterXlsx(std::span<const std::uint8_t> bytes) {
  Roster roster;
  roster.encoding = "XLSX";
  const auto zip = ZipArchive::open(bytes);
  if (!zip) {
    roster.problems.push_back({0, "the file is not a readable XLSX workbook: open it in Excel and save it again",
                               "文件不是可读取的 XLSX 工作簿：请用 Excel 打开后重新保存"});
    return roster;
  }
  SharedStrings shared;
  if (auto xml = zip->read("xl/sharedStrings.xml", kMaxPartBytes); xml && !parseXml(*xml, shared))
    roster.problems.push_back({0, "the workbook's text table is damaged: open it in Excel and save it again",
                               "工作簿中的文字表已损坏：请用 Excel 打开后重新保存"});
  Sheet sheet{shared.strings, {}, false, {}, {}, -1, false};
  auto sheetXml = zip->read(firstSheetPath(*zip), kMaxPartBytes);
  if (!sheetXml || !parseXml(*sheetXml, sheet)) {
    roster.problems.push_back({0, "the workbook's first sheet is missing or damaged: open it in Excel and save it again",
                               "工作簿的第一张工作表缺失或已损坏：请用 Excel 打开后重新保存"});
    return roster;
  }
  if (sheet.tooManyRows) {
    roster.problems.push_back(tooManyRows());
    return roster;
  }
  tableToRoster(sheet.rows, roster);
  return roster;
}

}  // namespace cs::batch
