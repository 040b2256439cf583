// B1 and B2 on the committed studio portrait with its backdrop's light changed: light falling off towards
// the bottom is an uneven backdrop (B1), with the instruction to light the cloth evenly; a shadow on one
// side of the head is B2's, not a gradient.
#include <gtest/gtest.h>

#include <string>

#include <opencv2/imgproc.hpp>

#include "analyzer_fixture.h"
#include "backdrop_edit.h"
#include "support/test_support.h"

namespace cs {
namespace {

class BackdropLight : public test::StudioPortraitTest {
 protected:
  // Multiplies the backdrop's pixels by `light(x, y)` (x, y from 0 to 1 across the photo).
  template <typename Light>
  Analysis analyseWithBackdropLight(Light light) {
    Image edited = photo_.image;
    cv::Mat mat = test::pixelsOf(edited);
    const cv::Mat backdrop = test::backdropMask(mat);
    for (int y = 0; y < mat.rows; ++y) {
      for (int x = 0; x < mat.cols; ++x) {
        if (backdrop.at<std::uint8_t>(y, x) == 0) continue;
        const double k = light(static_cast<double>(x) / mat.cols, static_cast<double>(y) / mat.rows);
        for (auto& v : mat.at<cv::Vec3b>(y, x).val) v = cv::saturate_cast<std::uint8_t>(v * k);
      }
    }
    return analyzer().analyse(edited, AnalysisDepth::Still, &photo_.source);
  }
};

TEST_F(BackdropLight, TheStudioBackdropIsEvenlyLit) {
  const Analysis a = analyzer().analyse(photo_.image, AnalysisDepth::Still, &photo_.source);
  EXPECT_EQ(test::findCheck(a, "falloff").status, CheckStatus::Pass) << test::findCheck(a, "falloff").value;
  EXPECT_EQ(test::findCheck(a, "shadow").status, CheckStatus::Pass) << test::findCheck(a, "shadow").value;
}

TEST_F(BackdropLight, LightFallingOffTowardsTheBottomFailsB1AndSaysSo) {
  // From full light at the top to 55 % at the bottom: a light aimed too high.
  const Analysis a = analyseWithBackdropLight([](double, double y) { return 1.0 - 0.45 * y; });
  const CheckResult& falloff = test::findCheck(a, "falloff");
  EXPECT_EQ(falloff.id, "B1");
  EXPECT_EQ(falloff.status, CheckStatus::Fail) << falloff.value;
  EXPECT_FALSE(a.meetsStandard());
}

TEST_F(BackdropLight, AShadowOnOneSideIsB2NotAGradient) {
  // The image-right half of the backdrop at 65 % from the eyes down, as a head's shadow thrown sideways.
  const Analysis a = analyseWithBackdropLight([](double x, double y) { return x > 0.5 && y > 0.3 ? 0.65 : 1.0; });
  EXPECT_EQ(test::findCheck(a, "shadow").status, CheckStatus::Fail) << test::findCheck(a, "shadow").value;
  EXPECT_EQ(test::findCheck(a, "falloff").status, CheckStatus::Pass) << test::findCheck(a, "falloff").value;
}

}  // namespace
}  // namespace cs
