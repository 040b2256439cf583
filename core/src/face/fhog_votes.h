#pragma once
// The votes of one pixel row into FHOG's cell histograms: the gradient of each pixel (of the colour
// channel where it is strongest), its orientation (the nearest of 18 directions) and its magnitude shared
// among the four nearest cells. This is dlib's impl_extract_fhog_features (fhog.h) for an RGB image, row
// by row: eight columns at a time and then the rest one by one, each in dlib's arithmetic (the two parts
// differ in small ways, for instance which channel wins a tie, and both are kept), so the histograms are
// the same bits as dlib's. Eight columns are one AVX2 instruction where the CPU has it, two SSE ones
// where not (simd/simd_level.h).
#include <cstdint>
#include <vector>

#include <opencv2/core.hpp>

#include "simd/simd_level.h"

namespace cs {

class FhogVotes {
 public:
  static constexpr int kCell = 8;   // pixels per cell side: dlib's frontal face detector's
  static constexpr int kBins = 18;  // contrast-sensitive orientations per cell

  // For an 8-bit RGB image `width` pixels wide whose columns [1, visibleCols) vote, into histograms of
  // cells 8 pixels wide with one cell of padding on each side (18 bins per cell). `simd` is for tests.
  FhogVotes(int width, int visibleCols, SimdLevel simd = simdLevel());

  // Votes pixel row y of `rgb` (it reads rows y - 1 to y + 1) into the histogram rows its cells fall in:
  // `upper` is the histogram row of the cells above the pixel's centre, `lower` the one below. `vyUpper`
  // and `vyLower` are the pixel row's shares of the two (dlib's vy1 and vy0).
  void voteRow(const cv::Mat& rgb, int y, float* upper, float* lower, float vyUpper, float vyLower);

 private:
  const float* planar(const cv::Mat& rgb, int row);  // the row's red, green and blue planes, one after another

  int width_, visibleCols_;
  int blocksEnd_;                   // columns [1, blocksEnd_) vote eight at a time, the rest one by one
  std::vector<std::int32_t> bin_;   // by column: where its left cell's bin 0 is in a histogram row
  std::vector<float> toLeft_;       // by column: the share of its left cell (dlib's vx1)
  std::vector<float> toRight_;      // by column: the share of its right cell (dlib's vx0)
  std::vector<float> planes_[3];    // the last three rows read, as floats, one plane per channel
  int planesRow_[3] = {-1, -1, -1};
  SimdLevel simd_;
};

}  // namespace cs
