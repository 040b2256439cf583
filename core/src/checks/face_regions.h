#pragma once
// Regions of the output photo derived from the landmarks, shared by the lighting, expression and
// accessory checks. All in output pixels, clipped to the image.
#include <opencv2/core.hpp>

#include "cs/core/face.h"

namespace cs {

// A polygon of landmarks filled in, as a mask over its bounding box (clipped to the image) rather than the
// whole photo: a check reading it touches the face's pixels only (an eye is ~0.1 % of the photo).
struct RegionMask {
  cv::Rect box;  // in output pixels; empty when the polygon is outside the image
  cv::Mat mask;  // box.size(), 255 inside the polygon
};
RegionMask polygonRegion(cv::Size size, const Landmarks& p, std::initializer_list<int> indices);
cv::Rect clipped(const cv::Rect& r, cv::Size size);
// The skin of the left / right cheek (image sides): below the eyes, beside the nose, above the mouth.
cv::Rect cheekRect(const Face& f, bool imageLeft, cv::Size size);
// The face from the brows to the chin, inside the jaw line.
RegionMask faceRegion(const Face& f, cv::Size size);
// The face inside the jaw line and the forehead above the brows: a band kForeheadHeight face widths tall,
// as wide as the brows' outer ends, measured across the eye line. A flash's glare falls on the forehead
// first; above the brows there is only skin, or hair, which is never as bright.
inline constexpr double kForeheadHeight = 0.3;
RegionMask faceAndForeheadRegion(const Face& f, cv::Size size);
// The clothing below the chin: from 0.3 face widths under the chin to the bottom, 1.6 face widths wide
// around the face's centre (the chest and the inner shoulders; the neck is part of it).
cv::Rect clothingRect(const Face& f, cv::Size size);
// A box around one eye (36-41 or 42-47), grown by `grow` times the eye's width.
cv::Rect eyeRect(const Face& f, bool imageLeft, double grow, cv::Size size);

}  // namespace cs
