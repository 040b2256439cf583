// Creating and opening a batch folder (see batch_store.h for the on-disk rules).
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ctime>
#include <filesystem>

#include "batch/durable_file.h"
#include "batch/store_impl.h"
#include "cs/core/version.h"

namespace cs::batch {
namespace fs = std::filesystem;

std::string BatchStore::Impl::databasePath() const { return (fs::path(folder) / kDatabaseFileName).string(); }
std::string BatchStore::Impl::photoFolder() const { return (fs::path(folder) / kPhotoFolderName).string(); }

std::int64_t nowSeconds() { return static_cast<std::int64_t>(std::time(nullptr)); }

Status requireWritable(const BatchStore::Impl& impl) {
  if (impl.mode == OpenMode::ReadWrite) return Ok{};
  return Error{ErrorCode::InvalidArgument, "this batch is open read-only (review); open it at the station to change it"};
}

BatchStore::BatchStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
BatchStore::~BatchStore() = default;

namespace {

// The database file is created by us with mode 0600 before SQLite opens it: SQLite gives its -wal and
// -shm files the same permissions (W5).
Status createPrivateFile(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, kPrivateFileMode);
  if (fd < 0) return Error{ErrorCode::WriteFailed, "cannot create the batch database " + path};
  ::close(fd);
  return Ok{};
}

Status createBatchFiles(BatchStore::Impl& impl, const BatchInfo& info, const std::string& operatorName) {
  if (auto s = makePrivateFolder(impl.folder); !s) return s;
  if (auto s = makePrivateFolder(impl.photoFolder()); !s) return s;
  if (auto s = createPrivateFile(impl.databasePath()); !s) return s;
  if (auto s = impl.db.open(impl.databasePath(), SQLITE_OPEN_READWRITE); !s) return s;
  if (auto s = configureConnection(impl.db, OpenMode::ReadWrite); !s) return s;
  sql::Transaction transaction(impl.db);
  if (!transaction.begun()) return transaction.begun();
  if (auto s = createSchema(impl.db, info); !s) return s;
  const std::string detail = "name=" + info.name + "; site=" + info.site + "; station=" + info.station;
  if (auto s = appendAuditRow(impl.db, operatorName, "create", info.name, detail); !s) return s;
  if (auto s = transaction.commit(); !s) return s;
  return syncFolder(impl.folder);
}

}  // namespace

Expected<std::unique_ptr<BatchStore>> BatchStore::create(const std::string& folder, const BatchInfo& info,
                                                         const std::string& operatorName) {
  if (sodium_init() < 0) return Error{ErrorCode::Internal, "libsodium could not start"};
  if (info.name.empty()) return Error{ErrorCode::InvalidArgument, "a batch needs a name (e.g. the exam and site)"};
  if (!isMissingOrEmptyFolder(folder)) {
    return Error{ErrorCode::InvalidArgument,
                 "the folder " + folder + " is not empty; choose a new folder for the batch"};
  }
  auto impl = std::make_unique<Impl>();
  impl->folder = folder;
  impl->mode = OpenMode::ReadWrite;
  BatchInfo stored = info;
  if (stored.createdAt == 0) stored.createdAt = nowSeconds();
  if (stored.software.empty()) stored.software = kSoftwareName;
  if (auto s = createBatchFiles(*impl, stored, operatorName); !s) return s.error();
  impl->openedAudit = verifyAuditChain(impl->db);
  return std::unique_ptr<BatchStore>(new BatchStore(std::move(impl)));
}

Expected<std::unique_ptr<BatchStore>> BatchStore::open(const std::string& folder, OpenMode mode) {
  if (sodium_init() < 0) return Error{ErrorCode::Internal, "libsodium could not start"};
  auto impl = std::make_unique<Impl>();
  impl->folder = folder;
  impl->mode = mode;
  if (!fs::exists(impl->databasePath())) {
    return Error{ErrorCode::FileNotFound, "no batch in " + folder + " (" + kDatabaseFileName + " is missing)"};
  }
  const int flags = mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (auto s = impl->db.open(impl->databasePath(), flags); !s) return s.error();
  if (auto s = configureConnection(impl->db, mode); !s) return s.error();
  sql::Stmt format(impl->db, "SELECT value FROM meta WHERE key = 'format'");
  if (!format.step() || format.text(0) != "capture-station-batch") {
    return Error{ErrorCode::UnsupportedFormat, folder + " does not hold a Capture Station batch database"};
  }
  if (mode == OpenMode::ReadWrite) {
    if (auto removed = removeOrphanPhotos(*impl); !removed) return removed.error();
  }
  impl->openedAudit = verifyAuditChain(impl->db);
  return std::unique_ptr<BatchStore>(new BatchStore(std::move(impl)));
}

const std::string& BatchStore::folder() const { return impl_->folder; }
OpenMode BatchStore::mode() const { return impl_->mode; }

Expected<BatchInfo> BatchStore::info() const {
  BatchInfo info;
  sql::Stmt rows(impl_->db, "SELECT key, value FROM meta");
  while (rows.step()) {
    const std::string key = rows.text(0);
    const std::string value = rows.text(1);
    if (key == "name") info.name = value;
    else if (key == "site") info.site = value;
    else if (key == "station") info.station = value;
    else if (key == "software") info.software = value;
    else if (key == "created_at") info.createdAt = std::stoll(value);
  }
  if (rows.error()) return *rows.error();
  return info;
}

std::vector<std::string> BatchStore::verify() const {
  std::vector<std::string> problems;
  sql::Stmt integrity(impl_->db, "PRAGMA integrity_check");
  while (integrity.step()) {
    if (integrity.text(0) != "ok") problems.push_back("database: " + integrity.text(0));
  }
  sql::Stmt rows(impl_->db, (std::string("SELECT ") + kAttemptColumns + " FROM attempts ORDER BY id").c_str());
  while (rows.step()) {
    const Attempt attempt = readAttemptRow(rows);
    auto bytes = readWholeFile(photoPath(attempt));
    if (!bytes) problems.push_back("attempt " + std::to_string(attempt.id) + ": photo file " + attempt.fileName + " is missing");
    else if (sha256Hex(*bytes) != attempt.sha256)
      problems.push_back("attempt " + std::to_string(attempt.id) + ": photo file " + attempt.fileName + " has been changed");
  }
  const AuditVerification audit = verifyAudit();
  if (!audit.intact) problems.push_back("audit log: " + audit.problem);
  return problems;
}

}  // namespace cs::batch
