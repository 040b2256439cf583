#include "image/file_bytes.h"

#include <filesystem>
#include <fstream>

namespace cs {

Expected<std::vector<std::uint8_t>> readPhotoFile(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status))
    return Error{ErrorCode::FileNotFound, "no such file: check the path", "找不到这个文件：请检查路径"};
  if (fs::is_directory(status))
    return Error{ErrorCode::NotAFile, "this is a folder, not a photo file", "这是一个文件夹，不是照片文件：请选择照片"};
  if (!fs::is_regular_file(status))
    return Error{ErrorCode::NotAFile, "this is not a regular file", "这不是普通文件：请选择照片文件"};
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec)
    return Error{ErrorCode::UnreadableFile, "cannot read the file size: " + ec.message(),
                 "无法读取文件大小（" + ec.message() + "）：请检查文件权限或磁盘连接"};
  if (size == 0) return Error{ErrorCode::CorruptImage, "the file is empty (0 bytes)", "文件是空的（0 字节）：请重新拷贝或换一张照片"};
  if (size > kMaxPhotoFileBytes) {
    return Error{ErrorCode::ImageTooLarge, "the file is " + std::to_string(size / (1024 * 1024)) +
                                               " MB, more than any photo the station accepts (200 MB)",
                 "文件有 " + std::to_string(size / (1024 * 1024)) +
                     " MB，超过采集站可接受的照片大小（200 MB）：请选择照片文件"};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Error{ErrorCode::UnreadableFile, "the file cannot be opened (permission?)",
                 "文件无法打开（可能没有读取权限）：请检查文件权限"};
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size));
  if (in.gcount() != static_cast<std::streamsize>(size)) {
    return Error{ErrorCode::UnreadableFile, "the file could not be read completely",
                 "文件没能完整读出：请检查磁盘连接后重试"};
  }
  return bytes;
}

}  // namespace cs
