// The regions the lighting checks read (the face inside the jaw line, each eye) are masks over their own
// bounding box, not over the whole photo. They must cover exactly the pixels a whole-photo mask of the
// same polygon covers, wherever the polygon lies: inside the photo, across its edge, or outside it.
#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>

#include <cmath>

#include "checks/face_regions.h"

namespace cs {
namespace {

// The same polygon filled over the whole photo, as the checks did before.
cv::Mat wholePhotoMask(cv::Size size, const Landmarks& p, std::initializer_list<int> indices) {
  std::vector<cv::Point> poly;
  for (int k : indices) poly.emplace_back(cvRound(p[k].x), cvRound(p[k].y));
  cv::Mat mask(size, CV_8U, cv::Scalar(0));
  cv::fillPoly(mask, std::vector<std::vector<cv::Point>>{poly}, cv::Scalar(255));
  return mask;
}

// An eye-shaped hexagon in landmarks 36-41, centred at (x, y), `w` wide.
Landmarks eyeAt(double x, double y, double w) {
  Landmarks p{};
  const double h = w / 3;
  p[36] = {x - w / 2, y};
  p[37] = {x - w / 6, y - h / 2 - 0.3};
  p[38] = {x + w / 6, y - h / 2};
  p[39] = {x + w / 2, y + 0.4};
  p[40] = {x + w / 6, y + h / 2};
  p[41] = {x - w / 6, y + h / 2 + 0.2};
  return p;
}

void expectSamePixels(const cv::Mat& whole, const RegionMask& region, const std::string& where) {
  cv::Mat placed(whole.size(), CV_8U, cv::Scalar(0));
  if (!region.box.empty()) region.mask.copyTo(placed(region.box));
  EXPECT_EQ(cv::countNonZero(whole != placed), 0) << where;
  EXPECT_EQ(cv::countNonZero(whole), region.box.empty() ? 0 : cv::countNonZero(region.mask)) << where;
}

TEST(FaceRegions, AnEyeMaskCoversTheSamePixelsAsAWholePhotoMask) {
  const cv::Size photo(480, 640);
  const std::initializer_list<int> eye{36, 37, 38, 39, 40, 41};
  const struct {
    double x, y, w;
    const char* where;
  } cases[] = {{200.4, 300.6, 40, "inside"},       {5, 300, 40, "across the left edge"},
               {470, 635, 50, "across a corner"}, {-100, 300, 40, "outside"},
               {240, 320, 1, "a single pixel"}};
  for (const auto& c : cases) {
    const Landmarks p = eyeAt(c.x, c.y, c.w);
    expectSamePixels(wholePhotoMask(photo, p, eye), polygonRegion(photo, p, eye), c.where);
  }
}

// A level face 200 px wide: jaw points 0-16 on a half ellipse below the eyes, brows 17-26 above them.
Face levelFace(double cx, double eyeY, double width) {
  Face f;
  for (int k = 0; k <= 16; ++k) {
    const double a = 3.14159265358979 * k / 16;  // from the image-left cheek, round the chin, to the right one
    f.landmarks[k] = {cx - width / 2 * std::cos(a), eyeY + 0.1 * width + 0.6 * width * std::sin(a)};
  }
  for (int k = 17; k <= 26; ++k) f.landmarks[k] = {cx - 0.4 * width + (k - 17) * 0.8 * width / 9, eyeY - 0.15 * width};
  f.leftEye = {cx - 0.2 * width, eyeY};
  f.rightEye = {cx + 0.2 * width, eyeY};
  f.cheekLeft = f.landmarks[1];
  f.cheekRight = f.landmarks[15];
  return f;
}

bool covers(const RegionMask& r, double x, double y) {
  const cv::Point p(cvRound(x), cvRound(y));
  return r.box.contains(p) && r.mask.at<std::uint8_t>(p - r.box.tl()) != 0;
}

TEST(FaceRegions, TheHotSpotRegionReachesUpTheForeheadButNotIntoTheHair) {
  const Face f = levelFace(240, 300, 200);
  const double fw = f.faceWidth(), browY = 300 - 0.15 * 200;
  const RegionMask region = faceAndForeheadRegion(f, {480, 640});
  EXPECT_TRUE(covers(region, 240, browY - 0.15 * fw)) << "the middle of the forehead";
  EXPECT_TRUE(covers(region, 240, browY - (kForeheadHeight - 0.02) * fw)) << "just under the band's top";
  EXPECT_FALSE(covers(region, 240, browY - (kForeheadHeight + 0.05) * fw)) << "above it: the hair";
  EXPECT_TRUE(covers(region, 240, 400)) << "the face below the eyes";
  EXPECT_FALSE(covers(region, 240 - 0.55 * fw, 300)) << "beside the face: the backdrop";
  // The plain face region stops at the brows.
  const RegionMask face = faceRegion(f, {480, 640});
  EXPECT_FALSE(covers(face, 240, browY - 0.15 * fw));
}

}  // namespace
}  // namespace cs
