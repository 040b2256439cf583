#pragma once
// After the shutter: the 480x640 result beside its checks. Enter keeps it, Esc retakes. A result with a
// failed check can be kept only with the override box ticked and a reason typed (the reason is recorded
// in the batch and its audit log).
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QWidget>

#include "capture/capture_job.h"

namespace cs::ui {

class ChecksPanel;

class ReviewPanel : public QWidget {
  Q_OBJECT
 public:
  explicit ReviewPanel(QWidget* parent = nullptr);
  void showOutcome(const CaptureOutcome& outcome, const QString& candidateText);
  const CaptureOutcome& outcome() const { return outcome_; }
  bool canKeep() const;
  bool needsOverride() const;
  QString overrideReason() const;
  void retranslate();

 signals:
  void keepRequested(const QString& overrideReason);
  void retakeRequested();

 protected:
  void keyPressEvent(QKeyEvent* event) override;

 private:
  void updateKeepButton();
  void tryKeep();
  CaptureOutcome outcome_;
  bool decided_ = false;  // kept or retaken: further keys are ignored until the next result
  QLabel* photo_;
  QLabel* title_;
  QLabel* verdict_;
  ChecksPanel* checks_;
  QCheckBox* override_;
  QLineEdit* reason_;
  QPushButton* keep_;
  QPushButton* retake_;
};

}  // namespace cs::ui
