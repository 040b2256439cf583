// The station's own YUV -> RGB conversion gives the colours Qt's reference conversion gives (the checks
// of backdrop colour and exposure depend on them), for the layouts cameras and decoders deliver.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

#include "frames/yuv_convert.h"

namespace {

// A frame whose pixels vary in Y, U and V, written directly into the planes of `format`.
QVideoFrame patternFrame(QVideoFrameFormat::PixelFormat format, int w, int h) {
  QVideoFrame frame(QVideoFrameFormat(QSize(w, h), format));
  EXPECT_TRUE(frame.map(QVideoFrame::WriteOnly));
  auto Y = [](int x, int y) { return 30 + (x * 7 + y * 3) % 200; };
  auto U = [](int x, int) { return 60 + (x * 5) % 130; };
  auto V = [](int, int y) { return 70 + (y * 9) % 120; };
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      switch (format) {
        case QVideoFrameFormat::Format_YUV420P:
          frame.bits(0)[y * frame.bytesPerLine(0) + x] = uchar(Y(x, y));
          frame.bits(1)[(y / 2) * frame.bytesPerLine(1) + x / 2] = uchar(U(x & ~1, y & ~1));
          frame.bits(2)[(y / 2) * frame.bytesPerLine(2) + x / 2] = uchar(V(x & ~1, y & ~1));
          break;
        case QVideoFrameFormat::Format_NV12:
          frame.bits(0)[y * frame.bytesPerLine(0) + x] = uchar(Y(x, y));
          frame.bits(1)[(y / 2) * frame.bytesPerLine(1) + (x / 2) * 2] = uchar(U(x & ~1, y & ~1));
          frame.bits(1)[(y / 2) * frame.bytesPerLine(1) + (x / 2) * 2 + 1] = uchar(V(x & ~1, y & ~1));
          break;
        default: {  // YUYV
          uchar* pair = frame.bits(0) + y * frame.bytesPerLine(0) + (x / 2) * 4;
          pair[(x & 1) * 2] = uchar(Y(x, y));
          pair[1] = uchar(U(x & ~1, y));
          pair[3] = uchar(V(x & ~1, y));
        }
      }
    }
  frame.unmap();
  return frame;
}

double meanDifference(const QImage& a, const QImage& b) {
  double sum = 0;
  for (int y = 0; y < a.height(); ++y)
    for (int x = 0; x < a.width(); ++x) {
      const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
      sum += std::abs(p.red() - q.red()) + std::abs(p.green() - q.green()) + std::abs(p.blue() - q.blue());
    }
  return sum / (3.0 * a.width() * a.height());
}

class YuvConvert : public ::testing::TestWithParam<QVideoFrameFormat::PixelFormat> {};

TEST_P(YuvConvert, MatchesQtsReferenceConversion) {
  const QVideoFrame frame = patternFrame(GetParam(), 64, 48);
  const QImage ours = cs::ui::convertOnCpu(frame);
  ASSERT_FALSE(ours.isNull());
  QVideoFrame copy(frame);
  const QImage reference = copy.toImage().convertToFormat(QImage::Format_RGB888);
  ASSERT_EQ(ours.size(), reference.size());
  EXPECT_LT(meanDifference(ours, reference), 3.0);
}

TEST_P(YuvConvert, ShrinksByTheStep) {
  const QImage half = cs::ui::convertOnCpu(patternFrame(GetParam(), 64, 48), 2);
  EXPECT_EQ(half.size(), QSize(32, 24));
}

INSTANTIATE_TEST_SUITE_P(Layouts, YuvConvert,
                         ::testing::Values(QVideoFrameFormat::Format_YUV420P, QVideoFrameFormat::Format_NV12,
                                           QVideoFrameFormat::Format_YUYV));

}  // namespace
