// Backup and restore of a batch (W4). The database is copied with VACUUM INTO from a read-only
// connection: a consistent snapshot even while the station keeps capturing; then the photos that
// snapshot refers to (each checked against its recorded SHA-256), then a checksum list over everything.
#include "cs/core/batch/backup.h"

#include <sys/stat.h>

#include <filesystem>
#include <map>
#include <sstream>

#include "batch/join_lines.h"
#include "batch/durable_file.h"
#include "batch/sqlite_db.h"

namespace cs::batch {
namespace fs = std::filesystem;
namespace {

Status snapshotDatabase(const std::string& sourceFolder, const std::string& destDb) {
  sql::Db db;
  if (auto s = db.open((fs::path(sourceFolder) / kDatabaseFileName).string(), SQLITE_OPEN_READONLY); !s) return s;
  sql::Stmt vacuum(db, "VACUUM INTO ?");
  if (auto s = vacuum.bind(1, destDb).run(); !s) return s;
  if (::chmod(destDb.c_str(), kPrivateFileMode) != 0)
    return Error{ErrorCode::WriteFailed, "cannot restrict access to " + destDb,
                 "无法把 " + destDb + " 设为仅本账户可读：请检查备份盘的权限"};
  return Ok{};
}

// Copies every photo the snapshot refers to; fills name -> sha256 for the checksum list.
Status copyPhotos(const std::string& sourceFolder, const std::string& dest, std::map<std::string, std::string>& sums,
                  std::int64_t& bytes) {
  sql::Db snapshot;
  if (auto s = snapshot.open((fs::path(dest) / kDatabaseFileName).string(), SQLITE_OPEN_READONLY); !s) return s;
  sql::Stmt rows(snapshot, "SELECT file_name, sha256 FROM attempts ORDER BY id");
  while (rows.step()) {
    const std::string name = rows.text(0);
    auto content = readWholeFile((fs::path(sourceFolder) / name).string());
    if (!content) return content.error();
    if (sha256Hex(*content) != rows.text(1))
      return Error{ErrorCode::CorruptImage, "the photo " + name + " in the batch has been changed; run verify",
                   "批次中的照片 " + name + " 已被改动：请先检查批次（verify）"};
    if (auto s = writeFileDurably((fs::path(dest) / name).string(), *content); !s) return s;
    sums[name] = rows.text(1);
    bytes += static_cast<std::int64_t>(content->size());
  }
  if (rows.error()) return *rows.error();
  return Ok{};
}

std::string checksumText(const std::map<std::string, std::string>& sums) {
  std::string text;
  for (const auto& [name, hash] : sums) text += hash + "  " + name + "\n";
  return text;
}

// name -> sha256 from a checksum file; problems for lines that cannot be read.
std::map<std::string, std::string> readChecksums(const std::string& text, std::vector<Problem>& problems) {
  std::map<std::string, std::string> sums;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.size() < 67 || line.substr(64, 2) != "  ") {
      problems.push_back({std::string(kBackupChecksumFile) + " has a damaged line",
                          std::string(kBackupChecksumFile) + " 中有一行已损坏"});
      continue;
    }
    sums[line.substr(66)] = line.substr(0, 64);
  }
  return sums;
}

// Every problem of a backup folder, in both languages (verifyBackup gives the English).
std::vector<Problem> backupProblems(const std::string& folder) {
  std::vector<Problem> problems;
  auto text = readWholeFile((fs::path(folder) / kBackupChecksumFile).string());
  if (!text)
    return {{std::string("no ") + kBackupChecksumFile + " in " + folder + ": this is not a backup",
             folder + " 中没有 " + kBackupChecksumFile + "：这不是备份文件夹"}};
  const auto sums = readChecksums(std::string(text->begin(), text->end()), problems);
  for (const auto& [name, hash] : sums) {
    auto content = readWholeFile((fs::path(folder) / name).string());
    if (!content) problems.push_back({name + " is missing", name + " 缺失"});
    else if (sha256Hex(*content) != hash)
      problems.push_back({name + " has been changed or damaged", name + " 已被改动或损坏"});
  }
  std::error_code ec;
  for (const auto& entry : fs::recursive_directory_iterator(folder, ec)) {
    if (!entry.is_regular_file()) continue;
    const std::string name = fs::relative(entry.path(), folder, ec).string();
    if (name != kBackupChecksumFile && !sums.count(name))
      problems.push_back({name + " is not part of the backup", name + " 不属于这份备份"});
  }
  return problems;
}

