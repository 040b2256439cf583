#include "capture/review_panel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QVBoxLayout>

#include "live/checks_panel.h"
#include "window/language.h"

namespace cs::ui {

ReviewPanel::ReviewPanel(QWidget* parent)
    : QWidget(parent), photo_(new QLabel), title_(new QLabel), verdict_(new QLabel), checks_(new ChecksPanel),
      override_(new QCheckBox), reason_(new QLineEdit), keep_(new QPushButton), retake_(new QPushButton) {
  photo_->setFixedSize(384, 512);  // 480x640 shown at 4/5 so the review fits a 1366x768 screen
  photo_->setAlignment(Qt::AlignCenter);
  photo_->setStyleSheet(QStringLiteral("background:#202226; border:1px solid #888;"));
  QFont big = title_->font();
  big.setPixelSize(20);
  big.setBold(true);
  title_->setFont(big);
  verdict_->setFont(big);
  verdict_->setWordWrap(true);
  title_->setWordWrap(true);
  QFont buttons = keep_->font();
  buttons.setPixelSize(18);
  keep_->setFont(buttons);
  retake_->setFont(buttons);
  keep_->setMinimumHeight(44);
  retake_->setMinimumHeight(44);

  auto* right = new QVBoxLayout;
  right->addWidget(title_);
  right->addWidget(verdict_);
  right->addWidget(checks_, 1);
  right->addWidget(override_);
  right->addWidget(reason_);
  auto* buttonRow = new QHBoxLayout;
  buttonRow->addWidget(retake_);
  buttonRow->addWidget(keep_);
  right->addLayout(buttonRow);
  auto* layout = new QHBoxLayout(this);
  layout->addWidget(photo_, 0, Qt::AlignTop);
  layout->addLayout(right, 1);

  connect(override_, &QCheckBox::toggled, this, [this] { updateKeepButton(); });
  connect(reason_, &QLineEdit::textChanged, this, [this] { updateKeepButton(); });
  connect(reason_, &QLineEdit::returnPressed, this, &ReviewPanel::tryKeep);
  connect(keep_, &QPushButton::clicked, this, &ReviewPanel::tryKeep);
  connect(retake_, &QPushButton::clicked, this, [this] {
    decided_ = true;
    emit retakeRequested();
  });
  setFocusPolicy(Qt::StrongFocus);
  retranslate();
}

void ReviewPanel::retranslate() {
  override_->setText(tr("Keep anyway although a check failed (override)"));
  reason_->setPlaceholderText(tr("Reason for keeping it (required, recorded), e.g. candidate wears a medical eye patch"));
  keep_->setText(tr("Keep (Enter)"));
  retake_->setText(tr("Retake (Esc)"));
  checks_->retranslate();
}

void ReviewPanel::showOutcome(const CaptureOutcome& outcome, const QString& candidateText) {
  outcome_ = outcome;
  decided_ = false;
  override_->setChecked(false);
  reason_->clear();
  title_->setText(candidateText.isEmpty() ? tr("Result") : candidateText);
  if (!outcome.photo.isNull())
    photo_->setPixmap(QPixmap::fromImage(outcome.photo).scaled(photo_->size(), Qt::KeepAspectRatio,
                                                              Qt::SmoothTransformation));
  else
    photo_->setText(tr("No photo could be made\nfrom this picture"));
  if (outcome.certificate) checks_->showChecks(outcome.certificate->analysis.checks);
  else checks_->clearChecks(outcome.error);

  QString verdict;
  QString colour = QStringLiteral("#1e8a3a");
  if (!outcome.certificate || !outcome.certificate->jpeg) {
    const cs::CheckResult* problem = outcome.certificate ? cs::mostImportantProblem(outcome.certificate->analysis.checks) : nullptr;
    verdict = tr("Cannot be kept: %1 Press Esc and take it again.")
                  .arg(problem ? checkMessage(*problem) : outcome.error);
    colour = QStringLiteral("#c0392b");
  } else if (outcome.certificate->meetsStandard()) {
    verdict = tr("Meets the standard. Enter keeps it, Esc retakes.");
  } else {
    const cs::CheckResult* problem = cs::mostImportantProblem(outcome.certificate->analysis.checks);
    verdict = tr("Does not meet the standard: %1 Retake (Esc), or keep it with a reason.")
                  .arg(problem ? checkMessage(*problem) : QString());
    colour = QStringLiteral("#c0392b");
  }
  verdict_->setText(verdict);
  verdict_->setStyleSheet(QStringLiteral("color:%1").arg(colour));
  override_->setVisible(needsOverride());
  reason_->setVisible(needsOverride());
  updateKeepButton();
  setFocus();
}

bool ReviewPanel::needsOverride() const {
  return outcome_.certificate && outcome_.certificate->jpeg && !outcome_.certificate->meetsStandard();
}

bool ReviewPanel::canKeep() const {
  if (!outcome_.certificate || !outcome_.certificate->jpeg) return false;
  if (!needsOverride()) return true;
  return override_->isChecked() && !reason_->text().trimmed().isEmpty();
}

QString ReviewPanel::overrideReason() const { return needsOverride() ? reason_->text().trimmed() : QString(); }

void ReviewPanel::updateKeepButton() {
  keep_->setEnabled(canKeep());
  reason_->setEnabled(override_->isChecked());
  if (override_->isChecked() && reason_->text().trimmed().isEmpty()) reason_->setFocus();
}

void ReviewPanel::tryKeep() {
  // Once per result: Enter in the reason box reaches both returnPressed and this panel's key handler.
  if (!canKeep() || decided_) return;
  decided_ = true;
  emit keepRequested(overrideReason());
}

void ReviewPanel::keyPressEvent(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
      tryKeep();
      return;
    case Qt::Key_Escape:
      if (!decided_) emit retakeRequested();
      decided_ = true;
      return;
    default:
      QWidget::keyPressEvent(event);
  }
}

}  // namespace cs::ui
