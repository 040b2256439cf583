#include "demo_batch.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "cs/core/batch/roster.h"
#include "window/error_text.h"

namespace cs::station {

namespace {

// Fictional people; the ID numbers get a correct GB 11643 check digit.
cs::batch::RosterEntry fictional(const char* name, const std::string& first17, const char* ticket) {
  cs::batch::RosterEntry e;
  e.name = name;
  e.idNumber = first17 + cs::batch::idNumberCheckDigit(first17);
  e.ticketNumber = ticket;
  return e;
}

}  // namespace

QString defaultDemoBatchFolder() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo-batch"));
}

QString openBatch(cs::ui::BatchSession& batch, const QString& folder, bool addRoster, const QString& operatorName) {
  QDir().mkpath(QFileInfo(folder).absolutePath());
  const QString problem = batch.openOrCreate(folder, QFileInfo(folder).fileName(), operatorName);
  if (!problem.isEmpty() || !addRoster || !batch.store()->candidates().empty()) return problem;
  const std::vector<cs::batch::RosterEntry> roster = {
      fictional("张小雨", "11010120080101002", "2026110001"),
      fictional("李明", "44030520071231003", "2026110002"),
      fictional("王芳", "51010420080315004", "2026110003"),
  };
  auto imported = batch.store()->importRoster(roster, operatorName.toStdString());
  return imported ? QString() : cs::ui::errorText(imported.error());
}

}  // namespace cs::station
