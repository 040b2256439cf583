#pragma once
// `capture-station --bench SECONDS`: runs the station on its source for that long once the face model
// is loaded (after a 2 s warm-up) and prints the preview and analysis rates, then quits.
#include <QObject>

namespace cs::ui {
class CaptureWindow;
}

namespace cs::station {

void startBench(cs::ui::CaptureWindow& window, double seconds);

}  // namespace cs::station
