#include "setup/first_run_dialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QVBoxLayout>

#include "setup/station_settings.h"

namespace cs::ui {

namespace {

constexpr int kMinPasswordLength = 8;

// The spec profile's colours (resources/spec-profile.json, background.colours), shown as swatches.
QColor backdropColour(const QString& id) {
  if (id == QLatin1String("white")) return QColor(255, 255, 255);
  if (id == QLatin1String("light_grey")) return QColor(240, 240, 240);
  return QColor(100, 197, 255);
}

QString backdropLabel(const QString& id) {
  if (id == QLatin1String("white")) return FirstRunDialog::tr("White");
  if (id == QLatin1String("light_grey")) return FirstRunDialog::tr("Light grey");
  return FirstRunDialog::tr("Light blue");
}

QIcon swatch(const QColor& colour) {
  QPixmap pixmap(24, 16);
  pixmap.fill(colour);
  return QIcon(pixmap);
}

QLineEdit* lineEdit(const QString& objectName, QWidget* parent) {
  auto* edit = new QLineEdit(parent);
  edit->setObjectName(objectName);
  return edit;
}

}  // namespace

FirstRunDialog::FirstRunDialog(QSettings& settings, Mode mode, QWidget* parent)
    : QDialog(parent), settings_(settings), mode_(mode) {
  setObjectName(QStringLiteral("firstRunDialog"));
  setWindowTitle(mode == Mode::FirstRun ? tr("Set up this station") : tr("Station settings"));
  setMinimumWidth(560);  // room for a full batch-folder path
  buildForm();
  fill(StationSetupSettings(settings_).load());
}

void FirstRunDialog::buildForm() {
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(mode_ == Mode::FirstRun
                               ? tr("Welcome. Fill in these details once; you can change every one of them later "
                                    "under File → Station settings….")
                               : tr("Change the station's settings. Leave the password empty to keep it."),
                           this);
  intro->setWordWrap(true);
  layout->addWidget(intro);

  auto* site = new QGroupBox(tr("Exam site"), this);
  auto* siteForm = new QFormLayout(site);
  siteName_ = lineEdit(QStringLiteral("siteName"), site);
  siteName_->setPlaceholderText(tr("e.g. Chengguan Middle School site"));
  siteCode_ = lineEdit(QStringLiteral("siteCode"), site);
  siteCode_->setPlaceholderText(tr("as issued by the exam office (may stay empty)"));
  siteForm->addRow(tr("Site name"), siteName_);
  siteForm->addRow(tr("Site code"), siteCode_);
  layout->addWidget(site);

  auto* station = new QGroupBox(tr("This station"), this);
  auto* stationForm = new QFormLayout(station);
  stationName_ = lineEdit(QStringLiteral("stationName"), station);
  backdrop_ = new QComboBox(station);
  backdrop_->setObjectName(QStringLiteral("backdrop"));
  for (const QString& id : backdropIds()) backdrop_->addItem(swatch(backdropColour(id)), backdropLabel(id), id);
  batchRoot_ = lineEdit(QStringLiteral("batchRoot"), station);
  auto* browse = new QPushButton(tr("Choose…"), station);
  browse->setObjectName(QStringLiteral("chooseBatchRoot"));
  connect(browse, &QPushButton::clicked, this, &FirstRunDialog::chooseBatchRoot);
  auto* rootRow = new QHBoxLayout;
  rootRow->addWidget(batchRoot_, 1);
  rootRow->addWidget(browse);
  stationForm->addRow(tr("Station name"), stationName_);
  stationForm->addRow(tr("Default background colour"), backdrop_);
  stationForm->addRow(tr("Batches are kept in"), rootRow);
  layout->addWidget(station);

  auto* supervisor = new QGroupBox(tr("Supervisor account"), this);
  auto* supervisorForm = new QFormLayout(supervisor);
  supervisorName_ = lineEdit(QStringLiteral("supervisorName"), supervisor);
  password_ = lineEdit(QStringLiteral("password"), supervisor);
  passwordAgain_ = lineEdit(QStringLiteral("passwordAgain"), supervisor);
  password_->setEchoMode(QLineEdit::Password);
  passwordAgain_->setEchoMode(QLineEdit::Password);
  supervisorForm->addRow(tr("Supervisor's name"), supervisorName_);
  supervisorForm->addRow(tr("Password"), password_);
  supervisorForm->addRow(tr("Password again"), passwordAgain_);
  layout->addWidget(supervisor);

  problems_ = new QLabel(this);
  problems_->setObjectName(QStringLiteral("problems"));
  problems_->setWordWrap(true);
  problems_->setStyleSheet(QStringLiteral("color: #c62828;"));
  problems_->hide();
  layout->addWidget(problems_);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
  connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
  layout->addWidget(buttons);
}

void FirstRunDialog::fill(const StationSetup& setup) {
  siteName_->setText(setup.siteName);
  siteCode_->setText(setup.siteCode);
  stationName_->setText(setup.stationName);
  backdrop_->setCurrentIndex(std::max(0, backdrop_->findData(setup.backdrop)));
  batchRoot_->setText(QDir::toNativeSeparators(setup.batchRoot));
  supervisorName_->setText(setup.supervisorName);
}

StationSetup FirstRunDialog::entered() const {
  StationSetup s;
  s.siteName = siteName_->text().trimmed();
  s.siteCode = siteCode_->text().trimmed();
  s.stationName = stationName_->text().trimmed();
  s.backdrop = backdrop_->currentData().toString();
  s.batchRoot = QDir::fromNativeSeparators(batchRoot_->text().trimmed());
  s.supervisorName = supervisorName_->text().trimmed();
  return s;
}

QStringList FirstRunDialog::problems() const {
  const StationSetup s = entered();
  QStringList found;
  if (s.siteName.isEmpty()) found << tr("Enter the site name (as on the exam office's list).");
  static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9-]{1,20}$"));
  if (!s.siteCode.isEmpty() && !codePattern.match(s.siteCode).hasMatch())
    found << tr("The site code may contain only digits, Latin letters and '-' (at most 20).");
  if (s.stationName.isEmpty()) found << tr("Enter a name for this station, e.g. Station 1.");
  if (s.batchRoot.isEmpty() || QDir::isRelativePath(s.batchRoot))
    found << tr("Choose the folder where batches are kept (a full path, e.g. on the data disk).");
  if (s.supervisorName.isEmpty()) found << tr("Enter the supervisor's name.");
  const bool keepPassword = mode_ == Mode::Edit && password_->text().isEmpty() && passwordAgain_->text().isEmpty() &&
                            StationSetupSettings(settings_).hasSupervisorPassword();
  if (!keepPassword) {
    if (password_->text().size() < kMinPasswordLength)
      found << tr("The supervisor's password must have at least %1 characters.").arg(kMinPasswordLength);
    else if (password_->text() != passwordAgain_->text())
      found << tr("The two passwords are not the same: type the password again in both boxes.");
  }
  return found;
}

