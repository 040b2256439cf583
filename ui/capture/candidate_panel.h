#pragma once
// Who is being photographed. Type any of name / ID-card number / ticket number to search the batch's
// roster, or scan the admission ticket's barcode (the scanner types the digits and Enter). A candidate
// who is not on the roster can be typed in; the ID number is checked as it is typed (GB 11643).
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <optional>

#include "capture/batch_session.h"

namespace cs::ui {

class CandidatePanel : public QGroupBox {
  Q_OBJECT
 public:
  CandidatePanel(BatchSession& batch, QWidget* parent = nullptr);
  std::optional<cs::batch::Candidate> current() const { return current_; }
  void select(const std::optional<cs::batch::Candidate>& candidate);
  void setOperatorName(const QString& name) { operatorName_ = name; }
  void refresh();  // after the batch changed
  void retranslate();
  QLineEdit* searchBox() const { return search_; }
  QLineEdit* idNumberBox() const { return idNumber_; }
  QLabel* idNumberMessage() const { return idMessage_; }
  QToolButton* manualEntryToggle() const { return manualToggle_; }

 signals:
  void candidateChanged();
  void message(const QString& text);

 private:
  void onSearchEdited(const QString& text);
  void onSearchEntered();
  void onAddTyped();
  void validateTyped();
  QWidget* buildManualEntry();
  BatchSession& batch_;
  std::optional<cs::batch::Candidate> current_;
  QString operatorName_;
  QLineEdit* search_;
  QListWidget* matches_;
  QLabel* currentLabel_;
  QToolButton* manualToggle_;
  QLineEdit* name_;
  QLineEdit* idNumber_;
  QLineEdit* ticket_;
  QLabel* idMessage_;
  QPushButton* add_;
};

}  // namespace cs::ui
