#pragma once
// The EXIF orientation tag (1..8) and the transform that makes a stored image upright as the camera meant.
#include <cstdint>
#include <span>

#include "cs/core/image.h"

namespace cs {

// 1 when the data has no EXIF block or no valid orientation tag.
int readExifOrientation(std::span<const std::uint8_t> jpegBytes);

// Applies the inverse of the camera's stored orientation, so the result is upright. This restores the
// scene as photographed; it is not an edit of the photo (I2 forbids transforms beyond that).
Image applyExifOrientation(const Image& stored, int orientation);

}  // namespace cs
