// The face search works a band of rows at a time on two threads (IncrementalFaceSearch) so that a JPEG can
// be searched while it is decoded. It must find exactly what dlib's own single-threaded detector finds on
// the same search image: the same faces, the same scores, the same boxes, to the last bit. And however the
// rows arrive (all at once, one at a time, in uneven chunks) the result must not change.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "cs/core/photo_loader.h"
#include "face/face_detector.h"
#include "face/incremental_search.h"
#include "image/cv_bridge.h"
#include "image/fast_resize.h"
#include "image/row_resize.h"
#include "detector_fixture.h"
#include "support/test_support.h"

namespace cs {
namespace {

FaceDetector& detector() { return test::sharedDetector(); }

double scaleFor(const cv::Mat& rgb, int longSide) {
  return std::min(2.0, static_cast<double>(longSide) / std::max(rgb.cols, rgb.rows));
}

// The image the search looks at: `rgb` scaled as the search scales it.
cv::Mat searchImage(const cv::Mat& rgb, double scale) {
  ShrinkRows shrink(rgb.size(), scale);
  cv::Mat out(shrink.outSize(), CV_8UC3);
  shrink.compute(rgb, out, 0, out.rows);
  return out;
}

void expectIdentical(const std::vector<Detection>& expected, const std::vector<Detection>& actual, double scale,
                     const std::string& what) {
  ASSERT_EQ(expected.size(), actual.size()) << what;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(expected[i].confidence, actual[i].confidence) << what << " face " << i;
    // Boxes are whole pixels of the search image; `actual`'s were divided by the scale on the way out.
    EXPECT_NEAR(expected[i].box.x, actual[i].box.x * scale, 1e-9) << what << " face " << i;
    EXPECT_NEAR(expected[i].box.y, actual[i].box.y * scale, 1e-9) << what << " face " << i;
    EXPECT_NEAR(expected[i].box.width, actual[i].box.width * scale, 1e-9) << what << " face " << i;
    EXPECT_NEAR(expected[i].box.height, actual[i].box.height * scale, 1e-9) << what << " face " << i;
  }
}

// The search fed `rgb`'s rows `chunk` at a time, as a decoder would.
std::vector<Detection> searchInChunks(const cv::Mat& rgb, double scale, int chunk) {
  auto search = detector().startSearch(rgb, scale);
  for (int rows = chunk; rows < rgb.rows; rows += chunk) search->rowsReady(rows);
  return search->finish();
}

// Compares the banded search with dlib's own on `path` at the given long sides (512 is the first pass,
// 1280 the second). Returns the number of faces found, so a caller can check they were not all empty.
int expectSameAsDlib(const std::string& path, std::initializer_list<int> longSides) {
  auto photo = loadPhoto(path, LoadOptions{1000});
  EXPECT_TRUE(photo.ok()) << path;
  if (!photo.ok()) return 0;
  const cv::Mat rgb = asMat(photo->image);
  int faces = 0;
  for (int longSide : longSides) {
    const double scale = scaleFor(rgb, longSide);
    const auto reference = detector().referenceDetect(searchImage(rgb, scale));
    expectIdentical(reference, detector().detect(rgb, scale), scale, path + " at " + std::to_string(longSide));
    faces += static_cast<int>(reference.size());
  }
  return faces;
}

std::vector<std::string> photosUnder(const std::string& folder) {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    const auto ext = entry.path().extension().string();
    if (ext == ".jpg" || ext == ".jpeg" || ext == ".png" || ext == ".JPG") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

TEST(FaceSearchBands, FindsExactlyWhatDlibFindsOnTheFixtures) {
  int faces = 0;
  for (const auto& path : photosUnder(test::fixture(""))) faces += expectSameAsDlib(path, {512, 1280});
  EXPECT_GT(faces, 0);
}

TEST(FaceSearchBands, FindsExactlyWhatDlibFindsOnEverySharedPhoto) {
  CS_REQUIRE_SHARED_DATA();
  int faces = 0;
  for (const auto& path : photosUnder(test::sharedPhoto(""))) faces += expectSameAsDlib(path, {512});
  EXPECT_GT(faces, 60);  // group photos included: every pyramid level is exercised
}

TEST(FaceSearchBands, RowsArrivingInAnyChunksChangeNothing) {
  for (const char* name : {"london-002-pass.jpg", "derived-v04-side-light.jpg", "coffee-no-face.png"}) {
    auto photo = loadPhoto(test::fixture(name), LoadOptions{1000});
    ASSERT_TRUE(photo.ok()) << name;
    const cv::Mat rgb = asMat(photo->image);
    const double scale = scaleFor(rgb, 512);
    const auto whole = detector().detect(rgb, scale);
    for (int chunk : {1, 7, 16, 100}) {
      expectIdentical(whole, searchInChunks(rgb, scale, chunk), 1.0, std::string(name) + " in chunks of " +
                                                                         std::to_string(chunk));
    }
  }
}

TEST(FaceSearchBands, ASearchAbandonedHalfwayStopsCleanly) {
  // A JPEG that turns out damaged halfway: its search is dropped without finish(), and must neither hang
  // nor touch the image after it is gone.
  auto photo = loadPhoto(test::fixture("london-002-pass.jpg"), LoadOptions{1000});
  ASSERT_TRUE(photo.ok());
  for (int rows : {0, 1, photo->image.height / 2}) {
    auto search = detector().startSearch(asMat(photo->image), 0.5);
    if (rows > 0) search->rowsReady(rows);
    search.reset();
  }
  SUCCEED();
}

TEST(ShrinkRowsTest, BandsMakeTheSameImageAsOnePassAndMatchOpenCvClosely) {
  auto photo = loadPhoto(test::fixture("london-002-pass.jpg"));
  ASSERT_TRUE(photo.ok());
  const cv::Mat rgb = asMat(photo->image);
  for (double scale : {0.512, 0.3, 0.12, 1.5}) {
    const cv::Mat once = searchImage(rgb, scale);
    ShrinkRows shrink(rgb.size(), scale);
    cv::Mat banded(shrink.outSize(), CV_8UC3, cv::Scalar::all(0));
    int done = 0;
    for (int input = 13; done < banded.rows; input = std::min(rgb.rows, input + 13)) {
      const int ready = shrink.rowsFrom(input);
      shrink.compute(rgb, banded, done, ready);
      done = ready;
    }
    EXPECT_EQ(cv::norm(once, banded, cv::NORM_INF), 0) << "scale " << scale;
    // The same reduction as scaledFast (OpenCV's area average then bilinear), give or take rounding.
    const cv::Mat opencv = scaledFast(rgb, scale);
    ASSERT_EQ(opencv.size(), once.size()) << "scale " << scale;
    EXPECT_LT(cv::norm(once, opencv, cv::NORM_L1) / (once.total() * 3), 1.0) << "scale " << scale;
  }
}

}  // namespace
}  // namespace cs
