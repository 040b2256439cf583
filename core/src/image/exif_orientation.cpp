#include "image/exif_orientation.h"

#include <libexif/exif-data.h>

#include <memory>

namespace cs {

int readExifOrientation(std::span<const std::uint8_t> jpegBytes) {
  // libexif scans the JPEG for its APP1 "Exif" segment itself.
  std::unique_ptr<ExifData, decltype(&exif_data_unref)> exif(
      exif_data_new_from_data(jpegBytes.data(), static_cast<unsigned int>(jpegBytes.size())), &exif_data_unref);
  if (!exif) return 1;
  ExifEntry* entry = exif_content_get_entry(exif->ifd[EXIF_IFD_0], EXIF_TAG_ORIENTATION);
  if (entry == nullptr || entry->format != EXIF_FORMAT_SHORT || entry->components < 1) return 1;
  const int value = exif_get_short(entry->data, exif_data_get_byte_order(exif.get()));
  return (value >= 1 && value <= 8) ? value : 1;
}

namespace {

// Copies pixel (sx, sy) of `from` to each (x, y) of a w x h result, via the mapping `source`.
template <typename Mapping>
Image remap(const Image& from, int w, int h, Mapping source) {
  Image out(w, h);
  for (int y = 0; y < h; ++y) {
    std::uint8_t* dst = out.row(y);
    for (int x = 0; x < w; ++x) {
      const auto [sx, sy] = source(x, y);
      const std::uint8_t* src = from.row(sy) + static_cast<std::size_t>(sx) * 3;
      dst[x * 3] = src[0];
      dst[x * 3 + 1] = src[1];
      dst[x * 3 + 2] = src[2];
    }
  }
  return out;
}

}  // namespace

Image applyExifOrientation(const Image& s, int orientation) {
  const int w = s.width, h = s.height;
  struct P { int x, y; };
  switch (orientation) {
    case 2: return remap(s, w, h, [&](int x, int y) { return P{w - 1 - x, y}; });
    case 3: return remap(s, w, h, [&](int x, int y) { return P{w - 1 - x, h - 1 - y}; });
    case 4: return remap(s, w, h, [&](int x, int y) { return P{x, h - 1 - y}; });
    case 5: return remap(s, h, w, [&](int x, int y) { return P{y, x}; });
    case 6: return remap(s, h, w, [&](int x, int y) { return P{y, h - 1 - x}; });
    case 7: return remap(s, h, w, [&](int x, int y) { return P{w - 1 - y, h - 1 - x}; });
    case 8: return remap(s, h, w, [&](int x, int y) { return P{w - 1 - y, x}; });
    default: return s;
  }
}

}  // namespace cs
