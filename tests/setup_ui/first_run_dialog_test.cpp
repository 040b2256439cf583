// The first-run set-up dialog as a site's first user meets it: pre-filled defaults, plain-words refusals
// that change nothing, a save that the next start reads back, and later edits that keep the password.
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <gtest/gtest.h>

#include "setup/first_run_dialog.h"
#include "setup/station_settings.h"
#include "support/test_support.h"

namespace {

using cs::ui::FirstRunDialog;
using cs::ui::StationSetupSettings;

struct SetupFixture : ::testing::Test {
  cs::test::TempDir dir;
  QString root = QString::fromStdString(dir.path.string());
  QSettings ini{QDir(root).filePath(QStringLiteral("station.conf")), QSettings::IniFormat};

  static void type(FirstRunDialog& d, const char* field, const QString& text) {
    auto* edit = d.findChild<QLineEdit*>(QString::fromLatin1(field));
    ASSERT_NE(edit, nullptr) << field;
    edit->setText(text);
  }
  static void chooseBackdrop(FirstRunDialog& d, const QString& id) {
    auto* combo = d.findChild<QComboBox*>(QStringLiteral("backdrop"));
    combo->setCurrentIndex(combo->findData(id));
  }
  static void clickSave(FirstRunDialog& d) {
    d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
  }
  static QString shownProblems(FirstRunDialog& d) { return d.findChild<QLabel*>(QStringLiteral("problems"))->text(); }
  void fillValid(FirstRunDialog& d) {
    type(d, "siteName", QStringLiteral("城关镇中学考点"));
    type(d, "siteCode", QStringLiteral("360101"));
    type(d, "stationName", QStringLiteral("一号机"));
    type(d, "batchRoot", QDir(root).filePath(QStringLiteral("batches")));
    type(d, "supervisorName", QStringLiteral("王军"));
    type(d, "password", QStringLiteral("a-long-password"));
    type(d, "passwordAgain", QStringLiteral("a-long-password"));
  }
};

TEST_F(SetupFixture, OpensFilledWithTheDefaults) {
  FirstRunDialog dialog(ini, FirstRunDialog::Mode::FirstRun);
  const auto defaults = StationSetupSettings::defaults();
  EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("backdrop"))->currentData().toString(), QStringLiteral("light_blue"));
  EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("backdrop"))->count(), 3);  // light blue, white, light grey
  EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("stationName"))->text(), defaults.stationName);
  EXPECT_EQ(QDir::fromNativeSeparators(dialog.findChild<QLineEdit*>(QStringLiteral("batchRoot"))->text()), defaults.batchRoot);
  EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("password"))->echoMode(), QLineEdit::Password);
}

TEST_F(SetupFixture, SavingWritesEverySettingAndCreatesTheBatchFolder) {
  FirstRunDialog dialog(ini, FirstRunDialog::Mode::FirstRun);
  fillValid(dialog);
  chooseBackdrop(dialog, QStringLiteral("light_grey"));
  clickSave(dialog);
  ASSERT_EQ(dialog.result(), QDialog::Accepted) << shownProblems(dialog).toStdString();

  const StationSetupSettings settings(ini);
  EXPECT_TRUE(settings.completed());
  const auto s = settings.load();
  EXPECT_EQ(s.siteName, QStringLiteral("城关镇中学考点"));
  EXPECT_EQ(s.siteCode, QStringLiteral("360101"));
  EXPECT_EQ(s.stationName, QStringLiteral("一号机"));
  EXPECT_EQ(s.backdrop, QStringLiteral("light_grey"));
  EXPECT_EQ(s.batchRoot, QDir(root).filePath(QStringLiteral("batches")));
  EXPECT_EQ(s.supervisorName, QStringLiteral("王军"));
  EXPECT_TRUE(settings.checkSupervisorPassword(QStringLiteral("王军"), QStringLiteral("a-long-password")));
  EXPECT_TRUE(QDir(s.batchRoot).exists());
}

TEST_F(SetupFixture, MissingFieldsAreNamedAndNothingIsSaved) {
  FirstRunDialog dialog(ini, FirstRunDialog::Mode::FirstRun);
  fillValid(dialog);
  type(dialog, "siteName", QString());
  type(dialog, "supervisorName", QStringLiteral("  "));
  clickSave(dialog);
  EXPECT_NE(dialog.result(), QDialog::Accepted);
  const QStringList problems = dialog.problems();
  ASSERT_EQ(problems.size(), 2) << problems.join(QLatin1Char('|')).toStdString();
  EXPECT_TRUE(shownProblems(dialog).contains(QStringLiteral("site name")));
  EXPECT_TRUE(shownProblems(dialog).contains(QStringLiteral("supervisor's name")));
  EXPECT_FALSE(StationSetupSettings(ini).completed());
  EXPECT_TRUE(ini.allKeys().isEmpty()) << "a refused set-up must write nothing";
}

TEST_F(SetupFixture, ShortOrMismatchedPasswordIsRefused) {
  FirstRunDialog dialog(ini, FirstRunDialog::Mode::FirstRun);
  fillValid(dialog);
  type(dialog, "password", QStringLiteral("short"));
  type(dialog, "passwordAgain", QStringLiteral("short"));
  clickSave(dialog);
  EXPECT_TRUE(shownProblems(dialog).contains(QStringLiteral("at least 8 characters")));
  type(dialog, "password", QStringLiteral("a-long-password"));
  type(dialog, "passwordAgain", QStringLiteral("a-long-passw0rd"));
  clickSave(dialog);
  EXPECT_TRUE(shownProblems(dialog).contains(QStringLiteral("not the same")));
  EXPECT_NE(dialog.result(), QDialog::Accepted);
  EXPECT_FALSE(StationSetupSettings(ini).hasSupervisorPassword());
}

