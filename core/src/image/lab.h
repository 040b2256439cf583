#pragma once
// CIE Lab for the checks, fast: OpenCV's 8-bit RGB->Lab conversion, table-driven and several times faster
// than its float one, rescaled to the float ranges the thresholds are written in (L 0-100, a* and b* around
// 0). The 8-bit step quantises a* and b* to whole units: ample for a backdrop. The conversion is our own
// loop over OpenCV's tables (lab_row.h), the same bytes as cvtColor's (tested on every colour).
#include <opencv2/core.hpp>

namespace cs {

// 8-bit RGB in, CV_32FC3 Lab out.
cv::Mat fastLab(const cv::Mat& rgb);
// Rows [y0, y1) of `rgb` converted into the same rows of `lab` (CV_32FC3, rgb's size, allocated by the
// caller): parts of one image can be converted on different threads. `chroma` (optional, CV_8U, rgb's size,
// allocated by the caller) gets each pixel's C* = |a*, b*| on those rows, made while the row is at hand.
void fastLabRows(const cv::Mat& rgb, cv::Mat& lab, int y0, int y1, cv::Mat* chroma = nullptr);

// One colour (RGB 0-255) in OpenCV's float Lab, unquantised: the backdrop references. Safe from any thread.
cv::Vec3f exactLab(const cv::Vec3d& rgb);

}  // namespace cs
