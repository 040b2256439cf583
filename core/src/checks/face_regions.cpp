#include "checks/face_regions.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace cs {

cv::Rect clipped(const cv::Rect& r, cv::Size size) { return r & cv::Rect(0, 0, size.width, size.height); }

namespace {

RegionMask filledPolygon(cv::Size size, const std::vector<cv::Point>& poly) {
  // fillPoly fills no pixel outside the points' bounding box (inclusive of its last row and column).
  RegionMask region{clipped(cv::boundingRect(poly), size), {}};
  region.mask = cv::Mat(region.box.size(), CV_8U, cv::Scalar(0));
  if (!region.box.empty()) {
    cv::fillPoly(region.mask, std::vector<std::vector<cv::Point>>{poly}, cv::Scalar(255), cv::LINE_8, 0,
                 -region.box.tl());
  }
  return region;
}

cv::Point rounded(PointF p) { return {cvRound(p.x), cvRound(p.y)}; }

}  // namespace

RegionMask polygonRegion(cv::Size size, const Landmarks& p, std::initializer_list<int> indices) {
  std::vector<cv::Point> poly;
  for (int k : indices) poly.push_back(rounded(p[k]));
  return filledPolygon(size, poly);
}

cv::Rect cheekRect(const Face& f, bool imageLeft, cv::Size size) {
  const Landmarks& p = f.landmarks;
  // Between the outer eye corner's column and the nose wing, from below the eye to the mouth corner.
  const double top = imageLeft ? p[41].y + 0.25 * (p[31].y - p[41].y) : p[46].y + 0.25 * (p[35].y - p[46].y);
  const double bottom = imageLeft ? p[48].y : p[54].y;
  const double x0 = imageLeft ? p[36].x : p[35].x + 0.15 * (p[45].x - p[35].x);
  const double x1 = imageLeft ? p[31].x - 0.15 * (p[31].x - p[36].x) : p[45].x;
  return clipped(cv::Rect(cv::Point(cvRound(x0), cvRound(top)), cv::Point(cvRound(x1), cvRound(bottom))), size);
}

RegionMask faceRegion(const Face& f, cv::Size size) {
  return polygonRegion(size, f.landmarks, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 26, 25, 24, 19, 18, 17});
}

RegionMask faceAndForeheadRegion(const Face& f, cv::Size size) {
  const Landmarks& p = f.landmarks;
  // "Up" is across the eye line, so a slightly rolled head keeps its forehead.
  const double ex = f.rightEye.x - f.leftEye.x, ey = f.rightEye.y - f.leftEye.y;
  const double len = std::max(1e-6, std::hypot(ex, ey)), rise = kForeheadHeight * f.faceWidth();
  const auto raised = [&](PointF q) { return rounded({q.x + ey / len * rise, q.y - ex / len * rise}); };
  std::vector<cv::Point> poly;
  for (int k = 0; k <= 16; ++k) poly.push_back(rounded(p[k]));
  poly.push_back(rounded(p[26]));
  poly.push_back(raised(p[26]));
  poly.push_back(raised(p[17]));
  poly.push_back(rounded(p[17]));
  return filledPolygon(size, poly);
}

cv::Rect clothingRect(const Face& f, cv::Size size) {
  const int top = cvRound(f.chinY + 0.3 * f.faceWidth());
  const int left = cvRound(f.faceCentreX() - 0.8 * f.faceWidth());
  return clipped(cv::Rect(left, top, cvRound(1.6 * f.faceWidth()), size.height - top), size);
}

cv::Rect eyeRect(const Face& f, bool imageLeft, double grow, cv::Size size) {
  const int first = imageLeft ? 36 : 42;
  double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
  for (int k = first; k < first + 6; ++k) {
    x0 = std::min(x0, f.landmarks[k].x);
    x1 = std::max(x1, f.landmarks[k].x);
    y0 = std::min(y0, f.landmarks[k].y);
    y1 = std::max(y1, f.landmarks[k].y);
  }
  const double g = grow * (x1 - x0);
  return clipped(cv::Rect(cv::Point(cvRound(x0 - g), cvRound(y0 - g)), cv::Point(cvRound(x1 + g), cvRound(y1 + g))),
                 size);
}

}  // namespace cs
