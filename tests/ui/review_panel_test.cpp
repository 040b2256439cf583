// After the shutter: Enter keeps, Esc retakes, and a failing photo needs an override and a reason.
#include <QApplication>
#include <QKeyEvent>
#include <gtest/gtest.h>

#include <QCheckBox>
#include <QLineEdit>

#include "capture/review_panel.h"
#include "ui_test_support.h"

namespace {

using cs::CheckStatus;
using cs::test::check;

void press(QWidget* target, int key) {
  QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
  QApplication::sendEvent(target, &down);
}

struct Recorder {
  int keeps = 0;
  int retakes = 0;
  QString reason;
};

void record(cs::ui::ReviewPanel& panel, Recorder& r) {
  QObject::connect(&panel, &cs::ui::ReviewPanel::keepRequested, [&r](const QString& reason) {
    ++r.keeps;
    r.reason = reason;
  });
  QObject::connect(&panel, &cs::ui::ReviewPanel::retakeRequested, [&r] { ++r.retakes; });
}

TEST(ReviewPanel, EscRetakes) {
  cs::ui::ReviewPanel panel;
  Recorder r;
  record(panel, r);
  panel.showOutcome(cs::test::outcomeWith({check("G3", CheckStatus::Pass, 12)}), QStringLiteral("张三"));
  press(&panel, Qt::Key_Escape);
  EXPECT_EQ(r.retakes, 1);
  EXPECT_EQ(r.keeps, 0);
}

TEST(ReviewPanel, EnterKeepsAPhotoThatMeetsTheStandard) {
  cs::ui::ReviewPanel panel;
  Recorder r;
  record(panel, r);
  panel.showOutcome(cs::test::outcomeWith({check("G3", CheckStatus::Pass, 12)}), QStringLiteral("张三"));
  EXPECT_FALSE(panel.needsOverride());
  press(&panel, Qt::Key_Return);
  press(&panel, Qt::Key_Return);  // a second Enter must not store the photo twice
  EXPECT_EQ(r.keeps, 1);
  EXPECT_TRUE(r.reason.isEmpty());
}

TEST(ReviewPanel, AFailingPhotoNeedsTheOverrideAndAReason) {
  cs::ui::ReviewPanel panel;
  Recorder r;
  record(panel, r);
  panel.showOutcome(cs::test::outcomeWith({check("P5", CheckStatus::Fail, 61, "请自然闭合嘴唇", "Close the lips")}),
                    QStringLiteral("张三"));
  panel.show();
  EXPECT_TRUE(panel.needsOverride());
  press(&panel, Qt::Key_Return);
  EXPECT_EQ(r.keeps, 0) << "kept without an override";

  auto* override = panel.findChild<QCheckBox*>();
  auto* reason = panel.findChild<QLineEdit*>();
  ASSERT_NE(override, nullptr);
  ASSERT_NE(reason, nullptr);
  override->setChecked(true);
  press(&panel, Qt::Key_Return);
  EXPECT_EQ(r.keeps, 0) << "kept without a reason";
  reason->setText(QStringLiteral("   "));
  EXPECT_FALSE(panel.canKeep()) << "blank reason accepted";
  reason->setText(QStringLiteral("考生戴医用眼罩"));
  EXPECT_TRUE(panel.canKeep());
  press(&panel, Qt::Key_Return);
  EXPECT_EQ(r.keeps, 1);
  EXPECT_EQ(r.reason.toStdString(), "考生戴医用眼罩");
}

TEST(ReviewPanel, APictureWithoutAPhotoCannotBeKept) {
  cs::ui::ReviewPanel panel;
  Recorder r;
  record(panel, r);
  cs::ui::CaptureOutcome none = cs::test::outcomeWith({check("G2", CheckStatus::Fail, 11)});
  none.certificate->jpeg.reset();
  none.photo = QImage();
  panel.showOutcome(none, QString());
  EXPECT_FALSE(panel.canKeep());
  press(&panel, Qt::Key_Return);
  EXPECT_EQ(r.keeps, 0);
}

}  // namespace
