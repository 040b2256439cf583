#include "encode_inputs.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "support/test_support.h"

namespace cs::test {
namespace {

Image fromMat(const cv::Mat& bgr) {
  cv::Mat rgb;
  cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
  Image image(rgb.cols, rgb.rows);
  for (int y = 0; y < rgb.rows; ++y) std::copy_n(rgb.ptr<std::uint8_t>(y), rgb.cols * 3, image.row(y));
  return image;
}

cv::Mat toMat(const Image& image) {
  cv::Mat rgb(image.height, image.width, CV_8UC3, const_cast<std::uint8_t*>(image.rgb.data()));
  cv::Mat bgr;
  cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
  return bgr;
}

}  // namespace

std::vector<std::string> sharedPortraitPaths() {
  std::vector<std::string> paths;
  for (const char* folder : {"idstyle/images", "derived"}) {
    const std::string dir = sharedPhoto(folder);
    if (dir.empty() || !std::filesystem::is_directory(dir)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
      if (entry.path().extension() == ".jpg") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

Image portraitAt(const std::string& path, int width, int height) {
  const cv::Mat source = cv::imread(path, cv::IMREAD_COLOR);
  if (source.empty()) return {};
  // The largest centred region with the output's aspect ratio.
  int cropW = source.cols, cropH = source.cols * height / width;
  if (cropH > source.rows) { cropH = source.rows; cropW = source.rows * width / height; }
  const cv::Rect region((source.cols - cropW) / 2, (source.rows - cropH) / 2, cropW, cropH);
  cv::Mat scaled;
  const bool shrinking = cropW >= width;
  cv::resize(source(region), scaled, cv::Size(width, height), 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_CUBIC);
  return fromMat(scaled);
}

Image smoothImage(int width, int height) {
  Image image(width, height);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      const double dx = x - width / 2.0, dy = y - height / 2.5;
      const double disc = 1.0 / (1.0 + std::exp((std::sqrt(dx * dx + dy * dy) - 120.0) / 25.0));  // soft edge
      std::uint8_t* p = image.row(y) + 3 * x;
      p[0] = static_cast<std::uint8_t>(150 + 60 * x / width - 40 * disc);
      p[1] = static_cast<std::uint8_t>(170 + 40 * y / height - 30 * disc);
      p[2] = static_cast<std::uint8_t>(200 - 20 * y / height + 20 * disc);
    }
  return image;
}

Image noiseImage(int width, int height, unsigned seed) {
  cv::Mat noise(height, width, CV_8UC3);
  cv::theRNG().state = seed;
  cv::randu(noise, cv::Scalar::all(0), cv::Scalar::all(256));
  return fromMat(noise);
}

Image texturedImage(int width, int height) {
  Image image = smoothImage(width, height);
  cv::Mat texture(height, width, CV_8UC3);
  cv::theRNG().state = 11;
  cv::randn(texture, cv::Scalar::all(0), cv::Scalar::all(40));
  cv::GaussianBlur(texture, texture, cv::Size(0, 0), 1.2);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width * 3; ++x) {
      const int v = image.row(y)[x] + static_cast<std::int8_t>(texture.ptr<std::uint8_t>(y)[x]) / 2;
      image.row(y)[x] = static_cast<std::uint8_t>(std::clamp(v, 0, 255));
    }
  return image;
}

std::vector<std::uint8_t> opencvJpeg(const Image& image, int quality, bool progressive, bool grey) {
  cv::Mat mat = toMat(image);
  if (grey) cv::cvtColor(mat, mat, cv::COLOR_BGR2GRAY);
  std::vector<std::uint8_t> bytes;
  cv::imencode(".jpg", mat, bytes,
               {cv::IMWRITE_JPEG_QUALITY, quality, cv::IMWRITE_JPEG_PROGRESSIVE, progressive ? 1 : 0});
  return bytes;
}

std::string shortName(const std::string& path) { return std::filesystem::path(path).stem().string().substr(0, 24); }

}  // namespace cs::test
