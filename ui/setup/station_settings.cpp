#include "setup/station_settings.h"

#include <sodium.h>

#include <QDir>
#include <QStandardPaths>
#include <QSysInfo>

namespace cs::ui {

namespace {
const QString kCompleted = QStringLiteral("setup/completed");
const QString kSiteName = QStringLiteral("site/name");
const QString kSiteCode = QStringLiteral("site/code");
const QString kStationName = QStringLiteral("station/name");
const QString kBackdrop = QStringLiteral("capture/backdrop");
const QString kBatchRoot = QStringLiteral("batch/root");
const QString kSupervisorName = QStringLiteral("supervisor/name");
const QString kSupervisorHash = QStringLiteral("supervisor/passwordHash");

QString stored(const QSettings& settings, const QString& key, const QString& fallback) {
  const QString value = settings.value(key).toString().trimmed();
  return value.isEmpty() ? fallback : value;
}
}  // namespace

const QStringList& backdropIds() {
  static const QStringList ids = {QStringLiteral("light_blue"), QStringLiteral("white"), QStringLiteral("light_grey")};
  return ids;
}

StationSetup StationSetupSettings::defaults() {
  StationSetup d;
  d.stationName = QSysInfo::machineHostName();
  d.backdrop = backdropIds().front();
  QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  if (documents.isEmpty()) documents = QDir::homePath();
  d.batchRoot = QDir(documents).filePath(QStringLiteral("CaptureStation"));
  return d;
}

bool StationSetupSettings::completed() const { return settings_.value(kCompleted, false).toBool(); }

StationSetup StationSetupSettings::load() const {
  const StationSetup d = defaults();
  StationSetup s;
  s.siteName = stored(settings_, kSiteName, d.siteName);
  s.siteCode = stored(settings_, kSiteCode, d.siteCode);
  s.stationName = stored(settings_, kStationName, d.stationName);
  s.backdrop = stored(settings_, kBackdrop, d.backdrop);
  if (!backdropIds().contains(s.backdrop)) s.backdrop = d.backdrop;  // an edited file with a typo
  s.batchRoot = stored(settings_, kBatchRoot, d.batchRoot);
  s.supervisorName = stored(settings_, kSupervisorName, d.supervisorName);
  return s;
}

void StationSetupSettings::save(const StationSetup& setup) {
  settings_.setValue(kSiteName, setup.siteName.trimmed());
  settings_.setValue(kSiteCode, setup.siteCode.trimmed());
  settings_.setValue(kStationName, setup.stationName.trimmed());
  settings_.setValue(kBackdrop, setup.backdrop);
  settings_.setValue(kBatchRoot, QDir::cleanPath(setup.batchRoot.trimmed()));
  settings_.setValue(kSupervisorName, setup.supervisorName.trimmed());
  settings_.setValue(kCompleted, true);
  settings_.sync();
}

bool StationSetupSettings::hasSupervisorPassword() const {
  return settings_.value(kSupervisorHash).toString().startsWith(QStringLiteral("$argon2"));
}

bool StationSetupSettings::setSupervisorPassword(const QString& password) {
  if (sodium_init() < 0) return false;
  const QByteArray utf8 = password.toUtf8();
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    return false;  // out of memory
  settings_.setValue(kSupervisorHash, QString::fromLatin1(hash));
  settings_.sync();
  return true;
}

bool StationSetupSettings::checkSupervisorPassword(const QString& name, const QString& password) const {
  if (name.trimmed() != settings_.value(kSupervisorName).toString() || !hasSupervisorPassword()) return false;
  if (sodium_init() < 0) return false;
  const QByteArray hash = settings_.value(kSupervisorHash).toString().toLatin1();
  const QByteArray utf8 = password.toUtf8();
  return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

}  // namespace cs::ui
