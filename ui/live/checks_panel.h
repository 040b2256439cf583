#pragma once
// Every check with its requirement id, a green / amber / red dot, its label and its message.
#include <QTableWidget>

#include "cs/core/check_result.h"

namespace cs::ui {

class ChecksPanel : public QTableWidget {
  Q_OBJECT
 public:
  explicit ChecksPanel(QWidget* parent = nullptr);
  void showChecks(const cs::CheckList& checks);
  void clearChecks(const QString& why);  // one grey line saying why nothing is shown
  void retranslate();

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  static constexpr int kOneLine = 24;  // px: a passed check's row
  void fitRowHeights();
};

}  // namespace cs::ui
