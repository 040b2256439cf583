// I5: coloured text added anywhere on the photo, the person included (a camera's date imprint on the
// shirt, a red "SAMPLE" stamp across the face, straight or slanted) is found; the camera's own photo, a
// print all over the clothing and the shared photos without text are not taken for it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include <opencv2/imgproc.hpp>

#include "analyzer_fixture.h"
#include "support/test_support.h"

namespace cs {
namespace {

const CheckResult* colouredText(const Analysis& a) {
  const auto it = std::find_if(a.checks.begin(), a.checks.end(),
                               [](const CheckResult& c) { return c.id == "I5" && c.key == "coloured_text"; });
  return it == a.checks.end() ? nullptr : &*it;
}

// How the text is laid over the photo: where (the middle of its first line, in the 480x640 output), how
// tall its letters are there, at what slant, in what colour, how opaque, and how many lines one under the
// other (a print all over a shirt is many).
struct Stamp {
  std::string text;
  cv::Point2d at;
  double height = 20;
  double slantDegrees = 0;
  cv::Scalar rgb{200, 0, 0};
  double opacity = 1;
  int lines = 1;
};

// `stamp` blended into the source photo, drawn in source pixels as an editor or a camera would.
Image stamped(Image photo, const CropPlan& plan, const Stamp& stamp) {
  cv::Mat mat(photo.height, photo.width, CV_8UC3, photo.rgb.data());
  const double fontScale = stamp.height / plan.scale / 22.0;  // FONT_HERSHEY_SIMPLEX: capitals 22 px at 1.0
  const int thickness = std::max(1, static_cast<int>(std::lround(2 * fontScale)));
  const cv::Point2d centre(plan.window.x + stamp.at.x / plan.scale, plan.window.y + stamp.at.y / plan.scale);
  cv::Mat ink = cv::Mat::zeros(mat.size(), CV_8U);
  for (int line = 0; line < stamp.lines; ++line) {
    int baseline = 0;
    const cv::Size size = cv::getTextSize(stamp.text, cv::FONT_HERSHEY_SIMPLEX, fontScale, thickness, &baseline);
    const cv::Point origin(static_cast<int>(centre.x - size.width / 2.0),
                           static_cast<int>(centre.y + size.height / 2.0 + line * 1.6 * size.height));
    cv::putText(ink, stamp.text, origin, cv::FONT_HERSHEY_SIMPLEX, fontScale, 255, thickness, cv::LINE_AA);
  }
  if (stamp.slantDegrees != 0) {
    cv::warpAffine(ink, ink, cv::getRotationMatrix2D(cv::Point2f(centre), stamp.slantDegrees, 1.0), ink.size());
  }
  for (int y = 0; y < mat.rows; ++y) {
    for (int x = 0; x < mat.cols; ++x) {
      const double a = stamp.opacity * ink.at<std::uint8_t>(y, x) / 255.0;
      auto& px = mat.at<cv::Vec3b>(y, x);
      for (int k = 0; k < 3; ++k) px[k] = cv::saturate_cast<std::uint8_t>((1 - a) * px[k] + a * stamp.rgb[k]);
    }
  }
  return photo;
}

class ColouredText : public test::StudioPortraitTest {
 protected:
  void SetUp() override {
    StudioPortraitTest::SetUp();
    ASSERT_TRUE(clean_.crop.has_value());
  }
  Analysis analyseWith(const Stamp& stamp) {
    return analyzer().analyse(stamped(photo_.image, *clean_.crop, stamp), AnalysisDepth::Still, &photo_.source);
  }
};

TEST_F(ColouredText, TheCamerasOwnPhotoHasNone) {
  const CheckResult* text = colouredText(clean_);
  ASSERT_NE(text, nullptr) << "I5 coloured text is reported for every still with a face";
  EXPECT_EQ(text->status, CheckStatus::Pass) << text->value;
  EXPECT_TRUE(clean_.meetsStandard());
}

TEST_F(ColouredText, ADateOrAStampOverThePersonFailsI5) {
  const Stamp cases[] = {
      {"2025 06 01", {380, 600}, 16, 0, {255, 140, 26}, 1.0},  // a camera's orange date, on the shirt
      {"SAMPLE", {240, 330}, 26, 0, {220, 0, 0}, 0.6},         // across the face, half see-through
      {"SAMPLE", {240, 520}, 30, 30, {200, 0, 0}, 0.35},       // slanted across the chest, faint
      {"COPY ONLY", {240, 300}, 24, -40, {200, 0, 0}, 0.5},    // slanted the other way, across the face
  };
  for (const Stamp& s : cases) {
    const Analysis a = analyseWith(s);
    const CheckResult* text = colouredText(a);
    ASSERT_NE(text, nullptr);
    EXPECT_EQ(text->status, CheckStatus::Fail) << s.text << " at " << s.slantDegrees << ": score " << text->value;
    EXPECT_FALSE(text->messageZh.empty());
    EXPECT_FALSE(a.meetsStandard()) << s.text;
  }
}

TEST_F(ColouredText, APrintAllOverTheClothingIsNotAddedText) {
  // Lines of lettering one under the other over the shirt, as a printed jacket shows: a pattern (C2's to
  // judge), not text added to the photo.
  const Analysis a = analyseWith({"ABCDEFGH", {240, 560}, 14, 0, {30, 90, 200}, 1.0, 6});
  const CheckResult* text = colouredText(a);
  ASSERT_NE(text, nullptr);
  EXPECT_NE(text->status, CheckStatus::Fail) << text->value;
}

TEST_F(ColouredText, LiveFramesSkipIt) {
  const Analysis a = analyzer().analyse(photo_.image, AnalysisDepth::Live, &photo_.source);
  EXPECT_EQ(colouredText(a), nullptr);
}

TEST_F(ColouredText, NoSharedPhotoWithoutTextIsTakenForHavingSome) {
  CS_REQUIRE_SHARED_DATA();
  // Bold clothing, a jacket printed with letters, jewellery, flowers on a backdrop and rooms included. Left
  // out: the photos whose source has text (their READMEs say so).
  const std::set<std::string> left = {"005_lfpw0005_frontal-teeth-smile-whitebg.png",
                                      "006_lfpw0010_hand-on-chin-yaw-text-overlay.png",
                                      "065_inspireface-close-eyes_eyes-closed.jpeg",
                                      "030_hvcpp-test2_studio-smile-teeth-beige-bg-watermark.jpg"};
  int assessed = 0;
  forEachSharedStill(left, [&](const std::string& name, const Analysis& a) {
    const CheckResult* text = colouredText(a);
    if (text == nullptr) return;
    ++assessed;
    EXPECT_EQ(text->status, CheckStatus::Pass) << name << ": score " << text->value;
  });
  EXPECT_GT(assessed, 40);
}

}  // namespace
}  // namespace cs
