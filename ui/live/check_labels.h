#pragma once
// The short name of each requirement id for labels (docs/ui-zh.md), translated (zh_CN default).
#include <QString>

namespace cs::ui {

QString checkLabel(const QString& id);  // e.g. "G3" -> "眼睛位置 200–300 像素"; unknown ids: the id itself
// Which aspect a check's key measures, where one requirement is checked several ways ("exposure" -> 曝光);
// "" for keys that need no qualifier.
QString checkAspect(const QString& key);

}  // namespace cs::ui
