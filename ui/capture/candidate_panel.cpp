#include "capture/candidate_panel.h"

#include <QFormLayout>
#include <QVBoxLayout>

#include "capture/id_number_check.h"
#include "window/error_text.h"

namespace cs::ui {

namespace {
constexpr int kMaxMatches = 8;
}

CandidatePanel::CandidatePanel(BatchSession& batch, QWidget* parent)
    : QGroupBox(parent), batch_(batch), search_(new QLineEdit), matches_(new QListWidget), currentLabel_(new QLabel),
      manualToggle_(new QToolButton), name_(new QLineEdit), idNumber_(new QLineEdit), ticket_(new QLineEdit),
      idMessage_(new QLabel), add_(new QPushButton) {
  auto* layout = new QVBoxLayout(this);
  QFont big = currentLabel_->font();
  big.setPixelSize(17);
  big.setBold(true);
  currentLabel_->setFont(big);
  currentLabel_->setWordWrap(true);
  matches_->setMaximumHeight(96);
  matches_->hide();
  layout->addWidget(currentLabel_);
  layout->addWidget(search_);
  layout->addWidget(matches_);
  layout->addWidget(buildManualEntry());

  connect(search_, &QLineEdit::textEdited, this, &CandidatePanel::onSearchEdited);
  connect(search_, &QLineEdit::returnPressed, this, &CandidatePanel::onSearchEntered);
  connect(matches_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
    const auto id = item->data(Qt::UserRole).toLongLong();
    select(batch_.store() ? batch_.store()->candidate(id) : std::nullopt);
  });
  connect(idNumber_, &QLineEdit::textChanged, this, &CandidatePanel::validateTyped);
  connect(name_, &QLineEdit::textChanged, this, &CandidatePanel::validateTyped);
  connect(ticket_, &QLineEdit::textChanged, this, &CandidatePanel::validateTyped);
  connect(add_, &QPushButton::clicked, this, &CandidatePanel::onAddTyped);
  retranslate();
  validateTyped();
}

QWidget* CandidatePanel::buildManualEntry() {
  // Folded away by default: the checks panel below needs the room; most candidates come from the roster.
  auto* outer = new QWidget;
  auto* column = new QVBoxLayout(outer);
  column->setContentsMargins(0, 0, 0, 0);
  manualToggle_->setCheckable(true);
  manualToggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  manualToggle_->setArrowType(Qt::RightArrow);
  manualToggle_->setAutoRaise(true);
  column->addWidget(manualToggle_);
  auto* box = new QWidget;
  box->hide();
  column->addWidget(box);
  connect(manualToggle_, &QToolButton::toggled, box, [this, box](bool open) {
    box->setVisible(open);
    manualToggle_->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    if (open) name_->setFocus();
  });
  auto* form = new QFormLayout(box);
  form->setContentsMargins(0, 0, 0, 0);
  form->addRow(tr("Name"), name_);
  form->addRow(tr("ID number"), idNumber_);
  form->addRow(idMessage_);
  form->addRow(tr("Ticket"), ticket_);
  form->addRow(add_);
  idNumber_->setMaxLength(18);
  idMessage_->setWordWrap(true);
  idMessage_->setStyleSheet(QStringLiteral("color:#c0392b"));
  return outer;
}

void CandidatePanel::retranslate() {
  setTitle(tr("Candidate"));
  search_->setPlaceholderText(tr("Type name, ID or ticket number, or scan the ticket"));
  manualToggle_->setText(tr("Not on the roster? Type the candidate in"));
  add_->setText(tr("Add to the batch and select"));
  select(current_);
}

void CandidatePanel::select(const std::optional<cs::batch::Candidate>& candidate) {
  current_ = candidate;
  if (current_) {
    const int attempts = batch_.attemptCount(current_->id);
    QString text = candidateSummary(*current_);
    if (attempts > 0) text += QLatin1Char('\n') + tr("Already photographed %n time(s): a new photo is kept as a retake.", "", attempts);
    currentLabel_->setText(text);
    currentLabel_->setStyleSheet({});
  } else {
    currentLabel_->setText(batch_.isOpen() ? tr("No candidate selected") : tr("No batch open (File menu)"));
    currentLabel_->setStyleSheet(QStringLiteral("color:#c0392b"));
  }
  search_->clear();
  matches_->clear();
  matches_->hide();
  emit candidateChanged();
}

void CandidatePanel::refresh() { select(current_ && batch_.store() ? batch_.store()->candidate(current_->id) : std::nullopt); }

void CandidatePanel::onSearchEdited(const QString& text) {
  matches_->clear();
  for (const auto& c : batch_.search(text, kMaxMatches)) {
    auto* item = new QListWidgetItem(candidateSummary(c), matches_);
    item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(c.id));
  }
  matches_->setVisible(matches_->count() > 0);
  if (matches_->count() > 0) matches_->setCurrentRow(0);
}

void CandidatePanel::onSearchEntered() {
  // A barcode scan (ticket digits + Enter) or a complete ID number: exact match first.
  const QString text = search_->text();
  if (auto exact = batch_.exactMatch(text)) return select(exact);
  const auto found = batch_.search(text, 2);
  if (found.size() == 1) return select(found.front());
  if (matches_->currentItem()) return select(batch_.store()->candidate(matches_->currentItem()->data(Qt::UserRole).toLongLong()));
  emit message(text.trimmed().isEmpty() ? QString() : tr("No candidate matches \"%1\".").arg(text.trimmed()));
}

void CandidatePanel::validateTyped() {
  const QString problem = idNumberProblem(idNumber_->text());
  idMessage_->setText(problem);
  idMessage_->setVisible(!problem.isEmpty());
  const bool complete = !name_->text().trimmed().isEmpty() && !ticket_->text().trimmed().isEmpty() &&
                        idNumber_->text().trimmed().size() == 18 && problem.isEmpty();
  add_->setEnabled(complete && batch_.isOpen());
}

void CandidatePanel::onAddTyped() {
  auto added = batch_.addCandidate(name_->text(), idNumber_->text(), ticket_->text(), operatorName_);
  if (!added) {
    emit message(errorText(added.error()));
    return;
  }
  name_->clear();
  idNumber_->clear();
  ticket_->clear();
  select(added.value());
}

}  // namespace cs::ui
