#pragma once
// One FaceDetector (the internal one, below PhotoAnalyzer) for the tests that drive detection and landmarks
// directly: loading the landmark model takes ~0.8 s, so it is loaded once per test binary.
#include <gtest/gtest.h>

#include <memory>

#include "face/face_detector.h"

namespace cs::test {

inline FaceDetector& sharedDetector() {
  static std::unique_ptr<FaceDetector> shared = [] {
    auto created = FaceDetector::create("/usr/share/dlib/shape_predictor_68_face_landmarks.dat");
    EXPECT_TRUE(created.ok()) << created.error().message;
    return created.ok() ? std::move(*created) : nullptr;
  }();
  return *shared;
}

}  // namespace cs::test
