#pragma once
// Character encodings of roster files: Chinese exam offices send CSV in UTF-8 (often with a BOM, from
// Excel's "CSV UTF-8") or GBK (Excel's default "CSV" on a Chinese Windows).
#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace cs::batch {

bool isValidUtf8(std::span<const std::uint8_t> bytes);
// GB18030 (a superset of GBK and GB2312) to UTF-8 with glibc's iconv; nullopt when the bytes are not GBK.
std::optional<std::string> gbkToUtf8(std::span<const std::uint8_t> bytes);

struct DecodedText {
  std::string utf8;
  std::string encoding;  // "UTF-8 BOM", "UTF-8", "GBK"; empty when neither
};
DecodedText decodeRosterText(std::span<const std::uint8_t> bytes);

}  // namespace cs::batch
