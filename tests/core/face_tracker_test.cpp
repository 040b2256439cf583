// The live tracker follows a face by its landmarks between whole-frame detections, and before each fit
// checks that the box still shows the face it detected (face_tracker.h). A sitter who shifts, leans in or
// nods is followed by landmarks alone, frame after frame, with no extra detection; a box that shows the
// empty backdrop, another scene or the candidate's shirt as they stand up is dropped at once.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>

#include "analysis/face_search.h"
#include "analysis/face_tracker.h"
#include "cs/core/image_ops.h"
#include "cs/core/photo_loader.h"
#include "face/face_detector.h"
#include "image/cv_bridge.h"
#include "detector_fixture.h"
#include "sitter_frame.h"
#include "support/test_support.h"

namespace cs {
namespace {

FaceDetector& detector() { return test::sharedDetector(); }

const Image& portrait() {
  static const Image loaded = [] {
    auto photo = loadPhoto(test::fixture("london-002-pass.jpg"), LoadOptions{1600});
    EXPECT_TRUE(photo.ok());
    return photo.ok() ? photo->image : Image();
  }();
  return loaded;
}

// The portrait as a sitter in a 1280x720 frame, left edge at x = 400 + dx (see sitter_frame.h).
Image sitterFrame(double height, double dx = 0, double dy = 0, const Image& p = portrait()) {
  return test::sitterFrame(p, height, 400 + dx, dy);
}

Image emptyBackdrop() { return sitterFrame(600, 2000); }  // the sitter entirely outside the frame

Image roomWithoutAFace() {
  auto coffee = loadPhoto(test::fixture("coffee-no-face.png"));
  EXPECT_TRUE(coffee.ok());
  return coffee.ok() ? resizedImage(coffee->image, 1280, 720) : Image(1280, 720);
}

// What happened over a run of frames fed through the tracker exactly as the live analyser does.
struct Run {
  int frames = 0;
  int detections = 0;        // whole-frame searches (scheduled, or after a drop)
  int drops = 0;             // tracked boxes found no longer to show the face
  int framesWithAFace = 0;
  double lowestSimilarity = 1;  // of a tracked box's look to the detected one, on frames kept
};

Run follow(int frames, const std::function<Image(int)>& frameAt) {
  FaceTracker tracker;
  Run run;
  cv::Mat detectedLook;
  for (int i = 0; i < frames; ++i, ++run.frames) {
    const Image image = frameAt(i);
    const cv::Mat rgb = asMat(image);
    std::optional<RectF> box = tracker.predictedBox();
    if (box) {
      const double similarity = lookSimilarity(detectedLook, rgb, *box);
      if (tracker.stillShowsFace(rgb, *box)) {
        run.lowestSimilarity = std::min(run.lowestSimilarity, similarity);
      } else {
        ++run.drops;
        box.reset();
      }
    }
    if (box) {
      tracker.tracked(measureSingleFace(detector(), rgb, *box));
      ++run.framesWithAFace;
      continue;
    }
    ++run.detections;
    const FaceSearch found = findFaces(detector(), rgb, AnalysisDepth::Live, tracker.detectionLongSide(1280));
    if (found.count() != 1) {
      tracker.missed();
      continue;
    }
    tracker.detected(rgb, found.boxes.front(), measureSingleFace(detector(), rgb, found.boxes.front()));
    detectedLook = facePatch(rgb, found.boxes.front());
    ++run.framesWithAFace;
  }
  return run;
}

// Frames 0, 7 and 14 of 20 (a detection, then six followed frames): the scheduled whole-frame searches,
// and not one more.
constexpr int kFrames = 20;
constexpr int kScheduledDetections = 3;

void expectFollowedByLandmarks(const Run& run) {
  EXPECT_EQ(run.framesWithAFace, run.frames) << "the face dropped out of the preview";
  EXPECT_EQ(run.drops, 0) << "lowest similarity kept: " << run.lowestSimilarity;
  EXPECT_EQ(run.detections, kScheduledDetections) << "a moving face must be followed, not searched for again";
}

TEST(FaceTracker, ASitterWhoShiftsAFewPixelsEachFrameIsFollowedByLandmarks) {
  // 3 px right and 1.5 px down per frame (90 px/s at 30 fps): settling into the chair.
  expectFollowedByLandmarks(follow(kFrames, [](int i) { return sitterFrame(600, 3.0 * i, 1.5 * i); }));
}

TEST(FaceTracker, ASitterWhoLeansInIsFollowedByLandmarks) {
  // 0.5 % larger per frame (10 % in two thirds of a second) while drifting left: leaning towards the camera.
  expectFollowedByLandmarks(follow(kFrames, [](int i) { return sitterFrame(600 * (1 + 0.005 * i), -2.0 * i); }));
}

TEST(FaceTracker, ASitterWhoNodsAndSwaysIsFollowedByLandmarks) {
  // Up and down by up to 8 px and side to side by up to 6 px, back and forth: nodding, restless.
  expectFollowedByLandmarks(follow(kFrames, [](int i) {
    return sitterFrame(600, 6 * std::sin(i * 0.9), 8 * std::sin(i * 1.3));
  }));
}

// The tracker after a detection in `present` and one followed frame, with the box for the next frame.
struct Following {
  FaceTracker tracker;
  RectF box;
};

void startFollowing(Following& f, const Image& present) {
  const cv::Mat rgb = asMat(present);
  const FaceSearch found = findFaces(detector(), rgb, AnalysisDepth::Live);
  ASSERT_EQ(found.count(), 1);
  f.tracker.detected(rgb, found.boxes.front(), measureSingleFace(detector(), rgb, found.boxes.front()));
  auto box = f.tracker.predictedBox();
  ASSERT_TRUE(box.has_value());
  ASSERT_TRUE(f.tracker.stillShowsFace(rgb, *box));
  f.tracker.tracked(measureSingleFace(detector(), rgb, *box));
  box = f.tracker.predictedBox();
  ASSERT_TRUE(box.has_value());
  f.box = *box;
}

void expectDroppedOn(const Image& gone, const char* what, const Image& present = sitterFrame(600)) {
  Following f;
  startFollowing(f, present);
  EXPECT_FALSE(f.tracker.stillShowsFace(asMat(gone), f.box)) << what;
  EXPECT_FALSE(f.tracker.predictedBox().has_value()) << what << ": the next frame must be searched whole";
}

TEST(FaceTracker, ABoxShowingTheEmptyBackdropIsDropped) { expectDroppedOn(emptyBackdrop(), "empty backdrop"); }

TEST(FaceTracker, ABoxShowingAnotherSceneIsDropped) { expectDroppedOn(roomWithoutAFace(), "a room, no face"); }

TEST(FaceTracker, ABoxShowingTheShirtOfACandidateStandingUpIsDropped) {
  expectDroppedOn(sitterFrame(600, 0, -500), "the candidate stood up: the shirt fills the box");
}

// `frame` lit from the right: brightness falls to 45 % from x = 950 to x = 550 and stays there further left.
Image litFromTheRight(Image frame) {
  for (int y = 0; y < frame.height; ++y) {
    for (int x = 0; x < frame.width; ++x) {
      const double light = 0.45 + 0.55 * std::clamp((x - 550) / 400.0, 0.0, 1.0);
      for (int c = 0; c < 3; ++c) {
        std::uint8_t& v = frame.row(y)[x * 3 + c];
        v = static_cast<std::uint8_t>(std::lround(v * light));
      }
    }
  }
  return frame;
}

TEST(FaceTracker, ASideLitFaceIsDroppedFromTheSideLitBackdropItLeaves) {
  // The light that darkens the face's left darkens the backdrop behind it too: the same ramp, no face.
  expectDroppedOn(litFromTheRight(emptyBackdrop()), "side-lit backdrop", litFromTheRight(sitterFrame(600)));
}

// The threshold on many sitters (../shared idstyle photos, each in its own 1280x720 frame): the look at the
// detected box against the same box one frame later when the sitter moved 4-15 px and grew 0-3 %, and
// when the box shows the shirt of the candidate standing up, or another scene.
TEST(FaceTracker, OnManySittersAMovedFaceIsKeptAndAGoneOneDropped) {
  CS_REQUIRE_SHARED_DATA();
  const Image room = roomWithoutAFace();
  int sitters = 0;
  for (const auto& entry : std::filesystem::directory_iterator(test::sharedPhoto("idstyle/images"))) {
    auto photo = loadPhoto(entry.path().string(), LoadOptions{1600});
    ASSERT_TRUE(photo.ok()) << entry.path();
    const Image& p = photo->image;
    const Image frame = sitterFrame(600, 0, 0, p);
    const FaceSearch found = findFaces(detector(), asMat(frame), AnalysisDepth::Live);
    if (found.count() != 1) continue;
    ++sitters;
    const RectF box = found.boxes.front();
    const cv::Mat look = facePatch(asMat(frame), box);
    const std::string name = entry.path().filename().string();
    EXPECT_GE(lookSimilarity(look, asMat(sitterFrame(600, 4, 3, p)), box), kSameFaceSimilarity) << name;
    EXPECT_GE(lookSimilarity(look, asMat(sitterFrame(618, 6, 4, p)), box), kSameFaceSimilarity) << name;
    EXPECT_LT(lookSimilarity(look, asMat(sitterFrame(600, 0, -500, p)), box), kSameFaceSimilarity) << name;
    EXPECT_LT(lookSimilarity(look, asMat(room), box), kSameFaceSimilarity) << name;
  }
  EXPECT_GE(sitters, 10) << "too few of the idstyle photos had one face found";
}

// Between two detections a sitter may smile: the same person neutral, then smiling (idstyle 008/012 with
// teeth, 001/014 with closed lips), each at its own detected box, still counts as the same face.
TEST(FaceTracker, ASmileIsStillTheSameFace) {
  CS_REQUIRE_SHARED_DATA();
  auto lookIn = [](const std::string& name) {
    auto photo = loadPhoto(test::sharedPhoto("idstyle/images/" + name), LoadOptions{1600});
    EXPECT_TRUE(photo.ok()) << name;
    if (!photo.ok()) return cv::Mat();
    const Image frame = sitterFrame(600, 0, 0, photo->image);
    const FaceSearch found = findFaces(detector(), asMat(frame), AnalysisDepth::Live);
    EXPECT_EQ(found.count(), 1) << name;
    return found.count() == 1 ? facePatch(asMat(frame), found.boxes.front()) : cv::Mat();
  };
  EXPECT_GE(patchSimilarity(lookIn("008_london-030-03_frontal-neutral-asian-female-slight-roll-greybg.jpg"),
                            lookIn("012_london-030-08_smile-teeth-same-person-as-008.jpg")),
            kSameFaceSimilarity);
  EXPECT_GE(patchSimilarity(lookIn("001_london-005-03_frontal-neutral-eastasian-male-hooded-eyes-greybg.jpg"),
                            lookIn("014_london-005-08_closed-smile-eyes-narrowed-same-person-as-001.jpg")),
            kSameFaceSimilarity);
}

TEST(FaceTracker, TheLookIgnoresExposureButNotContent) {
  const Image frame = sitterFrame(600);
  const RectF box{560, 250, 220, 220};
  Image brighter = frame;
  for (auto& v : brighter.rgb) v = static_cast<std::uint8_t>(std::min(255, v * 5 / 4 + 10));
  const cv::Mat look = facePatch(asMat(frame), box);
  EXPECT_NEAR(patchSimilarity(look, look), 1.0, 1e-5);
  EXPECT_NEAR(lookSimilarity(look, asMat(frame), box), 1.0, 0.01) << "the box unmoved is the best match";
  EXPECT_GT(patchSimilarity(look, facePatch(asMat(brighter), box)), 0.95) << "the camera's exposure changed";
  EXPECT_EQ(patchSimilarity(look, facePatch(asMat(emptyBackdrop()), box)), 0.0) << "a flat backdrop has no look";
  EXPECT_TRUE(facePatch(asMat(frame), RectF{1200, 650, 220, 220}).empty()) << "box mostly outside the frame";
}

}  // namespace
}  // namespace cs
