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

namespace cs::batch {
namespace fs = std::filesystem;
namespace {

Error ioError(const std::string& what, const std::string& path) {
  return Error{ErrorCode::WriteFailed, what + " " + path + ": " + std::strerror(errno)};
}

Status writeAll(int fd, std::span<const std::uint8_t> bytes, const std::string& path) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return ioError("cannot write", path);
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
  if (fd < 0) return ioError("cannot open folder", folder);
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) return ioError("cannot flush folder", folder);
  return Ok{};
}

Status writeFileDurably(const std::string& path, std::span<const std::uint8_t> bytes, bool replace) {
  if (!replace && fs::exists(path)) {
    return Error{ErrorCode::WriteFailed, "refusing to overwrite the existing file " + path};
  }
  const std::string temp = temporaryName(path);
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, kPrivateFileMode);
  if (fd < 0) return ioError("cannot create", temp);
  Status written = writeAll(fd, bytes, temp);
  if (written.ok() && ::fsync(fd) != 0) written = ioError("cannot flush", temp);
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
    Error error = ioError("cannot move the new file into place at", path);
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
  if (ec) return Error{ErrorCode::WriteFailed, "cannot create the folder " + folder + ": " + ec.message()};
  if (::chmod(folder.c_str(), kPrivateFolderMode) != 0) return ioError("cannot restrict access to", folder);
  return Ok{};
}

bool isMissingOrEmptyFolder(const std::string& folder) {
  std::error_code ec;
  if (!fs::exists(folder, ec)) return true;
  return fs::is_directory(folder, ec) && fs::is_empty(folder, ec);
}

Expected<std::vector<std::uint8_t>> readWholeFile(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Error{ErrorCode::FileNotFound, "file not found: " + path};
  if (!fs::is_regular_file(path, ec)) return Error{ErrorCode::NotAFile, "not a file: " + path};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::UnreadableFile, "cannot read " + path};
  std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Error{ErrorCode::UnreadableFile, "cannot read " + path};
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
