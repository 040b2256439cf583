#pragma once
// The station's command line.
#include <QString>
#include <optional>

namespace cs::station {

struct StationOptions {
  QString source;         // --source FILE|DIR: a video file or a folder of photos instead of a camera
  QString batchFolder;    // --batch DIR: open (or create) this batch
  QString operatorName;   // --operator NAME
  QString language;       // --lang zh_CN|en
  QString screenshotDir;  // --screenshot-dir DIR: scripted run over --source DIR, saves PNGs, exits
  double benchSeconds = 0;  // --bench SECONDS: prints preview and analysis rates, exits
  bool demoRoster = false;  // --demo-roster: three fictional candidates in an empty batch
};

// Parses the application's arguments; prints help or an error and returns nothing when it must exit.
std::optional<StationOptions> parseOptions(const QStringList& arguments, int* exitCode);

}  // namespace cs::station
