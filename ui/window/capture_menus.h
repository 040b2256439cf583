#pragma once
// The capture window's menus (private to window/: capture_window.cpp and capture_menus.cpp).
#include <QAction>
#include <QMediaDevices>
#include <QMenu>

#include "window/capture_window.h"

namespace cs::ui {

struct CaptureWindow::Menus {
  QMenu* file = nullptr;
  QMenu* camera = nullptr;
  QMenu* view = nullptr;
  QMenu* language = nullptr;
  QMenu* help = nullptr;
  QAction* openBatch = nullptr;
  QAction* importRoster = nullptr;
  QAction* setOperator = nullptr;
  QAction* reviewBatch = nullptr;    // the supervisor's review window on this batch
  QAction* stationSettings = nullptr;  // the first-run set-up, to change it later
  QAction* quit = nullptr;
  QAction* chinese = nullptr;
  QAction* english = nullptr;
  QAction* about = nullptr;
  QMediaDevices devices;
};

}  // namespace cs::ui
