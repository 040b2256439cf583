#pragma once
// Renders a crop plan's window at the output size: scale and crop only (I2), area-averaged when shrinking.
#include <opencv2/core.hpp>

#include "cs/core/crop_plan.h"
#include "cs/core/spec_profile.h"

namespace cs {

// The window of `plan` at profile.outputWidth x outputHeight. Where the window leaves the photo the result
// is black and `valid` (if given) is 0: only for analysis and the preview, never saved (I5: no padding).
cv::Mat renderWindow(const cv::Mat& rgb, const CropPlan& plan, const SpecProfile& profile, cv::Mat* valid = nullptr);

}  // namespace cs
