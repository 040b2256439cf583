#pragma once
// Finding the faces in an image at a size the HOG detector handles well, and measuring the one face.
#include <optional>

#include <opencv2/core.hpp>

#include "cs/core/analyzer.h"
#include "cs/core/face.h"
#include "face/face_detector.h"

namespace cs {

// The faces that matter: dlib's detections mapped back to `rgb`'s pixels, without those much smaller than
// the largest (a face in a poster far behind is not a second sitter).
// `firstPassSide` is the long side of the first search (512 unless the live tracker asks for more).
FaceSearch findFaces(FaceDetector& detector, const cv::Mat& rgb, AnalysisDepth depth, int firstPassSide = 512);

// Landmarks, measurements and the hair top of the single face in `box`.
Face measureSingleFace(FaceDetector& detector, const cv::Mat& rgb, const RectF& box);

}  // namespace cs
