#include "image/png_decoder.h"

#include <png.h>

#include <cstring>
#include <string>

namespace cs {
namespace {

// Channels as stored, from the IHDR colour type, so I1/F3 can tell a greyscale file from a colour one.
int storedChannels(const png_image& info) {
  const bool colour = (info.format & PNG_FORMAT_FLAG_COLOR) != 0;
  const bool alpha = (info.format & PNG_FORMAT_FLAG_ALPHA) != 0;
  return (colour ? 3 : 1) + (alpha ? 1 : 0);
}

}  // namespace

Expected<LoadedPhoto> decodePng(std::span<const std::uint8_t> bytes) {
  png_image info;
  std::memset(&info, 0, sizeof info);
  info.version = PNG_IMAGE_VERSION;
  if (png_image_begin_read_from_memory(&info, bytes.data(), bytes.size()) == 0) {
    return Error{ErrorCode::CorruptImage, std::string("not a readable PNG: ") + info.message,
                 std::string("PNG 文件无法读取，可能已损坏（") + info.message + "）：请换一张照片"};
  }
  const std::int64_t pixels = static_cast<std::int64_t>(info.width) * info.height;
  if (info.width == 0 || info.height == 0 || info.width > static_cast<png_uint_32>(kMaxSide) ||
      info.height > static_cast<png_uint_32>(kMaxSide) || pixels > kMaxPixels) {
    png_image_free(&info);
    return Error{ErrorCode::ImageTooLarge, "the PNG claims " + std::to_string(info.width) + "x" +
                                               std::to_string(info.height) + " pixels, beyond the 100-megapixel limit",
                 "这张 PNG 标称 " + std::to_string(info.width) + "×" + std::to_string(info.height) +
                     " 像素，超过 1 亿像素的上限：请换一张照片"};
  }
  LoadedPhoto photo;
  photo.source.format = PhotoFormat::Png;
  photo.source.storedSize = {static_cast<int>(info.width), static_cast<int>(info.height)};
  photo.source.channels = storedChannels(info);
  info.format = PNG_FORMAT_RGB;  // libpng composites any alpha onto the background below
  photo.image = Image(static_cast<int>(info.width), static_cast<int>(info.height));
  const png_color white{255, 255, 255};
  if (png_image_finish_read(&info, &white, photo.image.rgb.data(), 0, nullptr) == 0) {
    std::string message = info.message;
    png_image_free(&info);
    return Error{ErrorCode::CorruptImage, "the PNG data is damaged or truncated: " + message,
                 "PNG 数据已损坏或不完整（" + message + "）：请换一张照片"};
  }
  return photo;
}

}  // namespace cs
