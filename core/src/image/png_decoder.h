#pragma once
// PNG decoding with libpng's simplified API: any colour type and bit depth to 8-bit RGB, transparent
// pixels composited on white.
#include <cstdint>
#include <span>

#include "cs/core/expected.h"
#include "cs/core/photo_loader.h"

namespace cs {

Expected<LoadedPhoto> decodePng(std::span<const std::uint8_t> bytes);

}  // namespace cs
