#pragma once
// Backup of a batch to a second folder (another disk, separate custody: W4), verified by checksums, and
// restore. A backup folder holds a consistent snapshot of batch.sqlite (SQLite's online backup, so a
// station may keep capturing), every photo, and BACKUP-SHA256SUMS over all of them.
#include <cstdint>
#include <string>
#include <vector>

#include "cs/core/batch/batch_store.h"
#include "cs/core/expected.h"

namespace cs::batch {

inline constexpr const char* kBackupChecksumFile = "BACKUP-SHA256SUMS";

struct BackupResult {
  std::string folder;
  int files = 0;
  std::int64_t bytes = 0;
};

// Writes the backup into `destFolder` (new or empty), then reads it back and checks every checksum.
// Audited in the source batch as "backup".
Expected<BackupResult> backupBatch(BatchStore& store, const std::string& destFolder, const std::string& operatorName);

// Every problem of a backup folder (missing, extra or changed file): empty when it is intact.
std::vector<std::string> verifyBackup(const std::string& backupFolder);
bool isBackupFolder(const std::string& folder);

// Verifies the backup, copies it to `destFolder` (new or empty), verifies the copy, and opens it to check
// the database and the audit chain. Refuses a damaged backup with its problems.
Expected<BackupResult> restoreBatch(const std::string& backupFolder, const std::string& destFolder);

}  // namespace cs::batch
