// The quarter-size sample that chooses where the size search starts: it must weigh the whole photo's file
// to within a few per cent, so the search's first encode is the answer or next to it (F5, F6).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "encode/exif_block.h"
#include "encode/jpeg_compress.h"
#include "encode/size_estimate.h"
#include "encode_inputs.h"
#include "support/test_support.h"

namespace cs {
namespace {

constexpr int kQuality = encode::kFirstGuessQuality;

std::vector<std::uint8_t> exifBlock() {
  return *encode::buildExifApp1({1781770205, "Capture Station test", 300, 480, 640});
}

// How far the estimate is from the real file at the same quality, as a share of the real size.
double estimateError(const Image& image) {
  const auto exif = exifBlock();
  const auto estimate = encode::estimateFileSize(image, kQuality, 4 + exif.size());
  const auto real = encode::compressBaselineJpeg(image, {kQuality, 300, exif, false});
  if (!estimate || !real.ok()) return 1.0;
  return std::abs(estimate->bytes - static_cast<double>(real->size())) / static_cast<double>(real->size());
}

TEST(SizeEstimate, WeighsASyntheticPortraitToWithinAFewPerCent) {
  EXPECT_LT(estimateError(test::texturedImage()), 0.06);
}

TEST(SizeEstimate, WeighsRealPortraitsToWithinAFewPerCent) {
  CS_REQUIRE_SHARED_DATA();
  double worst = 0;
  for (const auto& path : test::sharedPortraitPaths()) {
    SCOPED_TRACE(path);
    const double error = estimateError(test::portraitAt(path));
    EXPECT_LT(error, 0.08) << "a quarter of the rows should weigh a quarter of the file";
    worst = std::max(worst, error);
  }
  std::printf("  worst estimate off by %.1f %%\n", 100 * worst);
}

TEST(SizeEstimate, StartsTheSearchInsideTheQualityWindow) {
  const encode::SizeWindow window{};
  for (const Image& image : {test::smoothImage(), test::noiseImage(), test::texturedImage()}) {
    const int first = encode::firstQualityToTry(image, window, 0).quality;
    EXPECT_GE(first, window.minQuality);
    EXPECT_LE(first, window.maxQuality);
  }
  EXPECT_EQ(encode::firstQualityToTry(test::smoothImage(), window, 0).quality, window.maxQuality)
      << "a flat photo is far under 40 KB even at the top quality";
  EXPECT_EQ(encode::firstQualityToTry(test::noiseImage(), window, 0).quality, window.minQuality)
      << "noise is far over 40 KB even at the lowest quality";
}

TEST(SizeEstimate, APhotoTooShortToSampleStartsAtTheUsualQuality) {
  const Image strip = test::texturedImage(480, 100);  // six 16-row strips: too few to take one in four
  EXPECT_FALSE(encode::estimateFileSize(strip, kQuality, 0).has_value());
  EXPECT_EQ(encode::firstQualityToTry(strip, encode::SizeWindow{}, 0).quality, encode::kFirstGuessQuality);
}

}  // namespace
}  // namespace cs
