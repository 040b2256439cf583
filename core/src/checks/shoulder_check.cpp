// P4 (shoulders level), an estimate from the outline of the shoulders against the backdrop in the output
// photo. Sitters lean or raise one shoulder without tilting the head, so the head's roll (P1) does not see it.
//
// How: at pairs of columns mirrored about the face's centre and beyond the hair's usual reach, each column
// is walked down from the backdrop at the chin's height (or the nearest above it) to where the backdrop
// ends: the shoulder's edge. Level shoulders put the two edges of a pair at the same height; the tilt is the
// angle of the line through them, the median over the pairs when they agree (a room behind the sitter makes
// edges at any height). A column that starts on hair or clothing, or that shows the backdrop all the way
// down (the shoulder is outside the photo), gives nothing.
#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "checks/backdrop_sample.h"
#include "checks/check_context.h"
#include "checks/checks.h"

namespace cs {
namespace {

constexpr double kNearestOffset = 0.8;  // face widths from the centre: long hair hangs closer than this
constexpr int kPairs = 6;
constexpr int kMinPairs = 3;
constexpr float kBackdropAtStart = 15.0f;  // ΔE from the backdrop's colour where a column must start
constexpr float kEdgeStep = 6.0f;           // ΔE from the backdrop just above that ends the backdrop
constexpr int kEdgeRows = 3;                // for this many rows in a row (noise is a single row)
constexpr int kColumnsAveraged = 3;
constexpr double kMaxDisagreement = 1.5;  // degrees: the pairs' median deviation from their median tilt

// The Lab of row y averaged over kColumnsAveraged columns from x.
cv::Vec3f pixelAt(const cv::Mat& lab, int y, int x) {
  cv::Vec3f sum(0, 0, 0);
  for (int i = 0; i < kColumnsAveraged; ++i) sum += lab.at<cv::Vec3f>(y, x + i);
  return sum / static_cast<float>(kColumnsAveraged);
}

bool showsBackdrop(const cv::Mat& lab, const cv::Mat& valid, int y, int x, const cv::Vec3f& backdrop) {
  return valid.at<std::uint8_t>(y, x) != 0 && cv::norm(pixelAt(lab, y, x) - backdrop) <= kBackdropAtStart;
}

// Where column x's walk starts: the chin's row when it shows backdrop there; else (a raised shoulder already
// at the chin's height) the nearest backdrop above it, no higher than the eyes. Empty when there is none:
// hair down to the shoulder.
std::optional<int> walkStart(const cv::Mat& lab, const cv::Mat& valid, int x, int chin, int eyes,
                             const cv::Vec3f& backdrop) {
  for (int y = chin; y >= std::max(0, eyes); --y) {
    if (showsBackdrop(lab, valid, y, x, backdrop)) return y;
  }
  return std::nullopt;
}

// Where the backdrop ends going down column x from row `from`, comparing each row with the mean of the
// backdrop rows just above it (so a backdrop darkening towards the bottom is followed, not taken for an edge).
std::optional<int> edgeBelow(const cv::Mat& lab, const cv::Mat& valid, int x, int from) {
  cv::Vec3f above = pixelAt(lab, from, x);
  int run = 0;
  for (int y = from + 1; y < lab.rows; ++y) {
    if (valid.at<std::uint8_t>(y, x) == 0) return std::nullopt;
    const cv::Vec3f v = pixelAt(lab, y, x);
    if (cv::norm(v - above) > kEdgeStep) {
      if (++run == kEdgeRows) return y - kEdgeRows + 1;
      continue;
    }
    run = 0;
    above = 0.8f * above + 0.2f * v;  // the backdrop's drift down the column
  }
  return std::nullopt;  // backdrop to the bottom: the shoulder is outside the photo on this side
}

// The shoulder's edge in column x (its left end; kColumnsAveraged wide), or empty.
std::optional<int> shoulderEdge(const CheckContext& ctx, int x) {
  const cv::Mat& lab = ctx.backdrop->lab;
  if (x < 0 || x + kColumnsAveraged > lab.cols) return std::nullopt;
  const Face& f = ctx.outputFace;
  const int chin = std::clamp(static_cast<int>(std::lround(f.landmarks[8].y)), 0, lab.rows - 1);
  const int eyes = static_cast<int>(std::lround(f.eyeCentre().y));
  const auto from = walkStart(lab, ctx.outputValid, x, chin, eyes, ctx.backdrop->colour);
  return from ? edgeBelow(lab, ctx.outputValid, x, *from) : std::nullopt;
}

struct EdgePair {
  double offset;        // from the face's centre, in pixels
  double left, right;   // the rows where the backdrop ends on each side
};

// The median of the pairs' tilts (the angle of the line through each pair's two edges), when they agree:
// a shoulder line gives every pair nearly the same tilt (studio portraits: within 1.5 degrees of their
// median, 0.1-0.3 typically), while a room behind the sitter gives edges at any height.
std::optional<double> agreedTilt(const std::vector<EdgePair>& pairs) {
  std::vector<double> tilts;
  for (const EdgePair& p : pairs) tilts.push_back(std::atan2(p.right - p.left, 2 * p.offset) * 180.0 / CV_PI);
  const auto median = [](std::vector<double> v) {
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v[v.size() / 2];
  };
  const double tilt = median(tilts);
  std::vector<double> deviations;
  for (const double t : tilts) deviations.push_back(std::abs(t - tilt));
  if (median(deviations) > kMaxDisagreement) return std::nullopt;
  return tilt;
}

// The shoulders' tilt in degrees, signed like the head's roll (P1): positive when the shoulder on the photo's
// left (the sitter's right) is the higher one: how much higher, as an angle across the two. (Shoulders that
// slope down and out read a little more than the angle the whole body is turned by: by 1 + slope^2.)
std::optional<double> shoulderTilt(const CheckContext& ctx) {
  const Face& f = ctx.outputFace;
  const cv::Mat& lab = ctx.backdrop->lab;
  const double fw = f.faceWidth(), cx = f.faceCentreX();
  const double farthest = std::min(cx, lab.cols - cx) - kColumnsAveraged - 1;
  const double nearest = kNearestOffset * fw;
  if (fw < 20 || farthest < nearest + 10) return std::nullopt;
  std::vector<EdgePair> pairs;
  for (int i = 0; i < kPairs; ++i) {
    const double d = nearest + (farthest - nearest) * i / (kPairs - 1);
    const auto left = shoulderEdge(ctx, static_cast<int>(cx - d) - 1);
    const auto right = shoulderEdge(ctx, static_cast<int>(cx + d) - 1);
    if (left && right) pairs.push_back({d, static_cast<double>(*left), static_cast<double>(*right)});
  }
  if (static_cast<int>(pairs.size()) < kMinPairs) return std::nullopt;
  return agreedTilt(pairs);
}

}  // namespace

CheckResult checkShouldersLevel(const CheckContext& ctx) {  // P4
  const Limit& lim = ctx.profile.shoulderTiltDeg;
  CheckResult c = makeCheck("P4", "shoulders", 24, "deg", formatRange(-lim.warn, lim.warn, 1));
  c.estimate = true;
  if (!ctx.backdrop->usable) return c;
  const auto tilt = shoulderTilt(ctx);
  if (!tilt) return c;  // the shoulders' edges are not in the photo, or not against the backdrop
  c.value = *tilt;
  const CheckStatus status = gradeAbove(std::abs(c.value), lim);
  if (c.value > 0) {  // the photo's left shoulder is higher: the sitter's right
    setOutcome(c, status, "肩膀不平：请放低右肩（照片左侧），坐正", "Shoulders not level: lower the right shoulder (left in the photo) and sit straight");
  } else {
    setOutcome(c, status, "肩膀不平：请放低左肩（照片右侧），坐正", "Shoulders not level: lower the left shoulder (right in the photo) and sit straight");
  }
  return c;
}

}  // namespace cs
