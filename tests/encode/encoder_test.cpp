// encodeCertificateJpeg on real portraits and on the two extremes (flat, noise): the highest quality that
// fits 20-40 KB (F5, F6), found in a few encodes, and an honest report when nothing fits.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "cs/core/jpeg_encoder.h"
#include "encode/exif_block.h"
#include "encode/jpeg_compress.h"
#include "encode_inputs.h"
#include "support/test_support.h"

namespace cs {
namespace {

EncodeRequest request() { return {1781770205, "Capture Station test"}; }

// The size of the same encode (same EXIF block, same Huffman table choice) at another quality.
std::size_t sizeAtQuality(const Image& image, int quality, const SpecProfile& profile, bool fittedTables = false) {
  const auto exif = encode::buildExifApp1({request().captureTime, request().software, profile.dpi, 480, 640});
  const auto bytes = encode::compressBaselineJpeg(image, {quality, profile.dpi, *exif, fittedTables});
  return bytes.ok() ? bytes->size() : 0;
}

// A smooth image with uniform noise of +-amplitude on every channel: denser as the amplitude grows.
Image noisyImage(int amplitude) {
  Image image = test::smoothImage();
  unsigned state = 12345;
  for (auto& v : image.rgb) {
    state = state * 1103515245u + 12345u;
    const int noise = static_cast<int>((state >> 16) % (2 * amplitude + 1)) - amplitude;
    v = static_cast<std::uint8_t>(std::clamp(v + noise, 0, 255));
  }
  return image;
}

// The property every result must have: within [minQuality, maxQuality], in the window when it says so, and
// the highest such quality (one step up would be over maxBytes).
void expectHighestFittingQuality(const Image& image, const EncodedJpeg& out, const SpecProfile& p) {
  ASSERT_GE(out.quality, p.minQuality);
  ASSERT_LE(out.quality, p.maxQuality);
  const bool fitted = out.fittedHuffmanTables;
  EXPECT_EQ(out.bytes.size(), sizeAtQuality(image, out.quality, p, fitted)) << "result is not a plain encode at its quality";
  if (out.sizeInRange) {
    EXPECT_GE(out.bytes.size(), static_cast<std::size_t>(p.minBytes));
    EXPECT_LE(out.bytes.size(), static_cast<std::size_t>(p.maxBytes));
  }
  if (out.quality < p.maxQuality && out.bytes.size() <= static_cast<std::size_t>(p.maxBytes)) {
    EXPECT_GT(sizeAtQuality(image, out.quality + 1, p, fitted), static_cast<std::size_t>(p.maxBytes))
        << "quality " << out.quality + 1 << " would also have fitted";
  }
}

TEST(CertificateEncoder, RejectsAnImageThatIsNot480x640) {
  const auto result = encodeCertificateJpeg(test::smoothImage(481, 640), request(), SpecProfile{});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument);
  EXPECT_NE(result.error().message.find("480x640"), std::string::npos) << result.error().message;
  EXPECT_NE(result.error().message.find("481x640"), std::string::npos) << result.error().message;
}

TEST(CertificateEncoder, RealPortraitsGetTheHighestQualityThatFits) {
  CS_REQUIRE_SHARED_DATA();
  const SpecProfile profile;
  const auto paths = test::sharedPortraitPaths();
  ASSERT_FALSE(paths.empty());
  int encodes = 0, inRange = 0;
  double milliseconds = 0;
  for (const auto& path : paths) {
    SCOPED_TRACE(path);
    const Image image = test::portraitAt(path);
    ASSERT_FALSE(image.empty());
    const auto start = std::chrono::steady_clock::now();
    const auto out = encodeCertificateJpeg(image, request(), profile);
    milliseconds += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    ASSERT_TRUE(out.ok()) << out.error().message;
    expectHighestFittingQuality(image, *out, profile);
    EXPECT_LE(out->encodeCount, 4) << "the size search should need only a few encodes";
    EXPECT_EQ(out->sampleEncodes, 1);
    encodes += out->encodeCount;
    inRange += out->sizeInRange ? 1 : 0;
    std::printf("  %-24s q%-3d %6zu B  %d encodes%s\n", test::shortName(path).c_str(), out->quality,
                out->bytes.size(), out->encodeCount, out->sizeInRange ? "" : "  (size out of range)");
  }
  const double n = static_cast<double>(paths.size());
  std::printf("  %zu photos: %.2f encodes per photo, %.2f ms per photo, %d in the size window\n", paths.size(),
              encodes / n, milliseconds / n, inRange);
  EXPECT_LE(encodes / n, 2.6) << "after the quarter-size sample, the first encode should mostly be the answer";
  EXPECT_GE(inRange, static_cast<int>(paths.size()) - 2) << "nearly every studio portrait fits 20-40 KB";
}

TEST(CertificateEncoder, MidDetailImageFitsTheWindow) {
  const SpecProfile profile;
  const Image image = test::texturedImage();
  const auto out = encodeCertificateJpeg(image, request(), profile);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_TRUE(out->sizeInRange) << out->bytes.size() << " bytes at quality " << out->quality;
  expectHighestFittingQuality(image, *out, profile);
}

TEST(CertificateEncoder, FlatImageKeepsMaximumQualityAndIsNeverPadded) {
  const SpecProfile profile;
  const Image image = test::smoothImage();
  const auto out = encodeCertificateJpeg(image, request(), profile);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_EQ(out->quality, profile.maxQuality);
  EXPECT_FALSE(out->sizeInRange);
  EXPECT_LT(out->bytes.size(), static_cast<std::size_t>(profile.minBytes));
  ASSERT_GE(out->bytes.size(), 2u);
  EXPECT_EQ(out->bytes[out->bytes.size() - 2], 0xFF);  // ends at EOI: no padding after it
  EXPECT_EQ(out->bytes.back(), 0xD9);
}

TEST(CertificateEncoder, NoiseStopsAtQuality60AndSaysItIsTooBig) {
  const SpecProfile profile;
  const auto out = encodeCertificateJpeg(test::noiseImage(), request(), profile);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_EQ(out->quality, 60) << "never below the F5 minimum";
  EXPECT_FALSE(out->sizeInRange);
  EXPECT_GT(out->bytes.size(), static_cast<std::size_t>(profile.maxBytes));
  EXPECT_LE(out->encodeCount, 3);
}

TEST(CertificateEncoder, PortraitsUseTheStandardHuffmanTables) {
  const SpecProfile profile;
  const auto out = encodeCertificateJpeg(test::texturedImage(), request(), profile);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_FALSE(out->fittedHuffmanTables) << "the fast standard tables are enough for a photo that fits";
}

TEST(CertificateEncoder, DensePhotoThatFitsOnlyWithFittedTablesStillFits) {
  // F6: a photo just over 40 KB at quality 60 with the standard tables but under it with tables fitted to
  // it must fit, as it did when every encode used fitted tables.
  const SpecProfile profile;
  const std::size_t maxBytes = static_cast<std::size_t>(profile.maxBytes);
  const auto standardSize = [&](int amplitude) { return sizeAtQuality(noisyImage(amplitude), 60, profile); };
  int low = 1, high = 128;  // standard size: under maxBytes at `low`, over it at `high`
  ASSERT_LE(standardSize(low), maxBytes);
  ASSERT_GT(standardSize(high), maxBytes);
  while (high - low > 1) {
    const int mid = (low + high) / 2;
    (standardSize(mid) > maxBytes ? high : low) = mid;
  }
  const Image dense = noisyImage(high);  // the least noisy image the standard tables cannot fit
  ASSERT_LE(sizeAtQuality(dense, 60, profile, true), maxBytes) << "fitted tables should save a few per cent";
  const auto out = encodeCertificateJpeg(dense, request(), profile);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_TRUE(out->fittedHuffmanTables);
  EXPECT_LE(out->bytes.size(), maxBytes);
  EXPECT_GE(out->quality, 60);
  expectHighestFittingQuality(dense, *out, profile);
}

TEST(CertificateEncoder, OutputPassesItsOwnVerification) {
  const SpecProfile profile;
  const auto out = encodeCertificateJpeg(test::texturedImage(), request(), profile);
  ASSERT_TRUE(out.ok()) << out.error().message;
  for (const auto& check : verifyCertificateJpeg(out->bytes, "photo.jpg", profile))
    EXPECT_TRUE(check.ok) << check.id << ": " << check.detail;
}

}  // namespace
}  // namespace cs
