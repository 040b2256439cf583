// The shutter, the review and keeping a photo (the capture half of CaptureWindow).
#include <QMessageBox>
#include <QStatusBar>

#include "capture/candidate_panel.h"
#include "capture/review_panel.h"
#include "live/preview_widget.h"
#include "window/capture_window.h"
#include "window/error_text.h"
#include "window/instruction_bar.h"

namespace cs::ui {

void CaptureWindow::shutter() {
  if (reviewing() || stillPending_ || captureJob_.busy()) return;
  if (!batch_.isOpen()) {
    say(tr("Open or create a batch first (File menu)."));
    return;
  }
  if (!candidates_->current()) {
    say(tr("Select the candidate first: type the name, ID or ticket number, or scan the ticket."));
    candidates_->searchBox()->setFocus();
    return;
  }
  FrameSource* source = live_.source();
  if (!source) return;
  stillPending_ = true;
  instruction_->shutter()->setEnabled(false);
  instruction_->showInstruction({tr("Processing the photo…"), Signal::Unknown});
  // The source answers once: a camera still (full resolution) or the newest frame.
  auto* context = new QObject(this);
  connect(source, &FrameSource::stillReady, context, [this, context](const QImage& image) {
    context->deleteLater();
    onStill(image);
  });
  connect(source, &FrameSource::stillFailed, context, [this, context](const QString& message) {
    context->deleteLater();
    stillPending_ = false;
    instruction_->shutter()->setEnabled(true);
    say(message);
  });
  source->requestStill();
}

void CaptureWindow::onStill(const QImage& image) {
  instruction_->shutter()->setEnabled(false);  // until the review is decided
  instruction_->showInstruction({tr("Processing the photo…"), Signal::Unknown});
  if (!captureJob_.start(image)) stillPending_ = false;
}

void CaptureWindow::showOutcome(const CaptureOutcome& outcome) {
  stillPending_ = false;
  const auto candidate = candidates_->current();
  review_->showOutcome(outcome, candidate ? candidateSummary(*candidate) : QString());
  stack_->setCurrentWidget(review_);
  liveChecks_->hide();
  instruction_->showInstruction({review_->canKeep() || review_->needsOverride()
                                     ? tr("Check the photo: Enter keeps it, Esc retakes")
                                     : tr("This picture cannot become a photo: press Esc to retake"),
                                 review_->canKeep() ? Signal::Good : Signal::Near});
  review_->setFocus();
  emit reviewShown();
}

void CaptureWindow::onKeep(const QString& overrideReason) {
  const auto candidate = candidates_->current();
  if (!candidate) {
    say(tr("Select the candidate first: type the name, ID or ticket number, or scan the ticket."));
    return backToLive();
  }
  auto kept = batch_.keep(candidate->id, review_->outcome(), overrideReason, operatorName_);
  if (!kept) {
    // Nothing is lost: the review stays on screen and the photographer can try again or retake.
    QMessageBox::warning(this, tr("The photo was not saved"),
                         tr("%1\nThe photo is still on screen: press Enter to save it again, or Esc to retake.")
                             .arg(errorText(kept.error())));
    review_->showOutcome(review_->outcome(), candidateSummary(*candidate));
    return;
  }
  say(tr("Saved photo %1 of %2 (%3).").arg(kept->sequence).arg(QString::fromStdString(candidate->name),
                                                                 QString::fromStdString(kept->fileName)));
  emit photoKept(kept->id);
  candidates_->select(batch_.nextNeedingCapture(candidate->id));
  backToLive();
}

void CaptureWindow::backToLive() {
  stillPending_ = false;
  autoCapture_.reset();
  stack_->setCurrentWidget(preview_);
  liveChecks_->show();
  instruction_->shutter()->setEnabled(true);
  preview_->setFocus();
  if (lastResult_) showResult(*lastResult_);
  updateStatusBar();
}

}  // namespace cs::ui
