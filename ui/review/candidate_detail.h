#pragma once
// The right-hand side of the review window: the selected candidate's photo, large, with the G1-G4 bands;
// which attempt is shown (the latest by default; earlier ones stay on record, W2, and can be picked);
// who captured it and when; the override reason; the latest decision; and every check of that attempt.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>
#include <optional>
#include <vector>

#include "cs/core/batch/batch_store.h"

namespace cs::ui {

class PhotoBandsView;
class ReviewChecksTable;

class CandidateDetail : public QWidget {
  Q_OBJECT
 public:
  CandidateDetail(const cs::batch::BatchStore& store, QWidget* parent = nullptr);
  void showCandidate(const cs::batch::CandidateStatus& status);
  void clear(const QString& why);
  void selectAttempt(int index);  // index into attempts(), oldest first
  const std::vector<cs::batch::Attempt>& attempts() const { return attempts_; }
  std::optional<cs::batch::Attempt> shownAttempt() const;
  PhotoBandsView* photoView() const { return photo_; }
  ReviewChecksTable* checksTable() const { return checks_; }
  QLabel* checkDetail() const { return checkDetail_; }  // the selected check in full, under the table
  QWidget* photoColumn() const { return photoColumn_; }

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  QVBoxLayout* buildInfoColumn();
  void showAttempt(const cs::batch::Attempt& attempt);
  QString decisionText(const cs::batch::Attempt& attempt) const;
  QString attemptTitle(const cs::batch::Attempt& attempt) const;

  const cs::batch::BatchStore& store_;
  std::vector<cs::batch::Attempt> attempts_;
  int shown_ = -1;
  QWidget* photoColumn_;
  PhotoBandsView* photo_;
  QLabel* title_;
  QLabel* state_;
  QComboBox* attempt_;
  QLabel* info_;
  QLabel* legend_;
  QCheckBox* bands_;
  ReviewChecksTable* checks_;
  QLabel* checkDetail_;
};

QString formatTime(std::int64_t unixSeconds);  // local time, "2026-11-24 10:32"

}  // namespace cs::ui
