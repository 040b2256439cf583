#include "live/backdrop_swatch.h"

#include <QPainter>
#include <cmath>

#include "live/band_state.h"
#include "window/language.h"

namespace cs::ui {

BackdropSwatch::BackdropSwatch(QWidget* parent) : QWidget(parent) { setMinimumHeight(70); }

void BackdropSwatch::setProfile(const cs::SpecProfile& profile) {
  profile_ = profile;
  update();
}

void BackdropSwatch::setMeasured(std::optional<QColor> colour, cs::CheckStatus b3Status) {
  measured_ = colour;
  status_ = b3Status;
  update();
}

int BackdropSwatch::nearestAllowed() const {
  if (!measured_) return -1;
  int best = -1;
  double bestDistance = 1e9;
  for (int i = 0; i < static_cast<int>(profile_.backdrops.size()); ++i) {
    const auto& rgb = profile_.backdrops[static_cast<std::size_t>(i)].rgb;
    const double d = std::hypot(std::hypot(measured_->red() - rgb[0], measured_->green() - rgb[1]),
                                measured_->blue() - rgb[2]);
    if (d < bestDistance) bestDistance = d, best = i;
  }
  return best;
}

void BackdropSwatch::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  const int box = 40, gap = 10;
  const QColor text = palette().color(QPalette::WindowText);
  // The measured colour, framed in the B3 state colour.
  const QRect measuredBox(0, 2, box + 20, box);
  p.setPen(QPen(signalColour(fromStatus(status_)), 4));
  p.setBrush(measured_.value_or(QColor(0x80, 0x80, 0x80)));
  p.drawRoundedRect(measuredBox, 4, 4);
  p.setPen(text);
  p.drawText(QRect(0, box + 4, box + 40, 22), Qt::AlignLeft | Qt::AlignVCenter, measured_ ? tr("measured") : tr("no reading"));
  const int nearest = nearestAllowed();
  const int slot = 76;  // wide enough for "light grey" under each reference colour
  int x = box + 40 + gap;
  for (int i = 0; i < static_cast<int>(profile_.backdrops.size()); ++i) {
    const auto& b = profile_.backdrops[static_cast<std::size_t>(i)];
    const QRect r(x + (slot - box) / 2, 2, box, box);
    p.setPen(QPen(i == nearest ? text : QColor(0xb0, 0xb0, 0xb0), i == nearest ? 3 : 1));
    p.setBrush(QColor(b.rgb[0], b.rgb[1], b.rgb[2]));
    p.drawRoundedRect(r, 4, 4);
    p.setPen(text);
    const std::string& name = currentLanguage() == Language::English ? b.nameEn : b.nameZh;
    p.drawText(QRect(x, box + 4, slot, 22), Qt::AlignCenter, QString::fromStdString(name));
    x += slot;
  }
}

}  // namespace cs::ui
