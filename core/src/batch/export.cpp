// Export of the approved photos (see cs/core/batch/export.h). Photos are copied from the batch after
// their SHA-256 is checked against the record, so what is uploaded is exactly what was reviewed.
#include "cs/core/batch/export.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "batch/join_lines.h"
#include "batch/durable_file.h"
#include "batch/manifest.h"

namespace cs::batch {
namespace fs = std::filesystem;
namespace {

void replaceAll(std::string& text, const std::string& from, const std::string& to) {
  for (std::size_t pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
    text.replace(pos, from.size(), to);
}

bool isSafeFileName(const std::string& name) {
  if (name.empty() || name == "." || name == ".." || name.size() > 200) return false;
  for (char c : name)
    if (c == '/' || c == '\\' || static_cast<unsigned char>(c) < 0x20 || std::string("<>:\"|?*").find(c) != std::string::npos)
      return false;
  return true;
}

std::string who(const Candidate& c) { return c.name + " (" + c.idNumber + ")"; }

Problem stateProblem(const CandidateStatus& s) {
  const std::string name = who(s.candidate);
  switch (s.state) {
    case ReviewState::NotCaptured: return {name + ": no photo yet", name + "：还没有照片（请在采集站拍摄）"};
    case ReviewState::AwaitingReview:
      return {name + ": the latest photo is not reviewed yet", name + "：照片尚未审核（请通过或退回）"};
    case ReviewState::Rejected:
      return {name + ": the photo was rejected and needs a re-take", name + "：照片已退回，等待采集站重拍"};
    case ReviewState::Approved: break;
  }
  return {};
}

struct Planned {
  CandidateStatus status;
  std::string fileName;
};

std::vector<Planned> plan(const BatchStore& store, const std::string& pattern, std::vector<Problem>& problems) {
  std::vector<Planned> planned;
  std::map<std::string, std::string> owners;
  int position = 0;
  for (CandidateStatus& s : store.list(ListFilter::All)) {
    ++position;
    if (s.state != ReviewState::Approved) problems.push_back(stateProblem(s));
    const std::string name = exportFileName(pattern, s.candidate, position);
    if (name.empty()) {
      problems.push_back({who(s.candidate) + ": the pattern gives no usable file name",
                          who(s.candidate) + "：按文件名规则得不到可用的文件名（请换一个规则）"});
      continue;
    }
    const auto [it, inserted] = owners.emplace(name, who(s.candidate));
    if (!inserted)
      problems.push_back({who(s.candidate) + " and " + it->second + " would both be named " + name,
                          who(s.candidate) + " 和 " + it->second + " 的导出文件名相同：" + name});
    planned.push_back({std::move(s), name});
  }
  if (planned.empty() && problems.empty())
    problems.push_back({"the batch has no candidates to export", "本批次没有可导出的考生"});
  return planned;
}

std::string checksumLines(std::map<std::string, std::string> sums) {
  std::string text;
  for (const auto& [name, hash] : sums) text += hash + "  " + name + "\n";  // sha256sum's text format
  return text;
}

Status writePhotos(const BatchStore& store, const std::vector<Planned>& planned, const std::string& out,
                   const ExportOptions& options, std::map<std::string, std::string>& sums) {
  int done = 0;
  for (const auto& p : planned) {
    auto bytes = store.readPhoto(*p.status.latest);
    if (!bytes) return bytes.error();
    if (auto s = writeFileDurably((fs::path(out) / p.fileName).string(), *bytes); !s) return s;
    sums[p.fileName] = p.status.latest->sha256;
    if (options.progress && !options.progress(++done, static_cast<int>(planned.size())))
      return Error{ErrorCode::InvalidArgument, "the export was cancelled", "导出已取消，没有留下任何文件。"};
  }
  return Ok{};
}

Status writeManifests(const std::vector<Planned>& planned, const std::string& out,
                      std::map<std::string, std::string>& sums) {
  std::vector<ManifestRow> rows;
  std::int64_t documentTime = 0;
  for (const auto& p : planned) {
    const Attempt& a = *p.status.latest;
    rows.push_back({p.status.candidate.name, p.status.candidate.idNumber, p.status.candidate.ticketNumber, p.fileName,
                    a.sha256, formatLocalTime(a.capturedAt), a.operatorName, p.status.decision->reviewer});
    documentTime = std::max(documentTime, p.status.decision->decidedAt);
  }
  const std::string csv = manifestCsv(rows);
  if (auto s = writeTextDurably((fs::path(out) / kManifestCsv).string(), csv); !s) return s;
  sums[kManifestCsv] = sha256Hex(csv);
  const std::string xlsxPath = (fs::path(out) / kManifestXlsx).string();
  if (auto s = writeManifestXlsx(xlsxPath, rows, documentTime); !s) return s;
  ::chmod(xlsxPath.c_str(), kPrivateFileMode);
  auto xlsx = readWholeFile(xlsxPath);
  if (!xlsx) return xlsx.error();
  sums[kManifestXlsx] = sha256Hex(*xlsx);
  return writeTextDurably((fs::path(out) / kChecksumFile).string(), checksumLines(sums));
}

}  // namespace

std::string exportFileName(const std::string& pattern, const Candidate& candidate, int position) {
  if (pattern.size() < 5 || pattern.substr(pattern.size() - 4) != ".jpg") return {};
  std::string name = pattern;
  replaceAll(name, "{id}", candidate.idNumber);
  replaceAll(name, "{ticket}", candidate.ticketNumber);
  replaceAll(name, "{name}", candidate.name);
  replaceAll(name, "{seq}", std::to_string(position));
  if (name.find_first_of("{}") != std::string::npos || !isSafeFileName(name)) return {};
  return name;
}

std::vector<Problem> exportRefusals(const BatchStore& store, const std::string& pattern) {
  std::vector<Problem> problems;
  if (exportFileName(pattern, Candidate{0, "n", "i", "t", 0}, 1).empty())
    return {{"the file name pattern '" + pattern + "' is not usable: use {id}, {ticket}, {name} or {seq} and end in .jpg",
             "文件名规则“" + pattern + "”不能用：请用 {id}、{ticket}、{name} 或 {seq}，并以 .jpg 结尾"}};
  plan(store, pattern, problems);
  return problems;
}

std::vector<std::string> exportProblems(const BatchStore& store, const std::string& pattern) {
  return englishLines(exportRefusals(store, pattern));
}

Expected<ExportResult> exportApproved(BatchStore& store, const std::string& outFolder, const ExportOptions& options) {
  if (store.mode() != OpenMode::ReadWrite)
    return Error{ErrorCode::InvalidArgument, "open the batch read-write to export: the export is recorded in it (W6)",
                 "批次是只读打开的，不能导出：导出要记入批次记录（W6），请以可修改方式打开批次"};
  std::vector<Problem> problems = exportRefusals(store, options.pattern);
  if (!problems.empty())
    return listError(ErrorCode::InvalidArgument,
                     "nothing was exported; " + std::to_string(problems.size()) + " problem(s):",
                     "没有导出任何文件；共 " + std::to_string(problems.size()) + " 个问题：", problems);
  if (!isMissingOrEmptyFolder(outFolder))
    return Error{ErrorCode::InvalidArgument, "the export folder " + outFolder + " is not empty; choose a new folder",
                 "导出文件夹 " + outFolder + " 不是空的：请选择新的或空的文件夹。"};
  const std::vector<Planned> planned = plan(store, options.pattern, problems);
  if (auto s = makePrivateFolder(outFolder); !s) return s.error();
  std::map<std::string, std::string> sums;
  Status written = writePhotos(store, planned, outFolder, options, sums);
  if (written) written = writeManifests(planned, outFolder, sums);
  if (written) written = syncFolder(outFolder);
  if (!written) {
    std::error_code ec;
    fs::remove_all(outFolder, ec);  // it was new or empty: nothing of anyone else's is removed
    return written.error();
  }
  const std::string detail = std::to_string(planned.size()) + " photos; pattern " + options.pattern +
                             "; SHA256SUMS " + sha256Hex(checksumLines(sums));
  if (auto s = store.appendAudit(options.operatorName, "export", outFolder, detail); !s) return s.error();
  return ExportResult{static_cast<int>(planned.size()), outFolder};
}

}  // namespace cs::batch
