// The station speaks Simplified Chinese by default and English when chosen: every screen's own texts
// (tr() in its class), not only the core's messages.
#include <gtest/gtest.h>

#include "capture/batch_session.h"
#include "capture/candidate_panel.h"
#include "window/instruction_bar.h"
#include "window/language.h"

namespace {

TEST(Language, ScreensFollowTheChosenLanguage) {
  ASSERT_TRUE(cs::ui::applyLanguage(cs::ui::Language::Chinese)) << "the zh_CN translation is not embedded";
  cs::ui::BatchSession batch;
  cs::ui::CandidatePanel panel(batch);
  cs::ui::InstructionBar bar;
  EXPECT_EQ(panel.title().toStdString(), "考生");
  EXPECT_EQ(bar.shutter()->text().toStdString(), "拍摄（空格）");
  ASSERT_TRUE(cs::ui::applyLanguage(cs::ui::Language::English));
  panel.retranslate();
  bar.retranslate();
  EXPECT_EQ(panel.title().toStdString(), "Candidate");
  EXPECT_EQ(bar.shutter()->text().toStdString(), "Capture (Space)");
  cs::ui::applyLanguage(cs::ui::Language::Chinese);
}

}  // namespace
