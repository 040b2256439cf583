#pragma once
// The look of a face: a small grey patch of its box, compared by normalised cross-correlation. The live
// tracker keeps the look at each detection and, before following the face to the next frame, checks that
// the box still shows it (the shape predictor fits 68 points to an empty backdrop too, with no score).
#include <opencv2/core.hpp>

#include "cs/core/geometry.h"

namespace cs {

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
