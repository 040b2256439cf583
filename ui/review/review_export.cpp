// ReviewWindow: export of the approved photos. Checked first on the read-only store (nothing written);
// then a folder is chosen and the export runs off the UI thread with a progress dialog.
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>

#include "review/export_runner.h"
#include "review/review_window.h"

namespace cs::ui {

namespace {
const QString kPattern = QStringLiteral("{id}.jpg");  // the upload's naming: the ID-card number

// export needs a new or empty folder: a non-empty choice gets a new dated sub-folder inside it.
QString exportTarget(const QString& chosen, const QString& batchFolder) {
  QDir dir(chosen);
  if (dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) return chosen;
  const QString name = QStringLiteral("%1-export-%2")
                           .arg(QDir(batchFolder).dirName(), QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss"));
  return dir.filePath(name);
}
}  // namespace

void ReviewWindow::exportWithDialogs() {
  if (!decisionsEnabled() || !ensureReviewer()) return;
  const QStringList problems = ExportPreflight::problems(*store_, kPattern);
  if (!problems.isEmpty()) {
    showProblemList(tr("Export not possible yet"),
                    tr("Nothing was exported. Every candidate needs an approved photo, and no two candidates may "
                       "get the same file name. Fix these %n problem(s), then export again:",
                       nullptr, static_cast<int>(problems.size())),
                    problems);
    return;
  }
  const QString chosen = QFileDialog::getExistingDirectory(this, tr("Export to which folder (e.g. the USB stick)?"));
  if (chosen.isEmpty()) return;
  startExport(exportTarget(chosen, QString::fromStdString(store_->folder())));
}

void ReviewWindow::startExport(const QString& outFolder) {
  if (exportRunning_) return;
  exportRunning_ = true;
  auto* runner = new ExportRunner(QString::fromStdString(store_->folder()), outFolder, kPattern, reviewer_, this);
  auto* progress = new QProgressDialog(tr("Exporting the approved photos…"), tr("Cancel"), 0, 0, this);
  progress->setWindowTitle(tr("Export"));
  progress->setWindowModality(Qt::WindowModal);
  progress->setMinimumDuration(0);
  progress->setAttribute(Qt::WA_DeleteOnClose);
  connect(progress, &QProgressDialog::canceled, runner, &ExportRunner::cancel);
  connect(runner, &ExportRunner::progress, progress, [progress](int done, int total) {
    progress->setMaximum(total);
    progress->setValue(done);
  });
  connect(runner, &ExportRunner::finished, this,
          [this, runner, progress, outFolder](bool ok, int photos, const QStringList& problems) {
            exportRunning_ = false;
            progress->close();
            runner->deleteLater();
            refresh();
            if (!ok) {
              showProblemList(tr("Export not done"),
                              tr("Nothing was exported (a partly written folder is removed):"), problems);
              return;
            }
            lastProblem_.clear();
            auto* box = new QMessageBox(QMessageBox::Information, tr("Export done"),
                                        tr("%n photo(s) exported with manifest.csv, manifest.xlsx and SHA256SUMS to:\n%1",
                                           nullptr, photos).arg(QDir::toNativeSeparators(outFolder)),
                                        QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
          });
  progress->show();
  runner->start();
}

}  // namespace cs::ui
