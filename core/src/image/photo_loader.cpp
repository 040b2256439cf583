#include "cs/core/photo_loader.h"

#include <cstring>

#include "image/file_bytes.h"
#include "image/jpeg_decoder.h"
#include "image/photo_rows.h"
#include "image/png_decoder.h"

namespace cs {
namespace {

bool startsWith(std::span<const std::uint8_t> bytes, std::initializer_list<std::uint8_t> magic) {
  return bytes.size() >= magic.size() && std::memcmp(bytes.data(), magic.begin(), magic.size()) == 0;
}

Expected<LoadedPhoto> decodeAny(std::span<const std::uint8_t> bytes, const LoadOptions& options,
                                DecodeRowListener* listener) {
  if (bytes.empty()) return Error{ErrorCode::CorruptImage, "the file is empty (0 bytes)", "文件是空的（0 字节）：请重新拷贝或换一张照片"};
  if (startsWith(bytes, {0xFF, 0xD8, 0xFF})) return decodeJpeg(bytes, options, listener);
  if (startsWith(bytes, {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) return decodePng(bytes);
  return Error{ErrorCode::UnsupportedFormat, "not a JPEG or PNG photo: save it as JPEG or PNG and try again",
               "不是 JPEG 或 PNG 照片：请另存为 JPEG 或 PNG 后重试"};
}

}  // namespace

Expected<LoadedPhoto> decodePhoto(std::span<const std::uint8_t> bytes, const LoadOptions& options) {
  return decodeAny(bytes, options, nullptr);
}

Expected<LoadedPhoto> decodePhoto(std::span<const std::uint8_t> bytes, const LoadOptions& options,
                                  DecodeRowListener& listener) {
  return decodeAny(bytes, options, &listener);
}

Expected<LoadedPhoto> loadPhoto(const std::string& path, const LoadOptions& options) {
  auto bytes = readPhotoFile(path);
  if (!bytes) return bytes.error();
  return decodePhoto(*bytes, options);
}

}  // namespace cs
