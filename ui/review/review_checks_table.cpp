#include "review/review_checks_table.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <algorithm>
#include <cmath>

#include "live/band_state.h"
#include "live/check_rows.h"
#include "window/language.h"

namespace cs::ui {

namespace {

bool isProblem(const cs::CheckResult& c) { return c.status == cs::CheckStatus::Fail || c.status == cs::CheckStatus::Warn; }

QColor rowTint(cs::CheckStatus status) {
  if (status == cs::CheckStatus::Fail) return QColor(0xfd, 0xe8, 0xe6);
  if (status == cs::CheckStatus::Warn) return QColor(0xff, 0xf3, 0xdc);
  return {};
}

// The selected row is outlined instead of filled: a fill would hide the red / amber tint and colour the
// failing message white.
class OutlineSelectionDelegate : public QStyledItemDelegate {
 public:
  using QStyledItemDelegate::QStyledItemDelegate;
  void paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const override {
    QStyleOptionViewItem plain(option);
    const bool selected = plain.state & QStyle::State_Selected;
    plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    QStyledItemDelegate::paint(p, plain, index);
    if (!selected) return;
    p->save();
    p->setPen(QPen(option.palette.color(QPalette::Active, QPalette::Highlight), 2));
    const QRect r = option.rect.adjusted(1, 1, -1, -1);
    p->drawLine(r.topLeft(), r.topRight());  // top and bottom across both cells, the ends at the row's ends
    p->drawLine(r.bottomLeft(), r.bottomRight());
    if (index.column() == 0) p->drawLine(r.topLeft(), r.bottomLeft());
    if (index.column() == index.model()->columnCount() - 1) p->drawLine(r.topRight(), r.bottomRight());
    p->restore();
  }
};

QString measuredValue(double value) {  // "142" px, "0.03" fraction, "7.5" deg
  return QString::number(value, 'f', std::abs(value) >= 100 ? 0 : 2);
}

}  // namespace

ReviewChecksTable::ReviewChecksTable(QWidget* parent) : QTableWidget(0, 2, parent) {
  verticalHeader()->hide();
  // Both widths are set in fitColumnsAndRows; the vertical scroll bar is always there so that the width
  // the rows are wrapped to does not change when it would appear.
  horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setWordWrap(true);
  setTextElideMode(Qt::ElideNone);
  setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  setSelectionMode(QAbstractItemView::SingleSelection);
  setSelectionBehavior(QAbstractItemView::SelectRows);
  setFocusPolicy(Qt::NoFocus);  // the keys stay with the grid: arrows move, A / R decide; a click selects
  setIconSize(QSize(16, 16));
  setItemDelegate(new OutlineSelectionDelegate(this));
  setHorizontalHeaderLabels({tr("Requirement"), tr("Result")});
  connect(this, &QTableWidget::currentCellChanged, this, [this] { emit detailChanged(detailHtml()); });
}

void ReviewChecksTable::showChecks(const cs::CheckList& checks) {
  checks_ = problemsFirst(checks);
  clearContents();
  setRowCount(static_cast<int>(checks_.size()));
  for (int row = 0; row < rowCount(); ++row) {
    const cs::CheckResult& c = checks_[static_cast<std::size_t>(row)];
    auto* requirement = new QTableWidgetItem(checkDot(fromStatus(c.status)), checkTitle(c));
    auto* result = new QTableWidgetItem(resultText(row));
    result->setForeground(c.status == cs::CheckStatus::Pass ? signalColour(Signal::Good).darker(130)
                                                            : signalColour(fromStatus(c.status)).darker(125));
    const QString tip = rowDetailHtml(row);  // the same text as under the table, on hover
    for (QTableWidgetItem* item : {requirement, result}) {
      if (isProblem(c)) item->setBackground(rowTint(c.status));
      item->setToolTip(tip);
    }
    setItem(row, 0, requirement);
    setItem(row, 1, result);
  }
  // The first failed (else warning) check is selected, so its measurement shows under the table at once.
  if (!checks_.empty() && isProblem(checks_.front())) setCurrentCell(0, 0);
  else setCurrentCell(-1, -1);
  fitColumnsAndRows();
  scrollToTop();
  emit detailChanged(detailHtml());
}

void ReviewChecksTable::showNothing(const QString& why) {
  checks_.clear();
  clearContents();
  setRowCount(1);
  setItem(0, 0, new QTableWidgetItem(checkDot(Signal::Unknown), QStringLiteral("—")));
  setItem(0, 1, new QTableWidgetItem(why));
  setCurrentCell(-1, -1);
  fitColumnsAndRows();
  emit detailChanged(QString());
}

QString ReviewChecksTable::requirementText(int row) const {
  if (row < 0 || row >= static_cast<int>(checks_.size())) return {};
  return checkTitle(checks_[static_cast<std::size_t>(row)]);
}

QString ReviewChecksTable::resultText(int row) const {
  if (row < 0 || row >= static_cast<int>(checks_.size())) return {};
  const cs::CheckResult& c = checks_[static_cast<std::size_t>(row)];
  switch (c.status) {
    case cs::CheckStatus::Pass: return QStringLiteral("✓");
    case cs::CheckStatus::NotAssessed: return tr("not measured");
    default: return checkMessage(c);
  }
}

QString ReviewChecksTable::detailHtml() const {
  const int row = currentRow();
  if (row < 0 || row >= static_cast<int>(checks_.size()))
    return checks_.empty() ? QString() : tr("Click a check to read it in full with what was measured.");
  return rowDetailHtml(row);
}

QString ReviewChecksTable::rowDetailHtml(int row) const {
  if (row < 0 || row >= static_cast<int>(checks_.size())) return {};
  const cs::CheckResult& c = checks_[static_cast<std::size_t>(row)];
  QString verdict;
  switch (c.status) {
    case cs::CheckStatus::Pass: verdict = tr("meets the standard"); break;
    case cs::CheckStatus::NotAssessed: verdict = tr("not measured"); break;
    case cs::CheckStatus::Warn: verdict = tr("Warning: %1").arg(checkMessage(c)); break;
    case cs::CheckStatus::Fail: verdict = tr("Failed: %1").arg(checkMessage(c)); break;
  }
  const QColor colour = c.status == cs::CheckStatus::Pass ? signalColour(Signal::Good).darker(130)
                                                          : signalColour(fromStatus(c.status)).darker(125);
  QString html = tr("%1: %2", "a check's title: its verdict")
                     .arg(QStringLiteral("<b>%1</b>").arg(checkTitle(c).toHtmlEscaped()),
                          QStringLiteral("<span style='color:%1'>%2</span>").arg(colour.name(), verdict.toHtmlEscaped()));
  const QString unit = QString::fromStdString(c.unit).toHtmlEscaped();
  const QString range = QString::fromStdString(c.range).toHtmlEscaped();
  // A check without a unit or a range has no number worth showing (e.g. one recorded by an older station).
  if (c.status != cs::CheckStatus::NotAssessed && !(unit.isEmpty() && range.isEmpty())) {
    const QString value = unit.isEmpty() ? measuredValue(c.value) : measuredValue(c.value) + QLatin1Char(' ') + unit;
    html += QStringLiteral("<br>") + (range.isEmpty() ? tr("Measured %1.").arg(value)
                                                      : tr("Measured %1; allowed %2.").arg(value, range));
  }
  if (c.estimate) html += QLatin1Char(' ') + tr("This check is an estimate: you decide.");
  return html;
}

bool ReviewChecksTable::showsInFull(int row) const {
  for (int column = 0; column < columnCount(); ++column) {
    const QModelIndex index = model()->index(row, column);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = QRect(0, 0, columnWidth(column), rowHeight(row));
    const QSize needed = itemDelegate()->sizeHint(option, index);
    if (needed.width() > columnWidth(column) || needed.height() > rowHeight(row)) return false;
  }
  return true;
}

void ReviewChecksTable::resizeEvent(QResizeEvent* event) {
  QTableWidget::resizeEvent(event);
  fitColumnsAndRows();
}

int ReviewChecksTable::naturalRequirementWidth() const {
  // The widest label on one line, with the dot and the cell's margins (QStyledItemDelegate's layout).
  const int margins = cellTextMargins(*this, true) + 4;
  int widest = fontMetrics().horizontalAdvance(horizontalHeaderItem(0)->text());
  for (int row = 0; row < rowCount(); ++row)
    if (const QTableWidgetItem* it = item(row, 0)) widest = std::max(widest, fontMetrics().horizontalAdvance(it->text()));
  return widest + margins;
}

void ReviewChecksTable::fitColumnsAndRows() {
  // The requirement column takes what its longest label needs, up to 55 % of the width (a longer label
  // wraps); the result column takes the rest. Rows then grow to their text, wrapped as it is painted.
  const int available = viewport()->width();
  const int first = std::min(naturalRequirementWidth(), available * 55 / 100);
  horizontalHeader()->resizeSection(0, first);
  horizontalHeader()->resizeSection(1, std::max(0, available - first));
  for (int row = 0; row < rowCount(); ++row) setRowHeight(row, wrappedRowHeight(*this, row, 0));
}

}  // namespace cs::ui
