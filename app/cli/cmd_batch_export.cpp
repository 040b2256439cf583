// `batch export`, `batch backup`, `batch restore`, `batch verify`: getting photos out and keeping them safe.
#include <cstdio>

#include "cli/batch_options.h"
#include "cli/command_registry.h"
#include "cs/core/batch/backup.h"
#include "cs/core/batch/export.h"

namespace cs::cli {
namespace {

int exportPhotos(const Args& args) {
  const BatchOptions o = parseBatchOptions(args, {"--pattern", "--operator"});
  if (!o.problem.empty()) return batchFailure("export", kExitBadInput, o.problem);
  if (o.positional.size() != 2) return batchFailure("export", kExitBadInput, "usage: batch export DIR OUTDIR [--pattern '{id}.jpg']");
  auto store = batch::BatchStore::open(o.positional[0], batch::OpenMode::ReadWrite);
  if (!store) return batchFailure("export", kExitBadInput, store.error().message);
  batch::ExportOptions options;
  if (o.values.count("--pattern")) options.pattern = o.values.at("--pattern");
  options.operatorName = operatorOf(o);
  auto result = batch::exportApproved(**store, o.positional[1], options);
  if (!result) return batchFailure("export", kExitFailed, result.error().message);
  std::printf("exported %d photos to %s (manifest.csv, manifest.xlsx, SHA256SUMS)\n", result->photos,
              result->folder.c_str());
  return kExitOk;
}

int backup(const Args& args) {
  const BatchOptions o = parseBatchOptions(args, {"--operator"});
  if (!o.problem.empty()) return batchFailure("backup", kExitBadInput, o.problem);
  if (o.positional.size() != 2) return batchFailure("backup", kExitBadInput, "usage: batch backup DIR DEST");
  auto store = batch::BatchStore::open(o.positional[0], batch::OpenMode::ReadWrite);
  if (!store) return batchFailure("backup", kExitBadInput, store.error().message);
  auto result = batch::backupBatch(**store, o.positional[1], operatorOf(o));
  if (!result) return batchFailure("backup", kExitFailed, result.error().message);
  std::printf("backed up %d files (%lld bytes) to %s, verified\n", result->files,
              static_cast<long long>(result->bytes), result->folder.c_str());
  return kExitOk;
}

int restore(const Args& args) {
  const BatchOptions o = parseBatchOptions(args, {});
  if (!o.problem.empty()) return batchFailure("restore", kExitBadInput, o.problem);
  if (o.positional.size() != 2) return batchFailure("restore", kExitBadInput, "usage: batch restore BACKUP DEST");
  if (!batch::isBackupFolder(o.positional[0]))
    return batchFailure("restore", kExitBadInput, o.positional[0] + " is not a batch backup (no BACKUP-SHA256SUMS)");
  auto result = batch::restoreBatch(o.positional[0], o.positional[1]);
  if (!result) return batchFailure("restore", kExitFailed, result.error().message);
  std::printf("restored %d files to %s, verified\n", result->files, result->folder.c_str());
  return kExitOk;
}

int printProblems(const std::vector<std::string>& problems, const std::string& what) {
  if (problems.empty()) {
    std::printf("%s: all checks passed\n", what.c_str());
    return kExitOk;
  }
  std::fprintf(stderr, "capture-station-cli batch verify: %s has %zu problem(s):\n", what.c_str(), problems.size());
  for (const auto& p : problems) std::fprintf(stderr, "  %s\n", p.c_str());
  return kExitFailed;
}

int verify(const Args& args) {
  const BatchOptions o = parseBatchOptions(args, {});
  if (!o.problem.empty()) return batchFailure("verify", kExitBadInput, o.problem);
  if (o.positional.size() != 1) return batchFailure("verify", kExitBadInput, "usage: batch verify DIR (a batch or a backup)");
  if (batch::isBackupFolder(o.positional[0]))
    return printProblems(batch::verifyBackup(o.positional[0]), "backup " + o.positional[0]);
  auto store = batch::BatchStore::open(o.positional[0], batch::OpenMode::ReadOnly);
  if (!store) return batchFailure("verify", kExitBadInput, store.error().message);
  return printProblems((*store)->verify(), "batch " + o.positional[0]);
}

const CommandRegistrar exportCommand(
    {"batch export", "batch export DIR OUTDIR [--pattern '{id}.jpg'] [--operator NAME]", exportPhotos});
const CommandRegistrar backupCommand({"batch backup", "batch backup DIR DEST [--operator NAME]", backup});
const CommandRegistrar restoreCommand({"batch restore", "batch restore BACKUP DEST", restore});
const CommandRegistrar verifyCommand({"batch verify", "batch verify DIR   (a batch: files, checksums, audit chain; "
                                                      "or a backup)", verify});

}  // namespace
}  // namespace cs::cli
