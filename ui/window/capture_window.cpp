#include "window/capture_window.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QShortcut>
#include <QStatusBar>
#include <QVBoxLayout>

#include "capture/candidate_panel.h"
#include "capture/review_panel.h"
#include "live/backdrop_swatch.h"
#include "live/checks_panel.h"
#include "live/lighting_gauge.h"
#include "live/preview_widget.h"
#include "window/capture_menus.h"
#include "window/instruction_bar.h"

namespace cs::ui {

namespace {
constexpr int kSidePanelWidth = 400;

QLabel* sectionTitle() {
  auto* label = new QLabel;
  QFont font = label->font();
  font.setBold(true);
  font.setPixelSize(15);
  label->setFont(font);
  return label;
}

cs::SpecProfile loadProfile() {
  auto profile = cs::SpecProfile::load();
  return profile ? profile.value() : cs::SpecProfile{};
}
}  // namespace

CaptureWindow::CaptureWindow(AnalysisWorker::AnalyzerFactory factory, QWidget* parent)
    : QMainWindow(parent), live_(std::move(factory)), stack_(new QStackedWidget), preview_(new PreviewWidget),
      review_(new ReviewPanel), candidates_(new CandidatePanel(batch_)), checks_(new ChecksPanel),
      gauge_(new LightingGauge), swatch_(new BackdropSwatch), instruction_(new InstructionBar),
      checksTitle_(sectionTitle()), lightingTitle_(sectionTitle()), backdropTitle_(sectionTitle()),
      statusRates_(new QLabel), statusSource_(new QLabel), statusBatch_(new QLabel) {
  const cs::SpecProfile profile = loadProfile();
  preview_->setProfile(profile);
  gauge_->setProfile(profile);
  swatch_->setProfile(profile);
  preview_->setFocusPolicy(Qt::StrongFocus);
  stack_->addWidget(preview_);
  stack_->addWidget(review_);

  auto* top = new QHBoxLayout;
  top->setContentsMargins(0, 0, 0, 0);
  top->addWidget(stack_, 1);
  top->addWidget(buildSidePanel());
  auto* central = new QWidget;
  auto* layout = new QVBoxLayout(central);
  layout->setContentsMargins(6, 6, 6, 0);
  layout->addLayout(top, 1);
  layout->addWidget(instruction_);
  setCentralWidget(central);
  statusBar()->addWidget(statusRates_);
  statusBar()->addWidget(statusSource_, 1);
  statusBar()->addPermanentWidget(statusBatch_);

  connectLive();
  connectCapture();
  connect(&statusTimer_, &QTimer::timeout, this, &CaptureWindow::updateStatusBar);
  statusTimer_.start(500);

  buildMenus();
  retranslate();
  instruction_->showInstruction(instructionFor(nullptr, false));
  checks_->clearChecks(tr("Waiting for the first analysed picture"));
  resize(1366, 768);
}

void CaptureWindow::connectLive() {
  connect(&live_, &LiveSession::previewFrame, preview_, &PreviewWidget::setFrame);
  connect(&live_, &LiveSession::resultReady, this, &CaptureWindow::showResult);
  connect(&live_, &LiveSession::analyzerLoaded, this, [this] { instruction_->showInstruction(instructionFor(nullptr, true)); });
  connect(&live_, &LiveSession::analyzerFailed, this, [this](const QString& message) {
    analyzerFailed_ = true;
    preview_->setAlert(tr("The face model could not be loaded: %1").arg(message));
    instruction_->showInstruction({tr("Checks are off: install the package libdlib-data, then restart"), Signal::Bad});
    checks_->clearChecks(tr("Checks are off: install the package libdlib-data, then restart"));
  });
  connect(&live_, &LiveSession::sourceStatus, this, &CaptureWindow::onSourceStatus);
}

void CaptureWindow::connectCapture() {
  connect(&captureJob_, &CaptureJob::finished, this, &CaptureWindow::showOutcome);
  connect(review_, &ReviewPanel::keepRequested, this, &CaptureWindow::onKeep);
  connect(review_, &ReviewPanel::retakeRequested, this, &CaptureWindow::backToLive);
  connect(instruction_->shutter(), &QPushButton::clicked, this, &CaptureWindow::shutter);
  connect(instruction_->mirror(), &QCheckBox::toggled, this, [this](bool on) {
    preview_->setMirrored(on);
    emit mirrorChosen(on);
  });
  connect(instruction_->autoCapture(), &QCheckBox::toggled, this, [this](bool on) {
    autoCapture_.reset();
    emit autoCaptureChosen(on);
  });
  connect(candidates_, &CandidatePanel::message, this, &CaptureWindow::say);
  connect(candidates_, &CandidatePanel::candidateChanged, this, [this] {
    if (candidates_->current()) preview_->setFocus();  // Space shoots again, instead of typing a space
    updateStatusBar();
  });
  auto* space = new QShortcut(QKeySequence(Qt::Key_Space), this);
  connect(space, &QShortcut::activated, this, &CaptureWindow::shutter);
}

CaptureWindow::~CaptureWindow() {
  captureJob_.waitForFinished();
  live_.shutdown();
}

QWidget* CaptureWindow::buildSidePanel() {
  // The live checks, gauge and swatch sit in their own box, hidden during the review (which shows the
  // photo's own checks) so that two lists of checks are never on screen at once.
  liveChecks_ = new QWidget;
  auto* live = new QVBoxLayout(liveChecks_);
  live->setContentsMargins(0, 0, 0, 0);
  live->addWidget(checksTitle_);
  live->addWidget(checks_, 1);
  live->addWidget(lightingTitle_);
  live->addWidget(gauge_);
  live->addWidget(backdropTitle_);
  live->addWidget(swatch_);
  auto* side = new QWidget;
  side->setFixedWidth(kSidePanelWidth);
  auto* column = new QVBoxLayout(side);
  column->setContentsMargins(6, 0, 0, 0);
  column->addWidget(candidates_);
  column->addWidget(liveChecks_, 1);
  column->addStretch(0);
  return side;
}

void CaptureWindow::setSource(std::unique_ptr<FrameSource> source) {
  const bool demo = source && source->kind() == FrameSource::Kind::Demo;
  preview_->setModeBanner(demo ? QStringLiteral("演示模式 / DEMO · ") + tr("pictures from a file, not a camera")
                               : QString());
  preview_->setAlert({});
  preview_->clearResult();
  lastResult_.reset();
  if (stillPending_ && !captureJob_.busy()) {  // a still asked of the old source will never come
    stillPending_ = false;
    instruction_->shutter()->setEnabled(!reviewing());
  }
  live_.setSource(std::move(source));
  rebuildCameraMenu();
  updateStatusBar();
}

void CaptureWindow::start() {
  live_.startAnalysis();
  captureJob_.prepare();
}

void CaptureWindow::batchChanged() {
  candidates_->select(batch_.nextNeedingCapture(0));
  updateStatusBar();
}

void CaptureWindow::setOperatorName(const QString& name) {
  operatorName_ = name;
  candidates_->setOperatorName(name);
  updateStatusBar();
}

void CaptureWindow::setMirrored(bool mirrored) { instruction_->mirror()->setChecked(mirrored); }
void CaptureWindow::setAutoCapture(bool on) { instruction_->autoCapture()->setChecked(on); }
bool CaptureWindow::reviewing() const { return stack_->currentWidget() == review_; }

void CaptureWindow::showResult(const LiveResult& result) {
  lastResult_ = result;
  preview_->setResult(result);
  if (!reviewing() && !stillPending_) {
    instruction_->showInstruction(instructionFor(&result, live_.analyzerReady()));
    // Without exactly one face the other checks describe an empty or crowded picture: only the
    // instruction matters then.
    if (result.analysis.checks.empty() || result.analysis.faces.count() != 1) checks_->clearChecks(instruction_->text());
    else checks_->showChecks(result.analysis.checks);
    gauge_->setReading(readLighting(result.analysis.checks));
    cs::CheckStatus b3 = cs::CheckStatus::NotAssessed;
    for (const auto& c : result.analysis.checks)
      if (c.id == "B3") b3 = c.status;
    swatch_->setMeasured(result.backdrop, b3);
    if (instruction_->autoCapture()->isChecked() && !stillPending_ && !captureJob_.busy() && candidates_->current())
      if (auto best = autoCapture_.feed(result, LiveSession::nowMs())) {
        say(tr("Auto-capture: every check was green for one second"));
        stillPending_ = true;
        onStill(*best);
      }
  }
  emit resultShown();
}

void CaptureWindow::onSourceStatus(bool working, const QString& message) {
  preview_->setAlert(working ? QString() : message);
  if (!working) say(message);
  updateStatusBar();
}

void CaptureWindow::updateStatusBar() {
  statusRates_->setText(tr("Preview %1 fps · analysis %2 fps").arg(live_.previewRate(), 0, 'f', 0)
                            .arg(live_.analysisRate(), 0, 'f', 0));
  FrameSource* source = live_.source();
  statusSource_->setText(source ? source->description() : tr("No picture source"));
  if (!batch_.isOpen()) {
    statusBatch_->setText(tr("No batch open · operator %1").arg(operatorName_));
    return;
  }
  const auto progress = batch_.progress();
  statusBatch_->setText(tr("Batch %1: %2/%3 photographed · operator %4")
                            .arg(batch_.name()).arg(progress.captured).arg(progress.total).arg(operatorName_));
}

void CaptureWindow::say(const QString& text) {
  lastMessage_ = text;
  if (!text.isEmpty()) statusBar()->showMessage(text, 8000);
}

void CaptureWindow::closeEvent(QCloseEvent* event) {
  captureJob_.waitForFinished();  // a photo being processed is finished, never cut off
  live_.shutdown();
  event->accept();
}

void CaptureWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QMainWindow::changeEvent(event);
}

}  // namespace cs::ui
