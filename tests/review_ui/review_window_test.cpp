// What a supervisor relies on in the review window: every candidate in the grid with the right state,
// filters, decisions recorded with the reviewer's name, a rejection only with a reason, logins, look-only
// mode, the keyboard.
#include <QApplication>
#include <QDir>
#include <QTest>

#include "cs/core/batch/export.h"
#include "review/candidate_detail.h"
#include "review/candidate_model.h"
#include "review/photo_bands_view.h"
#include "review/review_window.h"
#include "review/reviewer_dialogs.h"
#include "review/thumbnail_loader.h"
#include "review_batch_fixture.h"

namespace cs::test {
namespace {

using cs::batch::ListFilter;
using cs::ui::TileState;

bool waitUntilLoaded(cs::ui::ReviewWindow* w, const QModelIndex& index) {
  for (int i = 0; i < 100; ++i) {
    w->thumbnails()->waitForIdle(50);
    QApplication::processEvents();  // the result arrives as a queued signal on this (the UI) thread
    if (!index.data(cs::ui::CandidateModel::ThumbnailRole).value<QPixmap>().isNull()) return true;
  }
  return false;
}

class ReviewWindowTest : public ReviewBatchTest {
 protected:
  std::unique_ptr<cs::ui::ReviewWindow> makeWindow(bool viewOnly = false) {
    cs::ui::ReviewOptions options;
    options.viewOnly = viewOnly;
    options.refreshIntervalMs = 0;
    return std::make_unique<cs::ui::ReviewWindow>(openReadOnly(), options);
  }
  static QStringList namesIn(const cs::ui::ReviewWindow& w) {
    QStringList names;
    for (int row = 0; row < w.model()->rowCount(); ++row)
      names << w.model()->index(row).data(cs::ui::CandidateModel::NameRole).toString();
    return names;
  }
  static TileState stateOf(const cs::ui::ReviewWindow& w, std::int64_t candidateId) {
    const int row = w.model()->rowOfCandidate(candidateId);
    EXPECT_GE(row, 0);
    return static_cast<TileState>(w.model()->index(row).data(cs::ui::CandidateModel::StateRole).toInt());
  }
  cs::batch::CandidateStatus freshStatus(Who who) const { return openReadOnly()->status(candidateId(who)); }
};

TEST_F(ReviewWindowTest, GridListsEveryCandidateWithTheirState) {
  auto w = makeWindow();
  EXPECT_EQ(namesIn(*w), QStringList({"张三", "李四", "王五", "赵六", "钱七", "孙八"}));
  EXPECT_EQ(stateOf(*w, candidateId(Passed)), TileState::Passed);
  EXPECT_EQ(stateOf(*w, candidateId(Warned)), TileState::Warnings);
  EXPECT_EQ(stateOf(*w, candidateId(Overridden)), TileState::Overridden);
  EXPECT_EQ(stateOf(*w, candidateId(NotCaptured)), TileState::NotCaptured);
  EXPECT_EQ(stateOf(*w, candidateId(Retaken)), TileState::Approved);
  EXPECT_EQ(stateOf(*w, candidateId(Rejected)), TileState::Rejected);
  EXPECT_EQ(w->store().mode(), cs::batch::OpenMode::ReadOnly);  // the window looks through a read-only store
}

TEST_F(ReviewWindowTest, FiltersNarrowTheGrid) {
  auto w = makeWindow();
  const std::pair<ListFilter, QStringList> expected[] = {
      {ListFilter::FailedChecks, {"王五"}},   {ListFilter::Overridden, {"王五"}},
      {ListFilter::NotCaptured, {"赵六"}},    {ListFilter::Retakes, {"钱七"}},
      {ListFilter::Approved, {"钱七"}},       {ListFilter::Rejected, {"孙八"}},
      {ListFilter::AwaitingReview, {"张三", "李四", "王五"}},
      {ListFilter::All, {"张三", "李四", "王五", "赵六", "钱七", "孙八"}},
  };
  for (const auto& [filter, names] : expected) {
    w->setFilter(filter);
    EXPECT_EQ(namesIn(*w), names) << cs::batch::toString(filter);
  }
}

TEST_F(ReviewWindowTest, ApproveRecordsTheReviewerAndUpdatesTheGrid) {
  auto w = makeWindow();
  ASSERT_TRUE(w->setReviewerName(QStringLiteral("王军")));
  ASSERT_TRUE(w->selectCandidate(candidateId(Passed)));
  ASSERT_TRUE(w->approveSelected()) << w->lastProblem().toStdString();
  const auto status = freshStatus(Passed);
  EXPECT_EQ(status.state, cs::batch::ReviewState::Approved);
  ASSERT_TRUE(status.decision);
  EXPECT_EQ(status.decision->reviewer, "王军");
  EXPECT_EQ(stateOf(*w, candidateId(Passed)), TileState::Approved);
  EXPECT_EQ(w->store().mode(), cs::batch::OpenMode::ReadOnly);  // still read-only after the decision
}

TEST_F(ReviewWindowTest, RejectWithoutReasonIsRefused) {
  auto w = makeWindow();
  ASSERT_TRUE(w->setReviewerName(QStringLiteral("王军")));
  ASSERT_TRUE(w->selectCandidate(candidateId(Warned)));
  EXPECT_FALSE(w->rejectSelectedWithReason(QStringLiteral("   ")));
  EXPECT_FALSE(w->lastProblem().isEmpty());
  EXPECT_EQ(freshStatus(Warned).state, cs::batch::ReviewState::AwaitingReview);

  cs::ui::RejectReasonDialog dialog(QStringLiteral("李四"));
  dialog.setReason(QStringLiteral("  "));
  dialog.accept();
  EXPECT_NE(dialog.result(), QDialog::Accepted);
  dialog.setReason(QStringLiteral("眼睛没睁开"));
  EXPECT_TRUE(dialog.canAccept());
}

TEST_F(ReviewWindowTest, RejectedCandidateNeedsRecaptureAtTheStation) {
  auto w = makeWindow();
  ASSERT_TRUE(w->setReviewerName(QStringLiteral("王军")));
  ASSERT_TRUE(w->selectCandidate(candidateId(Warned)));
  ASSERT_TRUE(w->rejectSelectedWithReason(QStringLiteral("眼睛没睁开")));
  const auto status = freshStatus(Warned);
  EXPECT_TRUE(status.needsCapture());
  ASSERT_TRUE(status.decision);
  EXPECT_EQ(status.decision->reason, "眼睛没睁开");
  EXPECT_EQ(stateOf(*w, candidateId(Warned)), TileState::Rejected);
  w->setFilter(ListFilter::Rejected);
  EXPECT_EQ(namesIn(*w), QStringList({"李四", "孙八"}));
}

TEST_F(ReviewWindowTest, BatchWithAccountsNeedsASupervisorLogin) {
  {
    auto admin = openWritable();
    ASSERT_TRUE(admin->addUser("王军", cs::batch::Role::Supervisor, "correct horse battery", "admin"));
    ASSERT_TRUE(admin->addUser("李华", cs::batch::Role::Photographer, "photographer pass", "admin"));
  }
  auto w = makeWindow();
  EXPECT_FALSE(w->setReviewerName(QStringLiteral("王军")));  // a name alone is not enough
  EXPECT_FALSE(w->loginSupervisor(QStringLiteral("王军"), QStringLiteral("wrong")));
  EXPECT_FALSE(w->loginSupervisor(QStringLiteral("李华"), QStringLiteral("photographer pass")));
  EXPECT_TRUE(w->reviewer().isEmpty());
  ASSERT_TRUE(w->loginSupervisor(QStringLiteral("王军"), QStringLiteral("correct horse battery")));
  ASSERT_TRUE(w->selectCandidate(candidateId(Overridden)));
  ASSERT_TRUE(w->approveSelected()) << w->lastProblem().toStdString();
  EXPECT_EQ(freshStatus(Overridden).decision->reviewer, "王军");
}

TEST_F(ReviewWindowTest, LookOnlyModeDisablesDecisions) {
  auto w = makeWindow(/*viewOnly=*/true);
  ASSERT_TRUE(w->selectCandidate(candidateId(Passed)));
  EXPECT_FALSE(w->decisionsEnabled());
  EXPECT_FALSE(w->approveAction()->isEnabled());
  EXPECT_FALSE(w->rejectAction()->isEnabled());
  EXPECT_FALSE(w->exportAction()->isEnabled());
  EXPECT_FALSE(w->approveSelected());
  EXPECT_EQ(freshStatus(Passed).state, cs::batch::ReviewState::AwaitingReview);
}

TEST_F(ReviewWindowTest, KeyboardArrowsMoveAndAApproves) {
  auto w = makeWindow();
  ASSERT_TRUE(w->setReviewerName(QStringLiteral("王军")));
  w->show();
  QApplication::setActiveWindow(w.get());
  ASSERT_TRUE(QTest::qWaitForWindowActive(w.get()));
  ASSERT_TRUE(w->selectRow(0));
  w->grid()->setFocus();
  QTest::keyClick(w->grid(), Qt::Key_Right);
  EXPECT_EQ(w->grid()->currentIndex().row(), 1);  // 李四
  QTest::keyClick(w->grid(), Qt::Key_Left);
  EXPECT_EQ(w->grid()->currentIndex().row(), 0);  // 张三
  QTest::keyClick(w->grid(), Qt::Key_A);
  EXPECT_EQ(freshStatus(Passed).state, cs::batch::ReviewState::Approved);
  EXPECT_EQ(w->grid()->currentIndex().row(), 1);  // moved on to the next candidate
}

TEST_F(ReviewWindowTest, ExportRefusalListsEveryCandidateNotReady) {
  auto w = makeWindow();
  ASSERT_TRUE(w->setReviewerName(QStringLiteral("王军")));
  w->exportWithDialogs();  // refused before any folder is asked for: the list is shown instead
  const QString shown = w->lastProblem();
  for (const char* name : {"张三", "李四", "王五", "赵六", "孙八"}) EXPECT_TRUE(shown.contains(QString::fromUtf8(name))) << name;
  EXPECT_FALSE(shown.contains(QStringLiteral("钱七")));  // approved: ready
  EXPECT_TRUE(shown.contains(QStringLiteral("还没有照片")));  // the reason is given for each, in Chinese (default)
}

TEST_F(ReviewWindowTest, ExportOfAFullyApprovedBatchWritesTheFolder) {
  {
    auto store = openWritable();
    ASSERT_TRUE(store->addAttempt(candidateId(NotCaptured), attemptWith(cs::CheckStatus::Pass)));
    ASSERT_TRUE(store->addAttempt(candidateId(Rejected), attemptWith(cs::CheckStatus::Pass)));
  }
  auto w = makeWindow();
  ASSERT_TRUE(w->setReviewerName(QStringLiteral("王军")));
  for (Who who : {Passed, Warned, Overridden, NotCaptured, Rejected}) {
    ASSERT_TRUE(w->selectCandidate(candidateId(who)));
    ASSERT_TRUE(w->approveSelected()) << w->lastProblem().toStdString();
  }
  const QString out = QString::fromStdString((dir_.path / "upload").string());
  w->startExport(out);
  ASSERT_TRUE(QTest::qWaitFor([&] { return !w->exportRunning(); }, 30000));
  EXPECT_TRUE(w->lastProblem().isEmpty()) << w->lastProblem().toStdString();
  EXPECT_EQ(QDir(out).entryList({"*.jpg"}).size(), kCount);
  EXPECT_TRUE(QDir(out).exists(QStringLiteral("manifest.csv")));
  const auto log = openReadOnly()->auditLog();
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log.back().action, "export");
  EXPECT_EQ(log.back().operatorName, "王军");  // the reviewer is who exported
}

TEST_F(ReviewWindowTest, ShowsWhatTheStationCapturesWhileItIsOpen) {
  auto w = makeWindow();
  ASSERT_TRUE(w->selectCandidate(candidateId(Warned)));
  auto station = openWritable();  // the station keeps writing while the reviewer looks
  ASSERT_TRUE(station->addAttempt(candidateId(NotCaptured), attemptWith(cs::CheckStatus::Pass)));
  w->refreshIfChanged();  // what the window's timer does
  EXPECT_EQ(stateOf(*w, candidateId(NotCaptured)), TileState::Passed);
  EXPECT_EQ(w->grid()->currentIndex().row(), w->model()->rowOfCandidate(candidateId(Warned)));  // selection kept
}

TEST_F(ReviewWindowTest, EarlierAttemptsStaySelectable) {
  auto w = makeWindow();
  ASSERT_TRUE(w->selectCandidate(candidateId(Retaken)));
  ASSERT_EQ(w->detail()->attempts().size(), 2u);
  EXPECT_EQ(w->detail()->shownAttempt()->sequence, 2);  // the latest by default
  w->detail()->selectAttempt(0);
  EXPECT_EQ(w->detail()->shownAttempt()->sequence, 1);
  EXPECT_FALSE(w->detail()->photoView()->photo().isNull());
}

TEST_F(ReviewWindowTest, ThumbnailsLoadOffTheUiThread) {
  auto w = makeWindow();
  const QModelIndex index = w->model()->index(w->model()->rowOfCandidate(candidateId(Passed)));
  EXPECT_TRUE(index.data(cs::ui::CandidateModel::ThumbnailRole).value<QPixmap>().isNull());  // queued, not yet there
  EXPECT_TRUE(waitUntilLoaded(w.get(), index));
}

}  // namespace
}  // namespace cs::test
