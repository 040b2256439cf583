#include "review/candidate_detail.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

#include "live/check_labels.h"
#include "review/photo_bands_view.h"
#include "review/review_checks_table.h"
#include "review/tile_state.h"
#include "window/error_text.h"

namespace cs::ui {

QString formatTime(std::int64_t unixSeconds) {
  return QDateTime::fromSecsSinceEpoch(unixSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

CandidateDetail::CandidateDetail(const cs::batch::BatchStore& store, QWidget* parent)
    : QWidget(parent), store_(store) {
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  photoColumn_ = new QWidget;  // its width follows the height: see resizeEvent
  auto* left = new QVBoxLayout(photoColumn_);
  left->setContentsMargins(0, 0, 0, 0);
  photo_ = new PhotoBandsView;
  left->addWidget(photo_, 1);
  bands_ = new QCheckBox(tr("Show the standard's bands (B)"));
  bands_->setChecked(true);
  connect(bands_, &QCheckBox::toggled, photo_, &PhotoBandsView::setBandsVisible);
  left->addWidget(bands_);
  legend_ = new QLabel(QStringLiteral("<table cellspacing=0 cellpadding=1><tr><td>G2 %1</td><td>&nbsp;G3 %2</td></tr>"
                                      "<tr><td>G4 %3</td><td>&nbsp;G1 %4</td></tr></table>%5")
                           .arg(checkLabel("G2"), checkLabel("G3"), checkLabel("G4"), checkLabel("G1"),
                                tr("Green: inside the band. Red: outside. The solid line is where the check measured.")));
  legend_->setWordWrap(true);
  legend_->setStyleSheet(QStringLiteral("font-size: 12px;"));
  left->addWidget(legend_);
  layout->addWidget(photoColumn_);
  layout->addLayout(buildInfoColumn(), 1);  // the checks get every pixel the photo does not need
  clear(tr("Pick a candidate on the left."));
}

QVBoxLayout* CandidateDetail::buildInfoColumn() {
  auto* right = new QVBoxLayout;
  title_ = new QLabel;
  title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  title_->setWordWrap(true);
  state_ = new QLabel;
  state_->setAlignment(Qt::AlignCenter);
  attempt_ = new QComboBox;
  attempt_->setToolTip(tr("Earlier photos stay on record; pick one to look at it."));
  connect(attempt_, &QComboBox::currentIndexChanged, this, &CandidateDetail::selectAttempt);
  info_ = new QLabel;
  info_->setWordWrap(true);
  info_->setTextFormat(Qt::RichText);
  checks_ = new ReviewChecksTable;
  checkDetail_ = new QLabel;  // the selected check in full, with what was measured
  checkDetail_->setWordWrap(true);
  checkDetail_->setTextFormat(Qt::RichText);
  checkDetail_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  connect(checks_, &ReviewChecksTable::detailChanged, checkDetail_, &QLabel::setText);
  right->addWidget(title_);
  right->addWidget(state_);
  right->addWidget(attempt_);
  right->addWidget(info_);
  right->addWidget(checks_, 1);
  right->addWidget(checkDetail_);
  return right;
}

void CandidateDetail::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  // The photo is 3:4 and as tall as the space above the band legend allows; its column is exactly that
  // wide (at most half the width), so the checks beside it get all the rest.
  auto photoWidthFor = [this](int legendWidth) {
    const int below = bands_->sizeHint().height() + legend_->heightForWidth(legendWidth) + 12;
    return std::clamp((height() - below) * 3 / 4, 200, std::max(200, width() / 2));
  };
  photoColumn_->setFixedWidth(photoWidthFor(photoWidthFor(photoColumn_->width())));
}

void CandidateDetail::clear(const QString& why) {
  attempts_.clear();
  shown_ = -1;
  title_->setText(QString());
  state_->setText(QString());
  state_->setStyleSheet(QString());
  {
    QSignalBlocker block(attempt_);
    attempt_->clear();
  }
  attempt_->setVisible(false);
  info_->setText(QString());
  photo_->showPhoto({}, {}, why);
  checks_->showNothing(why);
}

void CandidateDetail::showCandidate(const cs::batch::CandidateStatus& status) {
  const auto& c = status.candidate;
  title_->setText(QStringLiteral("<span style='font-size:16pt; font-weight:bold'>%1</span><br>%2 %3<br>%4 %5")
                      .arg(QString::fromStdString(c.name).toHtmlEscaped(), tr("ID number:"),
                           QString::fromStdString(c.idNumber), tr("Ticket:"), QString::fromStdString(c.ticketNumber)));
  const TileState state = tileState(status);
  state_->setText(tileLabel(state));
  state_->setStyleSheet(QStringLiteral("background:%1; color:white; font-weight:bold; padding:5px; border-radius:4px;")
                            .arg(tileColour(state).name()));
  attempts_ = store_.attempts(c.id);
  {
    QSignalBlocker block(attempt_);
    attempt_->clear();
    for (const auto& a : attempts_) attempt_->addItem(attemptTitle(a));
  }
  attempt_->setVisible(attempts_.size() > 1);
  if (attempts_.empty()) {
    shown_ = -1;
    info_->setText(tr("Not captured yet: the station has no photo of this candidate."));
    photo_->showPhoto({}, {}, tr("No photo yet"));
    checks_->showNothing(tr("No photo yet"));
    return;
  }
  selectAttempt(static_cast<int>(attempts_.size()) - 1);
}

void CandidateDetail::selectAttempt(int index) {
  if (index < 0 || index >= static_cast<int>(attempts_.size())) return;
  shown_ = index;
  if (attempt_->currentIndex() != index) {
    QSignalBlocker block(attempt_);
    attempt_->setCurrentIndex(index);
  }
  showAttempt(attempts_[static_cast<size_t>(index)]);
}

std::optional<cs::batch::Attempt> CandidateDetail::shownAttempt() const {
  if (shown_ < 0) return std::nullopt;
  return attempts_[static_cast<size_t>(shown_)];
}

QString CandidateDetail::attemptTitle(const cs::batch::Attempt& a) const {
  QString text = tr("Photo %1 of %2 · %3").arg(a.sequence).arg(attempts_.size()).arg(formatTime(a.capturedAt));
  if (a.sequence == static_cast<int>(attempts_.size())) text += tr(" (latest)");
  return text;
}

void CandidateDetail::showAttempt(const cs::batch::Attempt& a) {
  // One 480x640 JPEG (~30 KB): read and decoded here on the UI thread in a few milliseconds.
  QImage image;
  QString problem;
  auto bytes = store_.readPhoto(a);
  if (!bytes) problem = errorText(bytes.error());
  else if (!image.loadFromData(bytes->data(), static_cast<int>(bytes->size()), "JPG"))
    problem = tr("The stored photo cannot be decoded.");
  photo_->showPhoto(image, a.checks, problem);
  checks_->showChecks(a.checks);

  QStringList lines;
  lines << tr("Captured by <b>%1</b> on %2").arg(QString::fromStdString(a.operatorName).toHtmlEscaped(),
                                                 formatTime(a.capturedAt));
  if (a.overridden())
    lines << QStringLiteral("<span style='color:#c44d00'><b>%1</b> %2</span>")
                 .arg(tr("Kept despite a failed check. Reason given:"),
                      QString::fromStdString(a.overrideReason).toHtmlEscaped());
  // Which checks failed or warn: the table below lists them first, tinted, in full.
  lines << decisionText(a);
  info_->setText(lines.join(QStringLiteral("<br>")));
}

QString CandidateDetail::decisionText(const cs::batch::Attempt& a) const {
  const cs::batch::ReviewDecision* last = nullptr;
  const auto decisions = store_.decisions(a.candidateId);
  for (const auto& d : decisions)
    if (d.attemptId == a.id) last = &d;
  if (!last) return tr("Not reviewed yet.");
  const QString who = QString::fromStdString(last->reviewer).toHtmlEscaped();
  if (last->approved) return tr("<b style='color:#1565c0'>Approved</b> by %1 on %2").arg(who, formatTime(last->decidedAt));
  return tr("<b style='color:#c62828'>Rejected</b> by %1 on %2. Reason: %3")
      .arg(who, formatTime(last->decidedAt), QString::fromStdString(last->reason).toHtmlEscaped());
}

}  // namespace cs::ui
