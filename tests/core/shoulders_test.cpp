// P4, shoulders level (an estimate): a sitter who leans or raises one shoulder is told which shoulder to
// lower, even with the head held straight; a level sitter and the shared photos are not.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include <opencv2/imgproc.hpp>

#include "analyzer_fixture.h"
#include "support/test_support.h"

namespace cs {
namespace {

using test::findCheck;

class Shoulders : public test::StudioPortraitTest {
 protected:
  // The body below the chin turned by `degrees` (positive: the photo's left shoulder up), the head left as it
  // was: every column below the chin moved up or down in proportion to its distance from the face's
  // centre, eased in over a fifth of a face width so the neck does not tear.
  Analysis analyseLeaning(double degrees) {
    const cv::Mat src(photo_.image.height, photo_.image.width, CV_8UC3, photo_.image.rgb.data());
    const double cx = face().faceCentreX(), chin = face().landmarks[8].y, ease = 0.2 * face().faceWidth();
    const double slope = std::tan(degrees * CV_PI / 180.0);
    cv::Mat mapX(src.size(), CV_32F), mapY(src.size(), CV_32F);
    for (int y = 0; y < src.rows; ++y) {
      for (int x = 0; x < src.cols; ++x) {
        const double weight = std::clamp((y - chin) / ease, 0.0, 1.0);
        mapX.at<float>(y, x) = static_cast<float>(x);
        mapY.at<float>(y, x) = static_cast<float>(y - weight * slope * (x - cx));
      }
    }
    Image leaning = photo_.image;
    cv::Mat dst(leaning.height, leaning.width, CV_8UC3, leaning.rgb.data());
    cv::remap(src, dst, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return analyzer().analyse(leaning, AnalysisDepth::Still, &photo_.source);
  }
};

TEST_F(Shoulders, ALevelSitterPasses) {
  const CheckResult& p4 = findCheck(clean_, "shoulders");
  EXPECT_EQ(p4.id, "P4");
  EXPECT_TRUE(p4.estimate);
  EXPECT_EQ(p4.status, CheckStatus::Pass) << p4.value;
  EXPECT_LT(std::abs(p4.value), 2.5);
}

TEST_F(Shoulders, AShoulderRaisedWithTheHeadStraightIsToldWhichToLower) {
  for (const double degrees : {8.0, -8.0}) {
    SCOPED_TRACE(degrees);
    const Analysis a = analyseLeaning(degrees);
    const CheckResult& p4 = findCheck(a, "shoulders");
    std::printf("  body turned %+.0f deg below the chin: P4 reads %+.2f\n", degrees, p4.value);
    EXPECT_NE(p4.status, CheckStatus::Pass) << p4.value;
    EXPECT_GT(p4.value * degrees, 0) << "the sign says which shoulder is up: " << p4.value;
    EXPECT_NEAR(std::abs(p4.value), 8.0, 3.0);
    const bool rightUp = degrees > 0;  // the photo's left is the sitter's right
    EXPECT_NE(p4.messageEn.find(rightUp ? "lower the right shoulder" : "lower the left shoulder"), std::string::npos)
        << p4.messageEn;
    EXPECT_EQ(findCheck(a, "roll").status, CheckStatus::Pass) << "the head itself is still level";
  }
}

TEST_F(Shoulders, AStrongLeanFails) {
  const Analysis leaning = analyseLeaning(-15.0);  // kept: findCheck returns a reference into it
  const CheckResult& p4 = findCheck(leaning, "shoulders");
  EXPECT_EQ(p4.status, CheckStatus::Fail) << p4.value;
}

TEST_F(Shoulders, NoSharedPhotoOfALevelHeadIsTakenForALean) {
  CS_REQUIRE_SHARED_DATA();
  int assessed = 0;
  forEachSharedStill({}, [&](const std::string& name, const Analysis& a) {
    if (!a.faces.primary || test::findCheck(a, "roll").status != CheckStatus::Pass) return;  // a leaning sitter
    const CheckResult& p4 = findCheck(a, "shoulders");
    if (p4.status == CheckStatus::NotAssessed) return;
    ++assessed;
    EXPECT_EQ(p4.status, CheckStatus::Pass) << name << ": " << p4.value;
  });
  EXPECT_GE(assessed, 15) << "most studio portraits show their shoulders against the backdrop";
}

}  // namespace
}  // namespace cs
