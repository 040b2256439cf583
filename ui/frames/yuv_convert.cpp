#include "frames/yuv_convert.h"

#include <QVideoFrameFormat>
#include <algorithm>
#include <cstdint>

namespace cs::ui {

namespace {

// Integer YCbCr -> RGB (coefficients x 1024) for BT.601 / BT.709, video or full range.
struct YuvCoefficients {
  int yScale, yOffset, rv, gu, gv, bu;
};

YuvCoefficients coefficientsFor(const QVideoFrameFormat& format) {
  const bool bt709 = format.colorSpace() == QVideoFrameFormat::ColorSpace_BT709;
  const bool full = format.colorRange() == QVideoFrameFormat::ColorRange_Full;
  const int yScale = full ? 1024 : 1192, yOffset = full ? 0 : 16;
  const double k = full ? 1024.0 : 1024.0 * 255.0 / 224.0;
  if (bt709) return {yScale, yOffset, int(1.5748 * k), int(-0.1873 * k), int(-0.4681 * k), int(1.8556 * k)};
  return {yScale, yOffset, int(1.402 * k), int(-0.3441 * k), int(-0.7141 * k), int(1.772 * k)};
}

inline std::uint8_t clamp8(int v) { return static_cast<std::uint8_t>(std::clamp(v >> 10, 0, 255)); }

inline void putPixel(std::uint8_t* out, int y, int u, int v, const YuvCoefficients& c) {
  const int luma = (y - c.yOffset) * c.yScale;
  u -= 128;
  v -= 128;
  out[0] = clamp8(luma + c.rv * v);
  out[1] = clamp8(luma + c.gu * u + c.gv * v);
  out[2] = clamp8(luma + c.bu * u);
}

// Where the Y, U and V samples of pixel (x, y) are, for each supported layout.
struct Planes {
  const std::uint8_t* p[3];
  int stride[3];
};

QImage convertYuv(const QVideoFrame& f, QVideoFrameFormat::PixelFormat fmt, int step, const YuvCoefficients& c) {
  const int w = f.width() / step, h = f.height() / step;
  QImage out(w, h, QImage::Format_RGB888);
  Planes pl{};
  for (int i = 0; i < f.planeCount() && i < 3; ++i) pl.p[i] = f.bits(i), pl.stride[i] = f.bytesPerLine(i);
  for (int oy = 0; oy < h; ++oy) {
    const int y = oy * step;
    std::uint8_t* row = out.scanLine(oy);
    for (int ox = 0; ox < w; ++ox) {
      const int x = ox * step;
      int Y = 0, U = 128, V = 128;
      switch (fmt) {
        case QVideoFrameFormat::Format_YUV420P:
        case QVideoFrameFormat::Format_YV12: {
          const int ui = fmt == QVideoFrameFormat::Format_YUV420P ? 1 : 2, vi = 3 - ui;
          Y = pl.p[0][y * pl.stride[0] + x];
          U = pl.p[ui][(y / 2) * pl.stride[ui] + x / 2];
          V = pl.p[vi][(y / 2) * pl.stride[vi] + x / 2];
          break;
        }
        case QVideoFrameFormat::Format_NV12:
        case QVideoFrameFormat::Format_NV21: {
          const std::uint8_t* uv = pl.p[1] + (y / 2) * pl.stride[1] + (x / 2) * 2;
          Y = pl.p[0][y * pl.stride[0] + x];
          U = fmt == QVideoFrameFormat::Format_NV12 ? uv[0] : uv[1];
          V = fmt == QVideoFrameFormat::Format_NV12 ? uv[1] : uv[0];
          break;
        }
        default: {  // YUYV / UYVY: two pixels share U and V
          const std::uint8_t* pair = pl.p[0] + y * pl.stride[0] + (x / 2) * 4;
          const bool yuyv = fmt == QVideoFrameFormat::Format_YUYV;
          Y = yuyv ? pair[(x & 1) * 2] : pair[1 + (x & 1) * 2];
          U = yuyv ? pair[1] : pair[0];
          V = yuyv ? pair[3] : pair[2];
        }
      }
      putPixel(row + ox * 3, Y, U, V, c);
    }
  }
  return out;
}

}  // namespace

QImage convertOnCpu(const QVideoFrame& frame, int step) {
  if (!frame.isValid()) return {};
  step = std::max(1, step);
  const QVideoFrameFormat::PixelFormat fmt = frame.pixelFormat();
  const bool yuv = fmt == QVideoFrameFormat::Format_YUV420P || fmt == QVideoFrameFormat::Format_YV12 ||
                   fmt == QVideoFrameFormat::Format_NV12 || fmt == QVideoFrameFormat::Format_NV21 ||
                   fmt == QVideoFrameFormat::Format_YUYV || fmt == QVideoFrameFormat::Format_UYVY;
  const QImage::Format rgb = QVideoFrameFormat::imageFormatFromPixelFormat(fmt);
  if (!yuv && rgb == QImage::Format_Invalid) return {};
  QVideoFrame mapped(frame);
  if (!mapped.map(QVideoFrame::ReadOnly)) return {};
  QImage out;
  if (yuv) {
    out = convertYuv(mapped, fmt, step, coefficientsFor(mapped.surfaceFormat()));
  } else {
    const QImage view(mapped.bits(0), mapped.width(), mapped.height(), mapped.bytesPerLine(0), rgb);
    out = (step == 1 ? view : view.scaled(view.width() / step, view.height() / step, Qt::IgnoreAspectRatio,
                                          Qt::FastTransformation))
              .convertToFormat(QImage::Format_RGB888);  // a deep copy: the mapping ends below
  }
  mapped.unmap();
  return out;
}

}  // namespace cs::ui
