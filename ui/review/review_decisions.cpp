// ReviewWindow: who reviews (login), approve / reject, and the problem dialogs. Every change goes through
// a read-write BatchStore opened for that moment only, so the window's own store stays read-only.
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "review/candidate_model.h"
#include "review/review_window.h"
#include "review/reviewer_dialogs.h"
#include "window/error_text.h"

namespace cs::ui {

Expected<std::unique_ptr<cs::batch::BatchStore>> ReviewWindow::openWritable() {
  return cs::batch::BatchStore::open(store_->folder(), cs::batch::OpenMode::ReadWrite);
}

bool ReviewWindow::loginSupervisor(const QString& name, const QString& password) {
  auto writable = openWritable();  // read-write so the login is audited
  if (!writable) {
    lastProblem_ = errorText(writable.error());
    return false;
  }
  auto user = (*writable)->login(name.toStdString(), password.toStdString());
  if (!user) {
    lastProblem_ = tr("Wrong name or password.");
    return false;
  }
  if (user->role != cs::batch::Role::Supervisor) {
    lastProblem_ = tr("%1 is a photographer of this batch; only a supervisor may review.").arg(name);
    return false;
  }
  reviewer_ = name;
  updateActions();
  return true;
}

bool ReviewWindow::setReviewerName(const QString& name) {
  if (store_->hasUsers()) {
    lastProblem_ = tr("This batch has accounts: log in as a supervisor.");
    return false;
  }
  if (name.trimmed().isEmpty()) return false;
  reviewer_ = name.trimmed();
  updateActions();
  return true;
}

bool ReviewWindow::ensureReviewer() {
  if (!reviewer_.isEmpty()) return true;
  if (!store_->hasUsers()) {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Who is reviewing?"),
                                               tr("Your name (recorded with each decision):"), QLineEdit::Normal,
                                               qEnvironmentVariable("USER"), &ok);
    return ok && setReviewerName(name);
  }
  QStringList supervisors;
  for (const auto& u : store_->users())
    if (u.role == cs::batch::Role::Supervisor) supervisors << QString::fromStdString(u.name);
  SupervisorLoginDialog dialog(supervisors, this);
  while (dialog.exec() == QDialog::Accepted) {
    if (loginSupervisor(dialog.name(), dialog.password())) return true;
    dialog.showProblem(lastProblem_);
  }
  return false;
}

bool ReviewWindow::approveSelected() { return decide(true, QString()); }

bool ReviewWindow::rejectSelectedWithReason(const QString& reason) {
  if (reason.trimmed().isEmpty()) {
    lastProblem_ = tr("A rejection needs a reason: the photographer reads it before the re-take.");
    return false;
  }
  return decide(false, reason.trimmed());
}

bool ReviewWindow::decide(bool approve, const QString& reason) {
  const auto status = selectedStatus();
  if (!decisionsEnabled() || !status || !status->latest) {
    lastProblem_ = !decisionsEnabled() ? tr("This window was opened to look only.")
                                       : tr("This candidate has no photo yet: there is nothing to review.");
    return false;
  }
  if (!ensureReviewer()) return false;
  auto writable = openWritable();
  if (!writable) {
    showProblem(tr("Cannot change the batch"), errorText(writable.error()));
    return false;
  }
  const auto id = status->candidate.id;
  const std::string who = reviewer_.toStdString();
  auto done = approve ? (*writable)->approve(id, who) : (*writable)->reject(id, who, reason.toStdString());
  writable->reset();  // read-write only for the moment of the decision
  if (!done) {
    showProblem(approve ? tr("Not approved") : tr("Not rejected"), errorText(done.error()));
    return false;
  }
  lastProblem_.clear();
  reloadAfterDecision(id);
  return true;
}

void ReviewWindow::reloadAfterDecision(qint64 decidedId) {
  // Move on to the candidate after the one just decided (what a supervisor does next), or stay on the
  // same row when the decided one left the current filter.
  const int row = model_->rowOfCandidate(decidedId);
  const qint64 next = row + 1 < model_->rowCount() ? model_->statusAt(row + 1).candidate.id : decidedId;
  refresh();
  if (!selectCandidate(next) && !selectRow(std::min(row, model_->rowCount() - 1))) selectCandidate(decidedId);
}

void ReviewWindow::approveWithDialogs() { approveSelected(); }

void ReviewWindow::rejectWithDialog() {
  const auto status = selectedStatus();
  if (!decisionsEnabled() || !status || !status->latest) return;
  if (!ensureReviewer()) return;
  RejectReasonDialog dialog(QStringLiteral("%1 (%2)").arg(QString::fromStdString(status->candidate.name),
                                                          QString::fromStdString(status->candidate.idNumber)),
                            this);
  if (dialog.exec() == QDialog::Accepted) rejectSelectedWithReason(dialog.reason());
}

void ReviewWindow::showProblem(const QString& title, const QString& text) {
  lastProblem_ = text;
  auto* box = new QMessageBox(QMessageBox::Warning, title, lastProblem_, QMessageBox::Ok, this);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();  // not exec(): the window (and a test driving it) carries on
}

void ReviewWindow::showProblemList(const QString& title, const QString& intro, const QStringList& lines) {
  lastProblem_ = lines.join(QLatin1Char('\n'));
  auto* dialog = new QDialog(this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setWindowTitle(title);
  auto* layout = new QVBoxLayout(dialog);
  auto* label = new QLabel(intro);
  label->setWordWrap(true);
  layout->addWidget(label);
  auto* list = new QPlainTextEdit(lastProblem_);
  list->setReadOnly(true);
  list->setMinimumSize(640, 300);
  layout->addWidget(list);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
  buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
  connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
  layout->addWidget(buttons);
  dialog->open();
}

}  // namespace cs::ui
