// The export manifest in CSV and XLSX (see manifest.h).
#include "batch/manifest.h"

#include <xlsxwriter.h>

#include <array>
#include <ctime>

namespace cs::batch {
namespace {

constexpr std::array<const char*, 8> kHeader{"姓名", "身份证号", "准考证号", "文件名",
                                             "SHA-256", "拍摄时间", "摄影师", "审核人"};

std::array<const std::string*, 8> fieldsOf(const ManifestRow& r) {
  return {&r.name, &r.idNumber, &r.ticketNumber, &r.fileName, &r.sha256, &r.captureTime, &r.photographer, &r.reviewer};
}

std::string csvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

Status xlsxError(const std::string& path, lxw_error error) {
  return Error{ErrorCode::WriteFailed, "cannot write " + path + ": " + lxw_strerror(error),
               "无法写入 " + path + "（" + lxw_strerror(error) + "）：请检查磁盘空间和写入权限"};
}

}  // namespace

std::string formatLocalTime(std::int64_t unixSeconds) {
  const std::time_t t = static_cast<std::time_t>(unixSeconds);
  std::tm local{};
  localtime_r(&t, &local);
  char text[40];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S %z", &local);
  const std::string s = text;
  if (s.size() < 5) return s;
  return s.substr(0, s.size() - 2) + ":" + s.substr(s.size() - 2);  // +0800 -> +08:00 (ISO 8601)
}

std::string manifestCsv(const std::vector<ManifestRow>& rows) {
  std::string csv = "\xEF\xBB\xBF";  // BOM: Excel reads the file as UTF-8
  for (std::size_t i = 0; i < kHeader.size(); ++i) {
    if (i) csv += ',';
    csv += kHeader[i];
  }
  csv += "\r\n";
  for (const auto& row : rows) {
    const auto fields = fieldsOf(row);
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i) csv += ',';
      csv += csvField(*fields[i]);
    }
    csv += "\r\n";
  }
  return csv;
}

Status writeManifestXlsx(const std::string& path, const std::vector<ManifestRow>& rows, std::int64_t documentTime) {
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook)
    return Error{ErrorCode::WriteFailed, "cannot create " + path, "无法创建 " + path + "：请检查磁盘空间和写入权限"};
  lxw_doc_properties properties{};
  static char title[] = "Capture Station export manifest";  // libxlsxwriter's field is a plain char*
  properties.title = title;
  properties.created = static_cast<time_t>(documentTime);  // fixed: the same batch gives the same bytes
  workbook_set_properties(workbook, &properties);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "manifest");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  for (std::size_t c = 0; c < kHeader.size(); ++c)
    worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), kHeader[c], bold);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto fields = fieldsOf(rows[r]);
    for (std::size_t c = 0; c < fields.size(); ++c)  // all text: ID numbers must never become numbers
      worksheet_write_string(sheet, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), fields[c]->c_str(), nullptr);
  }
  worksheet_set_column(sheet, 0, 0, 12, nullptr);
  worksheet_set_column(sheet, 1, 2, 22, nullptr);
  worksheet_set_column(sheet, 3, 3, 24, nullptr);
  worksheet_set_column(sheet, 4, 4, 66, nullptr);
  worksheet_set_column(sheet, 5, 7, 26, nullptr);
  const lxw_error error = workbook_close(workbook);
  if (error != LXW_NO_ERROR) return xlsxError(path, error);
  return Ok{};
}

}  // namespace cs::batch
