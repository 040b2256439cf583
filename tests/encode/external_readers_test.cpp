// The encoder's files as other programs read them: the project's independent checker
// (../shared/tools/verify_photo.py), ImageMagick and exiftool. Each test skips with a reason when a tool or
// the shared folder is missing.
#include <gtest/gtest.h>

#include <sstream>

#include "cs/core/jpeg_encoder.h"
#include "cs/core/version.h"
#include "encode/exif_block.h"
#include "encode_inputs.h"
#include "support/run_command.h"
#include "support/test_support.h"
#include "test_paths.h"

namespace cs {
namespace {

constexpr std::time_t kCaptureTime = 1781770205;

// Writes encoded portraits (the first three shared photos, or a synthetic image) into `dir`.
std::vector<std::pair<std::string, EncodedJpeg>> writeSamples(const test::TempDir& dir) {
  std::vector<Image> images;
  const auto paths = test::sharedPortraitPaths();
  for (std::size_t i = 0; i < paths.size() && i < 3; ++i) images.push_back(test::portraitAt(paths[i]));
  if (images.empty()) images.push_back(test::texturedImage());
  std::vector<std::pair<std::string, EncodedJpeg>> written;
  for (std::size_t i = 0; i < images.size(); ++i) {
    auto out = encodeCertificateJpeg(images[i], {kCaptureTime, kSoftwareName}, SpecProfile{});
    if (!out.ok()) { ADD_FAILURE() << out.error().message; continue; }
    const std::string path = (dir.path / ("photo" + std::to_string(i) + ".jpg")).string();
    const auto status = writeFileAtomically(path, out->bytes);
    if (!status.ok()) { ADD_FAILURE() << status.error().message; continue; }
    written.emplace_back(path, std::move(*out));
  }
  return written;
}

TEST(ExternalReaders, IndependentCheckerPassesEveryFile) {
  const std::string checker = std::string(CS_SHARED_DIR) + "/tools/verify_photo.py";
  if (!std::filesystem::exists(checker)) GTEST_SKIP() << checker << " is not beside this clone";
  if (!test::toolOnPath("python3")) GTEST_SKIP() << "python3 is not installed";
  test::TempDir dir;
  for (const auto& [path, out] : writeSamples(dir)) {
    const auto result = test::runCommand("python3 " + test::shellQuoted(checker) + " " + test::shellQuoted(path));
    EXPECT_EQ(result.exitCode, 0) << result.text;
  }
}

TEST(ExternalReaders, ImageMagickReadsSizeDensityColourAndQuality) {
  if (!test::toolOnPath("identify")) GTEST_SKIP() << "ImageMagick's identify is not installed";
  test::TempDir dir;
  for (const auto& [path, out] : writeSamples(dir)) {
    const auto result =
        test::runCommand("identify -format '%w %h %x %y %U %[colorspace] %Q' " + test::shellQuoted(path));
    ASSERT_EQ(result.exitCode, 0) << result.text;
    EXPECT_EQ(result.text, "480 640 300 300 PixelsPerInch sRGB " + std::to_string(out.quality));
  }
}

TEST(ExternalReaders, ExiftoolReadsResolutionSoftwareTimeAndColourSpace) {
  if (!test::toolOnPath("exiftool")) GTEST_SKIP() << "exiftool is not installed";
  test::TempDir dir;
  for (const auto& [path, out] : writeSamples(dir)) {
    const auto result = test::runCommand(
        "exiftool -s -s -s -XResolution -ResolutionUnit -Software -DateTimeOriginal -ColorSpace "
        "-ExifImageWidth -ExifImageHeight " + test::shellQuoted(path));
    ASSERT_EQ(result.exitCode, 0) << result.text;
    const std::string expected = "300\ninches\n" + std::string(kSoftwareName) + "\n" + encode::exifDateTime(kCaptureTime) +
                                 "\nsRGB\n480\n640\n";
    EXPECT_EQ(result.text, expected);
  }
}

TEST(ExternalReaders, NoPersonalDataOrThumbnailInTheFile) {
  if (!test::toolOnPath("exiftool")) GTEST_SKIP() << "exiftool is not installed";
  test::TempDir dir;
  for (const auto& [path, out] : writeSamples(dir)) {
    const auto result = test::runCommand("exiftool -s -G1 -a " + test::shellQuoted(path));
    ASSERT_EQ(result.exitCode, 0) << result.text;
    for (const char* tag : {"Thumbnail", "GPS", "Artist", "Owner", "SerialNumber", "UserComment", "ImageDescription"})
      EXPECT_EQ(result.text.find(tag), std::string::npos) << tag << " found in:\n" << result.text;
  }
}

}  // namespace
}  // namespace cs
