#pragma once
// Reads all of a JPEG's entropy-coded data with libjpeg-turbo to prove it is readable (F4). libjpeg survives
// some damage (a truncated file decodes with a grey bottom and a warning): any warning counts as a failure.
#include <cstdint>
#include <span>
#include <string>

namespace cs::encode {

struct DecodeCheck {
  bool ok = false;
  std::string problem;  // what libjpeg said, when not ok
};

DecodeCheck decodeCompletely(std::span<const std::uint8_t> bytes);

}  // namespace cs::encode
