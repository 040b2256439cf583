// C1: clothing clearly distinct from the backdrop. The committed portrait (a white T-shirt with a wide
// neckline on a light-grey backdrop) with its backdrop made white must fail: the neck and shoulders' skin
// below the chin must not be taken for clothing that stands out.
#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>

#include "analyzer_fixture.h"
#include "backdrop_edit.h"
#include "support/test_support.h"

namespace cs {
namespace {

// The backdrop brightened to white (242 at its middle), keeping its shading.
Image withWhiteBackdrop(Image photo) {
  cv::Mat mat = test::pixelsOf(photo);
  const cv::Mat backdrop = test::backdropMask(mat);
  const double gain = 242.0 / cv::mean(mat, backdrop)[1];
  cv::Mat brighter;
  mat.convertTo(brighter, -1, gain);
  brighter.copyTo(mat, backdrop);
  return photo;
}

class ClothingContrast : public test::AnalyzerTest {};

TEST_F(ClothingContrast, AWhiteShirtOnTheLightGreyBackdropOnlyWarns) {
  const Analysis a = analyseFile(test::fixture("london-002-pass.jpg"));
  EXPECT_NE(test::findCheck(a, "C1").status, CheckStatus::Fail) << test::findCheck(a, "C1").value;
  EXPECT_TRUE(a.meetsStandard());
}

TEST_F(ClothingContrast, AWhiteShirtOnAWhiteBackdropFailsC1) {
  LoadedPhoto photo;
  analyseFile(test::fixture("london-002-pass.jpg"), &photo);
  const Analysis a = analyzer().analyse(withWhiteBackdrop(photo.image), AnalysisDepth::Still, &photo.source);
  const CheckResult& c = test::findCheck(a, "C1");
  EXPECT_EQ(c.status, CheckStatus::Fail) << c.value;
  EXPECT_TRUE(c.estimate);
  EXPECT_FALSE(a.meetsStandard());
}

}  // namespace
}  // namespace cs
