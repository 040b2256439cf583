#include "encode/size_estimate.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "encode/jpeg_compress.h"
#include "encode/jpeg_markers.h"

namespace cs::encode {
namespace {

constexpr int kStripRows = 16;  // one MCU row of a 4:2:0 JPEG, libjpeg's default sampling
constexpr int kEvery = 4;       // one strip in four
constexpr int kMinStrips = 2 * kEvery;

// Strips kEvery/2, kEvery/2 + kEvery, ...: spread over the photo from hair to shirt, none at its edges.
Image sampledStrips(const Image& image) {
  const int strips = image.height / kStripRows;
  Image sample;
  sample.width = image.width;
  const std::size_t stripBytes = static_cast<std::size_t>(image.width) * 3 * kStripRows;
  sample.rgb.reserve(stripBytes * static_cast<std::size_t>(strips / kEvery + 1));
  for (int s = kEvery / 2; s < strips; s += kEvery) {
    sample.rgb.resize(sample.rgb.size() + stripBytes);
    std::memcpy(sample.rgb.data() + sample.rgb.size() - stripBytes, image.row(s * kStripRows), stripBytes);
    sample.height += kStripRows;
  }
  return sample;
}

}  // namespace

std::optional<SizeEstimate> estimateFileSize(const Image& image, int quality, std::size_t extraHeaderBytes) {
  const int strips = image.height / kStripRows;
  if (strips < kMinStrips || image.rgb.size() != static_cast<std::size_t>(image.width) * image.height * 3)
    return std::nullopt;
  const Image sample = sampledStrips(image);
  CompressSettings settings;  // standard tables, no EXIF (its size is added apart)
  settings.quality = quality;
  const auto bytes = compressBaselineJpeg(sample, settings);
  if (!bytes) return std::nullopt;
  const std::size_t headers = parseJpegMarkers(*bytes).markers.scanDataOffset;
  if (headers == 0 || headers + 2 > bytes->size()) return std::nullopt;
  const double coded = static_cast<double>(bytes->size() - headers - 2);  // the scan, without EOI
  // The same headers (tables, frame, JFIF) as the whole photo's, plus its EXIF, its EOI and the coded data of
  // every strip: rows past the last whole strip count at the same rate.
  const double scale = static_cast<double>(image.height) / sample.height;
  return SizeEstimate{quality, static_cast<double>(headers + extraHeaderBytes + 2) + coded * scale};
}

FirstQuality firstQualityToTry(const Image& image, const SizeWindow& window, std::size_t extraHeaderBytes) {
  const auto estimate = estimateFileSize(image, kFirstGuessQuality, extraHeaderBytes);
  if (!estimate) return {};
  const double boundary = qualityReaching(window.maxBytes, estimate->quality, estimate->bytes);
  if (!std::isfinite(boundary)) return {kFirstGuessQuality, 1};
  return {std::clamp(static_cast<int>(std::floor(boundary)), window.minQuality, window.maxQuality), 1};
}

}  // namespace cs::encode
