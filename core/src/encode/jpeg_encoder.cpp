// encodeCertificateJpeg: checks the input, builds the EXIF block once, and lets the size search call the
// baseline encoder a few times (F1-F7; see docs/jpeg-output.md).
#include "cs/core/jpeg_encoder.h"

#include <algorithm>
#include <string>

#include "encode/exif_block.h"
#include "encode/jpeg_compress.h"
#include "encode/quality_search.h"
#include "encode/size_estimate.h"

namespace cs {
namespace {

Status checkInput(const Image& image, const SpecProfile& profile) {
  if (image.width != profile.outputWidth || image.height != profile.outputHeight)
    return Error{ErrorCode::InvalidArgument,
                 "the certificate photo must be " + std::to_string(profile.outputWidth) + "x" +
                     std::to_string(profile.outputHeight) + " pixels before encoding, but this image is " +
                     std::to_string(image.width) + "x" + std::to_string(image.height) +
                     " (crop and scale it first)",
                 "证件照在压缩前必须是 " + std::to_string(profile.outputWidth) + "×" +
                     std::to_string(profile.outputHeight) + " 像素，这张是 " + std::to_string(image.width) + "×" +
                     std::to_string(image.height) + "（请先裁剪、缩放）"};
  if (image.rgb.size() != static_cast<std::size_t>(image.width) * image.height * 3)
    return Error{ErrorCode::InvalidArgument,
                 "the image's pixel buffer does not hold width x height x 3 bytes of RGB (internal error)",
                 "图像数据的大小与宽高不符（程序内部错误）：请联系技术支持"};
  if (profile.dpi <= 0 || profile.dpi > 65535)
    return Error{ErrorCode::InvalidArgument, "the profile's dpi must be between 1 and 65535",
                 "规格文件中的 dpi 必须在 1 到 65535 之间：请改正规格文件"};
  return Ok{};
}

}  // namespace

Expected<EncodedJpeg> encodeCertificateJpeg(const Image& image, const EncodeRequest& request,
                                            const SpecProfile& profile) {
  if (auto valid = checkInput(image, profile); !valid) return valid.error();
  auto exif = encode::buildExifApp1({request.captureTime, request.software, profile.dpi, image.width, image.height});
  if (!exif) return exif.error();

  const auto encodeWith = [&](bool optimiseHuffman) -> encode::EncodeAtQuality {
    return [&, optimiseHuffman](int quality) {
      return encode::compressBaselineJpeg(image, {quality, profile.dpi, *exif, optimiseHuffman});
    };
  };
  const encode::SizeWindow window{profile.minQuality, profile.maxQuality,
                                  static_cast<std::size_t>(std::max(profile.minBytes, 0)),
                                  static_cast<std::size_t>(std::max(profile.maxBytes, 0))};
  // The standard Huffman tables: a photo costs about half a quality step (measured on the shared
  // portraits: the same quality or one lower) and each encode 1.2 instead of 2.9 ms.
  bool fitted = false;
  const std::size_t exifSegmentBytes = 4 + exif->size();  // FF E1, the length, the payload
  const encode::FirstQuality first = encode::firstQualityToTry(image, window, exifSegmentBytes);
  auto found = encode::searchQuality(encodeWith(false), window, first.quality);
  if (!found) return found.error();
  if (encode::tooBigAtLowestQuality(*found, window)) {
    // A dense photo: tables fitted to it save the last few per cent, which may be what fits 40 KB (F6).
    const int standardEncodes = found->encodeCount;
    found = encode::searchQuality(encodeWith(true), window, window.minQuality);
    if (!found) return found.error();
    found->encodeCount += standardEncodes;
    fitted = true;
  }

  EncodedJpeg out;
  out.bytes = std::move(found->bytes);
  out.quality = found->quality;
  out.encodeCount = found->encodeCount;
  out.sampleEncodes = first.sampleEncodes;
  out.sizeInRange = found->sizeInRange;
  out.fittedHuffmanTables = fitted;
  return out;
}

}  // namespace cs
