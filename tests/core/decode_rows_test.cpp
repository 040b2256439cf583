// The decoder tells a listener about an upright JPEG's rows as they are decoded (the still path searches
// them for faces on the second core meanwhile). A reported row must already be final, the buffer must be
// the one the photo keeps, and photos whose rows do not land in place are not reported at all.
#include <gtest/gtest.h>

#include <fstream>

#include "image/photo_rows.h"
#include "support/test_support.h"

namespace cs {
namespace {

std::vector<std::uint8_t> readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// Keeps a copy of every row as it is reported, to compare with the finished photo.
class RecordingListener : public DecodeRowListener {
 public:
  void decodeStarted(const Image& image) override {
    ++starts;
    buffer = image.rgb.data();
    width = image.width;
    rows.assign(static_cast<std::size_t>(image.height), {});
  }
  void decodeAbandoned() override { ++abandoned; }
  void rowsDecoded(int n) override {
    EXPECT_GT(n, reported) << "rows only ever grow";
    for (int y = reported; y < n; ++y) rows[y].assign(buffer + y * width * 3, buffer + (y + 1) * width * 3);
    reported = n;
  }

  int starts = 0;
  int abandoned = 0;
  int reported = 0;
  const std::uint8_t* buffer = nullptr;
  int width = 0;
  std::vector<std::vector<std::uint8_t>> rows;
};

TEST(DecodeRows, AnUprightJpegReportsItsRowsAsTheyBecomeFinal) {
  const auto bytes = readAll(test::fixture("london-002-pass.jpg"));
  RecordingListener listener;
  auto photo = decodePhoto(bytes, LoadOptions{400}, listener);
  ASSERT_TRUE(photo.ok()) << photo.error().message;
  EXPECT_EQ(listener.starts, 1);
  EXPECT_EQ(listener.buffer, photo->image.rgb.data()) << "the rows went into the photo's own buffer";
  EXPECT_GT(listener.reported, photo->image.height / 2);
  EXPECT_LE(listener.reported, photo->image.height);
  for (int y = 0; y < listener.reported; ++y) {
    const std::uint8_t* row = photo->image.row(y);
    ASSERT_TRUE(std::equal(listener.rows[y].begin(), listener.rows[y].end(), row)) << "row " << y << " changed after it was reported";
  }
  // The same pixels as a decode nobody listens to.
  auto plain = decodePhoto(bytes, LoadOptions{400});
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->image.rgb, photo->image.rgb);
}

TEST(DecodeRows, PngsAndTurnedJpegsAreNotReported) {
  RecordingListener png;
  ASSERT_TRUE(decodePhoto(readAll(test::fixture("coffee-no-face.png")), LoadOptions{}, png).ok());
  EXPECT_EQ(png.starts, 0);
  // A JPEG carrying EXIF orientation 6: its stored rows are the upright photo's columns.
  auto jpeg = readAll(test::fixture("london-002-pass.jpg"));
  const std::vector<std::uint8_t> app1{0xFF, 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0, 'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0,
                                       0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0};
  jpeg.insert(jpeg.begin() + 2, app1.begin(), app1.end());
  RecordingListener turned;
  auto photo = decodePhoto(jpeg, LoadOptions{}, turned);
  ASSERT_TRUE(photo.ok()) << photo.error().message;
  EXPECT_EQ(photo->source.exifOrientation, 6);
  EXPECT_EQ(turned.starts, 0);
}

TEST(DecodeRows, ADamagedJpegIsAnErrorEvenAfterRowsWereReported) {
  auto bytes = readAll(test::fixture("london-002-pass.jpg"));
  bytes.resize(bytes.size() * 2 / 3);  // cut off mid-scan
  RecordingListener listener;
  auto photo = decodePhoto(bytes, LoadOptions{}, listener);
  ASSERT_FALSE(photo.ok());
  EXPECT_EQ(photo.error().code, ErrorCode::CorruptImage);
  EXPECT_NE(photo.error().message.find("damaged or truncated"), std::string::npos) << photo.error().message;
  // Told before the half-decoded image is released, so a search reading its rows can stop first.
  EXPECT_EQ(listener.abandoned, 1);
}

}  // namespace
}  // namespace cs
