#include "face/face_measure.h"

#include <opencv2/calib3d.hpp>

#include <cmath>
#include <numbers>
#include <vector>

namespace cs {
namespace {

PointF mean(const Landmarks& p, int first, int last) {
  PointF m;
  for (int k = first; k <= last; ++k) {
    m.x += p[k].x;
    m.y += p[k].y;
  }
  const double n = last - first + 1;
  return {m.x / n, m.y / n};
}

double degrees(double radians) { return radians * 180.0 / std::numbers::pi; }

// Yaw and pitch from a generic 3-D head (millimetres, y up, z towards the camera) fitted to six landmarks
// with solvePnP. A generic head is enough to tell a turned or raised head from a frontal one.
HeadPose estimatePose(const Landmarks& p, int imageWidth) {
  const std::vector<cv::Point3d> model{{0, 0, 0},          {0, -63.6, -12.5},   {-43.3, 32.7, -26},
                                       {43.3, 32.7, -26},  {-28.9, -28.9, -24.1}, {28.9, -28.9, -24.1}};
  std::vector<cv::Point2d> image;
  for (int k : {30, 8, 36, 45, 48, 54}) image.emplace_back(p[k].x, p[k].y);
  const double f = std::max(imageWidth, 1);
  const cv::Mat camera = (cv::Mat_<double>(3, 3) << f, 0, image[0].x, 0, f, image[0].y, 0, 0, 1);
  cv::Mat rvec, tvec;
  HeadPose pose;
  if (!cv::solvePnP(model, image, camera, cv::noArray(), rvec, tvec, false, cv::SOLVEPNP_ITERATIVE)) return pose;
  cv::Mat r;
  cv::Rodrigues(rvec, r);
  // The model's y axis points up while the image's points down: flip it so angles read naturally.
  const cv::Mat flip = (cv::Mat_<double>(3, 3) << 1, 0, 0, 0, -1, 0, 0, 0, -1);
  const cv::Mat m = flip * r;
  pose.pitchDeg = degrees(std::atan2(-m.at<double>(1, 2), m.at<double>(2, 2)));
  pose.yawDeg = degrees(std::asin(std::clamp(m.at<double>(0, 2), -1.0, 1.0)));
  return pose;
}

}  // namespace

Face measureFace(const Landmarks& p, const RectF& box, int imageWidth) {
  Face f;
  f.box = box;
  f.landmarks = p;
  f.leftEye = mean(p, 36, 41);
  f.rightEye = mean(p, 42, 47);
  // Cheek to cheek (G4): the jaw-line points level with the cheekbones, just below the eyes.
  f.cheekLeft = p[1];
  f.cheekRight = p[15];
  f.chinY = p[8].y;
  f.pose = estimatePose(p, imageWidth);
  f.pose.rollDeg = degrees(std::atan2(f.rightEye.y - f.leftEye.y, f.rightEye.x - f.leftEye.x));
  return f;
}

}  // namespace cs
