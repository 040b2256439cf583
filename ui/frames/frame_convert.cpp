#include "frames/frame_convert.h"

#include <cstring>

#include <QVideoFrameFormat>

#include "frames/yuv_convert.h"

namespace cs::ui {

QImage videoFrameToImage(const QVideoFrame& frame) {
  if (!frame.isValid()) return {};
  QImage image = convertOnCpu(frame);  // see yuv_convert.h: avoids Qt's (possibly software) GL pass
  if (!image.isNull()) return image;
  QVideoFrame copy(frame);  // toImage() maps the frame; a shallow copy keeps the caller's const
  return copy.toImage();
}

QVideoFrame imageToVideoFrame(const QImage& image) {
  const QImage rgbx = image.convertToFormat(QImage::Format_RGBX8888);
  QVideoFrame frame(QVideoFrameFormat(rgbx.size(), QVideoFrameFormat::Format_RGBX8888));
  if (!frame.map(QVideoFrame::WriteOnly)) return {};
  const int rowBytes = rgbx.width() * 4;
  for (int y = 0; y < rgbx.height(); ++y)
    std::memcpy(frame.bits(0) + static_cast<qsizetype>(y) * frame.bytesPerLine(0), rgbx.constScanLine(y),
                static_cast<std::size_t>(rowBytes));
  frame.unmap();
  return frame;
}

cs::Image toCsImage(const QImage& image) {
  if (image.isNull()) return {};
  const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
  cs::Image out(rgb.width(), rgb.height());
  const auto rowBytes = static_cast<std::size_t>(rgb.width()) * 3;
  for (int y = 0; y < rgb.height(); ++y) std::memcpy(out.row(y), rgb.constScanLine(y), rowBytes);
  return out;
}

QImage toQImage(const cs::Image& image) {
  if (image.empty()) return {};
  QImage out(image.width, image.height, QImage::Format_RGB888);
  const auto rowBytes = static_cast<std::size_t>(image.width) * 3;
  for (int y = 0; y < image.height; ++y) std::memcpy(out.scanLine(y), image.row(y), rowBytes);
  return out;
}

}  // namespace cs::ui
