#include "live/check_rows.h"

#include <QPainter>
#include <QPixmap>
#include <algorithm>

#include "live/check_labels.h"

namespace cs::ui {

QIcon checkDot(Signal signal) {
  QPixmap pixmap(16, 16);
  pixmap.fill(Qt::transparent);
  QPainter p(&pixmap);
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(Qt::NoPen);
  p.setBrush(signalColour(signal));
  p.drawEllipse(QRectF(2, 2, 12, 12));
  return QIcon(pixmap);
}

QString checkTitle(const cs::CheckResult& check) {
  const QString id = QString::fromStdString(check.id);
  const QString aspect = checkAspect(QString::fromStdString(check.key));
  return aspect.isEmpty() ? id + QLatin1Char(' ') + checkLabel(id)
                          : id + QLatin1Char(' ') + aspect + QStringLiteral(" · ") + checkLabel(id);
}

cs::CheckList problemsFirst(cs::CheckList checks) {
  auto rank = [](cs::CheckStatus s) { return s == cs::CheckStatus::Fail ? 0 : s == cs::CheckStatus::Warn ? 1 : 2; };
  std::stable_sort(checks.begin(), checks.end(), [&rank](const auto& a, const auto& b) {
    return rank(a.status) != rank(b.status) ? rank(a.status) < rank(b.status) : a.order < b.order;
  });
  return checks;
}

}  // namespace cs::ui
