#include "analysis/face_search.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

#include "face/face_measure.h"
#include "face/hair_top.h"
#include "image/fast_resize.h"

namespace cs {
namespace {

// Detection sizes (longer side, pixels). HOG finds faces from ~80 px wide, so the usual 512-px first pass
// finds any face wider than a sixth of the photo (a head-and-shoulders framing has it at a third); a
// still where none is found is searched again at 1280 px (small faces in a group photo are still faces).
constexpr int kSecondPassSide = 1280;
// A detection narrower than this share of the widest one is background, not a second person.
constexpr double kSignificantFace = 0.45;
// dlib's detection score below which a detection is too unsure to count.
constexpr double kMinConfidence = 0.05;

std::vector<RectF> detectAt(FaceDetector& detector, const cv::Mat& rgb, cv::Rect roi, double scale) {
  const cv::Mat work = scaledFast(rgb(roi), scale);
  std::vector<RectF> boxes;
  for (const Detection& d : detector.detect(work)) {
    if (d.confidence < kMinConfidence) continue;
    boxes.push_back({roi.x + d.box.x / scale, roi.y + d.box.y / scale, d.box.width / scale, d.box.height / scale});
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

std::vector<RectF> detectWhole(FaceDetector& detector, const cv::Mat& rgb, int longSide) {
  const double scale = static_cast<double>(longSide) / std::max(rgb.cols, rgb.rows);
  return detectAt(detector, rgb, cv::Rect(0, 0, rgb.cols, rgb.rows), std::min(scale, 2.0));
}

}  // namespace

FaceSearch findFaces(FaceDetector& detector, const cv::Mat& rgb, AnalysisDepth depth, int firstPassSide) {
  FaceSearch search;
  search.boxes = significant(detectWhole(detector, rgb, firstPassSide));
  if (search.boxes.empty() && depth == AnalysisDepth::Still) {
    search.boxes = significant(detectWhole(detector, rgb, kSecondPassSide));
  }
  return search;
}

Face measureSingleFace(FaceDetector& detector, const cv::Mat& rgb, const RectF& box) {
  Face face = measureFace(detector.landmarks(rgb, box), box);
  const HairTop hair = measureHairTop(rgb, face);
  if (hair.found) face.hairTopY = hair.y;
  face.hairTopAtImageEdge = hair.atImageEdge;
  return face;
}

}  // namespace cs
