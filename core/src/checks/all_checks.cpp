// Runs every check that applies, in the photographer's order: face found → framing → pose → lighting →
// background → expression → accessories. A check that throws becomes "not assessed" for that check
// alone, never a crash of the whole report.
#include <algorithm>
#include <exception>

#include <opencv2/imgproc.hpp>

#include "checks/backdrop_sample.h"
#include "checks/checks.h"

namespace cs {
namespace {

using CheckFn = CheckResult (*)(const CheckContext&);

struct Entry {
  CheckFn fn;
  bool live;  // cheap enough for every preview frame
};

constexpr Entry kFaceChecks[] = {
    {checkCentred, true},         {checkHairTop, true},         {checkEyeLine, true},
    {checkFaceWidth, true},       {checkRoll, true},            {checkYaw, true},
    {checkPitch, true},           {checkExposure, true},        {checkSideBalance, true},
    {checkHotSpots, true},        {checkRedEye, false},         {checkFocus, true},           {checkNoBorder, false},       {checkNoText, false},
    {checkBackdropUniform, true}, {checkBackdropGradient, true}, {checkBackdropShadow, true},
    {checkBackdropColour, true},  {checkBackdropLightness, true},  {checkClothingContrast, true}, {checkClothingPattern, true},
    {checkEyesOpen, true},
    {checkMouthClosed, true},     {checkGlassesGlare, false},
};

CheckResult runGuarded(CheckFn fn, const CheckContext& ctx) {
  try {
    return fn(ctx);
  } catch (const std::exception& e) {
    CheckResult c;
    c.id = "--";
    c.key = "error";
    c.messageEn = std::string("this check could not be assessed: ") + e.what();
    c.messageZh = "此项无法检查";
    return c;
  }
}

CheckResult checkOtherPeople(const CheckContext& ctx) {  // B2: nobody else in view
  CheckResult c = makeCheck("B2", "other_people", 2, "faces", "1");
  c.value = ctx.faceCount;
  setOutcome(c, CheckStatus::Fail, "画面中有多人，请只留考生一人", "More than one person in view: only the candidate");
  return c;
}

}  // namespace

WholePhotoChecks checkWholePhoto(const CheckContext& ctx) {
  WholePhotoChecks whole{runGuarded(checkColourPhoto, ctx), std::nullopt};
  if (ctx.depth == AnalysisDepth::Still) {
    try {
      whole.border = measureBorderLines(ctx.rgb, ctx.profile);
    } catch (const std::exception&) {  // checkNoBorder measures again, guarded, and reports what went wrong
    }
  }
  return whole;
}

CheckList runAllChecks(const CheckContext& ctx) {
  CheckList list;
  list.push_back(ctx.wholePhoto != nullptr ? ctx.wholePhoto->colour : runGuarded(checkColourPhoto, ctx));
  if (ctx.faceCount > 1) list.push_back(checkOtherPeople(ctx));
  if (ctx.output.empty()) return list;  // no single face: nothing else can be measured
  BackdropSample backdrop = sampleBackdrop(ctx.output, ctx.outputValid, ctx.outputFace);
  CheckContext withBackdrop = ctx;
  withBackdrop.backdrop = &backdrop;
  cv::cvtColor(ctx.output, withBackdrop.outputGrey, cv::COLOR_RGB2GRAY);
  for (const Entry& e : kFaceChecks) {
    if (ctx.depth == AnalysisDepth::Live && !e.live) continue;
    list.push_back(runGuarded(e.fn, withBackdrop));
  }
  std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
  return list;
}

}  // namespace cs
