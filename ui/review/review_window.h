#pragma once
// The supervisor's review window (issue 4, W3): a thumbnail grid of the batch with each candidate's state,
// filters, a large view of the selected photo with the G1-G4 bands, approve / reject with a reason, and
// export. The batch is viewed through a READ-ONLY store (safe while a station writes, SQLite WAL); a
// read-write store is opened only for the moment of a decision. When the batch has accounts, a supervisor
// logs in (BatchStore::login) before the first decision; the reviewer's name is recorded with each one.
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QMainWindow>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <memory>
#include <vector>

#include "cs/core/batch/batch_store.h"

namespace cs::ui {

class CandidateDetail;
class CandidateModel;
class ThumbnailLoader;

struct ReviewOptions {
  bool viewOnly = false;          // look only: no approve / reject / export (e.g. --view-only, folder not writable)
  int refreshIntervalMs = 10000;  // re-read the batch to show what the station captured meanwhile; 0: never
};

class ReviewWindow : public QMainWindow {
  Q_OBJECT
 public:
  // `store` must be open read-only on the batch folder; the window keeps it for viewing.
  ReviewWindow(std::unique_ptr<cs::batch::BatchStore> store, ReviewOptions options = {}, QWidget* parent = nullptr);
  ~ReviewWindow() override;

  // ---- what the buttons and keys do, also callable without dialogs (tests, scripted screenshots) ----
  void setFilter(cs::batch::ListFilter filter);
  bool selectCandidate(qint64 candidateId);
  bool selectRow(int row);
  // Checks name + password against the batch's accounts (audited); only a supervisor is accepted.
  bool loginSupervisor(const QString& name, const QString& password);
  // Without accounts in the batch, the reviewer just gives their name. Refused when the batch has accounts.
  bool setReviewerName(const QString& name);
  bool approveSelected();                             // asks for a login first when needed
  bool rejectSelectedWithReason(const QString& reason);  // refused when the reason is empty
  void refresh();                                     // re-read the batch, keep the selection
  // Exports into `outFolder` (new or empty) off the UI thread with a progress dialog; the outcome is
  // shown in a dialog (and lastProblem()). exportWithDialogs() checks first and asks for the folder.
  void startExport(const QString& outFolder);
  bool exportRunning() const { return exportRunning_; }
  void refreshIfChanged();                            // the timer: only when the station changed something

  // ---- state, for tests ----
  QString reviewer() const { return reviewer_; }
  bool decisionsEnabled() const;
  QString lastProblem() const { return lastProblem_; }
  QListView* grid() const { return grid_; }
  QSplitter* splitter() const { return splitter_; }
  CandidateModel* model() const { return model_; }
  CandidateDetail* detail() const { return detail_; }
  ThumbnailLoader* thumbnails() const { return loader_; }
  QAction* approveAction() const { return approve_; }
  QAction* rejectAction() const { return reject_; }
  QAction* exportAction() const { return export_; }
  const cs::batch::BatchStore& store() const { return *store_; }

 public slots:
  void approveWithDialogs();  // A
  void rejectWithDialog();    // R
  void exportWithDialogs();

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  void buildToolBar();
  void fitGridWidth();
  void buildCentre();
  void selectionChanged();
  void updateActions();
  void updateStatusLine();
  bool ensureReviewer();  // login dialog (or name prompt) when nobody is logged in yet
  std::optional<cs::batch::CandidateStatus> selectedStatus() const;
  Expected<std::unique_ptr<cs::batch::BatchStore>> openWritable();
  bool decide(bool approve, const QString& reason);
  void reloadAfterDecision(qint64 decidedId);
  void showProblem(const QString& title, const QString& text);
  void showProblemList(const QString& title, const QString& intro, const QStringList& lines);

  std::unique_ptr<cs::batch::BatchStore> store_;  // read-only, UI thread
  ReviewOptions options_;
  QString reviewer_;
  QString lastProblem_;
  ThumbnailLoader* loader_;
  CandidateModel* model_;
  QSplitter* splitter_;
  QListView* grid_;
  CandidateDetail* detail_;
  QComboBox* filter_;
  QLabel* reviewerLabel_;
  QLabel* counts_;
  QAction* approve_;
  QAction* reject_;
  QAction* export_;
  QAction* login_;
  QPushButton* approveButton_;
  QPushButton* rejectButton_;
  QTimer refreshTimer_;
  bool exportRunning_ = false;
  bool splitterMovedByHand_ = false;  // then the window keeps the supervisor's split
  std::vector<std::int64_t> seen_;  // what the last refresh saw: candidate, attempts, state, decision
};

}  // namespace cs::ui
