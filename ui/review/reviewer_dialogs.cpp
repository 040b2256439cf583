#include "review/reviewer_dialogs.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace cs::ui {

RejectReasonDialog::RejectReasonDialog(const QString& candidateText, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Reject photo"));
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(tr("Reject the photo of %1? The candidate will be shown at the station for a "
                              "re-take. Say what is wrong so the photographer can fix it:").arg(candidateText));
  intro->setWordWrap(true);
  layout->addWidget(intro);
  reason_ = new QLineEdit;
  reason_->setPlaceholderText(tr("Reason (required), e.g. eyes closed"));
  reason_->setMinimumWidth(460);
  layout->addWidget(reason_);
  auto* quick = new QGridLayout;  // the usual reasons, one click each (the text can still be edited)
  const QStringList common = {tr("Eyes closed or looking away"), tr("Head tilted or turned"),
                              tr("Shadow on the face or the backdrop"), tr("Hair covers the eyebrows or ears"),
                              tr("Glasses reflect light"), tr("Wrong person or wrong ID number"), tr("Blurred photo")};
  for (int i = 0; i < common.size(); ++i) {
    auto* button = new QPushButton(common[i]);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [this, text = common[i]] { reason_->setText(text); });
    quick->addWidget(button, i / 2, i % 2);
  }
  layout->addLayout(quick);
  hint_ = new QLabel;
  hint_->setStyleSheet(QStringLiteral("color: #c62828;"));
  layout->addWidget(hint_);
  buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  buttons_->button(QDialogButtonBox::Ok)->setText(tr("Reject: re-take needed"));
  buttons_->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
  layout->addWidget(buttons_);
  connect(buttons_, &QDialogButtonBox::accepted, this, &RejectReasonDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(reason_, &QLineEdit::textChanged, this, [this] {
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
    if (canAccept()) hint_->clear();
  });
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);
}

QString RejectReasonDialog::reason() const { return reason_->text().trimmed(); }

void RejectReasonDialog::setReason(const QString& text) { reason_->setText(text); }

void RejectReasonDialog::accept() {
  if (!canAccept()) {
    hint_->setText(tr("A rejection needs a reason: the photographer reads it before the re-take."));
    return;
  }
  QDialog::accept();
}

SupervisorLoginDialog::SupervisorLoginDialog(const QStringList& supervisors, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Supervisor login"));
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(tr("Only a supervisor of this batch may approve, reject or export. Your name is "
                              "recorded with each decision."));
  intro->setWordWrap(true);
  layout->addWidget(intro);
  auto* form = new QFormLayout;
  name_ = new QComboBox;
  name_->setEditable(true);
  name_->addItems(supervisors);
  password_ = new QLineEdit;
  password_->setEchoMode(QLineEdit::Password);
  form->addRow(tr("Name"), name_);
  form->addRow(tr("Password"), password_);
  layout->addLayout(form);
  problem_ = new QLabel;
  problem_->setWordWrap(true);
  problem_->setStyleSheet(QStringLiteral("color: #c62828;"));
  layout->addWidget(problem_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  password_->setFocus();
}

QString SupervisorLoginDialog::name() const { return name_->currentText().trimmed(); }
QString SupervisorLoginDialog::password() const { return password_->text(); }

void SupervisorLoginDialog::showProblem(const QString& problem) {
  problem_->setText(problem);
  password_->clear();
  password_->setFocus();
}

}  // namespace cs::ui
