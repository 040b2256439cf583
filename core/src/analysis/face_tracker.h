#pragma once
// Live tracking: between detections, the face is followed by its own landmarks (the shape predictor
// refits them from the previous box in ~1.5 ms), and the HOG detector (~25 ms) runs only every few frames
// or when the landmarks jump, so the preview analysis keeps up with the camera. Stills never track.
#include <optional>

#include "cs/core/face.h"

namespace cs {

class FaceTracker {
 public:
  // The box to fit landmarks in for this frame without detecting, or nothing when a detection is due.
  std::optional<RectF> predictedBox();
  // A detection found exactly one face, in `box`, measured as `face`: follow it from here.
  void detected(const RectF& box, const Face& face);
  // Landmarks were refitted in the predicted box: move the box with them, or give up if they jumped.
  void tracked(const Face& face);
  void reset();

 private:
  // A whole-frame detection at least this often, so a second person stepping in is seen (B2).
  static constexpr int kRedetectEvery = 6;
  std::optional<RectF> box_;
  PointF centre_;       // landmark centroid when box_ was set
  double spread_ = 0;   // landmark spread (mean distance from the centroid) when box_ was set
  int framesSinceDetection_ = 0;
};

}  // namespace cs
