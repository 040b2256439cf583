// The station set-up settings: defaults a never-set-up station runs on, round trip, password hashing.
#include <QFile>
#include <QSettings>
#include <QSysInfo>
#include <gtest/gtest.h>

#include "setup/station_settings.h"
#include "support/test_support.h"

namespace {

using cs::ui::StationSetup;
using cs::ui::StationSetupSettings;

QString iniPath(const cs::test::TempDir& dir) { return QString::fromStdString((dir.path / "station.conf").string()); }

TEST(StationSetupSettings, NeverSetUpStationRunsOnSaneDefaults) {
  cs::test::TempDir dir;
  QSettings ini(iniPath(dir), QSettings::IniFormat);
  const StationSetupSettings settings(ini);
  EXPECT_FALSE(settings.completed());
  const StationSetup s = settings.load();
  EXPECT_EQ(s.backdrop, QStringLiteral("light_blue"));
  EXPECT_EQ(s.stationName, QSysInfo::machineHostName());
  EXPECT_TRUE(s.batchRoot.endsWith(QStringLiteral("/CaptureStation"))) << s.batchRoot.toStdString();
  EXPECT_FALSE(settings.hasSupervisorPassword());
}

TEST(StationSetupSettings, SavedValuesComeBackAfterRestart) {
  cs::test::TempDir dir;
  StationSetup saved{QStringLiteral("城关镇中学考点"), QStringLiteral("360101"), QStringLiteral("一号机"),
                     QStringLiteral("white"), QStringLiteral("/data/batches"), QStringLiteral("王军")};
  {
    QSettings ini(iniPath(dir), QSettings::IniFormat);
    StationSetupSettings(ini).save(saved);
  }
  QSettings reopened(iniPath(dir), QSettings::IniFormat);  // a new process reading the same file
  const StationSetupSettings settings(reopened);
  EXPECT_TRUE(settings.completed());
  const StationSetup s = settings.load();
  EXPECT_EQ(s.siteName, saved.siteName);
  EXPECT_EQ(s.siteCode, saved.siteCode);
  EXPECT_EQ(s.stationName, saved.stationName);
  EXPECT_EQ(s.backdrop, saved.backdrop);
  EXPECT_EQ(s.batchRoot, saved.batchRoot);
  EXPECT_EQ(s.supervisorName, saved.supervisorName);
}

TEST(StationSetupSettings, HandEditedUnknownBackdropFallsBackToLightBlue) {
  cs::test::TempDir dir;
  QSettings ini(iniPath(dir), QSettings::IniFormat);
  ini.setValue(QStringLiteral("capture/backdrop"), QStringLiteral("pink"));
  EXPECT_EQ(StationSetupSettings(ini).load().backdrop, QStringLiteral("light_blue"));
}

TEST(StationSetupSettings, PasswordIsStoredOnlyAsArgon2idHash) {
  cs::test::TempDir dir;
  QSettings ini(iniPath(dir), QSettings::IniFormat);
  StationSetupSettings settings(ini);
  StationSetup s = StationSetupSettings::defaults();
  s.supervisorName = QStringLiteral("王军");
  settings.save(s);
  ASSERT_TRUE(settings.setSupervisorPassword(QStringLiteral("审核-password-1")));
  EXPECT_TRUE(settings.hasSupervisorPassword());
  EXPECT_TRUE(ini.value(QStringLiteral("supervisor/passwordHash")).toString().startsWith(QStringLiteral("$argon2id$")));
  QFile file(iniPath(dir));
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  EXPECT_FALSE(file.readAll().contains("password-1")) << "the password itself must never be written";

  EXPECT_TRUE(settings.checkSupervisorPassword(QStringLiteral("王军"), QStringLiteral("审核-password-1")));
  EXPECT_FALSE(settings.checkSupervisorPassword(QStringLiteral("王军"), QStringLiteral("wrong-password")));
  EXPECT_FALSE(settings.checkSupervisorPassword(QStringLiteral("李华"), QStringLiteral("审核-password-1")));
}

}  // namespace
