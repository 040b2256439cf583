#include "analysis/face_search.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <functional>

#include "concurrency/two_lanes.h"
#include "face/face_measure.h"
#include "face/hair_top.h"
#include "face/incremental_search.h"

namespace cs {
namespace {

// Detection sizes (longer side, pixels). HOG finds faces from ~80 px wide, so the usual 512-px first pass
// finds any face wider than a sixth of the photo (a head-and-shoulders framing has it at a third); a
// still where none, or only a small one, is found is searched again at 1280 px (small faces in a group
// photo are still faces).
constexpr int kSecondPassSide = 1280;
// Widest face, in first-pass pixels, below which a still is searched again at kSecondPassSide.
constexpr double kSmallFaceInSearch = 120;
// A detection narrower than this share of the widest one is background, not a second person.
constexpr double kSignificantFace = 0.45;
// dlib's detection score below which a detection is too unsure to count.
constexpr double kMinConfidence = 0.05;

// The boxes of the detections sure enough to count.
std::vector<RectF> confident(const std::vector<Detection>& detections) {
  std::vector<RectF> boxes;
  for (const Detection& d : detections) {
    if (d.confidence >= kMinConfidence) boxes.push_back(d.box);
  }
  return boxes;
}

std::vector<RectF> significant(std::vector<RectF> boxes) {
  if (boxes.empty()) return boxes;
  const double widest = std::max_element(boxes.begin(), boxes.end(), [](auto& a, auto& b) {
                          return a.width < b.width;
                        })->width;
  std::erase_if(boxes, [&](const RectF& b) { return b.width < kSignificantFace * widest; });
  std::sort(boxes.begin(), boxes.end(), [](auto& a, auto& b) { return a.width > b.width; });
  return boxes;
}

// True when the widest face found is within 1.5x of the smallest the first pass can find (HOG's 80-px
// window): faces like it, of other people in a group, are then likely to have been missed, so the still is
// searched again larger (B2). A certificate framing has the face far above this (~150 px at 512), so it
// costs nothing there.
// How much `rgb` is scaled for a search whose image has `longSide` as its longer side (never enlarged
// more than twice: an upscaled small photo has no more detail to find).
double searchScale(const cv::Mat& rgb, int longSide) {
  return std::min(2.0, static_cast<double>(longSide) / std::max(rgb.cols, rgb.rows));
}

bool nearTheSmallestFindable(const std::vector<RectF>& boxes, const cv::Mat& rgb, int firstPassSide) {
  return !boxes.empty() && boxes.front().width * searchScale(rgb, firstPassSide) < kSmallFaceInSearch;
}

std::vector<RectF> detectWhole(FaceDetector& detector, const cv::Mat& rgb, int longSide) {
  return confident(detector.detect(rgb, searchScale(rgb, longSide)));
}

}  // namespace

std::unique_ptr<IncrementalFaceSearch> startFirstPass(FaceDetector& detector, const cv::Mat& rgb) {
  return detector.startSearch(rgb, searchScale(rgb, kFirstPassSide));
}

std::vector<RectF> firstPassFaces(IncrementalFaceSearch& search) { return confident(search.finish()); }

FaceSearch findFaces(FaceDetector& detector, const cv::Mat& rgb, AnalysisDepth depth, int firstPassSide,
                     const std::vector<RectF>* firstPass) {
  FaceSearch search;
  search.boxes = significant(firstPass ? *firstPass : detectWhole(detector, rgb, firstPassSide));
  if (depth == AnalysisDepth::Still && (search.boxes.empty() || nearTheSmallestFindable(search.boxes, rgb, firstPassSide))) {
    search.boxes = significant(detectWhole(detector, rgb, kSecondPassSide));
  }
  return search;
}

Face measureSingleFace(FaceDetector& detector, const cv::Mat& rgb, const RectF& box) {
  Face face = measureFace(detector.landmarks(rgb, box), box);
  // The pitch and the hair top both need only the landmarks: one on each core.
  HairTop hair;
  double pitch = 0;
  const std::function<void()> beside[] = {[&] { hair = measureHairTop(rgb, face); },
                                          [&] { pitch = measurePitch(face); }};
  runInTwoLanes(beside);
  face.pose.pitchDeg = pitch;
  if (hair.found) face.hairTopY = hair.y;
  face.hairTopAtImageEdge = hair.atImageEdge;
  return face;
}

}  // namespace cs
