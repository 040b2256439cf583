// `batch export`, `batch backup`, `batch restore`, `batch verify`: getting photos out and keeping them safe.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "cli/command_registry.h"
#include "cs/core/batch/backup.h"
#include "cs/core/batch/export.h"

namespace cs::cli {
namespace {

struct Options {
  std::vector<std::string> positional;
  std::map<std::string, std::string> values;
  std::string problem;
};

Options parse(const Args& args, const std::set<std::string>& known) {
  Options o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (!args[i].starts_with("--")) o.positional.push_back(args[i]);
    else if (!known.count(args[i])) o.problem = "unknown option " + args[i];
    else if (i + 1 >= args.size()) o.problem = args[i] + " needs a value";
    else {
      o.values[args[i]] = args[i + 1];
      ++i;
    }
    if (!o.problem.empty()) break;
  }
  return o;
}

int fail(const char* command, int code, const std::string& message) {
  std::fprintf(stderr, "capture-station-cli batch %s: %s\n", command, message.c_str());
  return code;
}

std::string operatorOf(const Options& o) {
  if (o.values.count("--operator")) return o.values.at("--operator");
  const char* user = std::getenv("USER");
  return user ? user : "cli";
}

int exportPhotos(const Args& args) {
  const Options o = parse(args, {"--pattern", "--operator"});
  if (!o.problem.empty()) return fail("export", kExitBadInput, o.problem);
  if (o.positional.size() != 2) return fail("export", kExitBadInput, "usage: batch export DIR OUTDIR [--pattern '{id}.jpg']");
  auto store = batch::BatchStore::open(o.positional[0], batch::OpenMode::ReadWrite);
  if (!store) return fail("export", kExitBadInput, store.error().message);
  batch::ExportOptions options;
  if (o.values.count("--pattern")) options.pattern = o.values.at("--pattern");
  options.operatorName = operatorOf(o);
  auto result = batch::exportApproved(**store, o.positional[1], options);
  if (!result) return fail("export", kExitFailed, result.error().message);
  std::printf("exported %d photos to %s (manifest.csv, manifest.xlsx, SHA256SUMS)\n", result->photos,
              result->folder.c_str());
  return kExitOk;
}

int backup(const Args& args) {
  const Options o = parse(args, {"--operator"});
  if (!o.problem.empty()) return fail("backup", kExitBadInput, o.problem);
  if (o.positional.size() != 2) return fail("backup", kExitBadInput, "usage: batch backup DIR DEST");
  auto store = batch::BatchStore::open(o.positional[0], batch::OpenMode::ReadWrite);
  if (!store) return fail("backup", kExitBadInput, store.error().message);
  auto result = batch::backupBatch(**store, o.positional[1], operatorOf(o));
  if (!result) return fail("backup", kExitFailed, result.error().message);
  std::printf("backed up %d files (%lld bytes) to %s, verified\n", result->files,
              static_cast<long long>(result->bytes), result->folder.c_str());
  return kExitOk;
}

int restore(const Args& args) {
  const Options o = parse(args, {});
  if (!o.problem.empty()) return fail("restore", kExitBadInput, o.problem);
  if (o.positional.size() != 2) return fail("restore", kExitBadInput, "usage: batch restore BACKUP DEST");
  if (!batch::isBackupFolder(o.positional[0]))
    return fail("restore", kExitBadInput, o.positional[0] + " is not a batch backup (no BACKUP-SHA256SUMS)");
  auto result = batch::restoreBatch(o.positional[0], o.positional[1]);
  if (!result) return fail("restore", kExitFailed, result.error().message);
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
  const Options o = parse(args, {});
  if (!o.problem.empty()) return fail("verify", kExitBadInput, o.problem);
  if (o.positional.size() != 1) return fail("verify", kExitBadInput, "usage: batch verify DIR (a batch or a backup)");
  if (batch::isBackupFolder(o.positional[0]))
    return printProblems(batch::verifyBackup(o.positional[0]), "backup " + o.positional[0]);
  auto store = batch::BatchStore::open(o.positional[0], batch::OpenMode::ReadOnly);
  if (!store) return fail("verify", kExitBadInput, store.error().message);
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