Expected<std::map<std::string, std::string>> intactChecksums(const std::string& folder) {
  const std::vector<Problem> problems = backupProblems(folder);
  if (!problems.empty())
    return listError(ErrorCode::CorruptImage, "the backup " + folder + " is damaged:",
                     "备份 " + folder + " 已损坏：", problems);
  auto text = readWholeFile((fs::path(folder) / kBackupChecksumFile).string());
  if (!text) return text.error();
  std::vector<Problem> ignored;
  return readChecksums(std::string(text->begin(), text->end()), ignored);
}

Expected<BackupResult> copyListed(const std::string& from, const std::string& to,
                                  const std::map<std::string, std::string>& sums) {
  BackupResult result{to, 0, 0};
  if (auto s = makePrivateFolder((fs::path(to) / kPhotoFolderName).string()); !s) return s.error();
  for (const auto& [name, hash] : sums) {
    auto content = readWholeFile((fs::path(from) / name).string());
    if (!content) return content.error();
    if (auto s = writeFileDurably((fs::path(to) / name).string(), *content); !s) return s.error();
    ++result.files;
    result.bytes += static_cast<std::int64_t>(content->size());
  }
  if (auto s = syncFolder((fs::path(to) / kPhotoFolderName).string()); !s) return s.error();
  if (auto s = syncFolder(to); !s) return s.error();
  return result;
}

}  // namespace

bool isBackupFolder(const std::string& folder) { return fs::exists(fs::path(folder) / kBackupChecksumFile); }

std::vector<std::string> verifyBackup(const std::string& folder) { return englishLines(backupProblems(folder)); }

Expected<BackupResult> backupBatch(BatchStore& store, const std::string& destFolder, const std::string& operatorName) {
  if (store.mode() != OpenMode::ReadWrite)
    return Error{ErrorCode::InvalidArgument,
                 "open the batch read-write to back it up: the backup is recorded in it (W6)",
                 "批次是只读打开的，不能备份：备份要记入批次记录（W6），请以可修改方式打开批次"};
  if (!isMissingOrEmptyFolder(destFolder))
    return Error{ErrorCode::InvalidArgument, "the backup folder " + destFolder + " is not empty; choose a new folder",
                 "备份文件夹 " + destFolder + " 不是空的：请选择新的或空的文件夹"};
  if (auto s = makePrivateFolder((fs::path(destFolder) / kPhotoFolderName).string()); !s) return s.error();
  const std::string destDb = (fs::path(destFolder) / kDatabaseFileName).string();
  std::map<std::string, std::string> sums;
  BackupResult result{destFolder, 0, 0};
  Status done = snapshotDatabase(store.folder(), destDb);
  if (done) done = copyPhotos(store.folder(), destFolder, sums, result.bytes);
  if (done) {
    auto db = readWholeFile(destDb);
    if (!db) return db.error();
    sums[kDatabaseFileName] = sha256Hex(*db);
    result.bytes += static_cast<std::int64_t>(db->size());
    done = writeTextDurably((fs::path(destFolder) / kBackupChecksumFile).string(), checksumText(sums));
  }
  if (done) done = syncFolder((fs::path(destFolder) / kPhotoFolderName).string());
  if (!done) return wrappedError(ErrorCode::WriteFailed, "the backup failed: ", "备份失败：", done.error());
  if (auto problems = backupProblems(destFolder); !problems.empty())
    return listError(ErrorCode::WriteFailed, "the backup could not be read back correctly:",
                     "备份写完后读回核对不一致（请换一个备份盘再试）：", problems);
  result.files = static_cast<int>(sums.size());
  const std::string detail = std::to_string(result.files) + " files; " + kBackupChecksumFile + " " +
                             sha256Hex(checksumText(sums));
  if (auto s = store.appendAudit(operatorName, "backup", destFolder, detail); !s) return s.error();
  return result;
}

Expected<BackupResult> restoreBatch(const std::string& backupFolder, const std::string& destFolder) {
  auto sums = intactChecksums(backupFolder);
  if (!sums) return sums.error();
  if (!isMissingOrEmptyFolder(destFolder))
    return Error{ErrorCode::InvalidArgument, "the restore folder " + destFolder + " is not empty; choose a new folder",
                 "恢复到的文件夹 " + destFolder + " 不是空的：请选择新的或空的文件夹"};
  auto copied = copyListed(backupFolder, destFolder, *sums);
  if (!copied) return copied.error();
  auto store = BatchStore::open(destFolder, OpenMode::ReadWrite);
  if (!store) return store.error();
  if (auto problems = (*store)->checkIntegrity(); !problems.empty())
    return listError(ErrorCode::CorruptImage, "the restored batch has problems:", "恢复出的批次有问题：", problems);
  if (auto s = (*store)->appendAudit("(restore)", "restore", backupFolder, std::to_string(copied->files) + " files");
      !s)
    return s.error();
  return copied;
}

}  // namespace cs::batch
