// The landmarks come from PackedShapePredictor, dlib's 68-point model laid out for this platform's memory.
// It must give exactly what dlib's own shape_predictor gives on the same model: the same 68 points, to the
// pixel, for every face and every box (centred, shifted, too small, reaching off the photo). And a damaged
// model file must be refused with a message that names the file and says what to do.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cs/core/photo_loader.h"
#include "detector_fixture.h"
#include "face/face_detector.h"
#include "image/cv_bridge.h"
#include "support/test_support.h"

namespace cs {
namespace {

FaceDetector& detector() { return test::sharedDetector(); }

// The box as found, and moved and resized the ways a tracked box drifts, one of them past the photo's edge.
std::vector<RectF> boxesAround(const RectF& box) {
  const double w = box.width, h = box.height;
  return {box,
          {box.x + 0.1 * w, box.y - 0.1 * h, w, h},
          {box.x - 0.15 * w, box.y + 0.05 * h, 1.2 * w, 1.2 * h},
          {box.x + 0.2 * w, box.y + 0.2 * h, 0.6 * w, 0.6 * h},
          {-0.5 * w, -0.5 * h, w, h}};
}

// Returns how many boxes were compared, so the caller can check the photo had a face at all.
int expectSameAsDlib(const std::string& path) {
  auto photo = loadPhoto(path, LoadOptions{1000});
  EXPECT_TRUE(photo.ok()) << path;
  if (!photo.ok()) return 0;
  const cv::Mat rgb = asMat(photo->image);
  int compared = 0;
  for (const Detection& d : detector().detect(rgb, 0.5)) {
    for (const RectF& box : boxesAround(d.box)) {
      const Landmarks packed = detector().landmarks(rgb, box), dlib = detector().referenceLandmarks(rgb, box);
      for (std::size_t k = 0; k < packed.size(); ++k) {
        EXPECT_EQ(packed[k].x, dlib[k].x) << path << " point " << k << " box x " << box.x;
        EXPECT_EQ(packed[k].y, dlib[k].y) << path << " point " << k << " box x " << box.x;
      }
      ++compared;
    }
  }
  return compared;
}

TEST(PackedShapePredictor, GivesDlibsLandmarksOnTheProjectsPhotos) {
  for (const char* name : {"london-002-pass.jpg", "london-012-teeth.jpg", "derived-v04-side-light.jpg",
                           "derived-v07-lilac.jpg"}) {
    EXPECT_GT(expectSameAsDlib(test::fixture(name)), 0) << name;
  }
}

TEST(PackedShapePredictor, GivesDlibsLandmarksOnEverySharedFacePhoto) {
  CS_REQUIRE_SHARED_DATA();
  int compared = 0;
  for (const auto& entry : std::filesystem::directory_iterator(test::sharedPhoto("faces/images"))) {
    compared += expectSameAsDlib(entry.path().string());
  }
  EXPECT_GT(compared, 100);
}

TEST(PackedShapePredictor, ATruncatedModelIsAClearError) {
  const test::TempDir dir;
  const std::string path = (dir.path / "shape_predictor_68_face_landmarks.dat").string();
  {
    std::ifstream in("/usr/share/dlib/shape_predictor_68_face_landmarks.dat", std::ios::binary);
    std::string head(1 << 20, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    std::ofstream(path, std::ios::binary).write(head.data(), in.gcount());
  }
  const auto created = FaceDetector::create(path);
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.error().code, ErrorCode::ModelMissing);
  EXPECT_NE(created.error().message.find(path), std::string::npos) << created.error().message;
  EXPECT_NE(created.error().message.find("reinstall libdlib-data"), std::string::npos) << created.error().message;
}

}  // namespace
}  // namespace cs
