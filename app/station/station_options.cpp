#include "station_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace cs::station {

std::optional<StationOptions> parseOptions(const QStringList& arguments, int* exitCode) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Capture Station (采集站): certificate photos to the 480x640 standard."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption source("source", "Play a video file or a folder of photos instead of a camera (demo mode).", "FILE|DIR");
  const QCommandLineOption batch("batch", "Open the batch in DIR, or create one there.", "DIR");
  const QCommandLineOption op("operator", "The photographer's name, recorded with each photo.", "NAME");
  const QCommandLineOption lang("lang", "Language: zh_CN (default) or en.", "CODE");
  const QCommandLineOption shots("screenshot-dir", "Scripted run over --source DIR (one photo per state): saves screenshots into DIR and exits.", "DIR");
  const QCommandLineOption bench("bench", "Runs SECONDS on the source and prints the preview and analysis rates.", "SECONDS");
  const QCommandLineOption roster("demo-roster", "Adds three fictional candidates to an empty batch (demonstrations).");
  parser.addOptions({source, batch, op, lang, shots, bench, roster});
  if (!parser.parse(arguments)) {
    std::fprintf(stderr, "%s\nSee --help.\n", qPrintable(parser.errorText()));
    *exitCode = 2;
    return std::nullopt;
  }
  if (parser.isSet("help") || parser.isSet("version")) {
    std::printf("%s\n", qPrintable(parser.isSet("help") ? parser.helpText() : QCoreApplication::applicationVersion()));
    *exitCode = 0;
    return std::nullopt;
  }
  StationOptions o;
  o.source = parser.value(source);
  o.batchFolder = parser.value(batch);
  o.operatorName = parser.value(op);
  o.language = parser.value(lang);
  o.screenshotDir = parser.value(shots);
  o.benchSeconds = parser.value(bench).toDouble();
  o.demoRoster = parser.isSet(roster);
  if (parser.isSet(bench) && o.benchSeconds <= 0) {
    std::fprintf(stderr, "--bench needs a number of seconds, e.g. --bench 10\n");
    *exitCode = 2;
    return std::nullopt;
  }
  return o;
}

}  // namespace cs::station
