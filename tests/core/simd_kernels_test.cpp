// The face search's per-pixel loops are built twice, for any x86-64 and for AVX2 (simd/simd_level.h), and
// must give dlib's bits either way: the HOG filters' responses against dlib's own separable filtering, and
// the FHOG votes of both builds against each other (the build this CPU runs is compared with dlib's whole
// detector in face_search_bands_test).
#include <gtest/gtest.h>

#include <dlib/array2d.h>
#include <dlib/image_transforms/spatial_filtering.h>
#include <dlib/matrix.h>

#include <random>
#include <vector>

#include "cs/core/photo_loader.h"
#include "face/fhog_votes.h"
#include "face/separable_filter.h"
#include "image/cv_bridge.h"
#include "support/test_support.h"

namespace cs {
namespace {

std::vector<SimdLevel> levelsThisCpuRuns() {
  std::vector<SimdLevel> levels{SimdLevel::Baseline};
  if (simdLevel() == SimdLevel::Avx2) levels.push_back(SimdLevel::Avx2);
  return levels;
}

const char* nameOf(SimdLevel level) { return level == SimdLevel::Avx2 ? "AVX2" : "baseline"; }

struct FilterCase {
  long rows, cols, taps;  // a plane and a square filter's side
};

TEST(SeparableFilter, GivesDlibsResponsesToTheBitOnEitherBuild) {
  std::mt19937 random(7);
  std::uniform_real_distribution<float> value(-1.0f, 1.0f);
  // The detector's filters are 10 taps; 7 and 11 leave a different remainder after the taps in threes, and
  // the widths leave 0 to 7 columns after the last eight.
  const FilterCase cases[] = {{40, 73, 10}, {19, 25, 10}, {33, 64, 7}, {12, 30, 11}, {10, 10, 10}, {25, 18, 10}};
  for (const FilterCase& c : cases) {
    dlib::array2d<float> plane(c.rows, c.cols), previous(c.rows, c.cols);
    for (long r = 0; r < c.rows; ++r) {
      for (long k = 0; k < c.cols; ++k) {
        plane[r][k] = value(random);
        previous[r][k] = value(random);
      }
    }
    dlib::matrix<float, 0, 1> rowFilter(c.taps), colFilter(c.taps);
    SeparableTerm term;
    for (long k = 0; k < c.taps; ++k) {
      rowFilter(k) = value(random);
      colFilter(k) = value(random);
      term.rowFilter.push_back(rowFilter(k));
      term.colFilter.push_back(colFilter(k));
    }
    for (const bool addTo : {false, true}) {
      dlib::array2d<float> expected, dlibScratch;
      if (addTo) dlib::assign_image(expected, previous);
      const dlib::rectangle area =
          dlib::float_spatially_filter_image_separable(plane, expected, rowFilter, colFilter, dlibScratch, addTo);
      for (const SimdLevel level : levelsThisCpuRuns()) {
        std::vector<float> out(c.rows * c.cols), scratch(c.rows * c.cols);
        for (long r = 0; r < c.rows; ++r) std::copy_n(&previous[r][0], c.cols, &out[r * c.cols]);
        filterSeparable(ConstFloatRows{&plane[0][0], c.cols}, c.rows, c.cols, term, FloatRows{scratch.data(), c.cols},
                        FloatRows{out.data(), c.cols}, addTo, level);
        const ResponseArea a = responseArea(c.rows, c.cols, c.taps, c.taps);
        ASSERT_EQ(area.top(), a.top);
        ASSERT_EQ(area.bottom() + 1, a.bottom);
        ASSERT_EQ(area.left(), a.left);
        ASSERT_EQ(area.right() + 1, a.right);
        long differing = 0;
        for (long r = a.top; r < a.bottom; ++r) {
          for (long k = a.left; k < a.right; ++k) differing += out[r * c.cols + k] != expected[r][k];
        }
        EXPECT_EQ(differing, 0) << nameOf(level) << ", " << c.rows << "x" << c.cols << ", " << c.taps
                                << " taps, addTo " << addTo;
      }
    }
  }
}

// The face search keeps a band's last row-pass rows for the next band of the same filter: a filter whose first
// rows come from there must give the same bits as one that filtered every row itself.
TEST(SeparableFilter, RowsKeptFromTheBandAboveGiveTheSameResponses) {
  std::mt19937 random(11);
  std::uniform_real_distribution<float> value(-1.0f, 1.0f);
  const long rows = 23, cols = 37, taps = 10, kept = taps - 1;
  std::vector<float> plane(rows * cols);
  for (float& v : plane) v = value(random);
  SeparableTerm term;
  for (long k = 0; k < taps; ++k) {
    term.rowFilter.push_back(value(random));
    term.colFilter.push_back(value(random));
  }
  for (const SimdLevel level : levelsThisCpuRuns()) {
    std::vector<float> scratch(rows * cols), out(rows * cols, 0.0f);
    filterSeparable(ConstFloatRows{plane.data(), cols}, rows, cols, term, FloatRows{scratch.data(), cols},
                    FloatRows{out.data(), cols}, false, level);
    // A fresh scratch holding only the first `kept` rows of the row pass, the rest garbage.
    std::vector<float> carried(rows * cols, 12345.0f), outCarried(rows * cols, 0.0f);
    std::copy_n(scratch.begin(), kept * cols, carried.begin());
    filterSeparable(ConstFloatRows{plane.data(), cols}, rows, cols, term, FloatRows{carried.data(), cols},
                    FloatRows{outCarried.data(), cols}, false, level, kept);
    EXPECT_EQ(out, outCarried) << nameOf(level);
  }
}

// All the votes of an image's rows, as FhogRows casts them (rows 1 .. height - 2), into one histogram.
std::vector<float> allVotes(const cv::Mat& rgb, SimdLevel level) {
  const int cellsC = static_cast<int>(rgb.cols / 8.0f + 0.5f), cellsR = static_cast<int>(rgb.rows / 8.0f + 0.5f);
  const int visibleC = std::min(cellsC * 8, rgb.cols) - 1, visibleR = std::min(cellsR * 8, rgb.rows) - 1;
  const std::size_t rowFloats = static_cast<std::size_t>(cellsC + 2) * 18;
  std::vector<float> hist(rowFloats * (cellsR + 2), 0.0f);
  FhogVotes votes(rgb.cols, visibleC, level);
  for (int y = 1; y < visibleR; ++y) {
    const float yp = (static_cast<float>(y) + 0.5) / 8.0f - 0.5;
    const int iyp = static_cast<int>(std::floor(yp));
    const float vy0 = yp - iyp;
    votes.voteRow(rgb, y, &hist[(iyp + 1) * rowFloats], &hist[(iyp + 2) * rowFloats], 1.0f - vy0, vy0);
  }
  return hist;
}

TEST(FhogVotes, BothBuildsCastTheSameVotes) {
  if (simdLevel() != SimdLevel::Avx2) GTEST_SKIP() << "this CPU has no AVX2: only the baseline build runs here";
  const auto photo = loadPhoto(test::fixture("london-002-pass.jpg"), LoadOptions{700});
  ASSERT_TRUE(photo.ok());
  const cv::Mat rgb = asMat(photo->image);
  // The full width and widths that leave every remainder after the last eight columns.
  for (int width = rgb.cols - 8; width <= rgb.cols; ++width) {
    const cv::Mat part = rgb(cv::Rect(0, 0, width, rgb.rows)).clone();
    EXPECT_EQ(allVotes(part, SimdLevel::Baseline), allVotes(part, SimdLevel::Avx2)) << "width " << width;
  }
}

}  // namespace
}  // namespace cs
