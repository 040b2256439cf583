#pragma once
// The review window's table of every check of the shown photo (columns Requirement / Result): the
// requirement id first on each row, problems first (failed, then warnings, each in the photographer's
// order), and nothing cut: labels and messages WRAP instead of ending in "…", because a supervisor must
// read a failing reason without hovering. Failed and warning rows are tinted. Clicking a row gives its
// full text with what was measured and the allowed range (detailHtml, shown under the table); every
// cell's tooltip has the same text as a fallback.
#include <QTableWidget>

#include "cs/core/check_result.h"

namespace cs::ui {

class ReviewChecksTable : public QTableWidget {
  Q_OBJECT
 public:
  explicit ReviewChecksTable(QWidget* parent = nullptr);
  void showChecks(const cs::CheckList& checks);
  void showNothing(const QString& why);  // one grey line saying why no check is shown

  const cs::CheckList& shownChecks() const { return checks_; }  // in row order
  // The row's requirement, e.g. "L1 曝光 · 光线均匀、无高光" (id first), and its full result text.
  QString requirementText(int row) const;
  QString resultText(int row) const;
  // The selected row in full, with the measured value and the allowed range; a hint when none is selected.
  QString detailHtml() const;
  QString rowDetailHtml(int row) const;  // any row's full text, measured value and range (its tooltip)
  // Whether every cell of the row is as wide and as tall as its text needs at the current column widths
  // (nothing cut, nothing elided), by the same measure the view paints with.
  bool showsInFull(int row) const;

 signals:
  void detailChanged(const QString& html);

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  void fitColumnsAndRows();
  int naturalRequirementWidth() const;

  cs::CheckList checks_;  // sorted as shown
};

}  // namespace cs::ui
