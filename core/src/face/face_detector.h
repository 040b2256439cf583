#pragma once
// dlib's HOG face detector and 68-point shape predictor behind plain types. The only place dlib is
// included is face_detector.cpp (it costs ~12 s to compile). Not thread-safe: one per thread (detect() may start and join its own worker).
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

// Whether detect() may use a second thread (the search is split by pyramid level; same faces, same scores).
enum class DetectionThreads { One, Two };

class FaceDetector {
 public:
  // modelPath: the shape_predictor_68_face_landmarks.dat file (Debian: libdlib-data).
  static Expected<std::unique_ptr<FaceDetector>> create(const std::string& modelPath);
  ~FaceDetector();
  FaceDetector(const FaceDetector&) = delete;
  FaceDetector& operator=(const FaceDetector&) = delete;

  // Faces in an 8-bit RGB image. Faces narrower than ~70 px are not found: scale the image first.
  std::vector<Detection> detect(const cv::Mat& rgb, DetectionThreads threads = DetectionThreads::Two);
  // The 68 landmarks of the face in `box`, in the pixels of `rgb`.
  Landmarks landmarks(const cv::Mat& rgb, const RectF& box);

 private:
  struct Impl;
  explicit FaceDetector(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cs
