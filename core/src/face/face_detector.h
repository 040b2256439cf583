#pragma once
// dlib's HOG face detector and 68-point shape predictor behind plain types. dlib is included only here and
// in hog_pyramid.cpp (each costs ~12 s to compile). Not thread-safe: one per thread (a search starts and
// joins its own worker).
#include <memory>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "cs/core/expected.h"
#include "cs/core/face.h"

namespace cs {

struct Detection {
  RectF box;          // in the pixels of the image passed to detect()
  double confidence;  // dlib's detection score; higher is surer
};

class IncrementalFaceSearch;

class FaceDetector {
 public:
  // modelPath: the shape_predictor_68_face_landmarks.dat file (Debian: libdlib-data).
  static Expected<std::unique_ptr<FaceDetector>> create(const std::string& modelPath);
  ~FaceDetector();
  FaceDetector(const FaceDetector&) = delete;
  FaceDetector& operator=(const FaceDetector&) = delete;

  // Faces in an 8-bit RGB image searched scaled by `scale` (as scaledFast scales), on two threads; boxes in
  // `rgb`'s pixels. Faces narrower than ~70 px in the scaled image are not found.
  std::vector<Detection> detect(const cv::Mat& rgb, double scale = 1.0);
  // The same search of an image whose rows are still arriving: feed it rows, then finish() it.
  std::unique_ptr<IncrementalFaceSearch> startSearch(const cv::Mat& rgb, double scale);
  // dlib's own detector on one thread, on `rgb` as it is: what detect() is tested against.
  std::vector<Detection> referenceDetect(const cv::Mat& rgb);
  // The 68 landmarks of the face in `box`, in the pixels of `rgb` (PackedShapePredictor).
  Landmarks landmarks(const cv::Mat& rgb, const RectF& box);
  // dlib's own shape predictor on the same model (read from the file on first use, ~0.8 s and 100 MB):
  // what landmarks() is tested against.
  Landmarks referenceLandmarks(const cv::Mat& rgb, const RectF& box);

 private:
  struct Impl;
  explicit FaceDetector(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cs
