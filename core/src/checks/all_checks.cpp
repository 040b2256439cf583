// Runs every check that applies, in the photographer's order: face found → framing → pose → lighting →
// background → expression → accessories. A check that throws becomes "not assessed" for that check
// alone, never a crash of the whole report.
#include <algorithm>
#include <exception>
#include <functional>
#include <latch>
#include <optional>
#include <vector>

#include <opencv2/imgproc.hpp>

#include "checks/backdrop_sample.h"
#include "checks/checks.h"
#include "concurrency/two_lanes.h"
#include "image/lab.h"

namespace cs {
namespace {

using CheckFn = CheckResult (*)(const CheckContext&);

struct Entry {
  CheckFn fn;
  bool live;           // cheap enough for every preview frame
  bool readsBackdrop;  // needs the backdrop sample (the output's Lab)
};

// In the photographer's order; the report is sorted by each check's own order anyway.
constexpr Entry kFaceChecks[] = {
    {checkCentred, true, false},          {checkHairTop, true, false},          {checkEyeLine, true, false},
    {checkFaceWidth, true, false},        {checkRoll, true, false},             {checkYaw, true, false},
    {checkPitch, true, false},            {checkExposure, true, false},         {checkSideBalance, true, false},
    {checkHotSpots, true, false},         {checkRedEye, false, false},          {checkFocus, true, false},
    {checkNoBorder, false, false},        {checkNoText, false, true},           {checkNoColouredText, false, true},
    {checkBackdropUniform, true, true},   {checkBackdropGradient, true, true},  {checkBackdropFalloff, true, true},
    {checkBackdropShadow, true, true},    {checkBackdropColour, true, true},    {checkBackdropLightness, true, true},
    {checkClothingContrast, true, true},  {checkClothingPattern, true, true},   {checkEyesOpen, true, false},
    {checkMouthClosed, true, false},      {checkTintedLenses, true, false},     {checkGlassesGlare, false, false},
    {checkHairOverBrows, false, true},    {checkShouldersLevel, true, true},
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

// The checks that apply to this depth, with a slot for each result in the order of kFaceChecks.
std::vector<const Entry*> applicable(AnalysisDepth depth) {
  std::vector<const Entry*> entries;
  for (const Entry& e : kFaceChecks) {
    if (depth == AnalysisDepth::Still || e.live) entries.push_back(&e);
  }
  return entries;
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

// The checks run on two lanes (two cores) in two rounds: first the output's Lab, in two halves, beside
// every check that does not read the backdrop (and a still's text strokes, which need no backdrop either),
// and last the backdrop's sample from that Lab; then the checks that read the sample. The results keep the
// table's order whichever lane ran them.
CheckList runAllChecks(const CheckContext& ctx) {
  CheckList list;
  CheckResult colour;
  std::vector<std::function<void()>> round;
  const auto guarded = [&](CheckFn fn, CheckResult& into, const CheckContext& c) {
    round.emplace_back([fn, &into, &c] { into = runGuarded(fn, c); });
  };
  if (ctx.wholePhoto != nullptr) {
    colour = ctx.wholePhoto->colour;
  } else {
    guarded(checkColourPhoto, colour, ctx);
  }
  if (ctx.output.empty()) {  // no single face: nothing else can be measured
    runInTwoLanes(round);
    list.push_back(colour);
    if (ctx.faceCount > 1) list.push_back(checkOtherPeople(ctx));
    return list;
  }
  CheckContext withBackdrop = ctx;
  cv::cvtColor(ctx.output, withBackdrop.outputGrey, cv::COLOR_RGB2GRAY);
  cv::Mat lab(ctx.output.size(), CV_32FC3);
  const bool still = ctx.depth == AnalysisDepth::Still;
  // I5's coloured text reads the chroma: made with the Lab in the first round, read in the second.
  if (still) withBackdrop.outputChroma.create(ctx.output.size(), CV_8U);
  const int half = lab.rows / 2;
  // The sample is the round's last task, so both halves were taken before it: it waits (if at all) only
  // for the other lane to finish its half, instead of running after the round on one lane alone.
  std::latch labDone(2);
  const auto labRows = [&](int y0, int y1) {
    struct CountDown {
      std::latch& latch;
      ~CountDown() { latch.count_down(); }  // even when the conversion throws: the sample must not wait forever
    } done{labDone};
    fastLabRows(ctx.output, lab, y0, y1, still ? &withBackdrop.outputChroma : nullptr);
  };
  round.insert(round.begin(), {[&] { labRows(0, half); }, [&] { labRows(half, lab.rows); }});
  std::optional<TextStrokes> strokes;
  if (still) {
    // While the lanes wait for each other at the sample, rather than as part of I5 in the second round.
    round.insert(round.begin() + 2, [&] {
      try {
        strokes = findTextStrokes(withBackdrop.outputGrey, ctx.profile);
      } catch (const std::exception&) {  // I5 then finds them itself, guarded, and reports what went wrong
      }
    });
  }
  const std::vector<const Entry*> entries = applicable(ctx.depth);
  std::vector<CheckResult> results(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (!entries[i]->readsBackdrop) guarded(entries[i]->fn, results[i], withBackdrop);
  }
  BackdropSample backdrop;
  round.emplace_back([&] {
    labDone.wait();
    backdrop = sampleBackdrop(lab, ctx.outputValid, ctx.outputFace);
  });
  runInTwoLanes(round);
  withBackdrop.backdrop = &backdrop;
  if (strokes) withBackdrop.textStrokes = &*strokes;
  round.clear();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i]->readsBackdrop) guarded(entries[i]->fn, results[i], withBackdrop);
  }
  runInTwoLanes(round);

  list.push_back(colour);
  if (ctx.faceCount > 1) list.push_back(checkOtherPeople(ctx));
  list.insert(list.end(), results.begin(), results.end());
  std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
  return list;
}

}  // namespace cs
