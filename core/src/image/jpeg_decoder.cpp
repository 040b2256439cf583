#include "image/jpeg_decoder.h"

#include <turbojpeg.h>

#include <memory>
#include <string>
#include <utility>

#include "image/exif_orientation.h"

namespace cs {
namespace {

using Handle = std::unique_ptr<void, decltype(&tjDestroy)>;

// The smallest libjpeg-turbo scaling (1/8, 1/4, 1/2, 1) whose longer side still reaches `minLongSide`.
int chooseScaleDenom(int width, int height, int minLongSide) {
  if (minLongSide <= 0) return 1;
  const int longSide = std::max(width, height);
  for (int denom : {8, 4, 2}) {
    if ((longSide + denom - 1) / denom >= minLongSide) return denom;
  }
  return 1;
}

}  // namespace

Expected<LoadedPhoto> decodeJpeg(std::span<const std::uint8_t> bytes, const LoadOptions& options) {
  Handle tj(tjInitDecompress(), &tjDestroy);
  if (!tj) return Error{ErrorCode::Internal, "cannot start the JPEG decoder", "JPEG 解码器无法启动：请重新启动采集站"};
  int width = 0, height = 0, subsampling = 0, colourspace = 0;
  auto* data = const_cast<unsigned char*>(bytes.data());  // the TurboJPEG 2 API is not const-correct
  const auto size = static_cast<unsigned long>(bytes.size());
  if (tjDecompressHeader3(tj.get(), data, size, &width, &height, &subsampling, &colourspace) != 0) {
    return Error{ErrorCode::CorruptImage, std::string("not a readable JPEG: ") + tjGetErrorStr2(tj.get()),
                 std::string("JPEG 文件无法读取，可能已损坏（") + tjGetErrorStr2(tj.get()) + "）：请换一张照片"};
  }
  if (width <= 0 || height <= 0) {
    return Error{ErrorCode::CorruptImage, "the JPEG header gives no image size: the file is damaged",
                 "JPEG 文件头中没有图像尺寸，文件已损坏：请换一张照片"};
  }
  if (width > kMaxSide || height > kMaxSide ||
      static_cast<std::int64_t>(width) * height > kMaxPixels) {
    return Error{ErrorCode::ImageTooLarge, "the JPEG claims " + std::to_string(width) + "x" +
                                               std::to_string(height) + " pixels, beyond the 100-megapixel limit",
                 "这张 JPEG 标称 " + std::to_string(width) + "×" + std::to_string(height) +
                     " 像素，超过 1 亿像素的上限：请换一张照片"};
  }
  if (colourspace == TJCS_CMYK || colourspace == TJCS_YCCK) {
    return Error{ErrorCode::UnsupportedFormat, "CMYK JPEG (a print file): save the photo as an RGB JPEG",
                 "这是印刷用的 CMYK JPEG：请把照片另存为 RGB JPEG"};
  }
  const int denom = chooseScaleDenom(width, height, options.minLongSide);
  const int outW = TJSCALED(width, (tjscalingfactor{1, denom}));
  const int outH = TJSCALED(height, (tjscalingfactor{1, denom}));
  Image stored(outW, outH);
  if (tjDecompress2(tj.get(), data, size, stored.rgb.data(), outW, 0, outH, TJPF_RGB, TJFLAG_ACCURATEDCT) != 0) {
    // TurboJPEG reports a truncated or damaged stream as an error or a warning; either way the pixels
    // cannot be trusted for a certificate photo.
    return Error{ErrorCode::CorruptImage,
                 std::string("the JPEG data is damaged or truncated: ") + tjGetErrorStr2(tj.get()),
                 std::string("JPEG 数据已损坏或不完整（") + tjGetErrorStr2(tj.get()) + "）：请换一张照片"};
  }
  LoadedPhoto photo;
  photo.source.format = PhotoFormat::Jpeg;
  photo.source.storedSize = {width, height};
  photo.source.channels = colourspace == TJCS_GRAY ? 1 : 3;
  photo.source.decodeScaleDenom = denom;
  photo.source.exifOrientation = readExifOrientation(bytes);
  // Upright already (the common case): keep the decoded pixels rather than copy them.
  photo.image = photo.source.exifOrientation == 1 ? std::move(stored)
                                                  : applyExifOrientation(stored, photo.source.exifOrientation);
  return photo;
}

}  // namespace cs
