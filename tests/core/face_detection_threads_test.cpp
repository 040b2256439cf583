// The face search split over two threads (by pyramid level) must find exactly what dlib's own
// single-threaded detector finds: the same faces with the same scores, boxes within a pixel (the worker's
// boxes are rounded once more on their way up the pyramid).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "cs/core/photo_loader.h"
#include "face/face_detector.h"
#include "image/cv_bridge.h"
#include "image/fast_resize.h"
#include "detector_fixture.h"
#include "support/test_support.h"

namespace cs {
namespace {

FaceDetector& detector() { return test::sharedDetector(); }

// Compares the two searches on `path` at the given long sides (the face search uses 512 px, and 1280 px
// when nothing is found). Returns the number of faces found, so a caller can check they were not all empty.
int expectSameFaces(const std::string& path, std::initializer_list<int> longSides) {
  auto photo = loadPhoto(path, LoadOptions{1000});
  EXPECT_TRUE(photo.ok()) << path;
  if (!photo.ok()) return 0;
  const cv::Mat rgb = asMat(photo->image);
  int faces = 0;
  for (int longSide : longSides) {
    const cv::Mat work = scaledFast(rgb, std::min(2.0, static_cast<double>(longSide) / std::max(rgb.cols, rgb.rows)));
    const auto one = detector().detect(work, DetectionThreads::One);
    const auto two = detector().detect(work, DetectionThreads::Two);
    EXPECT_EQ(one.size(), two.size()) << path << " at " << longSide << " px";
    for (std::size_t i = 0; i < std::min(one.size(), two.size()); ++i) {
      EXPECT_NEAR(one[i].confidence, two[i].confidence, 1e-6) << path;
      EXPECT_NEAR(one[i].box.x, two[i].box.x, 1.0) << path;
      EXPECT_NEAR(one[i].box.y, two[i].box.y, 1.0) << path;
      EXPECT_NEAR(one[i].box.right(), two[i].box.right(), 1.0) << path;
      EXPECT_NEAR(one[i].box.bottom(), two[i].box.bottom(), 1.0) << path;
    }
    faces += static_cast<int>(one.size());
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

TEST(FaceDetectionThreads, TwoThreadsFindWhatOneFindsOnTheFixtures) {
  int faces = 0;
  for (const auto& path : photosUnder(test::fixture(""))) faces += expectSameFaces(path, {512, 1280});
  EXPECT_GT(faces, 0);
}

TEST(FaceDetectionThreads, TwoThreadsFindWhatOneFindsOnEverySharedPhoto) {
  CS_REQUIRE_SHARED_DATA();
  int faces = 0;
  for (const auto& path : photosUnder(test::sharedPhoto(""))) faces += expectSameFaces(path, {512});
  EXPECT_GT(faces, 60);  // group photos included: the lower pyramid levels are exercised too
}

}  // namespace
}  // namespace cs