QString FirstRunDialog::prepareBatchRoot(const QString& folder) const {
  const QFileInfo info(folder);
  if (info.exists() && !info.isDir())
    return tr("%1 is a file, not a folder: choose a folder for the batches.").arg(QDir::toNativeSeparators(folder));
  if (!QDir().mkpath(folder))
    return tr("The folder %1 cannot be created: choose a folder on a disk you can write to.").arg(QDir::toNativeSeparators(folder));
  QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".write-test-XXXXXX")));
  if (!probe.open())
    return tr("The folder %1 cannot be written to: choose another folder or ask for write permission.")
        .arg(QDir::toNativeSeparators(folder));
  return {};
}

void FirstRunDialog::accept() {
  QStringList found = problems();
  const StationSetup setup = entered();
  if (found.isEmpty()) {
    const QString rootProblem = prepareBatchRoot(setup.batchRoot);
    if (!rootProblem.isEmpty()) found << rootProblem;
  }
  StationSetupSettings store(settings_);
  if (found.isEmpty() && !password_->text().isEmpty() && !store.setSupervisorPassword(password_->text()))
    found << tr("The password could not be stored (the computer is short of memory): close other programs and try again.");
  if (!found.isEmpty()) {
    problems_->setText(found.join(QLatin1Char('\n')));
    problems_->show();
    return;
  }
  store.save(setup);
  password_->clear();
  passwordAgain_->clear();
  QDialog::accept();
}

void FirstRunDialog::chooseBatchRoot() {
  const QString chosen = QFileDialog::getExistingDirectory(this, tr("Where batches are kept"), batchRoot_->text());
  if (!chosen.isEmpty()) batchRoot_->setText(QDir::toNativeSeparators(chosen));
}

bool runFirstRunSetupIfNeeded(QSettings& settings, QWidget* parent) {
  if (StationSetupSettings(settings).completed()) return true;
  FirstRunDialog dialog(settings, FirstRunDialog::Mode::FirstRun, parent);
  return dialog.exec() == QDialog::Accepted;
}

}  // namespace cs::ui
