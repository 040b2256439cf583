// The one large instruction: the most important problem in the photographer's order, in the UI language.
#include <gtest/gtest.h>

#include "live/instruction.h"
#include "ui_test_support.h"
#include "window/language.h"

namespace {

using cs::CheckStatus;
using cs::test::check;

class InstructionTest : public ::testing::Test {
 protected:
  void SetUp() override { cs::ui::applyLanguage(cs::ui::Language::Chinese); }
  void TearDown() override { cs::ui::applyLanguage(cs::ui::Language::Chinese); }
};

TEST_F(InstructionTest, ShowsTheMostImportantProblemInChinese) {
  cs::ui::LiveResult result;
  result.analysis = cs::test::oneFace(80, 320, 240);
  result.analysis.checks = {
      check("L1", CheckStatus::Fail, 32, "左侧光线太暗，请调整灯光", "The left side is too dark"),
      check("G3", CheckStatus::Fail, 12, "请把相机向下调整", "Lower the camera"),
      check("P5", CheckStatus::Warn, 61, "请自然闭合嘴唇", "Close the lips naturally"),
      check("G2", CheckStatus::Pass, 11),
  };
  const auto instruction = cs::ui::instructionFor(&result, true);
  EXPECT_EQ(instruction.text.toStdString(), "请把相机向下调整");  // framing comes before lighting
  EXPECT_EQ(instruction.signal, cs::ui::Signal::Bad);
}

TEST_F(InstructionTest, FollowsTheLanguageChoice) {
  cs::ui::LiveResult result;
  result.analysis = cs::test::oneFace(80, 250, 240);
  result.analysis.checks = {check("P5", CheckStatus::Warn, 61, "请自然闭合嘴唇", "Close the lips naturally")};
  cs::ui::applyLanguage(cs::ui::Language::English);
  EXPECT_EQ(cs::ui::instructionFor(&result, true).text.toStdString(), "Close the lips naturally");
}

TEST_F(InstructionTest, NoFaceComesFirst) {
  cs::ui::LiveResult result;
  result.analysis.imageSize = {1280, 720};
  result.analysis.checks = {check("I1", CheckStatus::Warn, 1, "照片几乎没有颜色", "Almost no colour")};
  EXPECT_EQ(cs::ui::instructionFor(&result, true).text.toStdString(), "未检测到人脸，请考生正对镜头");
}

TEST_F(InstructionTest, AllGreenSaysPressSpace) {
  cs::ui::LiveResult result;
  result.analysis = cs::test::oneFace(80, 250, 240);
  result.analysis.checks = {check("G3", CheckStatus::Pass, 12)};
  const auto instruction = cs::ui::instructionFor(&result, true);
  EXPECT_EQ(instruction.text.toStdString(), "全部合格，按空格键拍摄");
  EXPECT_EQ(instruction.signal, cs::ui::Signal::Good);
}

TEST_F(InstructionTest, SaysWhenTheModelIsStillLoading) {
  EXPECT_EQ(cs::ui::instructionFor(nullptr, false).text.toStdString(), "正在加载人脸模型…");
}

}  // namespace
