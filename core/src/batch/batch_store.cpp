// Creating and opening a batch folder (see batch_store.h for the on-disk rules).
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ctime>
#include <filesystem>

#include "batch/durable_file.h"
#include "batch/join_lines.h"
#include "batch/store_impl.h"
#include "cs/core/version.h"

namespace cs::batch {
namespace fs = std::filesystem;

std::string BatchStore::Impl::databasePath() const { return (fs::path(folder) / kDatabaseFileName).string(); }
std::string BatchStore::Impl::photoFolder() const { return (fs::path(folder) / kPhotoFolderName).string(); }

std::int64_t nowSeconds() { return static_cast<std::int64_t>(std::time(nullptr)); }

Status requireWritable(const BatchStore::Impl& impl) {
  if (impl.mode == OpenMode::ReadWrite) return Ok{};
  return Error{ErrorCode::InvalidArgument, "this batch is open read-only (review); open it at the station to change it",
               "批次是只读打开的（审核用）：要修改请在采集站打开"};
}

BatchStore::BatchStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
BatchStore::~BatchStore() = default;

namespace {

// The database file is created by us with mode 0600 before SQLite opens it: SQLite gives its -wal and
// -shm files the same permissions (W5).
Status createPrivateFile(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, kPrivateFileMode);
  if (fd < 0)
    return Error{ErrorCode::WriteFailed, "cannot create the batch database " + path,
                 "无法创建批次数据库 " + path + "：请检查磁盘是否已满或有无写入权限"};
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
  if (sodium_init() < 0)
    return Error{ErrorCode::Internal, "libsodium could not start", "加密组件 libsodium 无法启动：请重新安装采集站"};
  if (info.name.empty())
    return Error{ErrorCode::InvalidArgument, "a batch needs a name (e.g. the exam and site)",
                 "批次需要一个名称（例如考试和考点）"};
  if (!isMissingOrEmptyFolder(folder)) {
    return Error{ErrorCode::InvalidArgument,
                 "the folder " + folder + " is not empty; choose a new folder for the batch",
                 "文件夹 " + folder + " 不是空的：请为批次选择一个新文件夹"};
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
  if (sodium_init() < 0)
    return Error{ErrorCode::Internal, "libsodium could not start", "加密组件 libsodium 无法启动：请重新安装采集站"};
  auto impl = std::make_unique<Impl>();
  impl->folder = folder;
  impl->mode = mode;
  if (!fs::exists(impl->databasePath())) {
    return Error{ErrorCode::FileNotFound, "no batch in " + folder + " (" + kDatabaseFileName + " is missing)",
                 folder + " 中没有批次（缺少 " + kDatabaseFileName + "）：请选择批次所在的文件夹"};
  }
  const int flags = mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (auto s = impl->db.open(impl->databasePath(), flags); !s) return s.error();
  if (auto s = configureConnection(impl->db, mode); !s) return s.error();
  sql::Stmt format(impl->db, "SELECT value FROM meta WHERE key = 'format'");
  if (!format.step() || format.text(0) != "capture-station-batch") {
    return Error{ErrorCode::UnsupportedFormat, folder + " does not hold a Capture Station batch database",
                 folder + " 中的数据库不是采集站的批次：请选择正确的批次文件夹"};
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

std::vector<Problem> BatchStore::checkIntegrity() const {
  std::vector<Problem> problems;
  sql::Stmt integrity(impl_->db, "PRAGMA integrity_check");
  while (integrity.step()) {
    if (integrity.text(0) != "ok")
      problems.push_back({"database: " + integrity.text(0), "批次数据库损坏：" + integrity.text(0)});
  }
  sql::Stmt rows(impl_->db, (std::string("SELECT ") + kAttemptColumns + " FROM attempts ORDER BY id").c_str());
  while (rows.step()) {
    const Attempt attempt = readAttemptRow(rows);
    const std::string which = "attempt " + std::to_string(attempt.id) + ": photo file " + attempt.fileName;
    const std::string whichZh = "第 " + std::to_string(attempt.id) + " 次拍摄的照片文件 " + attempt.fileName;
    auto bytes = readWholeFile(photoPath(attempt));
    if (!bytes) problems.push_back({which + " is missing", whichZh + " 缺失"});
    else if (sha256Hex(*bytes) != attempt.sha256) problems.push_back({which + " has been changed", whichZh + " 已被改动"});
  }
  const AuditVerification audit = verifyAudit();
  if (!audit.intact) problems.push_back({"audit log: " + audit.problem, "操作记录：" + audit.problemZh});
  return problems;
}

std::vector<std::string> BatchStore::verify() const { return englishLines(checkIntegrity()); }

}  // namespace cs::batch
