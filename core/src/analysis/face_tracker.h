#pragma once
// Live tracking: between detections, the face is followed by its own landmarks (the shape predictor
// refits them from the previous box in ~1.5 ms), and the HOG detector (~25 ms) runs only every few frames
// or when the landmarks jump, so the preview analysis keeps up with the camera. Stills never track.
// The shape predictor fits 68 points to anything, an empty backdrop too, and gives no score to tell: before
// each fit, the box is compared with the look of the face at the last detection (a 24x24 grey patch,
// normalised cross-correlation, ~0.07 ms), so a candidate who leaves is dropped on the first frame they
// are gone. Cheaper than running HOG on the box (a few ms, and it misses some real frames: flicker).
#include <optional>

#include <opencv2/core.hpp>

#include "analysis/face_look.h"
#include "cs/core/face.h"

namespace cs {

class FaceTracker {
 public:
  // The box to fit landmarks in for this frame without detecting, or nothing when a detection is due.
  std::optional<RectF> predictedBox();
  // Whether `box` (this frame's predicted box) in `rgb` still shows the face of the last detection. When
  // it does not (the candidate left, or moved too fast to follow; or no look could be kept because the
  // detected face was mostly outside the frame), the tracker resets: detect on this frame.
  bool stillShowsFace(const cv::Mat& rgb, const RectF& box);
  // A detection in `rgb` (8-bit RGB, the whole frame) found exactly one face, in `box`, measured as
  // `face`: follow it from here.
  void detected(const cv::Mat& rgb, const RectF& box, const Face& face);
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
  // facePatch() of the box at the last detection. Taken at detections only, never renewed on a followed
  // frame: a look renewed every frame takes in each small error of the box and can drift, frame by frame,
  // onto the backdrop, and then accept it. A detection confirms the face at least every 7 frames (~0.25 s),
  // too short for a real face to change much (a smile with teeth still scores 0.86).
  cv::Mat look_;
};

}  // namespace cs
