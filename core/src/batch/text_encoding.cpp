// Detecting and converting the encodings of roster files (see text_encoding.h).
#include "batch/text_encoding.h"

#include <iconv.h>

#include <cerrno>
#include <vector>

namespace cs::batch {

bool isValidUtf8(std::span<const std::uint8_t> bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    const std::uint8_t c = bytes[i];
    int extra = 0;
    std::uint32_t minimum = 0;
    if (c < 0x80) { ++i; continue; }
    if ((c & 0xE0) == 0xC0) { extra = 1; minimum = 0x80; }
    else if ((c & 0xF0) == 0xE0) { extra = 2; minimum = 0x800; }
    else if ((c & 0xF8) == 0xF0) { extra = 3; minimum = 0x10000; }
    else return false;
    if (i + static_cast<std::size_t>(extra) >= bytes.size()) return false;  // truncated sequence
    std::uint32_t code = c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
      const std::uint8_t next = bytes[i + static_cast<std::size_t>(k)];
      if ((next & 0xC0) != 0x80) return false;
      code = (code << 6) | (next & 0x3F);
    }
    if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    i += static_cast<std::size_t>(extra) + 1;
  }
  return true;
}

std::optional<std::string> gbkToUtf8(std::span<const std::uint8_t> bytes) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::vector<char> input(bytes.begin(), bytes.end());
  std::string output;
  char* in = input.data();
  std::size_t inLeft = input.size();
  std::vector<char> buffer(4096);
  bool ok = true;
  while (inLeft > 0) {
    char* out = buffer.data();
    std::size_t outLeft = buffer.size();
    const std::size_t rc = iconv(cd, &in, &inLeft, &out, &outLeft);
    output.append(buffer.data(), buffer.size() - outLeft);
    if (rc == static_cast<std::size_t>(-1) && errno != E2BIG) {
      ok = false;  // EILSEQ or EINVAL (a truncated character at the end)
      break;
    }
  }
  iconv_close(cd);
  if (!ok) return std::nullopt;
  return output;
}

DecodedText decodeRosterText(std::span<const std::uint8_t> bytes) {
  if (bytes.size() >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
    auto rest = bytes.subspan(3);
    if (!isValidUtf8(rest)) return {};
    return {std::string(rest.begin(), rest.end()), "UTF-8 BOM"};
  }
  // Chinese text in GBK is almost never valid UTF-8 by accident, so valid UTF-8 means UTF-8.
  if (isValidUtf8(bytes)) return {std::string(bytes.begin(), bytes.end()), "UTF-8"};
  if (auto converted = gbkToUtf8(bytes)) return {std::move(*converted), "GBK"};
  return {};
}

}  // namespace cs::batch
