#pragma once
// CPU conversion of the common camera / decoder pixel formats to RGB, optionally shrunk by an integer
// factor on the way (the preview needs ~1000 px, not 1920). Qt 6.4's QVideoFrame::toImage() goes through
// an OpenGL/RHI pass where one is available; on machines that only have software OpenGL (llvmpipe) that
// pass costs more than the face analysis itself, so the frame path converts here and falls back to
// toImage() only for formats not handled below.
#include <QImage>
#include <QVideoFrame>

namespace cs::ui {

// Format_RGB888 image of `frame` with every `step`-th pixel (step 1 = full size); null when the format
// is not one of YUV420P, YV12, NV12, NV21, YUYV, UYVY or the 32-bit RGB formats.
QImage convertOnCpu(const QVideoFrame& frame, int step = 1);

}  // namespace cs::ui
