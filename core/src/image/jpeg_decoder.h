#pragma once
// JPEG decoding with libjpeg-turbo, including its DCT-domain reduced-size decode (1/2, 1/4, 1/8), which
// makes a 12 MP still cheap to analyse. Row by row, so a listener can start on the rows already decoded.
#include <cstdint>
#include <span>

#include "cs/core/expected.h"
#include "cs/core/photo_loader.h"
#include "image/photo_rows.h"

namespace cs {

Expected<LoadedPhoto> decodeJpeg(std::span<const std::uint8_t> bytes, const LoadOptions& options,
                                 DecodeRowListener* listener = nullptr);

}  // namespace cs
