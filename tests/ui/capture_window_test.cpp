// The whole capture screen on the demo photos (committed with the project): the shutter takes the
// unmirrored picture even with the preview mirrored (I2), Esc retakes without storing anything, and
// Enter stores the photo in the batch and moves on to the next candidate.
#include <QApplication>
#include <QDir>
#include <QImageReader>
#include <QCheckBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <gtest/gtest.h>

#include "capture/candidate_panel.h"
#include "capture/review_panel.h"
#include "cs/core/batch/roster.h"
#include "frames/demo_folder_source.h"
#include "frames/demo_material.h"
#include "live/preview_widget.h"
#include "support/test_support.h"
#include "ui_test_support.h"
#include "window/capture_window.h"

namespace {

void press(QWidget* target, int key) {
  QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
  QApplication::sendEvent(target, &down);
}

class CaptureWindowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    photos_ = cs::ui::findDemoMaterial(QStringLiteral("photos"));
    if (photos_.isEmpty()) GTEST_SKIP() << "resources/demo/photos is missing";
    const QString folder = QString::fromStdString((temp_.path / "batch").string());
    ASSERT_TRUE(window_.batch().openOrCreate(folder, QStringLiteral("test"), QStringLiteral("tester")).isEmpty());
    for (const char* ticket : {"2026000001", "2026000002"}) {
      const std::string first17 = std::string("1101051949123100") + ticket[9];
      auto added = window_.batch().addCandidate(QString::fromLatin1(ticket), QString::fromStdString(first17 + cs::batch::idNumberCheckDigit(first17)),
                                                QString::fromLatin1(ticket), QStringLiteral("tester"));
      ASSERT_TRUE(added.ok()) << added.error().message;
    }
    window_.setOperatorName(QStringLiteral("tester"));
    window_.batchChanged();
    auto source = std::make_unique<cs::ui::DemoFolderSource>(photos_);
    source->setAutoAdvance(false);
    window_.setSource(std::move(source));
    window_.show();
    window_.start();
    ASSERT_TRUE(cs::test::waitUntil([this] { return window_.live().analyzerReady() && window_.live().analysedFrames() > 1; }))
        << "the analysis never produced a result (is libdlib-data installed?)";
  }

  QImage firstPhoto() const {
    QImageReader reader(QDir(photos_).filePath(QDir(photos_).entryList({"*.jpg"}, QDir::Files, QDir::Name).first()));
    reader.setAutoTransform(true);
    return reader.read().convertToFormat(QImage::Format_RGB888);
  }

  bool shootAndWaitForReview() {
    window_.shutter();
    return cs::test::waitUntil([this] { return window_.reviewing(); }, 30000);
  }

  cs::test::TempDir temp_;
  QString photos_;
  cs::ui::CaptureWindow window_;
};

TEST_F(CaptureWindowTest, MirroredPreviewStillSavesTheUnmirroredPicture) {
  window_.setMirrored(true);
  EXPECT_TRUE(window_.preview()->mirrored());
  ASSERT_TRUE(shootAndWaitForReview());
  const QImage taken = window_.review()->outcome().source.convertToFormat(QImage::Format_RGB888);
  const QImage original = firstPhoto();
  ASSERT_EQ(taken.size(), original.size());
  EXPECT_EQ(taken, original) << "the picture sent to the pipeline differs from the photo (mirrored?)";
}

TEST_F(CaptureWindowTest, EscRetakesWithoutStoringAndEnterKeepsIntoTheBatch) {
  const auto first = window_.candidates()->current();
  ASSERT_TRUE(first.has_value());
  ASSERT_TRUE(shootAndWaitForReview());
  press(window_.review(), Qt::Key_Escape);
  EXPECT_FALSE(window_.reviewing());
  EXPECT_EQ(window_.batch().attemptCount(first->id), 0);

  ASSERT_TRUE(shootAndWaitForReview());
  const auto& outcome = window_.review()->outcome();
  ASSERT_TRUE(outcome.certificate && outcome.certificate->jpeg) << "the demo photo should give a 480x640 photo";
  if (window_.review()->needsOverride()) {  // a failed check: keep it with a reason (recorded)
    window_.review()->findChild<QCheckBox*>()->setChecked(true);
    window_.review()->findChild<QLineEdit*>()->setText(QStringLiteral("test"));
  }
  press(window_.review(), Qt::Key_Return);
  EXPECT_FALSE(window_.reviewing());
  EXPECT_EQ(window_.batch().attemptCount(first->id), 1);
  const auto next = window_.candidates()->current();
  ASSERT_TRUE(next.has_value());
  EXPECT_NE(next->id, first->id) << "the next candidate should follow";
}

}  // namespace
