#pragma once
// The station's site set-up, as the first-run dialog writes it (QSettings, organisation "CaptureStation",
// application "capture-station": the same store as app/station/station_settings.h). Every value has a
// sane default, so a station that was never set up still works, and each can be changed later by opening
// the set-up dialog again.
//
// Keys: setup/completed, site/name, site/code, station/name, capture/backdrop (a colour id of the spec
// profile: light_blue, white, light_grey), batch/root (the folder that holds the batch folders),
// supervisor/name, supervisor/passwordHash (libsodium Argon2id string, never the password).
#include <QSettings>
#include <QString>
#include <QStringList>

namespace cs::ui {

struct StationSetup {
  QString siteName;        // 考点名称, e.g. 城关镇中学考点
  QString siteCode;        // 考点代码 (digits/letters as the exam office issues them; may be empty)
  QString stationName;     // 采集机名称, e.g. 一号机 (default: the computer's host name)
  QString backdrop;        // default background colour id: light_blue | white | light_grey
  QString batchRoot;       // where new batch folders are made
  QString supervisorName;  // the first supervisor account
};

// The backdrop colour ids the standard allows (B-series), in the order the dialog offers them.
const QStringList& backdropIds();

class StationSetupSettings {
 public:
  // Uses `settings` (not owned): the station passes its default QSettings, tests a temporary INI file.
  explicit StationSetupSettings(QSettings& settings) : settings_(settings) {}

  static StationSetup defaults();  // light blue, Documents/CaptureStation, the host name
  bool completed() const;          // the first-run dialog was finished once
  StationSetup load() const;       // stored values, each missing one replaced by its default
  void save(const StationSetup& setup);  // stores every field and marks the set-up completed

  bool hasSupervisorPassword() const;
  // Stores an Argon2id hash of the password (about 0.1 s, 64 MiB); false when hashing failed.
  bool setSupervisorPassword(const QString& password);
  bool checkSupervisorPassword(const QString& name, const QString& password) const;

 private:
  QSettings& settings_;
};

}  // namespace cs::ui
