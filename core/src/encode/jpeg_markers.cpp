#include "encode/jpeg_markers.h"

#include <algorithm>

namespace cs::encode {
namespace {

// Zig-zag position k -> natural index, as the DQT segment stores coefficients in zig-zag order.
constexpr std::array<int, 64> kZigZag = {
    0,  1,  8,  16, 9,  2,  3,  10, 17, 24, 32, 25, 18, 11, 4,  5,  12, 19, 26, 33, 40, 48,
    41, 34, 27, 20, 13, 6,  7,  14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23,
    30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63};

int be16(std::span<const std::uint8_t> s, std::size_t at) { return (s[at] << 8) | s[at + 1]; }

bool isFrameMarker(std::uint8_t m) { return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC; }

void readDqt(std::span<const std::uint8_t> seg, JpegMarkers& out) {
  std::size_t i = 0;
  while (i < seg.size()) {
    const int precision = seg[i] >> 4;  // 0 = 8-bit entries, 1 = 16-bit
    const int tableId = seg[i] & 15;
    const std::size_t entryBytes = precision ? 2 : 1;
    if (i + 1 + 64 * entryBytes > seg.size()) return;
    if (tableId == 0) {
      std::array<int, 64> natural{};
      for (std::size_t k = 0; k < 64; ++k)
        natural[kZigZag[k]] = precision ? be16(seg, i + 1 + 2 * k) : seg[i + 1 + k];
      out.lumaTableNatural = natural;
    }
    i += 1 + 64 * entryBytes;
  }
}

void readSegment(std::uint8_t marker, std::span<const std::uint8_t> seg, JpegMarkers& out) {
  static constexpr std::uint8_t kJfif[] = {'J', 'F', 'I', 'F', 0};
  static constexpr std::uint8_t kExif[] = {'E', 'x', 'i', 'f', 0, 0};
  if (marker == 0xE0 && seg.size() >= 12 && std::equal(kJfif, kJfif + 5, seg.begin()))
    out.jfif = JfifDensity{seg[7], be16(seg, 8), be16(seg, 10)};
  else if (marker == 0xE1 && seg.size() >= 6 && std::equal(kExif, kExif + 6, seg.begin()))
    out.exifApp1 = seg;
  else if (marker == 0xDB)
    readDqt(seg, out);
  else if (isFrameMarker(marker) && seg.size() >= 6)
    out.frame = FrameHeader{marker, seg[0], be16(seg, 3), be16(seg, 1), seg[5]};
}

bool endsWithEoi(std::span<const std::uint8_t> bytes) {
  std::size_t end = bytes.size();
  while (end > 0 && bytes[end - 1] == 0) --end;
  return end >= 2 && bytes[end - 2] == 0xFF && bytes[end - 1] == 0xD9;
}

}  // namespace

MarkerParse parseJpegMarkers(std::span<const std::uint8_t> bytes) {
  MarkerParse result;
  if (bytes.size() < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8) {
    result.error = "not a JPEG file (it does not start with the JPEG SOI marker FF D8)";
    return result;
  }
  std::size_t pos = 2;
  while (pos + 4 <= bytes.size()) {
    if (bytes[pos] != 0xFF) {
      result.error = "damaged JPEG header: expected a marker at byte " + std::to_string(pos);
      return result;
    }
    const std::uint8_t marker = bytes[pos + 1];
    if (marker == 0xFF) { ++pos; continue; }  // fill byte
    if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { pos += 2; continue; }
    const std::size_t length = static_cast<std::size_t>(be16(bytes, pos + 2));
    if (length < 2 || pos + 2 + length > bytes.size()) {
      result.error = "damaged or truncated JPEG header: a segment at byte " + std::to_string(pos) +
                     " runs past the end of the file";
      return result;
    }
    if (marker == 0xDA) {  // start of scan: all headers read
      result.markers.scanDataOffset = pos + 2 + length;
      break;
    }
    readSegment(marker, bytes.subspan(pos + 4, length - 2), result.markers);
    pos += 2 + length;
  }
  result.markers.endsWithEoi = endsWithEoi(bytes);
  return result;
}

}  // namespace cs::encode
