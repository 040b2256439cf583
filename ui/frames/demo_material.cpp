#include "frames/demo_material.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cs::ui {

QString findDemoMaterial(const QString& name) {
  const QString appDir = QCoreApplication::applicationDirPath();
  const QStringList folders = {
      QDir(appDir).filePath(QStringLiteral("../" CS_INSTALL_DEMO_SUBDIR)),
      QStringLiteral(CS_SOURCE_DEMO_DIR),
  };
  for (const QString& folder : folders) {
    const QFileInfo info(QDir(folder).filePath(name));
    if (info.exists()) return info.canonicalFilePath();
  }
  return {};
}

QString defaultDemoSource() {
  QString path = findDemoMaterial(QStringLiteral("demo-portraits.mp4"));
  if (path.isEmpty()) path = findDemoMaterial(QStringLiteral("photos"));
  return path;
}

}  // namespace cs::ui