TEST_F(SetupFixture, BadSiteCodeAndRelativeFolderAreRefused) {
  FirstRunDialog dialog(ini, FirstRunDialog::Mode::FirstRun);
  fillValid(dialog);
  type(dialog, "siteCode", QStringLiteral("36 01/01"));
  type(dialog, "batchRoot", QStringLiteral("batches"));
  clickSave(dialog);
  EXPECT_EQ(dialog.problems().size(), 2);
  EXPECT_FALSE(StationSetupSettings(ini).completed());
}

TEST_F(SetupFixture, BatchFolderThatCannotBeCreatedIsExplained) {
  QFile blocker(QDir(root).filePath(QStringLiteral("a-file")));
  ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
  blocker.close();
  FirstRunDialog dialog(ini, FirstRunDialog::Mode::FirstRun);
  fillValid(dialog);
  type(dialog, "batchRoot", QDir(root).filePath(QStringLiteral("a-file")));
  clickSave(dialog);
  EXPECT_NE(dialog.result(), QDialog::Accepted);
  EXPECT_TRUE(shownProblems(dialog).contains(QStringLiteral("is a file, not a folder"))) << shownProblems(dialog).toStdString();
  type(dialog, "batchRoot", QDir(root).filePath(QStringLiteral("a-file/batches")));
  clickSave(dialog);
  EXPECT_TRUE(shownProblems(dialog).contains(QStringLiteral("cannot be created"))) << shownProblems(dialog).toStdString();
  EXPECT_FALSE(StationSetupSettings(ini).completed());
}

TEST_F(SetupFixture, EditingLaterShowsSavedValuesAndKeepsThePasswordWhenLeftEmpty) {
  {
    FirstRunDialog first(ini, FirstRunDialog::Mode::FirstRun);
    fillValid(first);
    clickSave(first);
    ASSERT_EQ(first.result(), QDialog::Accepted);
  }
  FirstRunDialog edit(ini, FirstRunDialog::Mode::Edit);
  EXPECT_EQ(edit.findChild<QLineEdit*>(QStringLiteral("siteName"))->text(), QStringLiteral("城关镇中学考点"));
  EXPECT_TRUE(edit.findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
  chooseBackdrop(edit, QStringLiteral("white"));
  clickSave(edit);
  ASSERT_EQ(edit.result(), QDialog::Accepted) << shownProblems(edit).toStdString();
  const StationSetupSettings settings(ini);
  EXPECT_EQ(settings.load().backdrop, QStringLiteral("white"));
  EXPECT_TRUE(settings.checkSupervisorPassword(QStringLiteral("王军"), QStringLiteral("a-long-password")));
}

TEST_F(SetupFixture, ShownOnlyWhileTheSetUpWasNeverCompleted) {
  // Not completed: the dialog appears; cancelling it reports false and saves nothing.
  QTimer::singleShot(50, [] {
    if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) dialog->reject();
  });
  EXPECT_FALSE(cs::ui::runFirstRunSetupIfNeeded(ini));
  EXPECT_FALSE(StationSetupSettings(ini).completed());
  // Completed: nothing is shown.
  StationSetupSettings(ini).save(StationSetupSettings::defaults());
  EXPECT_TRUE(cs::ui::runFirstRunSetupIfNeeded(ini));
}

}  // namespace

namespace {

// The dialog as a site sees it, filled in: it must render at a size that fits a 1366x768 screen.
// For the manual (docs/manual/take-screenshots.sh): CS_MANUAL_SHOT_DIR saves the picture there as
// CS_MANUAL_SHOT_NAME (default first-run-dialog.png), in the language of the .qm in CS_MANUAL_QM if given.
TEST_F(SetupFixture, RendersFilledInAndFitsASmallScreen) {
  QTranslator translator;
  const QString qm = qEnvironmentVariable("CS_MANUAL_QM");
  if (!qm.isEmpty()) {
    ASSERT_TRUE(translator.load(qm)) << qm.toStdString();
    QCoreApplication::installTranslator(&translator);
  }
  FirstRunDialog dialog(ini, FirstRunDialog::Mode::FirstRun);
  fillValid(dialog);
  type(dialog, "batchRoot", QStringLiteral("/home/photographer/Documents/CaptureStation"));
  dialog.adjustSize();
  dialog.show();
  QApplication::processEvents();
  const QImage picture = dialog.grab().toImage();
  QCoreApplication::removeTranslator(&translator);
  ASSERT_FALSE(picture.isNull());
  EXPECT_LE(picture.height(), 700);
  EXPECT_LE(picture.width(), 1300);
  const QString shots = qEnvironmentVariable("CS_MANUAL_SHOT_DIR");
  const QString name = qEnvironmentVariable("CS_MANUAL_SHOT_NAME", QStringLiteral("first-run-dialog.png"));
  if (!shots.isEmpty()) {
    EXPECT_TRUE(picture.save(QDir(shots).filePath(name)));
  }
}

}  // namespace
