// capture-station-review [--view-only] [--lang zh_CN|en] [--screenshot-dir DIR] [BATCH_DIR]
// Wiring only: opens the batch read-only and shows the review window (ui/review). Without BATCH_DIR a
// folder picker asks for the batch.
#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMessageBox>
#include <cstdio>

#include "cs/core/batch/batch_store.h"
#include "cs/core/version.h"
#include "review/review_window.h"
#include "review_screenshots.h"
#include "window/error_text.h"
#include "window/language.h"

namespace {

void useCjkFont(QApplication& app) {  // Chinese glyphs need a CJK font (fonts-noto-cjk)
  for (const char* family : {"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC"}) {
    if (!QFontDatabase::families().contains(QString::fromLatin1(family))) continue;
    QFont font(QString::fromLatin1(family));
    font.setPixelSize(14);
    app.setFont(font);
    return;
  }
}

int fail(const QString& text, bool quiet) {
  if (!quiet) QMessageBox::critical(nullptr, QObject::tr("Capture Station review"), text);
  std::fprintf(stderr, "capture-station-review: %s\n", qPrintable(text));
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("CaptureStation"));
  QApplication::setApplicationName(QStringLiteral("capture-station-review"));
  QApplication::setApplicationVersion(QString::fromLatin1(cs::kVersion));
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Review, approve or reject and export the photos of a batch."));
  parser.addHelpOption();
  parser.addVersionOption();
  QCommandLineOption viewOnly(QStringLiteral("view-only"), QStringLiteral("Look only: no approve, reject or export."));
  QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh_CN (default) or en."), QStringLiteral("code"),
                          QStringLiteral("zh_CN"));
  QCommandLineOption shots(QStringLiteral("screenshot-dir"),
                           QStringLiteral("Scripted run: save screenshots of the window into DIR, then quit."),
                           QStringLiteral("DIR"));
  parser.addOptions({viewOnly, lang, shots});
  parser.addPositionalArgument(QStringLiteral("BATCH_DIR"), QStringLiteral("The batch folder to review."));
  parser.process(app);
  // The station's translation and every screen's own (ui/review/review_zh_CN.ts among them).
  cs::ui::applyLanguage(cs::ui::languageFromCode(parser.value(lang)));
  useCjkFont(app);

  const bool scripted = parser.isSet(shots);
  QString folder = parser.positionalArguments().value(0);
  if (folder.isEmpty() && !scripted)
    folder = QFileDialog::getExistingDirectory(nullptr, QObject::tr("Which batch folder do you want to review?"));
  if (folder.isEmpty()) return fail(QObject::tr("No batch folder was chosen."), scripted);
  auto store = cs::batch::BatchStore::open(folder.toStdString(), cs::batch::OpenMode::ReadOnly);
  if (!store)
    return fail(QObject::tr("%1 cannot be opened as a batch: %2").arg(folder, cs::ui::errorText(store.error())),
                scripted);

  cs::ui::ReviewOptions options;
  // A folder this user may not write to can still be looked at.
  options.viewOnly = parser.isSet(viewOnly) || !QFileInfo(folder).isWritable();
  if (scripted) options.refreshIntervalMs = 0;
  cs::ui::ReviewWindow window(std::move(store.value()), options);
  window.resize(1366, scripted ? 768 : 740);  // scripted: exactly the 1366x768 screen of the screenshots
  if (scripted) {
    auto* run = new cs::review::ReviewScreenshots(window, parser.value(shots), &app);
    window.show();
    run->start();
  } else {
    window.showMaximized();
  }
  return app.exec();
}
