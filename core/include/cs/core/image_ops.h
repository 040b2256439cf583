#pragma once
// Small whole-image operations for tools and benchmarks (the capture path itself only scales and crops
// through the crop planner, I2).
#include <cstdint>
#include <vector>

#include "cs/core/expected.h"
#include "cs/core/image.h"

namespace cs {

// A copy scaled to width x height (area-averaged when shrinking, bilinear when growing).
Image resizedImage(const Image& image, int width, int height);
// The part of `image` inside `area` (clipped to the image).
Image croppedImage(const Image& image, RectF area);
// A plain baseline JPEG at `quality` with no EXIF: test material for benchmarks, never a certificate.
Expected<std::vector<std::uint8_t>> encodePlainJpeg(const Image& image, int quality);

}  // namespace cs
