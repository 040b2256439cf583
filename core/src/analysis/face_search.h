#pragma once
// Finding the faces in an image at a size the HOG detector handles well, and measuring the one face.
#include <memory>
#include <optional>
#include <vector>

#include <opencv2/core.hpp>

#include "cs/core/analyzer.h"
#include "cs/core/face.h"
#include "face/face_detector.h"

namespace cs {

class IncrementalFaceSearch;

// The long side of the first search's image.
inline constexpr int kFirstPassSide = 512;

// The faces that matter: dlib's detections mapped back to `rgb`'s pixels, without those much smaller than
// the largest (a face in a poster far behind is not a second sitter).
// `firstPassSide` is the long side of the first search (512 unless the live tracker asks for more).
// `firstPass`: that search's faces when it was already run (firstPassFaces, while the photo was decoded).
FaceSearch findFaces(FaceDetector& detector, const cv::Mat& rgb, AnalysisDepth depth,
                     int firstPassSide = kFirstPassSide, const std::vector<RectF>* firstPass = nullptr);

// The first pass (at kFirstPassSide) of a still whose rows are still arriving, and the faces it found.
std::unique_ptr<IncrementalFaceSearch> startFirstPass(FaceDetector& detector, const cv::Mat& rgb);
std::vector<RectF> firstPassFaces(IncrementalFaceSearch& search);

// Landmarks, measurements and the hair top of the single face in `box`.
Face measureSingleFace(FaceDetector& detector, const cv::Mat& rgb, const RectF& box);

}  // namespace cs
