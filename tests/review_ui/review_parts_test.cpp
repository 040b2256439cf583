// The parts of the review window on their own: bands drawn at the standard's y in a 480x640 photo, the
// tile states, export refused with the list of problems and done off the UI thread.
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPainter>

#include "cs/core/batch/export.h"
#include "review/export_runner.h"
#include "review/photo_bands_view.h"
#include "review/tile_state.h"
#include "review_batch_fixture.h"
#include "window/language.h"

namespace cs::test {
namespace {

cs::CheckResult passed(const char* id, double value) {
  cs::CheckResult c;
  c.id = id;
  c.status = cs::CheckStatus::Pass;
  c.unit = "px";
  c.value = value;
  return c;
}

QImage rendered(cs::ui::PhotoBandsView& view) {
  QImage image(view.size(), QImage::Format_RGB32);
  view.render(&image);
  return image;
}

TEST(PhotoBandsView, BandsSitAtTheStandardsYInA480x640Photo) {
  cs::ui::PhotoBandsView view;
  view.resize(480, 640);  // one widget pixel per photo pixel
  const auto profile = cs::SpecProfile::load().value();
  EXPECT_EQ(view.horizontalBandInWidget(profile.hairTop), QRectF(0, 50, 480, 60));
  EXPECT_EQ(view.horizontalBandInWidget(profile.eyeY), QRectF(0, 200, 480, 100));
  view.resize(240, 320);  // half size: every y halves
  EXPECT_EQ(view.horizontalBandInWidget(profile.eyeY), QRectF(0, 100, 240, 50));
}

TEST(PhotoBandsView, PaintsGreenBandsOverThePhotoOnlyWhereTheBandsAre) {
  cs::ui::PhotoBandsView view;
  view.resize(480, 640);
  QImage photo(480, 640, QImage::Format_RGB32);
  photo.fill(QColor(128, 128, 128));
  view.showPhoto(photo, {passed("G2", 80), passed("G3", 250), passed("G4", 240), passed("G1", 240)});
  const QImage out = rendered(view);
  const QColor insideEyeBand = out.pixelColor(40, 240), insideHairBand = out.pixelColor(40, 95);
  const QColor between = out.pixelColor(40, 150), below = out.pixelColor(40, 500);
  EXPECT_GT(insideEyeBand.green(), insideEyeBand.red() + 20) << "the eye band (G3, y 200-300) is tinted green";
  EXPECT_GT(insideHairBand.green(), insideHairBand.red() + 20) << "the hairline band (G2, y 50-110) is tinted green";
  EXPECT_EQ(between, QColor(128, 128, 128)) << "y 150 is between the bands: the photo itself";
  EXPECT_EQ(below, QColor(128, 128, 128));
  EXPECT_GT(out.pixelColor(40, 250).green(), 150) << "the measured eye line (y 250) is drawn solid";

  view.setBandsVisible(false);
  EXPECT_EQ(rendered(view).pixelColor(40, 240), QColor(128, 128, 128));
}

TEST(PhotoBandsView, FailedBandIsRed) {
  cs::ui::PhotoBandsView view;
  view.resize(480, 640);
  QImage photo(480, 640, QImage::Format_RGB32);
  photo.fill(QColor(128, 128, 128));
  auto eyes = passed("G3", 320);
  eyes.status = cs::CheckStatus::Fail;
  view.showPhoto(photo, {eyes});
  const QColor inside = rendered(view).pixelColor(40, 240);
  EXPECT_GT(inside.red(), inside.green() + 20);
}

TEST(TileState, ComesFromTheLatestAttemptAndDecision) {
  cs::batch::CandidateStatus s;
  EXPECT_EQ(cs::ui::tileState(s), cs::ui::TileState::NotCaptured);
  s.state = cs::batch::ReviewState::AwaitingReview;
  s.latest = cs::batch::Attempt{};
  EXPECT_EQ(cs::ui::tileState(s), cs::ui::TileState::Passed);
  s.latest->checks.push_back(passed("P2", 0));
  s.latest->checks.back().status = cs::CheckStatus::Warn;
  EXPECT_EQ(cs::ui::tileState(s), cs::ui::TileState::Warnings);
  s.latest->overrideReason = "医生证明";
  EXPECT_EQ(cs::ui::tileState(s), cs::ui::TileState::Overridden);
  s.state = cs::batch::ReviewState::Rejected;
  EXPECT_EQ(cs::ui::tileState(s), cs::ui::TileState::Rejected);
  EXPECT_NE(cs::ui::tileLabel(cs::ui::TileState::Rejected), cs::ui::tileLabel(cs::ui::TileState::Approved));
}

class ExportTest : public ReviewBatchTest {};

bool runToEnd(cs::ui::ExportRunner& runner, bool& ok, int& photos, QStringList& problems, int& progressCalls) {
  bool done = false;
  QObject::connect(&runner, &cs::ui::ExportRunner::progress, [&](int, int) { ++progressCalls; });
  QObject::connect(&runner, &cs::ui::ExportRunner::finished, [&](bool o, int p, const QStringList& list) {
    ok = o, photos = p, problems = list, done = true;
  });
  runner.start();
  QElapsedTimer clock;
  clock.start();
  while (!done && clock.elapsed() < 30000) QApplication::processEvents(QEventLoop::AllEvents, 20);
  return done;
}

TEST_F(ExportTest, RefusedWithTheListOfCandidatesNotReady) {
  auto store = openReadOnly();
  const QStringList problems = cs::ui::ExportPreflight::problems(*store, QStringLiteral("{id}.jpg"));
  EXPECT_GE(problems.size(), 4);  // 张三, 李四, 王五 not reviewed, 赵六 not captured, 孙八 rejected
  EXPECT_TRUE(problems.join('\n').contains(QString::fromStdString(idNumber(NotCaptured))) ||
              problems.join('\n').contains(QStringLiteral("赵六")));

  cs::ui::ExportRunner runner(QString::fromStdString(folder()), QString::fromStdString((dir_.path / "out").string()),
                              QStringLiteral("{id}.jpg"), QStringLiteral("王军"));
  bool ok = true;
  int photos = -1, calls = 0;
  QStringList list;
  ASSERT_TRUE(runToEnd(runner, ok, photos, list, calls));
  EXPECT_FALSE(ok);
  EXPECT_FALSE(list.isEmpty());
  EXPECT_FALSE(QDir(QString::fromStdString((dir_.path / "out").string())).exists("SHA256SUMS"));
}

TEST_F(ExportTest, RefusalsAreInTheWindowsLanguage) {
  // core words each refusal in both languages; the window picks the one of the station's language.
  auto store = openReadOnly();
  const std::string who = "赵六 (" + idNumber(NotCaptured) + ")";
  cs::ui::applyLanguage(cs::ui::Language::Chinese);
  EXPECT_TRUE(cs::ui::ExportPreflight::problems(*store, QStringLiteral("{id}.jpg"))
                  .contains(QString::fromStdString(who + "：还没有照片（请在采集站拍摄）")));
  cs::ui::applyLanguage(cs::ui::Language::English);
  EXPECT_TRUE(cs::ui::ExportPreflight::problems(*store, QStringLiteral("{id}.jpg"))
                  .contains(QString::fromStdString(who + ": no photo yet")));
  cs::ui::applyLanguage(cs::ui::Language::Chinese);
}

TEST_F(ExportTest, ExportsEveryApprovedPhotoOffTheUiThreadWithProgress) {
  {
    auto store = openWritable();
    ASSERT_TRUE(store->addAttempt(candidateId(NotCaptured), attemptWith(cs::CheckStatus::Pass)));
    ASSERT_TRUE(store->addAttempt(candidateId(Rejected), attemptWith(cs::CheckStatus::Pass)));
    for (int who = 0; who < kCount; ++who) {
      if (who != Retaken) {
        ASSERT_TRUE(store->approve(candidateId(static_cast<Who>(who)), "王军"));
      }
    }
  }
  const QString out = QString::fromStdString((dir_.path / "out").string());
  cs::ui::ExportRunner runner(QString::fromStdString(folder()), out, QStringLiteral("{id}.jpg"), QStringLiteral("王军"));
  bool ok = false;
  int photos = 0, calls = 0;
  QStringList problems;
  ASSERT_TRUE(runToEnd(runner, ok, photos, problems, calls));
  ASSERT_TRUE(ok) << problems.join('\n').toStdString();
  EXPECT_EQ(photos, kCount);
  EXPECT_EQ(calls, kCount);  // one progress step per photo
  EXPECT_TRUE(QDir(out).exists(QString::fromStdString(idNumber(Passed) + ".jpg")));
  EXPECT_TRUE(QDir(out).exists(QStringLiteral("SHA256SUMS")));
}

}  // namespace
}  // namespace cs::test
