// I5: a border added around a photo is found; the camera's own photo, and a fringe of a pixel or two at
// its very edge, are not taken for one.
#include <gtest/gtest.h>

#include <algorithm>

#include "analyzer_fixture.h"
#include "support/test_support.h"

namespace cs {
namespace {

// Paints a flat frame `width` pixels wide over the photo's edges, as a photo editor's "add border" does.
Image withFrame(Image photo, int width, std::uint8_t grey) {
  for (int y = 0; y < photo.height; ++y) {
    std::uint8_t* row = photo.row(y);
    const bool band = y < width || y >= photo.height - width;
    for (int x = 0; x < photo.width; ++x) {
      if (band || x < width || x >= photo.width - width) std::fill_n(row + x * 3, 3, grey);
    }
  }
  return photo;
}

const CheckResult* borderCheck(const Analysis& a) {
  const auto it = std::find_if(a.checks.begin(), a.checks.end(),
                               [](const CheckResult& c) { return c.id == "I5" && c.key == "border"; });
  return it == a.checks.end() ? nullptr : &*it;
}

class BorderCheck : public test::AnalyzerTest {
 protected:
  static LoadedPhoto compliant() {
    LoadedPhoto photo;
    analyseFile(test::fixture("london-002-pass.jpg"), &photo);
    return photo;
  }
};

TEST_F(BorderCheck, TheCamerasOwnPhotoHasNoBorder) {
  const LoadedPhoto photo = compliant();
  const Analysis a = analyzer().analyse(photo.image, AnalysisDepth::Still, &photo.source);
  const CheckResult* i5 = borderCheck(a);
  ASSERT_NE(i5, nullptr) << "I5 is reported for every still with a face";
  EXPECT_EQ(i5->status, CheckStatus::Pass) << i5->value;
}

TEST_F(BorderCheck, AWhiteOrBlackFrameFailsI5) {
  const LoadedPhoto photo = compliant();
  for (std::uint8_t grey : {255, 20}) {
    const int width = std::max(photo.image.width, photo.image.height) / 40;  // 2.5 %: a typical editor's frame
    const Image framed = withFrame(photo.image, width, grey);
    const Analysis a = analyzer().analyse(framed, AnalysisDepth::Still, &photo.source);
    const CheckResult* i5 = borderCheck(a);
    ASSERT_NE(i5, nullptr);
    EXPECT_EQ(i5->status, CheckStatus::Fail) << "frame of grey " << int(grey) << ": coverage " << i5->value;
    EXPECT_FALSE(i5->messageZh.empty());
    EXPECT_FALSE(a.meetsStandard());
  }
}

TEST_F(BorderCheck, AFringeOfAPixelAtTheEdgeIsNotABorder) {
  const LoadedPhoto photo = compliant();
  const Image fringed = withFrame(photo.image, 1, 255);
  const Analysis a = analyzer().analyse(fringed, AnalysisDepth::Still, &photo.source);
  const CheckResult* i5 = borderCheck(a);
  ASSERT_NE(i5, nullptr);
  EXPECT_EQ(i5->status, CheckStatus::Pass) << i5->value;
}

TEST_F(BorderCheck, LiveFramesSkipTheBorderCheck) {
  const LoadedPhoto photo = compliant();
  const Analysis a = analyzer().analyse(withFrame(photo.image, 30, 255), AnalysisDepth::Live, &photo.source);
  EXPECT_EQ(borderCheck(a), nullptr) << "camera frames never carry an added border";
}

}  // namespace
}  // namespace cs
