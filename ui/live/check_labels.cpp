#include "live/check_labels.h"

#include <QCoreApplication>
#include <QHash>

namespace cs::ui {

namespace {

// Source text in English; the zh_CN translation carries the wording of docs/ui-zh.md.
const QHash<QString, const char*>& labels() {
  static const QHash<QString, const char*> table = {
      {"F1", QT_TRANSLATE_NOOP("CheckLabels", "Size 480×640")},
      {"F2", QT_TRANSLATE_NOOP("CheckLabels", "Resolution 300 dpi")},
      {"F3", QT_TRANSLATE_NOOP("CheckLabels", "24-bit colour")},
      {"F4", QT_TRANSLATE_NOOP("CheckLabels", "JPEG format")},
      {"F5", QT_TRANSLATE_NOOP("CheckLabels", "Quality ≥ 60")},
      {"F6", QT_TRANSLATE_NOOP("CheckLabels", "File size 20–40 KB")},
      {"F7", QT_TRANSLATE_NOOP("CheckLabels", "Extension JPG")},
      {"G1", QT_TRANSLATE_NOOP("CheckLabels", "Centred horizontally")},
      {"G2", QT_TRANSLATE_NOOP("CheckLabels", "Head top 50–110 px")},
      {"G3", QT_TRANSLATE_NOOP("CheckLabels", "Eye position 200–300 px")},
      {"G4", QT_TRANSLATE_NOOP("CheckLabels", "Face width 180–300 px")},
      {"B1", QT_TRANSLATE_NOOP("CheckLabels", "Even backdrop, no gradient")},
      {"B2", QT_TRANSLATE_NOOP("CheckLabels", "No shadow or other people")},
      {"B3", QT_TRANSLATE_NOOP("CheckLabels", "Backdrop colour (light blue/white/light grey)")},
      {"I1", QT_TRANSLATE_NOOP("CheckLabels", "Colour, frontal, bare-headed, recent")},
      {"I2", QT_TRANSLATE_NOOP("CheckLabels", "No mirroring or rotation")},
      {"I4", QT_TRANSLATE_NOOP("CheckLabels", "Sharp focus, true colour")},
      {"I5", QT_TRANSLATE_NOOP("CheckLabels", "No border, text or pattern")},
      {"P1", QT_TRANSLATE_NOOP("CheckLabels", "Sitting upright / head tilt")},
      {"P2", QT_TRANSLATE_NOOP("CheckLabels", "Both eyes open, looking ahead")},
      {"P3", QT_TRANSLATE_NOOP("CheckLabels", "Head frontal (ears symmetric)")},
      {"P4", QT_TRANSLATE_NOOP("CheckLabels", "Shoulders level")},
      {"P5", QT_TRANSLATE_NOOP("CheckLabels", "Lips closed")},
      {"A1", QT_TRANSLATE_NOOP("CheckLabels", "Glasses (no tint, no glare)")},
      {"A2", QT_TRANSLATE_NOOP("CheckLabels", "No hat or headwear")},
      {"A3", QT_TRANSLATE_NOOP("CheckLabels", "No earrings or necklace")},
      {"A4", QT_TRANSLATE_NOOP("CheckLabels", "Hair clear of brows, eyes and ears")},
      {"A5", QT_TRANSLATE_NOOP("CheckLabels", "No heavy make-up")},
      {"C1", QT_TRANSLATE_NOOP("CheckLabels", "Clothing distinct from backdrop")},
      {"C2", QT_TRANSLATE_NOOP("CheckLabels", "No busy patterns or stripes")},
      {"L1", QT_TRANSLATE_NOOP("CheckLabels", "Even light, no hot spots")},
      {"L2", QT_TRANSLATE_NOOP("CheckLabels", "No red-eye")},
  };
  return table;
}

}  // namespace

QString checkAspect(const QString& key) {
  // Only the requirements the core checks in more than one way need telling apart.
  static const QHash<QString, const char*> aspects = {
      {"gradient", QT_TRANSLATE_NOOP("CheckLabels", "gradient")},
      {"uniform", QT_TRANSLATE_NOOP("CheckLabels", "evenness")},
      {"falloff", QT_TRANSLATE_NOOP("CheckLabels", "darker below")},
      {"tinted_lenses", QT_TRANSLATE_NOOP("CheckLabels", "tinted lenses")},
      {"glasses_glare", QT_TRANSLATE_NOOP("CheckLabels", "glare")},
      {"other_people", QT_TRANSLATE_NOOP("CheckLabels", "other people")},
      {"shadow", QT_TRANSLATE_NOOP("CheckLabels", "shadow")},
      {"lightness", QT_TRANSLATE_NOOP("CheckLabels", "lightness")},
      {"exposure", QT_TRANSLATE_NOOP("CheckLabels", "exposure")},
      {"hot_spots", QT_TRANSLATE_NOOP("CheckLabels", "hot spots")},
      {"side_balance", QT_TRANSLATE_NOOP("CheckLabels", "left/right")},
      {"pitch", QT_TRANSLATE_NOOP("CheckLabels", "chin up/down")},
      {"roll", QT_TRANSLATE_NOOP("CheckLabels", "tilt")},
      {"border", QT_TRANSLATE_NOOP("CheckLabels", "border")},
      // Text in grey is looked for on the backdrop only, coloured text anywhere; the manual asks people to
      // look over the person for the rest.
      {"text", QT_TRANSLATE_NOOP("CheckLabels", "text on backdrop")},
      {"coloured_text", QT_TRANSLATE_NOOP("CheckLabels", "coloured text")},
  };
  const auto it = aspects.constFind(key);
  return it == aspects.constEnd() ? QString() : QCoreApplication::translate("CheckLabels", it.value());
}

QString checkLabel(const QString& id) {
  const auto it = labels().constFind(id);
  return it == labels().constEnd() ? id : QCoreApplication::translate("CheckLabels", it.value());
}

}  // namespace cs::ui
