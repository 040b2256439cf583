// The resampling of the face search picks input pixels as floats four bytes at a time: every pick must be
// the pixel's own three bytes, up to the row's last pixel (whose fourth byte is not read), in any order.
#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "image/pixel_floats.h"

namespace cs {
namespace {

TEST(PixelFloats, PicksEachPixelsThreeBytesUpToTheRowsLastPixel) {
  std::mt19937 random(5);
  for (const int rowPixels : {1, 2, 3, 17, 640}) {
    // Exactly the row's bytes: reading one past the end would be caught by AddressSanitizer in CI.
    std::vector<std::uint8_t> row(static_cast<std::size_t>(3 * rowPixels));
    for (auto& b : row) b = static_cast<std::uint8_t>(random());
    std::uniform_int_distribution<int> anyPixel(0, rowPixels - 1);
    for (const int count : {0, 1, 2, 5, 64}) {
      std::vector<int> pixels(static_cast<std::size_t>(count));
      for (int& p : pixels) p = anyPixel(random);
      if (count > 0) pixels.back() = rowPixels - 1;  // the last pixel, last
      if (count > 2) pixels[count / 2] = rowPixels - 1;  // and in the middle
      std::vector<float> out(static_cast<std::size_t>(3 * count), -1.0f);
      rgbPixelsAsFloats(row.data(), rowPixels, pixels.data(), count, out.data());
      for (int k = 0; k < count; ++k) {
        for (int c = 0; c < 3; ++c) {
          ASSERT_EQ(out[3 * k + c], static_cast<float>(row[3 * pixels[k] + c]))
              << rowPixels << " pixels, pick " << k << " of " << count << ", channel " << c;
        }
      }
    }
  }
}

}  // namespace
}  // namespace cs
