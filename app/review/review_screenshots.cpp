#include "review_screenshots.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QScreen>
#include <QTimer>
#include <cstdio>

#include "review/candidate_model.h"
#include "review/review_window.h"
#include "review/reviewer_dialogs.h"
#include "review/thumbnail_loader.h"

namespace cs::review {

using cs::batch::ListFilter;

namespace {
int firstRowWhere(const cs::ui::CandidateModel& model, cs::ui::TileState state) {
  for (int row = 0; row < model.rowCount(); ++row)
    if (cs::ui::tileState(model.statusAt(row)) == state) return row;
  return 0;
}
}  // namespace

ReviewScreenshots::ReviewScreenshots(cs::ui::ReviewWindow& window, QString outputDir, QObject* parent)
    : QObject(parent), window_(window), outputDir_(std::move(outputDir)) {
  steps_ = {
      [this] {  // the batch at a glance, a photo that passed every check selected, with its bands
        window_.setFilter(ListFilter::All);
        window_.selectRow(firstRowWhere(*window_.model(), cs::ui::TileState::Passed));
        save(QStringLiteral("review-grid"));
      },
      [this] {  // kept at the station although a check failed: the reason and the red band
        window_.setFilter(ListFilter::Overridden);
        window_.selectRow(0);
        save(QStringLiteral("review-overridden"));
      },
      [this] {  // rejecting needs a reason
        window_.setFilter(ListFilter::All);
        window_.selectRow(firstRowWhere(*window_.model(), cs::ui::TileState::Warnings));
        window_.setReviewerName(QStringLiteral("王军"));
        const auto& who = window_.model()->statusAt(window_.grid()->currentIndex().row()).candidate;
        auto* dialog = new cs::ui::RejectReasonDialog(
            QStringLiteral("%1 (%2)").arg(QString::fromStdString(who.name), QString::fromStdString(who.idNumber)), &window_);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        save(QStringLiteral("review-reject-dialog"));
        dialog->close();
      },
      [this] {  // export refused, with the list of what is missing
        window_.exportWithDialogs();
        save(QStringLiteral("review-export-refused"));
      },
  };
}

void ReviewScreenshots::start() {
  QDir().mkpath(outputDir_);
  QTimer::singleShot(300, this, [this] { runStep(0); });
}

void ReviewScreenshots::runStep(size_t index) {
  if (index >= steps_.size()) {
    QApplication::quit();
    return;
  }
  steps_[index]();
  QTimer::singleShot(100, this, [this, index] { runStep(index + 1); });
}

void ReviewScreenshots::settle() {
  QElapsedTimer clock;
  clock.start();
  while (clock.elapsed() < 800) {  // thumbnails arrive as queued signals: let them in and repaint
    window_.thumbnails()->waitForIdle(100);
    QApplication::processEvents(QEventLoop::AllEvents, 50);
  }
}

void ReviewScreenshots::save(const QString& name) {
  settle();
  const QString path = QDir(outputDir_).filePath(name + QStringLiteral(".png"));
  const QPixmap shot = window_.screen()->grabWindow(0);
  if (!shot.save(path)) std::fprintf(stderr, "capture-station-review: could not save %s\n", qPrintable(path));
  else std::printf("%s\n", qPrintable(path));
}

}  // namespace cs::review
