#pragma once
// The backdrop as seen in the output photo: where it can be sampled without touching the person, and its
// colour. Computed once per image and shared by B1, B2, B3 and C1.
#include <opencv2/core.hpp>

#include <optional>

#include "cs/core/face.h"

namespace cs {

struct BackdropSample {
  bool usable = false;
  cv::Mat lab;           // the output in float Lab (L 0-100)
  cv::Mat topStrip;      // 8-bit mask: rows above the hair, across the width (never the person)
  cv::Vec3f colour;      // median Lab of the top strip
  // Patches beside the head at eye level and in the top corners, restricted to backdrop-coloured pixels;
  // used for the gradient and shadow measures. Empty when the head fills that side.
  cv::Mat nearHead;      // 8-bit mask: backdrop-coloured pixels just beside the head (cheek to chin level)
  // How much darker than the top strip the darkest fifth of `nearHead` is on each side of the face's centre,
  // as a share of the strip's L*: one side for a cast shadow (B2), both for a light falling off down the
  // cloth (B1). Empty where the head fills that side.
  std::optional<double> darkerLeft, darkerRight;
};

// `outputLab`: the output photo in float Lab (fastLab); the sample keeps it.
BackdropSample sampleBackdrop(const cv::Mat& outputLab, const cv::Mat& valid, const Face& outputFace);

// Mean Lab of `lab` under `mask`, and how many pixels were averaged.
cv::Vec3f meanLab(const cv::Mat& lab, const cv::Mat& mask, int* count = nullptr);

}  // namespace cs
