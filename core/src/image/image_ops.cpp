#include "cs/core/image_ops.h"

#include <opencv2/imgproc.hpp>

#include "encode/jpeg_compress.h"
#include "image/cv_bridge.h"

namespace cs {

Image resizedImage(const Image& image, int width, int height) {
  cv::Mat out;
  const bool shrinking = width < image.width;
  cv::resize(asMat(image), out, cv::Size(width, height), 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
  return toImage(out);
}

Image croppedImage(const Image& image, RectF area) {
  const cv::Rect r = cv::Rect(static_cast<int>(area.x), static_cast<int>(area.y), static_cast<int>(area.width),
                              static_cast<int>(area.height)) &
                     cv::Rect(0, 0, image.width, image.height);
  return toImage(asMat(image)(r));
}

Expected<std::vector<std::uint8_t>> encodePlainJpeg(const Image& image, int quality) {
  encode::CompressSettings settings;
  settings.quality = quality;
  settings.dotsPerInch = 72;
  return encode::compressBaselineJpeg(image, settings);
}

}  // namespace cs
