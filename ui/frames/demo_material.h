#pragma once
// Finds the demo material shipped with the station: next to an installed binary
// (<prefix>/share/capture-station/demo) or in the source tree the binary was built from.
#include <QString>

namespace cs::ui {

QString findDemoMaterial(const QString& name);  // e.g. "demo-portraits.mp4" or "photos"; "" if absent
QString defaultDemoSource();                    // the demo clip, else the photo folder, else ""

}  // namespace cs::ui
