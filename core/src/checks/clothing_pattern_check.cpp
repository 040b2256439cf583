// C2 (avoid complex patterns and stripes): an estimate. Stripes, checks, knits, prints and logos fill the
// clothing with fine contrast; a plain shirt, a suit and its lapels, folds and a collar do not (an edge
// crosses a few blocks, a pattern covers most of them). Long hair lying over the clothes looks the same to
// pixels, so the check only warns, names both causes and leaves the decision to the photographer.
#include <opencv2/imgproc.hpp>

#include "checks/backdrop_sample.h"
#include "checks/check_context.h"
#include "checks/checks.h"
#include "checks/face_regions.h"

namespace cs {
namespace {

constexpr int kBlock = 16;               // output pixels; a stripe period of 4-12 px fits a few times
constexpr int kMinBlockPixels = 200;     // of 256: blocks mostly of backdrop or outside the photo are skipped
constexpr int kMinBlocks = 20;           // less clothing than this in the photo: nothing to judge
constexpr double kBackdropDeltaE = 8.0;  // closer to the backdrop colour than this is backdrop, not clothing

// The fine detail of `grey`: a difference of Gaussians (sigma 1 and 3) that keeps structure 2-8 px across
// (patterns) and drops both pixel noise and the broad shading of folds. The kernels are cut at 3 sigma and
// applied straight from 8 bits to float: half the time of GaussianBlur's float path on every preview frame.
cv::Mat bandPass(const cv::Mat& grey) {
  static const cv::Mat fineKernel = cv::getGaussianKernel(7, 1.0, CV_32F);
  static const cv::Mat coarseKernel = cv::getGaussianKernel(19, 3.0, CV_32F);
  cv::Mat fine, coarse, detail;
  cv::sepFilter2D(grey, fine, CV_32F, fineKernel, fineKernel, {-1, -1}, 0, cv::BORDER_REFLECT_101);
  cv::sepFilter2D(grey, coarse, CV_32F, coarseKernel, coarseKernel, {-1, -1}, 0, cv::BORDER_REFLECT_101);
  cv::absdiff(fine, coarse, detail);
  return detail;
}

// 255 where the area shows the photo and is not backdrop-coloured.
cv::Mat clothingMask(const CheckContext& ctx, const cv::Rect& area) {
  cv::Mat mask = ctx.outputValid(area).clone();
  const BackdropSample& s = *ctx.backdrop;
  if (!s.usable) return mask;
  constexpr double kLimitSquared = kBackdropDeltaE * kBackdropDeltaE;
  for (int y = 0; y < area.height; ++y) {
    const auto* lab = s.lab.ptr<cv::Vec3f>(area.y + y) + area.x;
    auto* m = mask.ptr<std::uint8_t>(y);
    for (int x = 0; x < area.width; ++x) {
      const cv::Vec3f d = lab[x] - s.colour;
      if (d.dot(d) < kLimitSquared) m[x] = 0;  // squared: this runs on every preview frame
    }
  }
  return mask;
}

struct BlockCount {
  int blocks = 0;
  int busy = 0;
};

BlockCount countBusyBlocks(const cv::Mat& detail, const cv::Mat& mask, double busyContrast) {
  const cv::Mat detailed = (detail > busyContrast) & mask;  // once for the area, not per block
  BlockCount n;
  for (int y = 0; y + kBlock <= detail.rows; y += kBlock) {
    for (int x = 0; x + kBlock <= detail.cols; x += kBlock) {
      const cv::Rect b(x, y, kBlock, kBlock);
      const int clothing = cv::countNonZero(mask(b));
      if (clothing < kMinBlockPixels) continue;
      ++n.blocks;
      // Most of the block must be detailed: a lapel, a collar or a fold's edge crosses a block but leaves
      // most of it plain; a pattern does not.
      if (cv::countNonZero(detailed(b)) * 2 > clothing) ++n.busy;
    }
  }
  return n;
}

}  // namespace

CheckResult checkClothingPattern(const CheckContext& ctx) {  // C2
  const SpecProfile& p = ctx.profile;
  CheckResult c = makeCheck("C2", "clothing_pattern", 47, "busy share", atMost(p.patternBusyShare, 2));
  c.estimate = true;
  const cv::Rect area = clothingRect(ctx.outputFace, ctx.outputGrey.size());
  // The band-pass is taken with a margin so the blur sees real neighbours at the area's edge.
  const cv::Rect withMargin = clipped(area + cv::Size(18, 18) - cv::Point(9, 9), ctx.outputGrey.size());
  if (area.area() == 0) {
    c.status = CheckStatus::Pass;  // no clothing in the photo
    return c;
  }
  const cv::Mat detail = bandPass(ctx.outputGrey(withMargin))(area - withMargin.tl());
  const BlockCount n = countBusyBlocks(detail, clothingMask(ctx, area), p.patternBlockContrast);
  if (n.blocks < kMinBlocks) {
    c.status = CheckStatus::Pass;  // too little clothing in the photo to judge
    return c;
  }
  c.value = static_cast<double>(n.busy) / n.blocks;
  // Never a fail: long hair over the shoulders and a busy pattern look alike to pixels.
  setOutcome(c, c.value > p.patternBusyShare ? CheckStatus::Warn : CheckStatus::Pass,
             "衣服花纹或条纹较多（也可能是披在胸前的长发）：建议换素色衣服或把头发拢到肩后（请人工确认）",
             "The clothing looks patterned or striped (or long hair lies over it): plain clothing is better, or "
             "put the hair behind the shoulders (please confirm by eye)");
  return c;
}

}  // namespace cs
