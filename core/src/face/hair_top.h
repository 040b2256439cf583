#pragma once
// The top of the hair (G2). No landmark reaches it, so it is measured from the pixels: above the brows,
// rows are scanned upwards until they look like the backdrop again.
#include <opencv2/core.hpp>

#include "cs/core/face.h"

namespace cs {

struct HairTop {
  bool found = false;
  double y = 0;              // in the image's pixels
  bool atImageEdge = false;  // the head runs into the top edge: its top is not in the photo
};

// `rgb`: the whole image; `face`: measured landmarks in the same pixels.
HairTop measureHairTop(const cv::Mat& rgb, const Face& face);

}  // namespace cs
