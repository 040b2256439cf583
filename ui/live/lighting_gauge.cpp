#include "live/lighting_gauge.h"

#include <QPainter>
#include <algorithm>

#include "live/band_state.h"

namespace cs::ui {

LightingReading readLighting(const cs::CheckList& checks) {
  LightingReading r;
  for (const auto& c : checks) {
    if (c.id != "L1") continue;
    const bool balance = c.key.find("balance") != std::string::npos || c.key.find("side") != std::string::npos;
    const bool exposure = c.key.find("luma") != std::string::npos || c.key.find("expos") != std::string::npos ||
                          c.key.find("bright") != std::string::npos;
    if (balance) {
      r.balance = c.value;  // core: (right - left) / mean, > 0 when the image-left side is darker
      r.balanceStatus = c.status;
    } else if (exposure) {
      r.exposure = c.value;
      r.exposureStatus = c.status;
    }
  }
  return r;
}

LightingGauge::LightingGauge(QWidget* parent) : QWidget(parent) { setMinimumHeight(74); }

void LightingGauge::setReading(const LightingReading& reading) {
  reading_ = reading;
  update();
}

void LightingGauge::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  // Balance: -fail .. +fail mapped to the bar; the zone is +-warn.
  const double fail = std::max(profile_.sideBalance.fail, 0.01) * 1.5;
  auto balancePos = [fail](double v) { return std::clamp((v + fail) / (2 * fail), 0.0, 1.0); };
  std::optional<double> balance;
  if (reading_.balance) balance = balancePos(*reading_.balance);
  paintBar(p, 4, tr("Light L/R"), tr("L"), tr("R"), balancePos(-profile_.sideBalance.warn),
           balancePos(profile_.sideBalance.warn), balance, reading_.balanceStatus);
  std::optional<double> exposure;
  if (reading_.exposure) exposure = std::clamp(*reading_.exposure / 255.0, 0.0, 1.0);
  paintBar(p, 40, tr("Exposure"), tr("dark"), tr("bright"), profile_.faceLuma.min / 255.0,
           profile_.faceLuma.max / 255.0, exposure, reading_.exposureStatus);
}

void LightingGauge::paintBar(QPainter& p, int y, const QString& title, const QString& leftEnd,
                             const QString& rightEnd, double zoneFrom, double zoneTo, std::optional<double> marker,
                             cs::CheckStatus status) {
  const int titleWidth = 92, endWidth = 44;
  p.setPen(palette().color(QPalette::WindowText));
  p.drawText(QRect(0, y, titleWidth, 28), Qt::AlignVCenter | Qt::AlignLeft, title);
  p.drawText(QRect(titleWidth, y, endWidth, 28), Qt::AlignCenter, leftEnd);
  p.drawText(QRect(width() - endWidth, y, endWidth, 28), Qt::AlignCenter, rightEnd);
  const QRectF bar(titleWidth + endWidth, y + 8, width() - titleWidth - 2 * endWidth, 12);
  p.setPen(Qt::NoPen);
  p.setBrush(QColor(0xd8, 0xd8, 0xd8));
  p.drawRoundedRect(bar, 4, 4);
  QColor zone = signalColour(Signal::Good);
  zone.setAlpha(120);
  p.setBrush(zone);
  p.drawRect(QRectF(bar.left() + zoneFrom * bar.width(), bar.top(), (zoneTo - zoneFrom) * bar.width(), bar.height()));
  if (!marker) return;
  const double x = bar.left() + *marker * bar.width();
  p.setBrush(signalColour(fromStatus(status)));
  p.setPen(QPen(Qt::black, 1));
  p.drawRoundedRect(QRectF(x - 4, bar.top() - 5, 8, bar.height() + 10), 2, 2);
}

}  // namespace cs::ui
