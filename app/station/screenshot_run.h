#pragma once
// The scripted run behind scripts/screenshots.sh: steps a folder source through its photos (one photo
// per state to show, in file-name order), saves a screenshot of the window for each once its analysis is
// on screen, then presses Space on the last one and saves the capture review. Quits when done.
#include <QObject>
#include <QString>

namespace cs::ui {
class CaptureWindow;
class DemoFolderSource;
}  // namespace cs::ui

namespace cs::station {

class ScreenshotRun : public QObject {
  Q_OBJECT
 public:
  ScreenshotRun(cs::ui::CaptureWindow& window, cs::ui::DemoFolderSource& source, const QString& outputDir);
  void start();

 private:
  void showNext();
  void onResult();
  void save(const QString& name);
  cs::ui::CaptureWindow& window_;
  cs::ui::DemoFolderSource& source_;
  QString outputDir_;
  int index_ = -1;
  int resultsSinceSwitch_ = 0;
  qint64 firstResultMs_ = 0;
  bool capturing_ = false;
  int shot_ = 0;
};

}  // namespace cs::station
