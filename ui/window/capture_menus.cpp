// Menus, language switching and the batch/roster/operator dialogs (the housekeeping half of CaptureWindow).
#include <QActionGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMediaDevices>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QSettings>

#include "capture/candidate_panel.h"
#include "capture/review_panel.h"
#include "cs/core/batch/roster.h"
#include "cs/core/version.h"
#include "frames/camera_source.h"
#include "frames/demo_material.h"
#include "frames/source_factory.h"
#include "live/checks_panel.h"
#include "review/review_window.h"
#include "window/error_text.h"
#include "setup/first_run_dialog.h"
#include "window/capture_menus.h"
#include "window/capture_window.h"
#include "window/instruction_bar.h"

namespace cs::ui {


void CaptureWindow::buildMenus() {
  menus_ = std::make_unique<Menus>();
  Menus& m = *menus_;
  m.file = menuBar()->addMenu(QString());
  m.openBatch = m.file->addAction(QString(), this, &CaptureWindow::chooseBatchFolder);
  m.importRoster = m.file->addAction(QString(), this, &CaptureWindow::importRoster);
  m.setOperator = m.file->addAction(QString(), this, &CaptureWindow::chooseOperator);
  m.file->addSeparator();
  m.reviewBatch = m.file->addAction(QString(), this, &CaptureWindow::openReviewWindow);
  m.stationSettings = m.file->addAction(QString(), this, &CaptureWindow::editStationSettings);
  m.file->addSeparator();
  m.quit = m.file->addAction(QString(), this, &QWidget::close);
  m.camera = menuBar()->addMenu(QString());
  m.language = menuBar()->addMenu(QString());
  auto* group = new QActionGroup(this);
  m.chinese = m.language->addAction(QStringLiteral("简体中文"));
  m.english = m.language->addAction(QStringLiteral("English"));
  for (QAction* a : {m.chinese, m.english}) {
    a->setCheckable(true);
    group->addAction(a);
  }
  connect(m.chinese, &QAction::triggered, this, [this] { applyLanguage(Language::Chinese); emit languageChosen(Language::Chinese); });
  connect(m.english, &QAction::triggered, this, [this] { applyLanguage(Language::English); emit languageChosen(Language::English); });
  m.help = menuBar()->addMenu(QString());
  m.about = m.help->addAction(QString(), this, [this] {
    QMessageBox::about(this, tr("About Capture Station"),
                       tr("Capture Station %1\nCertificate photos to the 480x640 standard.").arg(QString::fromLatin1(cs::kVersion)));
  });
  connect(&m.devices, &QMediaDevices::videoInputsChanged, this, &CaptureWindow::rebuildCameraMenu);
}

void CaptureWindow::rebuildCameraMenu() {
  if (!menus_) return;
  QMenu* menu = menus_->camera;
  menu->clear();
  auto* current = qobject_cast<CameraSource*>(live_.source());
  const auto inputs = QMediaDevices::videoInputs();
  if (inputs.isEmpty()) menu->addAction(tr("No camera found"))->setEnabled(false);
  for (const QCameraDevice& device : inputs) {
    QAction* a = menu->addAction(device.description());
    a->setCheckable(true);
    a->setChecked(current && current->device().id() == device.id());
    connect(a, &QAction::triggered, this, [this, id = device.id()] {
      setSource(makeCameraSource(id, QSize()));
      emit cameraChosen(id, QSize());
    });
  }
  if (current) {
    QMenu* sizes = menu->addMenu(tr("Resolution"));
    QSet<QString> seen;
    for (const QCameraFormat& format : current->device().videoFormats()) {
      const QSize r = format.resolution();
      const QString label = QStringLiteral("%1 x %2").arg(r.width()).arg(r.height());
      if (seen.contains(label)) continue;
      seen.insert(label);
      QAction* a = sizes->addAction(label);
      a->setCheckable(true);
      a->setChecked(r == current->resolution());
      connect(a, &QAction::triggered, this, [this, id = current->device().id(), r] {
        setSource(makeCameraSource(id, r));
        emit cameraChosen(id, r);
      });
    }
  }
  menu->addSeparator();
  QAction* demo = menu->addAction(tr("Demo video (no camera)"));
  demo->setCheckable(true);
  demo->setChecked(live_.source() && live_.source()->kind() == FrameSource::Kind::Demo);
  connect(demo, &QAction::triggered, this, [this] { setSource(makeDemoSource(defaultDemoSource())); });
}

void CaptureWindow::retranslate() {
  // 采集站 · site · station (as the first-run set-up stored them, when it did).
  QStringList title{tr("Capture Station")};
  const QSettings settings;
  for (const char* key : {"site/name", "station/name"}) {
    const QString value = settings.value(QLatin1String(key)).toString();
    if (!value.isEmpty()) title << value;
  }
  setWindowTitle(title.join(QStringLiteral(" · ")));
  checksTitle_->setText(tr("Checks"));
  lightingTitle_->setText(tr("Lighting (L1)"));
  backdropTitle_->setText(tr("Backdrop colour (B3)"));
  instruction_->retranslate();
  candidates_->retranslate();
  review_->retranslate();
  checks_->retranslate();
  if (menus_) {
    Menus& m = *menus_;
    m.file->setTitle(tr("&File"));
    m.openBatch->setText(tr("Open or create a batch…"));
    m.importRoster->setText(tr("Import the roster (CSV/XLSX)…"));
    m.setOperator->setText(tr("Operator…"));
    m.reviewBatch->setText(tr("Review this batch…"));
    m.stationSettings->setText(tr("Station settings…"));
    m.quit->setText(tr("Quit"));
    m.camera->setTitle(tr("&Camera"));
    m.language->setTitle(tr("&Language"));
    m.help->setTitle(tr("&Help"));
    m.about->setText(tr("About"));
    m.chinese->setChecked(currentLanguage() == Language::Chinese);
    m.english->setChecked(currentLanguage() == Language::English);
    rebuildCameraMenu();
  }
  if (lastResult_ && !reviewing()) showResult(*lastResult_);
  updateStatusBar();
}

void CaptureWindow::openReviewWindow() {
  // The review window reads its own read-only store (a reviewer may look while this station writes).
  if (!batch_.isOpen()) {
    QMessageBox::information(this, tr("Review"), tr("Open a batch first (File → Open or create a batch)."));
    return;
  }
  auto store = cs::batch::BatchStore::open(batch_.store()->folder(), cs::batch::OpenMode::ReadOnly);
  if (!store) {
    QMessageBox::warning(this, tr("Review"), errorText(store.error()));
    return;
  }
  auto* window = new ReviewWindow(std::move(*store), ReviewOptions{}, this);
  window->setAttribute(Qt::WA_DeleteOnClose);
  window->setWindowFlag(Qt::Window);
  window->show();
}

void CaptureWindow::editStationSettings() {
  QSettings settings;
  FirstRunDialog dialog(settings, FirstRunDialog::Mode::Edit, this);
  if (dialog.exec() == QDialog::Accepted) retranslate();  // the title shows site and station
}

void CaptureWindow::chooseBatchFolder() {
  // Starts where the first-run set-up (ui/setup) keeps batches.
  const QString root = QSettings().value(QStringLiteral("batch/root")).toString();
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of the batch (an empty folder creates a new batch)"), root);
  if (folder.isEmpty()) return;
  const QString problem = batch_.openOrCreate(folder, QFileInfo(folder).fileName(), operatorName_);
  if (!problem.isEmpty()) {
    QMessageBox::warning(this, tr("Batch"), problem);
    return;
  }
  emit batchFolderChosen(folder);
  batchChanged();
}

void CaptureWindow::importRoster() {
  if (!batch_.isOpen()) return say(tr("Open or create a batch first (File menu)."));
  const QString path = QFileDialog::getOpenFileName(this, tr("Roster from the exam office"), QString(),
                                                    tr("Roster (*.csv *.xlsx)"));
  if (!path.isEmpty()) importRosterFile(path);
}

void CaptureWindow::importRosterFile(const QString& path) {
  if (!batch_.isOpen()) return say(tr("Open or create a batch first (File menu)."));
  auto roster = cs::batch::readRosterFile(path.toStdString());
  if (!roster) return (void)QMessageBox::warning(this, tr("Roster"), errorText(roster.error()));
  if (!roster->problems.empty())
    return (void)QMessageBox::warning(this, tr("Roster"), tr("Nothing was imported. Fix these rows and import again:\n%1")
                                                              .arg(rosterProblemsText(roster->problems)));
  auto imported = batch_.store()->importRoster(roster->entries, operatorName_.toStdString());
  if (!imported) return (void)QMessageBox::warning(this, tr("Roster"), errorText(imported.error()));
  say(tr("%n candidate(s) imported.", "", imported.value()));
  batchChanged();
}

void CaptureWindow::chooseOperator() {
  bool ok = false;
  const QString name = QInputDialog::getText(this, tr("Operator"), tr("Photographer's name (recorded with each photo):"),
                                             QLineEdit::Normal, operatorName_, &ok);
  if (!ok || name.trimmed().isEmpty()) return;
  setOperatorName(name.trimmed());
  emit operatorChosen(operatorName_);
}

}  // namespace cs::ui
