#pragma once
// A 1280x720 camera frame for live-tracking tests: the backdrop (the portrait's own top-left colour) with
// the portrait scaled to `height` px, its left edge at x = `left` and its bottom at the frame's bottom +
// `dy` (parts outside the frame are cut off), as the camera sees a sitter who stands back, moves or rises.
#include <algorithm>
#include <cmath>
#include <cstdint>

#include "cs/core/image.h"
#include "cs/core/image_ops.h"

namespace cs::test {

inline Image sitterFrame(const Image& portrait, double height, double left, double dy = 0) {
  const Image sitter = resizedImage(portrait, static_cast<int>(std::lround(portrait.width * height / portrait.height)),
                                    static_cast<int>(std::lround(height)));
  Image frame(1280, 720);
  const std::uint8_t* backdrop = portrait.row(2) + 6;
  for (int y = 0; y < frame.height; ++y) {
    for (int x = 0; x < frame.width; ++x) std::copy_n(backdrop, 3, frame.row(y) + x * 3);
  }
  const int x0 = static_cast<int>(std::lround(left));
  const int top = frame.height - sitter.height + static_cast<int>(std::lround(dy));
  // Below the portrait its bottom row goes on down to the frame's bottom: the body of a sitter who rose.
  for (int y = std::max(0, -top); top + y < frame.height; ++y) {
    const std::uint8_t* from = sitter.row(std::min(y, sitter.height - 1));
    for (int x = std::max(0, -x0); x < sitter.width && x0 + x < frame.width; ++x) {
      std::copy_n(from + x * 3, 3, frame.row(top + y) + (x0 + x) * 3);
    }
  }
  return frame;
}

}  // namespace cs::test
