// Core's errors reach the photographer in the station's language: Chinese by default, English when
// chosen. The sentences come from core (cs::Error::messageZh, RosterProblem::messageZh), not from tr().
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFontDatabase>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>
#include <gtest/gtest.h>

#include <fstream>

#include "cs/core/batch/roster.h"
#include "support/test_support.h"
#include "window/capture_window.h"
#include "window/error_text.h"
#include "window/language.h"

namespace {

// With CS_ROSTER_ERROR_SCREENSHOT=file.png (run under Xvfb with QT_QPA_PLATFORM=xcb), the window is shown
// at 1366x768 in the station's font and the screen is saved while the message box is up: that is how
// docs/screenshots/roster-error-zh.png was taken.
QString screenshotPath() { return qEnvironmentVariable("CS_ROSTER_ERROR_SCREENSHOT"); }

// Lets the X server map and paint what was just shown (the screenshot must not catch a half-drawn window).
void settle() {
  QElapsedTimer clock;
  clock.start();
  while (clock.elapsed() < 300) QApplication::processEvents(QEventLoop::AllEvents, 20);
}

void showLikeTheStation(QWidget& window) {
  for (const char* family : {"Noto Sans CJK SC", "WenQuanYi Micro Hei"}) {
    if (!QFontDatabase::families().contains(QString::fromLatin1(family))) continue;
    QFont font(QString::fromLatin1(family));
    font.setPixelSize(14);
    QApplication::setFont(font);
    break;
  }
  window.resize(1366, 768);
  window.show();
  settle();
}

// Imports `path` and returns the text of the (modal) message box it shows, closing the box.
QString importAndReadTheMessage(cs::ui::CaptureWindow& window, const std::string& path) {
  QString shown;
  QTimer closer;  // the message box is modal: read and close it from inside its own event loop
  QObject::connect(&closer, &QTimer::timeout, [&shown] {
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    if (!box || !box->isVisible()) return;
    shown = box->text();
    if (!screenshotPath().isEmpty() && !QFile::exists(screenshotPath())) {
      settle();
      QApplication::primaryScreen()->grabWindow(0).save(screenshotPath());
    }
    box->accept();
  });
  closer.start(10);
  window.importRosterFile(QString::fromStdString(path));
  closer.stop();
  return shown;
}

class ErrorTextTest : public ::testing::Test {
 protected:
  void SetUp() override { cs::ui::applyLanguage(cs::ui::Language::Chinese); }
  void TearDown() override { cs::ui::applyLanguage(cs::ui::Language::Chinese); }
};

TEST_F(ErrorTextTest, PicksTheStationsLanguage) {
  const cs::Error error{cs::ErrorCode::FileNotFound, "no such file: check the path", "找不到这个文件：请检查路径"};
  EXPECT_EQ(cs::ui::errorText(error).toStdString(), "找不到这个文件：请检查路径");
  cs::ui::applyLanguage(cs::ui::Language::English);
  EXPECT_EQ(cs::ui::errorText(error).toStdString(), "no such file: check the path");
}

TEST_F(ErrorTextTest, FallsBackToEnglishWhereCoreHasNoChinese) {
  EXPECT_EQ(cs::ui::errorText(cs::Error{cs::ErrorCode::Internal, "only English"}).toStdString(), "only English");
}

TEST_F(ErrorTextTest, RosterProblemsNameTheRowInEitherLanguage) {
  const std::vector<cs::batch::RosterProblem> problems{{12, "the name is empty", "姓名为空：请填写"},
                                                       {0, "the file has no rows", "文件里没有内容"}};
  EXPECT_EQ(cs::ui::rosterProblemsText(problems).toStdString(), "第 12 行：姓名为空：请填写\n文件：文件里没有内容");
  cs::ui::applyLanguage(cs::ui::Language::English);
  EXPECT_EQ(cs::ui::rosterProblemsText(problems).toStdString(), "row 12: the name is empty\nfile: the file has no rows");
}

// What File → Import the roster shows for a roster with a mistyped ID number: the message box is in
// Chinese, with the row.
TEST_F(ErrorTextTest, CaptureWindowShowsARosterErrorInChinese) {
  cs::test::TempDir dir;
  cs::ui::CaptureWindow window;
  ASSERT_TRUE(window.batch()
                  .openOrCreate(QString::fromStdString((dir.path / "batch").string()), QStringLiteral("test"),
                                QStringLiteral("tester"))
                  .isEmpty());
  window.setOperatorName(QStringLiteral("tester"));
  window.batchChanged();
  if (!screenshotPath().isEmpty()) showLikeTheStation(window);
  const std::string good = std::string("11010519491231002") + cs::batch::idNumberCheckDigit("11010519491231002");
  std::string bad = std::string("11010519491231003") + cs::batch::idNumberCheckDigit("11010519491231003");
  bad[17] = bad[17] == '0' ? '1' : '0';
  const auto roster = dir.path / "roster.csv";
  std::ofstream(roster) << "姓名,身份证号,准考证号\n张三," << good << ",2026000001\n李四," << bad << ",2026000002\n王五,"
                        << good << ",2026000003\n赵六,110105200001010032,\n";

  const QString shown = importAndReadTheMessage(window, roster.string());
  EXPECT_TRUE(shown.startsWith(QStringLiteral("名单没有导入"))) << shown.toStdString();
  EXPECT_TRUE(shown.contains(QString::fromStdString("第 3 行：身份证号 " + bad + " 校验位不对"))) << shown.toStdString();
  EXPECT_TRUE(shown.contains(QString::fromStdString("第 4 行：身份证号 " + good + " 与第 2 行重复"))) << shown.toStdString();
  EXPECT_TRUE(shown.contains(QStringLiteral("第 5 行：准考证号为空"))) << shown.toStdString();
  EXPECT_FALSE(shown.contains(QStringLiteral("check digit"))) << shown.toStdString();

  // A file without the ID column: the window's own sentence (tr) around core's problem list.
  const auto noId = dir.path / "no-id.csv";
  std::ofstream(noId) << "姓名,准考证号\n张三,2026000001\n";
  const QString noIdShown = importAndReadTheMessage(window, noId.string());
  EXPECT_TRUE(noIdShown.startsWith(QStringLiteral("没有导入任何考生"))) << noIdShown.toStdString();
  EXPECT_TRUE(noIdShown.contains(QStringLiteral("第 1 行：表头中没有“身份证号”这一列"))) << noIdShown.toStdString();
  EXPECT_TRUE(window.batch().store()->candidates().empty()) << "nothing is imported";
}

}  // namespace
