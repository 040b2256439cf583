#pragma once
// The short name of each requirement id for labels (docs/ui-zh.md), translated (zh_CN default).
#include <QString>

namespace cs::ui {

QString checkLabel(const QString& id);  // e.g. "G3" -> "眼睛位置 200–300 像素"; unknown ids: the id itself

}  // namespace cs::ui
