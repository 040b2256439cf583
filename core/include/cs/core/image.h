#pragma once
// An 8-bit RGB image in memory, rows top to bottom, pixels R,G,B interleaved, no padding.
// Every photo and frame is converted to this once, at the edge (file loader, QVideoFrame converter).
#include <cstdint>
#include <vector>

#include "cs/core/geometry.h"

namespace cs {

struct Image {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgb;  // width * height * 3 bytes

  Image() = default;
  Image(int w, int h) : width(w), height(h), rgb(static_cast<std::size_t>(w) * h * 3) {}
  bool empty() const { return width <= 0 || height <= 0; }
  Size size() const { return {width, height}; }
  std::uint8_t* row(int y) { return rgb.data() + static_cast<std::size_t>(y) * width * 3; }
  const std::uint8_t* row(int y) const { return rgb.data() + static_cast<std::size_t>(y) * width * 3; }
};

}  // namespace cs
