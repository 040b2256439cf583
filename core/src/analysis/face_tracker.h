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

// The look of what is inside `box` of `rgb`: a small grey patch (kFacePatchSide square, area-averaged so
// a few pixels of movement barely change it), with its mean and any straight shading across it removed and
// its contrast scaled to 1, so the camera's exposure, white balance and the light's direction do not
// matter. All zero when nothing is left (a plain backdrop); empty when less than half the box is in the frame.
inline constexpr int kFacePatchSide = 24;
cv::Mat facePatch(const cv::Mat& rgb, const RectF& box);
// Normalised cross-correlation of two facePatch()es: 1 = the same picture, ~0 = unrelated; 0 when
// either is empty or flat (a plain backdrop has no look to compare).
double patchSimilarity(const cv::Mat& a, const cv::Mat& b);
// The best patchSimilarity() of `look` with the look of `box` in `rgb` moved by up to kLookSlack patch
// cells (1/24 of the box each) in each direction: the face may have moved since the box was predicted.
inline constexpr int kLookSlack = 2;
double lookSimilarity(const cv::Mat& look, const cv::Mat& rgb, const RectF& box);
// stillShowsFace() keeps a box whose lookSimilarity() to the detected look is at least this. Measured
// (tests/core/face_tracker_test.cpp, 16 sitters of ../shared/testdata/idstyle in a 1280x720 frame, faces
// 180-320 px): the same face one frame later, moved 4-15 px and grown up to 3 %, 0.88-0.99; the same person
// neutral then smiling with teeth, 0.86-0.89; the box on the shirt of a candidate standing up, on another
// scene or on the empty backdrop (plain or side-lit), at most 0.54 (shirts; other scenes up to 0.31,
// backdrops 0). Between the two.
inline constexpr double kSameFaceSimilarity = 0.7;

}  // namespace cs
