// P1 (upright: head not tilted, chin level) and P3 (ears symmetric: head not turned), from the landmarks.
// A tilted head is a reason to re-take, never to rotate the photo (I2).
#include <cmath>

#include "checks/check_context.h"
#include "checks/checks.h"

namespace cs {

CheckResult checkRoll(const CheckContext& ctx) {  // P1 roll
  const Limit& lim = ctx.profile.rollDeg;
  CheckResult c = makeCheck("P1", "roll", 21, "deg", formatRange(-lim.warn, lim.warn, 1));
  c.value = ctx.face.pose.rollDeg;
  setOutcome(c, gradeAbove(std::abs(c.value), lim), "请把头摆正，不要歪头", "Straighten the head: do not tilt it");
  return c;
}

CheckResult checkPitch(const CheckContext& ctx) {  // P1 pitch
  const Limit& lim = ctx.profile.pitchDeg;
  CheckResult c = makeCheck("P1", "pitch", 23, "deg", formatRange(-lim.warn, lim.warn, 1));
  c.value = ctx.face.pose.pitchDeg;
  const CheckStatus status = gradeAbove(std::abs(c.value), lim);
  if (c.value > 0) {
    setOutcome(c, status, "请平视镜头，下巴稍收", "Look straight at the lens: chin slightly down");
  } else {
    setOutcome(c, status, "请平视镜头，下巴稍抬", "Look straight at the lens: chin slightly up");
  }
  return c;
}

CheckResult checkYaw(const CheckContext& ctx) {  // P3
  const Limit& lim = ctx.profile.yawDeg;
  CheckResult c = makeCheck("P3", "yaw", 22, "deg", formatRange(-lim.warn, lim.warn, 1));
  c.value = ctx.face.pose.yawDeg;
  setOutcome(c, gradeAbove(std::abs(c.value), lim), "请正对镜头，不要转头", "Face the camera squarely: do not turn the head");
  return c;
}

}  // namespace cs
