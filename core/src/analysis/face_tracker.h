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
  void detected(const RectF& box, const Face& face, int frameLongSide);
  // Landmarks were refitted in the predicted box: move the box with them, or give up if they jumped.
  void tracked(const Face& face);
  void reset();

  // The long side, in pixels, to run the detector at on a frame whose long side is `frameLongSide`. Usually
  // 512. It is larger while the face being followed is small, so the next detection still finds it. Every
  // third frame without a face it is 1024: a candidate standing far back is then found and told to come
  // closer, rather than told there is no face.
  int detectionLongSide(int frameLongSide) const;
  // A detection found no face (or several).
  void missed();

 private:
  static constexpr int kUsualSide = 512;
  static constexpr int kWideSide = 1024;
  static constexpr double kWantedFacePx = 110;  // HOG finds faces from ~80 px: keep a margin
  int misses_ = 0;            // detections in a row without a single face
  double lastFaceShare_ = 0;  // the followed face's width over the frame's long side; 0 = none known

  // A whole-frame detection at least this often, so a second person stepping in is seen (B2).
  static constexpr int kRedetectEvery = 6;
  std::optional<RectF> box_;
  PointF centre_;       // landmark centroid when box_ was set
  double spread_ = 0;   // landmark spread (mean distance from the centroid) when box_ was set
  int framesSinceDetection_ = 0;
};

}  // namespace cs
