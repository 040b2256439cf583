// The crop planner: scale and crop only, the head inside every band with margin, never outside the photo.
#include <gtest/gtest.h>

#include "cs/core/crop_plan.h"

namespace cs {
namespace {

// A face as the finder would measure it: eyes at eyeY, cheeks `width` apart around centreX, hair top
// `hairAbove` pixels above the eyes.
Face syntheticFace(double centreX, double eyeY, double width, double hairAbove) {
  Face f;
  f.leftEye = {centreX - width * 0.22, eyeY};
  f.rightEye = {centreX + width * 0.22, eyeY};
  f.cheekLeft = {centreX - width / 2, eyeY + width * 0.1};
  f.cheekRight = {centreX + width / 2, eyeY + width * 0.1};
  f.chinY = eyeY + width * 0.9;
  f.hairTopY = eyeY - hairAbove;
  return f;
}

SpecProfile profile() { return SpecProfile{}; }

TEST(CropPlan, PutsEveryMeasureInsideItsBand) {
  const Face face = syntheticFace(1000, 900, 600, 500);
  const CropPlan plan = planCrop(face, {2000, 3000}, profile());
  ASSERT_TRUE(plan.fits());
  const auto& g = plan.geometry;
  EXPECT_TRUE(profile().hairTop.contains(g.hairTopY)) << g.hairTopY;
  EXPECT_TRUE(profile().eyeY.contains(g.eyeY)) << g.eyeY;
  EXPECT_TRUE(profile().faceWidth.contains(g.faceWidth)) << g.faceWidth;
  EXPECT_NEAR(g.faceCentreX, 240, 0.5);
  EXPECT_NEAR(plan.window.width / plan.window.height, 480.0 / 640.0, 1e-9) << "3:4, no distortion";
}

TEST(CropPlan, PrefersTheMiddleOfTheBands) {
  // Plenty of room: the result should sit well inside each band, not on an edge.
  const CropPlan plan = planCrop(syntheticFace(1000, 1200, 500, 420), {2000, 3000}, profile());
  ASSERT_TRUE(plan.fits());
  EXPECT_GT(plan.geometry.hairTopY, 55);
  EXPECT_LT(plan.geometry.hairTopY, 105);
  EXPECT_GT(plan.geometry.faceWidth, 190);
  EXPECT_LT(plan.geometry.faceWidth, 290);
}

TEST(CropPlan, WindowStaysInsideThePhoto) {
  const Size source{1200, 1600};
  for (double x : {300.0, 600.0, 900.0}) {
    const CropPlan plan = planCrop(syntheticFace(x, 700, 400, 330), source, profile());
    if (!plan.fits()) continue;
    EXPECT_GE(plan.window.x, -0.5);
    EXPECT_GE(plan.window.y, -0.5);
    EXPECT_LE(plan.window.right(), source.width + 0.5);
    EXPECT_LE(plan.window.bottom(), source.height + 0.5);
  }
}

TEST(CropPlan, HairAtTheTopEdgeSaysNoRoomAbove) {
  Face face = syntheticFace(600, 300, 400, 300);
  face.hairTopY = 0;
  face.hairTopAtImageEdge = true;
  const CropPlan plan = planCrop(face, {1200, 1600}, profile());
  EXPECT_EQ(plan.problem, CropProblem::NoRoomAbove);
}

TEST(CropPlan, HeadNearTheTopSaysNoRoomAbove) {
  const CropPlan plan = planCrop(syntheticFace(600, 200, 400, 180), {1200, 1600}, profile());
  EXPECT_EQ(plan.problem, CropProblem::NoRoomAbove);
  EXPECT_LT(plan.window.y, 0) << "the ideal window shows where the camera should point";
}

TEST(CropPlan, FaceAtTheSideSaysWhichWay) {
  const CropPlan left = planCrop(syntheticFace(150, 800, 400, 330), {1200, 1600}, profile());
  EXPECT_EQ(left.problem, CropProblem::NoRoomLeft);
  const CropPlan right = planCrop(syntheticFace(1050, 800, 400, 330), {1200, 1600}, profile());
  EXPECT_EQ(right.problem, CropProblem::NoRoomRight);
}

TEST(CropPlan, TinyFaceIsNotBlownUp) {
  // A 60-pixel face would need a 3x upscale to reach 180 px: invented detail, not a photo (I4).
  const CropPlan plan = planCrop(syntheticFace(200, 150, 60, 50), {400, 400}, profile());
  EXPECT_FALSE(plan.fits());
}

TEST(CropPlan, ASmallPhotoIsTooFewPixelsNotAMatterOfWhereTheCameraPoints) {
  // A 286x401 ID photo (idstyle/024's size) with a well-placed head: any 480x640 window needs more than
  // 1.6x enlargement, so moving the camera cannot help. The window stays inside the photo (the bands are
  // kept), and the problem is the pixels, which I4 reports; no G check may say "raise the camera".
  const Size source{286, 401};
  const CropPlan plan = planCrop(syntheticFace(143, 150, 113, 95), source, profile());
  EXPECT_EQ(plan.problem, CropProblem::FaceTooSmall);
  EXPECT_GT(plan.scale, profile().maxUpscale);
  EXPECT_GE(plan.window.y, -0.5);
  EXPECT_LE(plan.window.bottom(), source.height + 0.5);
  EXPECT_TRUE(profile().hairTop.contains(plan.geometry.hairTopY)) << plan.geometry.hairTopY;
}

TEST(CropPlan, MapsSourcePointsIntoTheOutput) {
  const Face face = syntheticFace(1000, 900, 600, 500);
  const CropPlan plan = planCrop(face, {2000, 3000}, profile());
  const PointF eye = toOutput(plan, face.eyeCentre());
  EXPECT_NEAR(eye.y, plan.geometry.eyeY, 1e-6);
  EXPECT_NEAR(eye.x, 240, 0.5);
}

}  // namespace
}  // namespace cs
