// Fuzz target over the roster readers. Every input goes
//  1. through the CSV reader (encoding detection, quoting, header mapping),
//  2. through the XLSX reader as a whole file (zip parsing), and
//  3. packed as the worksheet and shared-string parts of a valid XLSX zip (split at the first "\n\n"),
//     because mutated zips rarely survive their CRC checks and the XML layer would go unexplored,
// and the entries found are then validated. Nothing may crash, leak or read out of bounds.
#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "cs/core/batch/roster.h"

namespace {

constexpr const char* kWorkbook =
    R"(<workbook xmlns:r="r"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>)";
constexpr const char* kRels = R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)";

bool addPart(zip_t* archive, const char* name, const std::string& content) {
  zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
  if (!source) return false;
  if (zip_file_add(archive, name, source, ZIP_FL_OVERWRITE) < 0) {
    zip_source_free(source);
    return false;
  }
  return true;
}

// An in-memory XLSX with the given worksheet and shared strings (stored, not compressed).
std::vector<std::uint8_t> packXlsx(const std::string& sheet, const std::string& shared) {
  std::vector<std::uint8_t> bytes;
  zip_source_t* memory = zip_source_buffer_create(nullptr, 0, 0, nullptr);
  if (!memory) return bytes;
  zip_source_keep(memory);
  zip_t* archive = zip_open_from_source(memory, ZIP_TRUNCATE, nullptr);
  if (!archive) {
    zip_source_free(memory);
    zip_source_free(memory);
    return bytes;
  }
  const std::string workbook = kWorkbook, rels = kRels;
  const bool ok = addPart(archive, "xl/workbook.xml", workbook) && addPart(archive, "xl/_rels/workbook.xml.rels", rels) &&
                  addPart(archive, "xl/worksheets/sheet1.xml", sheet) && addPart(archive, "xl/sharedStrings.xml", shared);
  if (!ok || zip_close(archive) < 0) {
    zip_discard(archive);
    zip_source_free(memory);
    return bytes;
  }
  zip_stat_t st;
  if (zip_source_stat(memory, &st) == 0 && zip_source_open(memory) == 0) {
    bytes.resize(static_cast<std::size_t>(st.size));
    const zip_int64_t n = zip_source_read(memory, bytes.data(), st.size);
    bytes.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    zip_source_close(memory);
  }
  zip_source_free(memory);
  return bytes;
}

void readAndValidate(const cs::batch::Roster& roster) {
  (void)cs::batch::formatProblems(cs::batch::validateRoster(roster.entries));
  (void)cs::batch::formatProblems(roster.problems);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::span<const std::uint8_t> bytes(data, size);
  readAndValidate(cs::batch::parseRosterCsv(bytes));
  readAndValidate(cs::batch::parseRosterXlsx(bytes));
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::size_t split = text.find("\n\n");
  const std::string sheet = text.substr(0, split);
  const std::string shared = split == std::string::npos ? std::string() : text.substr(split + 2);
  readAndValidate(cs::batch::parseRosterXlsx(packXlsx(sheet, shared)));
  return 0;
}
