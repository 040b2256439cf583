// writeFileAtomically: a reader sees either no file or the complete file, never a partial one, and an
// existing file is never overwritten unless asked (nothing already stored is lost). Files are created
// readable by their owner only (mode 0600): batch photos are personal data (W5).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>

#include "cs/core/jpeg_encoder.h"
#include "encode/io_reason.h"

namespace cs {
namespace {

namespace fs = std::filesystem;

// `what` and `whatZh` name the step ("write" / "无法写入").
Error writeError(const std::string& what, const std::string& whatZh, const std::string& path, int err) {
  return Error{ErrorCode::WriteFailed, "could not " + what + " " + path + ": " + ioReason(err),
               whatZh + " " + path + "：" + ioReasonZh(err)};
}

std::string folderOf(const std::string& path) {
  const fs::path parent = fs::path(path).parent_path();
  return parent.empty() ? std::string(".") : parent.string();
}

// Creates "<folder>/.<name>.tmp-<random>" exclusively (never reuses an existing file), mode 0600.
int createTemporary(const std::string& path, std::string& tempPath) {
  std::random_device seed;
  const std::string name = fs::path(path).filename().string();
  for (int attempt = 0; attempt < 16; ++attempt) {
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "%08x", static_cast<unsigned>(seed()));
    tempPath = (fs::path(folderOf(path)) / ("." + name + ".tmp-" + suffix)).string();
    const int fd = ::open(tempPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

int writeAll(int fd, std::span<const std::uint8_t> bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    if (n == 0) return ENOSPC;
    done += static_cast<std::size_t>(n);
  }
  return 0;
}

// Writes, flushes to disk and closes the temporary file; 0 or the errno of the first failure.
int fillAndClose(int fd, std::span<const std::uint8_t> bytes) {
  int err = writeAll(fd, bytes);
  if (err == 0 && ::fsync(fd) != 0) err = errno;
  if (::close(fd) != 0 && err == 0) err = errno;  // NFS and full disks may report here
  return err;
}

// Moves the finished temporary file into place; with replace = false an existing file always wins.
int moveIntoPlace(const std::string& tempPath, const std::string& path, bool replace) {
  if (replace) return ::rename(tempPath.c_str(), path.c_str()) == 0 ? 0 : errno;
  if (::renameat2(AT_FDCWD, tempPath.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) return 0;
  if (errno != EINVAL && errno != ENOSYS) return errno;
  // The file system cannot rename without replacing: link() also fails on an existing name.
  if (::link(tempPath.c_str(), path.c_str()) != 0) return errno;
  ::unlink(tempPath.c_str());
  return 0;
}

// Makes the new directory entry durable (the rename itself lives in the folder).
int syncFolder(const std::string& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return errno;
  const int err = ::fsync(fd) == 0 ? 0 : errno;
  ::close(fd);
  return err;
}

}  // namespace

Status writeFileAtomically(const std::string& path, std::span<const std::uint8_t> bytes, bool replace) {
  if (path.empty() || fs::path(path).filename().empty())
    return Error{ErrorCode::InvalidArgument, "no file name given to write to", "没有给出要保存的文件名"};
  const std::string folder = folderOf(path);
  struct stat info {};
  if (::stat(folder.c_str(), &info) != 0 || !S_ISDIR(info.st_mode))
    return Error{ErrorCode::WriteFailed,
                 "could not write " + path + ": the folder " + folder +
                     " does not exist (check the batch folder or plug the disk back in)",
                 "无法写入 " + path + "：文件夹 " + folder + " 不存在（请检查批次文件夹，或把磁盘重新插好）"};
  if (!replace && ::lstat(path.c_str(), &info) == 0) return writeError("write", "无法写入", path, EEXIST);

  std::string tempPath;
  const int fd = createTemporary(path, tempPath);
  if (fd < 0) return writeError("create a file in", "无法新建文件于", folder, errno);
  if (const int err = fillAndClose(fd, bytes); err != 0) {
    ::unlink(tempPath.c_str());
    return writeError("write", "无法写入", path, err);
  }
  if (const int err = moveIntoPlace(tempPath, path, replace); err != 0) {
    ::unlink(tempPath.c_str());
    return err == EEXIST ? writeError("write (kept the existing file)", "没有写入（保留了原有文件）", path, err)
                         : writeError("move the finished file to", "无法把写好的文件移到", path, err);
  }
  if (const int err = syncFolder(folder); err != 0) return writeError("flush the folder of", "无法同步所在文件夹", path, err);
  return Ok{};
}

}  // namespace cs
