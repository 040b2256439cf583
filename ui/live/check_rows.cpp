#include "live/check_rows.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
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

int cellTextMargins(const QTableWidget& table, bool withIcon) {
  const int margin = table.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &table) + 1;
  const int icon = withIcon ? table.iconSize().width() : 0;
  return 4 * margin + icon;
}

int wrappedRowHeight(const QTableWidget& table, int row, int minHeight) {
  const QFontMetrics metrics(table.font());
  int needed = minHeight;
  for (int column = 0; column < table.columnCount(); ++column) {
    const QTableWidgetItem* cell = table.item(row, column);
    if (cell == nullptr) continue;
    const int width = std::max(40, table.columnWidth(column) - cellTextMargins(table, !cell->icon().isNull()));
    const QRect room(0, 0, width, 100000);
    needed = std::max(needed, metrics.boundingRect(room, Qt::TextWordWrap, cell->text()).height() + 8);
  }
  return needed;
}

}  // namespace cs::ui
