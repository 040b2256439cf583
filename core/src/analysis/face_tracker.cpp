#include "analysis/face_tracker.h"

#include <algorithm>
#include <cmath>

namespace cs {
namespace {

PointF centroid(const Landmarks& p) {
  PointF c;
  for (const auto& q : p) {
    c.x += q.x;
    c.y += q.y;
  }
  return {c.x / p.size(), c.y / p.size()};
}

double spreadOf(const Landmarks& p, PointF c) {
  double sum = 0;
  for (const auto& q : p) sum += distance(q, c);
  return sum / p.size();
}

}  // namespace

std::optional<RectF> FaceTracker::predictedBox() {
  if (!box_ || framesSinceDetection_ >= kRedetectEvery) return std::nullopt;
  ++framesSinceDetection_;
  return box_;
}

bool FaceTracker::stillShowsFace(const cv::Mat& rgb, const RectF& box) {
  if (lookSimilarity(look_, rgb, box) >= kSameFaceSimilarity) return true;
  reset();
  return false;
}

void FaceTracker::detected(const cv::Mat& rgb, const RectF& box, const Face& face) {
  box_ = box;
  misses_ = 0;
  lastFaceShare_ = box.width / std::max(rgb.cols, rgb.rows);
  look_ = facePatch(rgb, box);
  centre_ = centroid(face.landmarks);
  spread_ = spreadOf(face.landmarks, centre_);
  framesSinceDetection_ = 0;
}

void FaceTracker::tracked(const Face& face) {
  if (!box_ || spread_ <= 0) return;
  const PointF c = centroid(face.landmarks);
  const double spread = spreadOf(face.landmarks, c);
  // A jump or a sudden change of size means the fit lost the face: detect on the next frame.
  if (distance(c, centre_) > 0.35 * box_->width || std::abs(spread / spread_ - 1) > 0.25) {
    reset();
    return;
  }
  // Move and scale the box with the landmarks, so the next fit starts where the face is now.
  const double k = spread / spread_;
  lastFaceShare_ *= k;
  const RectF previous = *box_;
  box_->width = previous.width * k;
  box_->height = previous.height * k;
  box_->x = previous.x + (c.x - centre_.x) + (previous.width - box_->width) / 2;
  box_->y = previous.y + (c.y - centre_.y) + (previous.height - box_->height) / 2;
  centre_ = c;
  spread_ = spread;
}

void FaceTracker::reset() {
  box_.reset();
  look_.release();
  framesSinceDetection_ = 0;
}

void FaceTracker::missed() {
  reset();
  ++misses_;
  if (misses_ >= 3) lastFaceShare_ = 0;  // the face is gone, not just small: back to the usual search
}

int FaceTracker::detectionLongSide(int frameLongSide) const {
  double side = kUsualSide;
  if (lastFaceShare_ > 0) {
    side = kWantedFacePx / lastFaceShare_;
  } else if (misses_ % 3 == 2) {
    side = kWideSide;
  }
  return static_cast<int>(std::clamp(side, static_cast<double>(kUsualSide),
                                     static_cast<double>(std::max(kUsualSide, std::min(kWideSide, frameLongSide)))));
}

}  // namespace cs
