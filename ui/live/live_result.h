#pragma once
// One analysed preview frame, posted from the analysis thread to the UI thread by a queued signal.
#include <QColor>
#include <QImage>
#include <QMetaType>
#include <optional>

#include "cs/core/analyzer.h"

namespace cs::ui {

struct LiveResult {
  cs::Analysis analysis;
  QImage frame;                     // the analysed picture itself (shared): auto-capture keeps the best one
  qint64 frameArrivedMs = 0;        // when the frame reached the mailbox (monotonic ms)
  double analysisMs = 0;            // how long analyse() took
  std::optional<QColor> backdrop;   // mean colour above the head inside the crop window (the swatch)
};

}  // namespace cs::ui

Q_DECLARE_METATYPE(cs::ui::LiveResult)
