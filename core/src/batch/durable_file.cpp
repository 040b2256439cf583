// Durable, private file writes for the batch (see durable_file.h).
#include "batch/durable_file.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

#include "encode/io_reason.h"

namespace cs::batch {
namespace fs = std::filesystem;
namespace {

// `what` and `whatZh` name the step ("cannot write" / "无法写入"); errno says why.
Error ioError(const std::string& what, const std::string& whatZh, const std::string& path) {
  const int err = errno;
  return Error{ErrorCode::WriteFailed, what + " " + path + ": " + std::strerror(err),
               whatZh + " " + path + "：" + ioReasonZh(err)};
}

Status writeAll(int fd, std::span<const std::uint8_t> bytes, const std::string& path) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return ioError("cannot write", "无法写入", path);
    done += static_cast<std::size_t>(n);
  }
  return Ok{};
}

std::string temporaryName(const std::string& path) {
  static thread_local std::mt19937_64 random{std::random_device{}()};
  return path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(random() % 1000000007);
}

}  // namespace

Status syncFolder(const std::string& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return ioError("cannot open folder", "无法打开文件夹", folder);
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) return ioError("cannot flush folder", "无法同步文件夹", folder);
  return Ok{};
}

Status writeFileDurably(const std::string& path, std::span<const std::uint8_t> bytes, bool replace) {
  if (!replace && fs::exists(path)) {
    return Error{ErrorCode::WriteFailed, "refusing to overwrite the existing file " + path,
                 "已有文件 " + path + "，不会覆盖它：请换一个文件夹"};
  }
  const std::string temp = temporaryName(path);
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, kPrivateFileMode);
  if (fd < 0) return ioError("cannot create", "无法新建", temp);
  Status written = writeAll(fd, bytes, temp);
  if (written.ok() && ::fsync(fd) != 0) written = ioError("cannot flush", "无法同步到磁盘", temp);
  ::close(fd);
  if (!written.ok()) {
    ::unlink(temp.c_str());
    return written;
  }
  // link() refuses an existing target atomically; rename() replaces it. File systems without hard links
  // (a FAT USB stick for an export) fall back to check-then-rename.
  int rc = replace ? ::rename(temp.c_str(), path.c_str()) : ::link(temp.c_str(), path.c_str());
  if (rc != 0 && !replace && (errno == EPERM || errno == ENOTSUP || errno == EMLINK || errno == ENOSYS)) {
    rc = fs::exists(path) ? -1 : ::rename(temp.c_str(), path.c_str());
    if (rc != 0) errno = EEXIST;
  }
  if (rc != 0) {
    Error error = ioError("cannot move the new file into place at", "无法把新文件放到", path);
    ::unlink(temp.c_str());
    return error;
  }
  if (!replace) ::unlink(temp.c_str());
  return syncFolder(fs::path(path).parent_path().string().empty() ? "." : fs::path(path).parent_path().string());
}

Status writeTextDurably(const std::string& path, const std::string& text, bool replace) {
  return writeFileDurably(path, {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()}, replace);
}

Status makePrivateFolder(const std::string& folder) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec)
    return Error{ErrorCode::WriteFailed, "cannot create the folder " + folder + ": " + ec.message(),
                 "无法创建文件夹 " + folder + "：" + ioReasonZh(ec.value())};
  if (::chmod(folder.c_str(), kPrivateFolderMode) != 0)
    return ioError("cannot restrict access to", "无法设置仅本账户可访问", folder);
  return Ok{};
}

bool isMissingOrEmptyFolder(const std::string& folder) {
  std::error_code ec;
  if (!fs::exists(folder, ec)) return true;
  return fs::is_directory(folder, ec) && fs::is_empty(folder, ec);
}

Expected<std::vector<std::uint8_t>> readWholeFile(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec))
    return Error{ErrorCode::FileNotFound, "file not found: " + path, "找不到文件 " + path + "：请检查路径"};
  if (!fs::is_regular_file(path, ec))
    return Error{ErrorCode::NotAFile, "not a file: " + path, path + " 不是文件（可能是文件夹）：请选择文件"};
  const Error unreadable{ErrorCode::UnreadableFile, "cannot read " + path,
                         "无法读取 " + path + "：请检查文件权限，或磁盘是否连接好"};
  std::ifstream in(path, std::ios::binary);
  if (!in) return unreadable;
  std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return unreadable;
  return bytes;
}

std::string sha256Hex(std::span<const std::uint8_t> bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, bytes.data(), bytes.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

std::string sha256Hex(const std::string& text) {
  return sha256Hex({reinterpret_cast<const std::uint8_t*>(text.data()), text.size()});
}

}  // namespace cs::batch
