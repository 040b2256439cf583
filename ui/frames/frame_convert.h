#pragma once
// The only converter between Qt's pictures and the core's cs::Image (8-bit RGB, rows top to bottom,
// never mirrored or rotated: I2).
#include <QImage>
#include <QVideoFrame>

#include "cs/core/image.h"

namespace cs::ui {

QImage videoFrameToImage(const QVideoFrame& frame);   // null image for an invalid frame
QVideoFrame imageToVideoFrame(const QImage& image);   // for sources that start from still pictures
cs::Image toCsImage(const QImage& image);
QImage toQImage(const cs::Image& image);              // deep copy, Format_RGB888

}  // namespace cs::ui
