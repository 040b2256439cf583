#include "face/hair_top.h"

#include <opencv2/imgproc.hpp>

#include "image/fast_resize.h"
#include "image/lab.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace cs {
namespace {

// The analysis runs on a copy scaled so the face is about this wide: enough detail for a hairline,
// and the same thresholds at every camera resolution.
constexpr double kWorkFaceWidth = 160.0;

struct Region {
  cv::Mat smoothed;  // the region above the brows at the work scale, 8-bit RGB, smoothed
  cv::Mat lab;       // its float Lab, converted only where read (convertReadParts)
  double scale;      // work pixels per image pixel
  cv::Rect roi;      // in image pixels
};

// The upper outer corners the backdrop model samples: a sixth of the width, a third of the height.
cv::Size cornerSize(cv::Size region) {
  return {std::min(region.width, std::max(2, region.width / 6)), std::min(region.height, std::max(2, region.height / 3))};
}

Region extractRegion(const cv::Mat& rgb, const Face& face) {
  const double fw = std::max(face.faceWidth(), 8.0);
  const double browY = std::min(face.landmarks[19].y, face.landmarks[24].y);
  const int x0 = std::max(0, static_cast<int>(face.faceCentreX() - 1.1 * fw));
  const int x1 = std::min(rgb.cols, static_cast<int>(face.faceCentreX() + 1.1 * fw));
  const int y1 = std::clamp(static_cast<int>(browY), 1, rgb.rows);
  Region r;
  r.roi = cv::Rect(x0, 0, std::max(1, x1 - x0), y1);
  r.scale = kWorkFaceWidth / fw;
  r.smoothed = scaledFast(rgb(r.roi), r.scale);
  cv::GaussianBlur(r.smoothed, r.smoothed, cv::Size(5, 5), 0);
  return r;
}

// The Lab of the pixels the measurement reads: the two upper corners (the backdrop model) and the central
// columns [xFrom, xTo) the walk goes up, a third of the region in all. Each pixel converts on its own, so
// they hold what a conversion of the whole region would.
void convertReadParts(Region& r, int xFrom, int xTo) {
  r.lab.create(r.smoothed.size(), CV_32FC3);
  const cv::Size corner = cornerSize(r.lab.size());
  for (const cv::Rect part : {cv::Rect(0, 0, corner.width, corner.height),
                              cv::Rect(r.lab.cols - corner.width, 0, corner.width, corner.height),
                              cv::Rect(xFrom, 0, xTo - xFrom, r.lab.rows)}) {
    cv::Mat into = r.lab(part);
    fastLabRows(r.smoothed(part), into, 0, part.height);
  }
}

// Squared Lab distance: the walk compares it with a squared threshold, which saves a square root per pixel.
float deltaE2(const cv::Vec3f& a, const cv::Vec3f& b) {
  const cv::Vec3f d = a - b;
  return d.dot(d);
}

// The backdrop colour: the median of the region's upper outer corners, where a head never is in a
// framed portrait; and how much it varies there.
void backdropModel(const cv::Mat& lab, cv::Vec3f& colour, float& spread) {
  const cv::Size corner = cornerSize(lab.size());
  const int cw = corner.width, ch = corner.height;
  std::vector<cv::Vec3f> samples;
  samples.reserve(static_cast<std::size_t>(2 * cw * ch));
  for (int y = 0; y < ch; ++y) {
    const cv::Vec3f* row = lab.ptr<cv::Vec3f>(y);
    for (int x = 0; x < cw; ++x) {
      samples.push_back(row[x]);
      samples.push_back(row[lab.cols - 1 - x]);
    }
  }
  std::vector<float> v(samples.size());
  for (int c = 0; c < 3; ++c) {
    for (std::size_t i = 0; i < samples.size(); ++i) v[i] = samples[i][c];
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    colour[c] = v[v.size() / 2];
  }
  for (std::size_t i = 0; i < samples.size(); ++i) v[i] = deltaE2(samples[i], colour);
  std::nth_element(v.begin(), v.begin() + v.size() * 3 / 4, v.end());
  spread = std::sqrt(v[v.size() * 3 / 4]);
}

// Share of the central columns of row y that differ from the backdrop by more than `threshold`.
double rowCoverage(const cv::Mat& lab, int y, int xFrom, int xTo, const cv::Vec3f& bg, float threshold) {
  const float limit = threshold * threshold;
  const cv::Vec3f* row = lab.ptr<cv::Vec3f>(y);
  int hits = 0;
  for (int x = xFrom; x < xTo; ++x) hits += deltaE2(row[x], bg) > limit;
  return static_cast<double>(hits) / std::max(1, xTo - xFrom);
}

}  // namespace

HairTop measureHairTop(const cv::Mat& rgb, const Face& face) {
  HairTop result;
  if (rgb.empty() || face.faceWidth() < 8) return result;
  Region r = extractRegion(rgb, face);
  const int cols = r.smoothed.cols;
  const int centre = static_cast<int>((face.faceCentreX() - r.roi.x) * r.scale);
  const int half = static_cast<int>(0.3 * kWorkFaceWidth);
  const int xFrom = std::clamp(centre - half, 0, cols - 1), xTo = std::clamp(centre + half, 1, cols);
  convertReadParts(r, xFrom, std::max(xFrom + 1, xTo));
  const cv::Mat& lab = r.lab;
  cv::Vec3f bg;
  float spread = 0;
  backdropModel(lab, bg, spread);
  const float threshold = std::max(6.0f, 2.5f * spread + 3.0f);

  // Walk up from the brows while rows are mostly head; a short run of backdrop rows ends the head.
  constexpr double kHeadRow = 0.3;
  constexpr int kGapRows = 3;
  int top = lab.rows - 1, misses = 0;
  for (int y = lab.rows - 1; y >= 0; --y) {
    if (rowCoverage(lab, y, xFrom, xTo, bg, threshold) >= kHeadRow) {
      top = y;
      misses = 0;
    } else if (++misses > kGapRows) {
      break;
    }
  }
  result.atImageEdge = top <= 1;
  result.y = r.roi.y + top / r.scale;
  // A forehead is always there: a "hair top" found barely above the brows means the backdrop model was
  // wrong (hair or clutter in the corners), so the measurement is not trusted.
  constexpr double kMinHairAboveEyes = 0.55;
  result.found = result.atImageEdge || face.eyeCentre().y - result.y >= kMinHairAboveEyes * face.faceWidth();
  return result;
}

}  // namespace cs
