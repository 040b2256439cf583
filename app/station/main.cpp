// capture-station: wiring only. Options and settings in, the capture window out; the screens are in ui/.
#include <QApplication>
#include <QFontDatabase>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <cstdio>

#include "bench_run.h"
#include "cs/core/version.h"
#include "demo_batch.h"
#include "frames/demo_folder_source.h"
#include "frames/source_factory.h"
#include "screenshot_run.h"
#include "setup/first_run_dialog.h"
#include "station_options.h"
#include "station_settings.h"
#include "window/capture_window.h"

namespace {

// Chinese glyphs need a CJK font (fonts-noto-cjk); without it Qt may pick one that lacks them.
void useCjkFont(QApplication& app) {
  for (const char* family : {"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC"}) {
    if (!QFontDatabase::families().contains(QString::fromLatin1(family))) continue;
    QFont font(QString::fromLatin1(family));
    font.setPixelSize(14);
    app.setFont(font);
    return;
  }
}

QString chooseBatchFolder(const cs::station::StationOptions& o, const cs::station::StationSettings& s, bool demo) {
  if (!o.batchFolder.isEmpty()) return o.batchFolder;
  if (!s.batchFolder().isEmpty() && o.screenshotDir.isEmpty()) return s.batchFolder();
  return demo ? cs::station::defaultDemoBatchFolder() : QString();
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("CaptureStation"));
  QApplication::setApplicationName(QStringLiteral("capture-station"));
  QApplication::setApplicationVersion(QString::fromLatin1(cs::kVersion));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/capture-station-256.png")));
  int exitCode = 0;
  const auto options = cs::station::parseOptions(QApplication::arguments(), &exitCode);
  if (!options) return exitCode;
  const bool scripted = !options->screenshotDir.isEmpty() || options->benchSeconds > 0;

  cs::station::StationSettings settings;
  cs::ui::applyLanguage(cs::ui::languageFromCode(options->language.isEmpty() ? settings.language() : options->language));
  useCjkFont(app);

  if (!scripted) {  // a new station asks for its site, station name and batch folder once
    QSettings store;
    cs::ui::runFirstRunSetupIfNeeded(store);
  }

  auto source = cs::ui::makeStartupSource(options->source, settings.cameraId(), settings.cameraResolution());
  if (!source) {
    std::fprintf(stderr, "capture-station: %s\n",
                 options->source.isEmpty() ? "no camera and no demo material found: start with --source FILE|DIR"
                                           : qPrintable(QStringLiteral("%1 does not exist: give a video file or a folder of photos")
                                                            .arg(options->source)));
    return 2;
  }
  const bool demo = source->kind() == cs::ui::FrameSource::Kind::Demo;
  auto* folderSource = qobject_cast<cs::ui::DemoFolderSource*>(source.get());
  if (!options->screenshotDir.isEmpty() && !folderSource) {
    std::fprintf(stderr, "capture-station: --screenshot-dir needs --source DIR (a folder of photos)\n");
    return 2;
  }

  cs::ui::CaptureWindow window;
  if (!scripted) settings.follow(window);
  window.setOperatorName(options->operatorName.isEmpty() ? settings.operatorName() : options->operatorName);
  window.setSource(std::move(source));
  const QString batchFolder = chooseBatchFolder(*options, settings, demo);
  if (!batchFolder.isEmpty()) {
    const bool roster = options->demoRoster || batchFolder == cs::station::defaultDemoBatchFolder();
    const QString problem = cs::station::openBatch(window.batch(), batchFolder, roster, window.operatorName());
    if (!problem.isEmpty()) QTimer::singleShot(0, &window, [&window, problem] { QMessageBox::warning(&window, QString(), problem); });
  }
  window.batchChanged();
  window.setMirrored(!scripted && settings.mirrored());
  window.setAutoCapture(!scripted && settings.autoCapture());
  window.show();
  window.start();

  if (!options->screenshotDir.isEmpty()) (new cs::station::ScreenshotRun(window, *folderSource, options->screenshotDir))->start();
  if (options->benchSeconds > 0) cs::station::startBench(window, options->benchSeconds);
  return QApplication::exec();
}
