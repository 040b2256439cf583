#pragma once
// The capture screen (docs/ui-zh.md): live preview with the crop window and bands, one instruction,
// the checks panel with the lighting gauge and backdrop swatch, the candidate panel, and after the
// shutter the review of the 480x640 result. Settings are not read here: the station's main() passes the
// remembered choices in and stores what the signals report.
#include <QLabel>
#include <QMainWindow>
#include <QStackedWidget>
#include <QTimer>
#include <memory>

#include "capture/auto_capture.h"
#include "capture/batch_session.h"
#include "capture/capture_job.h"
#include "live/live_session.h"
#include "window/language.h"

namespace cs::ui {

class BackdropSwatch;
class CandidatePanel;
class ChecksPanel;
class InstructionBar;
class LightingGauge;
class PreviewWidget;
class ReviewPanel;

class CaptureWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit CaptureWindow(AnalysisWorker::AnalyzerFactory factory = {}, QWidget* parent = nullptr);
  ~CaptureWindow() override;

  void setSource(std::unique_ptr<FrameSource> source);
  void start();  // starts the analysis thread and the capture analyzer (both load the model off the UI thread)
  BatchSession& batch() { return batch_; }
  void batchChanged();  // after the batch was opened or created from outside
  void setOperatorName(const QString& name);
  QString operatorName() const { return operatorName_; }
  void setMirrored(bool mirrored);
  void setAutoCapture(bool on);

  // For tests, the scripted screenshot run and the bench.
  LiveSession& live() { return live_; }
  PreviewWidget* preview() const { return preview_; }
  ReviewPanel* review() const { return review_; }
  CandidatePanel* candidates() const { return candidates_; }
  InstructionBar* instructionBar() const { return instruction_; }
  ChecksPanel* checks() const { return checks_; }
  bool reviewing() const;
  void shutter();                          // what Space does
  void showResult(const LiveResult& result);  // what each analysed frame does
  void showOutcome(const CaptureOutcome& outcome);  // what a finished capture job does
  QString lastMessage() const { return lastMessage_; }
  // Reads and imports a roster file into the open batch; what File → Import the roster does once the
  // file is chosen. Problems are shown in a message box in the station's language.
  void importRosterFile(const QString& path);

 signals:
  void cameraChosen(const QByteArray& id, QSize resolution);
  void batchFolderChosen(const QString& folder);
  void languageChosen(cs::ui::Language language);
  void mirrorChosen(bool mirrored);
  void autoCaptureChosen(bool on);
  void operatorChosen(const QString& name);
  void resultShown();
  void reviewShown();
  void photoKept(qint64 attemptId);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  QWidget* buildSidePanel();
  void connectLive();     // frames, results and the analyzer's state
  void connectCapture();  // shutter, review, switches, candidate panel
  void buildMenus();
  void retranslate();
  void rebuildCameraMenu();
  void updateStatusBar();
  void onSourceStatus(bool working, const QString& message);
  void onStill(const QImage& image);
  void onKeep(const QString& overrideReason);
  void backToLive();
  void say(const QString& text);
  void chooseBatchFolder();
  void openReviewWindow();
  void editStationSettings();
  void importRoster();
  void chooseOperator();

  LiveSession live_;
  CaptureJob captureJob_;
  BatchSession batch_;
  AutoCaptureTracker autoCapture_;
  QString operatorName_;
  QString lastMessage_;
  bool stillPending_ = false;
  bool analyzerFailed_ = false;
  std::optional<LiveResult> lastResult_;

  QStackedWidget* stack_;
  PreviewWidget* preview_;
  ReviewPanel* review_;
  CandidatePanel* candidates_;
  ChecksPanel* checks_;
  LightingGauge* gauge_;
  BackdropSwatch* swatch_;
  InstructionBar* instruction_;
  QWidget* liveChecks_ = nullptr;
  QLabel* checksTitle_;
  QLabel* lightingTitle_;
  QLabel* backdropTitle_;
  QLabel* statusRates_;
  QLabel* statusSource_;
  QLabel* statusBatch_;
  QTimer statusTimer_;
  struct Menus;
  std::unique_ptr<Menus> menus_;
};

}  // namespace cs::ui
