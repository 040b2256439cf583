#include "checks/backdrop_sample.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace cs {
namespace {

// The per-channel median of `lab` where `mask` is set, sampling every other pixel of rows [0, rows).
cv::Vec3f medianLab(const cv::Mat& lab, const cv::Mat& mask, int rows) {
  std::vector<float> ch[3];
  for (int y = 0; y < rows; y += 2) {
    for (int x = 0; x < lab.cols; x += 2) {
      if (mask.at<std::uint8_t>(y, x) == 0) continue;
      const auto& v = lab.at<cv::Vec3f>(y, x);
      for (int c = 0; c < 3; ++c) ch[c].push_back(v[c]);
    }
  }
  cv::Vec3f m(0, 0, 0);
  for (int c = 0; c < 3; ++c) {
    if (ch[c].empty()) return m;
    std::nth_element(ch[c].begin(), ch[c].begin() + ch[c].size() / 2, ch[c].end());
    m[c] = ch[c][ch[c].size() / 2];
  }
  return m;
}

// The lightness that the darkest fifth of the masked backdrop pixels stay under: a shadow covers part of
// one side only, so a mean would dilute it. NaN when too few pixels are visible.
double darkQuantile(const cv::Mat& lab, const cv::Mat& mask) {
  std::vector<float> values;
  const cv::Rect area = cv::boundingRect(mask);  // the patches beside the head: a band of rows, not the photo
  for (int y = area.y; y < area.y + area.height; ++y) {
    const std::uint8_t* keep = mask.ptr<std::uint8_t>(y);
    const cv::Vec3f* row = lab.ptr<cv::Vec3f>(y);
    for (int x = area.x; x < area.x + area.width; ++x) {
      if (keep[x] != 0) values.push_back(row[x][0]);
    }
  }
  if (values.size() < 300) return std::nan("");
  std::nth_element(values.begin(), values.begin() + values.size() / 5, values.end());
  return values[values.size() / 5];
}

// How much darker the backdrop beside the head is than above it, left and right of the face's centre.
void measureDarknessBesideHead(BackdropSample& s, const Face& f) {
  const int w = s.lab.cols, mid = std::clamp(static_cast<int>(f.faceCentreX()), 0, w);
  const auto side = [&](cv::Rect r) -> std::optional<double> {
    if (r.width == 0) return std::nullopt;
    const double near = darkQuantile(s.lab(r), s.nearHead(r));
    if (std::isnan(near)) return std::nullopt;
    return (s.colour[0] - near) / std::max(1.0, static_cast<double>(s.colour[0]));
  };
  s.darkerLeft = side(cv::Rect(0, 0, mid, s.lab.rows));
  s.darkerRight = side(cv::Rect(mid, 0, w - mid, s.lab.rows));
}

}  // namespace

cv::Vec3f meanLab(const cv::Mat& lab, const cv::Mat& mask, int* count) {
  const int n = cv::countNonZero(mask);
  if (count != nullptr) *count = n;
  if (n == 0) return {0, 0, 0};
  const cv::Scalar m = cv::mean(lab, mask);
  return {static_cast<float>(m[0]), static_cast<float>(m[1]), static_cast<float>(m[2])};
}

BackdropSample sampleBackdrop(const cv::Mat& outputLab, const cv::Mat& valid, const Face& f) {
  BackdropSample s;
  s.lab = outputLab;
  const cv::Size size = outputLab.size();
  // Above the hair: from the top edge to a little above the measured hair top (or a fixed 40 rows).
  const int stripBottom = f.hairTopY ? std::clamp(static_cast<int>(*f.hairTopY) - 10, 0, size.height) : 40;
  s.topStrip = cv::Mat(size, CV_8U, cv::Scalar(0));
  if (stripBottom >= 8) s.topStrip(cv::Rect(0, 0, size.width, stripBottom)).setTo(255);
  s.topStrip &= valid;
  if (cv::countNonZero(s.topStrip) < 500) return s;
  s.colour = medianLab(s.lab, s.topStrip, stripBottom);
  s.usable = true;

  // Beside the head, outside the ears, from just below the hair top to the chin: where a cast shadow shows.
  const double fw = f.faceWidth();
  const double headTop = f.hairTopY.value_or(f.eyeCentre().y - 0.8 * fw);
  const int y0 = std::clamp(static_cast<int>(headTop + 0.1 * fw), 0, size.height);
  const int y1 = std::clamp(static_cast<int>(f.chinY), y0, size.height);
  s.nearHead = cv::Mat(size, CV_8U, cv::Scalar(0));
  const int leftEnd = std::clamp(static_cast<int>(f.cheekLeft.x - 0.25 * fw), 0, size.width);
  const int rightStart = std::clamp(static_cast<int>(f.cheekRight.x + 0.25 * fw), 0, size.width);
  if (y1 > y0) {
    if (leftEnd > 0) s.nearHead(cv::Rect(0, y0, leftEnd, y1 - y0)).setTo(255);
    if (rightStart < size.width) s.nearHead(cv::Rect(rightStart, y0, size.width - rightStart, y1 - y0)).setTo(255);
  }
  // Keep only pixels with the backdrop's hue (a shadow darkens, it does not recolour); hair and
  // shoulders differ in colour or are far darker. Less light on a coloured cloth scales its a* and b*
  // with its L* + 16 (all three follow the cube root of the light), so a light-blue backdrop falling
  // off to a darker blue beside the head is still the backdrop; a grey one has a* = b* = 0 at any light.
  // Only the two sides were set: the columns between them are skipped rather than tested one by one.
  const auto keepBackdropLike = [&](int y, int xBegin, int xEnd) {
    std::uint8_t* keep = s.nearHead.ptr<std::uint8_t>(y);
    const cv::Vec3f* lab = s.lab.ptr<cv::Vec3f>(y);
    const float perLightness = 1.0f / (s.colour[0] + 16.0f);
    for (int x = xBegin; x < xEnd; ++x) {
      if (keep[x] == 0) continue;
      const float shade = (lab[x][0] + 16.0f) * perLightness;
      const float da = lab[x][1] - shade * s.colour[1], db = lab[x][2] - shade * s.colour[2];
      const bool backdropLike = da * da + db * db < 64 && lab[x][0] > 0.45f * s.colour[0] && lab[x][0] < s.colour[0] + 8;
      if (!backdropLike) keep[x] = 0;
    }
  };
  for (int y = y0; y < y1; ++y) {
    keepBackdropLike(y, 0, leftEnd);
    keepBackdropLike(y, std::max(rightStart, leftEnd), size.width);
  }
  s.nearHead &= valid;
  measureDarknessBesideHead(s, f);
  return s;
}

}  // namespace cs
