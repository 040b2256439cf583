// G1-G4: where the head sits in the 480x640 photo. The crop planner puts every measure inside its band
// when it can; these checks report the bands and, when the window would leave the photo, which way to move.
#include <cmath>

#include "checks/check_context.h"
#include "checks/checks.h"

namespace cs {

CheckResult checkCentred(const CheckContext& ctx) {  // G1
  const double centre = ctx.profile.outputWidth / 2.0, tol = ctx.profile.centreTolerancePx;
  CheckResult c = makeCheck("G1", "centred", 11, "px", formatRange(centre - tol, centre + tol));
  c.value = ctx.plan.geometry.faceCentreX;
  if (ctx.plan.problem == CropProblem::NoRoomLeft) {
    setOutcome(c, CheckStatus::Fail, "人像太靠左，请让考生向画面右侧移动一点",
               "The head is too close to the left edge: move the candidate towards the right of the picture");
  } else if (ctx.plan.problem == CropProblem::NoRoomRight) {
    setOutcome(c, CheckStatus::Fail, "人像太靠右，请让考生向画面左侧移动一点",
               "The head is too close to the right edge: move the candidate towards the left of the picture");
  } else {
    const bool ok = std::abs(c.value - centre) <= tol;
    setOutcome(c, ok ? CheckStatus::Pass : CheckStatus::Fail, "人像没有水平居中", "The head is not centred");
  }
  return c;
}

CheckResult checkHairTop(const CheckContext& ctx) {  // G2
  const Band& band = ctx.profile.hairTop;
  CheckResult c = makeCheck("G2", "hair_top", 12, "px", formatRange(band.min, band.max));
  c.value = ctx.plan.geometry.hairTopY;
  if (ctx.plan.problem == CropProblem::NoRoomAbove && ctx.plan.scale > ctx.profile.maxUpscale) {
    // The face is also too small (I4: "move closer"): moving back would make that worse.
    setOutcome(c, CheckStatus::Fail, "头顶上方空间不足，请把相机向上调整", "Not enough room above the head: raise the camera");
  } else if (ctx.face.hairTopAtImageEdge || ctx.plan.problem == CropProblem::NoRoomAbove) {
    setOutcome(c, CheckStatus::Fail, "头顶上方空间不足，请把相机向上调整或后退",
               "Not enough room above the head: raise the camera or move back");
  } else if (!ctx.face.hairTopY) {
    setOutcome(c, CheckStatus::Fail, "无法测量头顶位置，请确认头顶上方露出干净的背景",
               "The top of the head cannot be measured: make sure plain backdrop shows above the head");
  } else if (c.value < band.min) {
    setOutcome(c, CheckStatus::Fail, "头顶离上边太近，请把相机向上调整", "The head is too high: raise the camera");
  } else if (c.value > band.max) {
    setOutcome(c, CheckStatus::Fail, "头顶离上边太远，请把相机向下调整", "The head is too low: lower the camera");
  } else {
    c.status = CheckStatus::Pass;
  }
  return c;
}

CheckResult checkEyeLine(const CheckContext& ctx) {  // G3
  const Band& band = ctx.profile.eyeY;
  CheckResult c = makeCheck("G3", "eye_band", 13, "px", formatRange(band.min, band.max));
  c.value = ctx.plan.geometry.eyeY;
  if (ctx.plan.problem == CropProblem::NoRoomBelow) {
    setOutcome(c, CheckStatus::Fail, "人像太靠下，请把相机向下调整", "The head is too low in the picture: lower the camera");
  } else if (c.value < band.min) {
    setOutcome(c, CheckStatus::Fail, "眼睛位置太高，请把相机向上调整", "The eyes are too high: raise the camera");
  } else if (c.value > band.max) {
    setOutcome(c, CheckStatus::Fail, "眼睛位置太低，请把相机向下调整", "The eyes are too low: lower the camera");
  } else {
    c.status = CheckStatus::Pass;
  }
  return c;
}

CheckResult checkFaceWidth(const CheckContext& ctx) {  // G4
  const Band& band = ctx.profile.faceWidth;
  CheckResult c = makeCheck("G4", "face_width", 14, "px", formatRange(band.min, band.max));
  c.value = ctx.plan.geometry.faceWidth;
  const double widestHonest = ctx.face.faceWidth() * ctx.profile.maxUpscale;
  const bool onlyThePhotoIsSmall = photoTooSmall({ctx.rgb.cols, ctx.rgb.rows}, ctx.profile) && widestHonest >= band.min;
  if (ctx.plan.problem == CropProblem::FaceTooSmall && !onlyThePhotoIsSmall) {
    // The window shown keeps the bands, but only by enlarging the photo too far: report the widest the
    // face can honestly be (at the largest allowed enlargement). (A face large enough in a photo too small
    // as a whole is I4's alone: coming closer cannot help an imported file.)
    c.value = widestHonest;
    setOutcome(c, CheckStatus::Fail, "人脸太小，请靠近一点（或放大镜头）", "The face is too small: move closer (or zoom in)");
  } else if (c.value < band.min) {
    setOutcome(c, CheckStatus::Fail, "请靠近一点（或放大镜头）", "Move closer (or zoom in)");
  } else if (c.value > band.max) {
    setOutcome(c, CheckStatus::Fail, "请后退一点（或缩小镜头）", "Move back (or zoom out)");
  } else {
    c.status = CheckStatus::Pass;
  }
  return c;
}

}  // namespace cs
