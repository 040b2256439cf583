#include "live/checks_panel.h"

#include <QHeaderView>
#include <algorithm>

#include "live/band_state.h"
#include "live/check_rows.h"
#include "window/language.h"

namespace cs::ui {

namespace {

QString resultText(const cs::CheckResult& check) {
  switch (check.status) {
    case cs::CheckStatus::Pass: return QStringLiteral("✓");
    case cs::CheckStatus::NotAssessed: return QObject::tr("checked after the shutter");
    default: return checkMessage(check);
  }
}

}  // namespace

ChecksPanel::ChecksPanel(QWidget* parent) : QTableWidget(0, 2, parent) {
  verticalHeader()->hide();
  horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);  // fixed: long English labels elide
  horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  setSelectionMode(QAbstractItemView::NoSelection);
  setFocusPolicy(Qt::NoFocus);
  // Passed checks keep one line each; a problem's row grows to show its whole instruction (fitRowHeights).
  // The tooltip adds the measured value and the allowed range.
  setWordWrap(true);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setTextElideMode(Qt::ElideRight);
  setIconSize(QSize(16, 16));
  verticalHeader()->setDefaultSectionSize(kOneLine);
  retranslate();
}

void ChecksPanel::resizeEvent(QResizeEvent* event) {
  QTableWidget::resizeEvent(event);
  horizontalHeader()->resizeSection(0, viewport()->width() / 2);  // the label; the message gets the rest
  fitRowHeights();  // the columns' new widths wrap the problems' messages differently
}

void ChecksPanel::retranslate() { setHorizontalHeaderLabels({tr("Requirement"), tr("Result")}); }

void ChecksPanel::showChecks(const cs::CheckList& checks) {
  const cs::CheckList sorted = problemsFirst(checks);
  setRowCount(static_cast<int>(sorted.size()));
  for (int row = 0; row < rowCount(); ++row) {
    const cs::CheckResult& c = sorted[static_cast<std::size_t>(row)];
    const QString id = QString::fromStdString(c.id);
    auto* name = new QTableWidgetItem(checkDot(fromStatus(c.status)), checkTitle(c));
    auto* result = new QTableWidgetItem(resultText(c));
    const QString tip = tr("%1 measured %2 %3, allowed %4")
                            .arg(id).arg(c.value, 0, 'f', 2).arg(QString::fromStdString(c.unit),
                                                                 QString::fromStdString(c.range));
    name->setToolTip(tip);
    result->setToolTip(tip);
    result->setForeground(c.status == cs::CheckStatus::Pass ? signalColour(Signal::Good).darker(130)
                                                            : signalColour(fromStatus(c.status)).darker(115));
    setItem(row, 0, name);
    setItem(row, 1, result);
  }
  fitRowHeights();
}

void ChecksPanel::fitRowHeights() {
  // Only problem rows (sorted first) may grow: the photographer must read what to fix without hovering,
  // while the passed rows stay one line so the list does not jump on every frame.
  for (int row = 0; row < rowCount(); ++row) {
    const QTableWidgetItem* result = item(row, 1);
    const bool problem = result != nullptr && result->text() != QStringLiteral("✓");
    setRowHeight(row, problem ? wrappedRowHeight(*this, row, kOneLine) : kOneLine);
  }
}

void ChecksPanel::clearChecks(const QString& why) {
  setRowCount(1);
  setItem(0, 0, new QTableWidgetItem(checkDot(Signal::Unknown), QStringLiteral("—")));
  setItem(0, 1, new QTableWidgetItem(why));
  fitRowHeights();
}

}  // namespace cs::ui
