#include "image/opencv_lab_tables.h"

#include <opencv2/core.hpp>
#include <opencv2/core/softfloat.hpp>

#include <stdexcept>

namespace cs {
namespace {

using cv::softdouble;
using cv::softfloat;
using T = OpenCvLabTables;

// sRGB's transfer function (to linear light), in OpenCV's constants written as ratios of integers.
softfloat linearLight(softfloat x) {
  static const softdouble threshold = softdouble(809) / softdouble(20000);  // 0.04045
  static const softdouble lowScale = softdouble(323) / softdouble(25);      // 12.92
  static const softdouble power = softdouble(12) / softdouble(5);           // 2.4
  static const softdouble shift = softdouble(11) / softdouble(200);         // 0.055
  const softdouble xd = x;
  return xd <= threshold ? softfloat(xd / lowScale) : softfloat(cv::pow((xd + shift) / (softdouble::one() + shift), power));
}

void buildGamma(T& t) {
  const softfloat f255(255), scale(255 * (1 << T::kGammaShift));
  for (int i = 0; i < 256; ++i) t.gamma[i] = cvRound(scale * linearLight(softfloat(i) / f255));
}

// f(t) of CIE Lab: the cube root, or the straight line below (6/29)^3.
void buildCubeRoot(T& t) {
  const softfloat threshold = softfloat(216) / softfloat(24389), slope = softfloat(841) / softfloat(108),
                  offset = softfloat(16) / softfloat(116);
  const softfloat step(softfloat::one() / (softfloat(255) * softfloat(1 << T::kGammaShift)));
  const softfloat scale(1 << T::kLabShift);
  for (int i = 0; i < T::kCbrtSize; ++i) {
    const softfloat x = step * softfloat(i);
    t.cubeRoot[i] = cvRound(scale * (x < threshold ? cv::mulAdd(x, slope, offset) : cv::cbrt(x)));
  }
}

// sRGB (D65) to XYZ, each row divided by the white point's component.
void buildMatrix(T& t) {
  const double rgbToXyz[9] = {0.412453, 0.357580, 0.180423, 0.212671, 0.715160,
                              0.072169, 0.019334, 0.119193, 0.950227};
  const double white[3] = {0.950456, 1.0, 1.088754};
  const softdouble scale(1 << T::kXyzShift);
  for (int row = 0; row < 3; ++row) {
    int sum = 0;
    for (int col = 0; col < 3; ++col) {
      t.matrix[row * 3 + col] = cvRound(scale * softdouble(rgbToXyz[row * 3 + col]) / softdouble(white[row]));
      sum += t.matrix[row * 3 + col];
    }
    // The largest X, Y or Z must stay inside the cube-root table (OpenCV asserts the same bound).
    const int largest = (sum * t.gamma[255] + (1 << (T::kXyzShift - 1))) >> T::kXyzShift;
    if (largest >= T::kCbrtSize) throw std::logic_error("Lab tables: matrix out of range");
  }
}

}  // namespace

const OpenCvLabTables& openCvLabTables() {
  static const OpenCvLabTables tables = [] {
    OpenCvLabTables t;
    buildGamma(t);
    buildCubeRoot(t);
    buildMatrix(t);
    return t;
  }();
  return tables;
}

}  // namespace cs
