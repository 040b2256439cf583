#include "image/file_bytes.h"

#include <filesystem>
#include <fstream>

namespace cs {

Expected<std::vector<std::uint8_t>> readPhotoFile(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return Error{ErrorCode::FileNotFound, "no such file: check the path"};
  if (fs::is_directory(status)) return Error{ErrorCode::NotAFile, "this is a folder, not a photo file"};
  if (!fs::is_regular_file(status)) return Error{ErrorCode::NotAFile, "this is not a regular file"};
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec) return Error{ErrorCode::UnreadableFile, "cannot read the file size: " + ec.message()};
  if (size == 0) return Error{ErrorCode::CorruptImage, "the file is empty (0 bytes)"};
  if (size > kMaxPhotoFileBytes) {
    return Error{ErrorCode::ImageTooLarge, "the file is " + std::to_string(size / (1024 * 1024)) +
                                               " MB, more than any photo the station accepts (200 MB)"};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::UnreadableFile, "the file cannot be opened (permission?)"};
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size));
  if (in.gcount() != static_cast<std::streamsize>(size)) {
    return Error{ErrorCode::UnreadableFile, "the file could not be read completely"};
  }
  return bytes;
}

}  // namespace cs
