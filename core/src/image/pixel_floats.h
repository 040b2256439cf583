#pragma once
// Picked pixels of an 8-bit RGB row as floats: the first step of every resampling in the face search (the
// search image and each pyramid level), where each output pixel weighs the input pixels to its left and
// right. One four-byte load and one conversion of four lanes per pixel, instead of a load and a conversion
// per byte: the same floats (a byte converts exactly), in a third of the instructions.
#include <cstdint>

namespace cs {

// out[3k + c] = row[3 * pixels[k] + c] for k in [0, count) and c in 0..2. `row` holds `rowPixels` pixels;
// every index is below that.
void rgbPixelsAsFloats(const std::uint8_t* row, int rowPixels, const int* pixels, int count, float* out);

}  // namespace cs
