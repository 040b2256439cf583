#pragma once
// The two small dialogs of a review decision: the supervisor's login (name + password, checked by
// BatchStore::login) and the reason for a rejection (required: the photographer reads it at re-capture;
// the common reasons are one click away).
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>

namespace cs::ui {

class RejectReasonDialog : public QDialog {
  Q_OBJECT
 public:
  RejectReasonDialog(const QString& candidateText, QWidget* parent = nullptr);
  QString reason() const;  // trimmed
  void setReason(const QString& text);
  bool canAccept() const { return !reason().isEmpty(); }
  void accept() override;  // refused (stays open, says why) while the reason is empty

 private:
  QLineEdit* reason_;
  QLabel* hint_;
  QDialogButtonBox* buttons_;
};

class SupervisorLoginDialog : public QDialog {
  Q_OBJECT
 public:
  // `supervisors`: the names offered (the batch's supervisor accounts); typing another name is allowed.
  SupervisorLoginDialog(const QStringList& supervisors, QWidget* parent = nullptr);
  QString name() const;
  QString password() const;
  void showProblem(const QString& problem);  // e.g. wrong name or password; the dialog stays usable

 private:
  QComboBox* name_;
  QLineEdit* password_;
  QLabel* problem_;
};

}  // namespace cs::ui
