// The candidate panel's ID-number message (GB 11643-1999 check digit), as the photographer reads it.
#include <gtest/gtest.h>

#include "capture/candidate_panel.h"
#include "capture/id_number_check.h"
#include "window/language.h"

namespace {

TEST(IdNumberCheck, ValidNumberHasNoMessage) {
  EXPECT_TRUE(cs::ui::idNumberProblem(QStringLiteral("11010519491231002X")).isEmpty());
  EXPECT_TRUE(cs::ui::idNumberProblem(QStringLiteral("11010519491231002x")).isEmpty());  // lower-case x
  EXPECT_TRUE(cs::ui::idNumberProblem(QString()).isEmpty());  // nothing typed yet: no nagging
}

TEST(IdNumberCheck, WrongCheckDigitSaysWhichDigitIsExpected) {
  cs::ui::applyLanguage(cs::ui::Language::English);  // the words asserted below; another test may have loaded zh
  const QString message = cs::ui::idNumberProblem(QStringLiteral("110105194912310021"));
  EXPECT_TRUE(message.contains(QStringLiteral("check digit"))) << message.toStdString();
  EXPECT_TRUE(message.contains(QStringLiteral("X"))) << message.toStdString();
}

TEST(IdNumberCheck, WrongLengthSaysHowManyCharacters) {
  cs::ui::applyLanguage(cs::ui::Language::English);
  const QString message = cs::ui::idNumberProblem(QStringLiteral("11010519491231002"));
  EXPECT_TRUE(message.contains(QStringLiteral("18"))) << message.toStdString();
  EXPECT_TRUE(message.contains(QStringLiteral("17"))) << message.toStdString();
}

TEST(IdNumberCheck, CandidatePanelShowsTheMessageWhileTyping) {
  cs::ui::BatchSession batch;
  cs::ui::CandidatePanel panel(batch);
  panel.manualEntryToggle()->setChecked(true);
  panel.show();
  panel.idNumberBox()->setText(QStringLiteral("110105194912310021"));
  EXPECT_TRUE(panel.idNumberMessage()->isVisible());
  EXPECT_FALSE(panel.idNumberMessage()->text().isEmpty());
  panel.idNumberBox()->setText(QStringLiteral("11010519491231002X"));
  EXPECT_FALSE(panel.idNumberMessage()->isVisible());
}

}  // namespace
