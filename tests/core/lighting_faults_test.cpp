// L1 highlights and L2 red-eye on the committed studio portrait with a flash's faults painted in, where a
// photographer sees them: a glaring forehead (the first place a flash clips), the nose's natural shine
// (which is not a fault), and a red reflex in both pupils.
#include <gtest/gtest.h>

#include <string>

#include <opencv2/imgproc.hpp>

#include "analyzer_fixture.h"
#include "support/test_support.h"

namespace cs {
namespace {

class LightingFaults : public test::StudioPortraitTest {
 protected:
  // Paints an ellipse of `rgb` (axes in face widths) centred at `at` (source pixels) and analyses the result.
  Analysis analyseWithEllipse(PointF at, double axisX, double axisY, cv::Scalar rgb) {
    Image painted = photo_.image;
    cv::Mat mat(painted.height, painted.width, CV_8UC3, painted.rgb.data());
    const double fw = face().faceWidth();
    cv::ellipse(mat, cv::Point(cvRound(at.x), cvRound(at.y)), cv::Size(cvRound(axisX * fw), cvRound(axisY * fw)), 0,
                0, 360, rgb, cv::FILLED, cv::LINE_AA);
    return analyzer().analyse(painted, AnalysisDepth::Still, &photo_.source);
  }
  PointF foreheadCentre() const {
    const PointF brows = midpoint(face().landmarks[19], face().landmarks[24]);
    return {brows.x, brows.y - 0.15 * face().faceWidth()};
  }
};

TEST_F(LightingFaults, TheStudioPortraitHasNoHotSpotAndNoRedEye) {
  const Analysis a = analyzer().analyse(photo_.image, AnalysisDepth::Still, &photo_.source);
  EXPECT_EQ(test::findCheck(a, "hot_spots").status, CheckStatus::Pass) << test::findCheck(a, "hot_spots").value;
  EXPECT_EQ(test::findCheck(a, "red_eye").status, CheckStatus::Pass) << test::findCheck(a, "red_eye").value;
}

TEST_F(LightingFaults, AFlashGlaringOnTheForeheadFailsL1) {
  // A clipped patch a third of the face wide above the brows: the landmarks stop at the brows, so the
  // forehead has to be part of the region on purpose.
  const Analysis a = analyseWithEllipse(foreheadCentre(), 0.16, 0.08, {255, 255, 255});
  const CheckResult& c = test::findCheck(a, "hot_spots");
  EXPECT_EQ(c.id, "L1");
  EXPECT_EQ(c.status, CheckStatus::Fail) << c.value;
  EXPECT_FALSE(a.meetsStandard());
}

TEST_F(LightingFaults, TheNosesNaturalShineIsNotAHotSpot) {
  const Analysis a = analyseWithEllipse(face().landmarks[30], 0.02, 0.015, {255, 255, 255});
  EXPECT_EQ(test::findCheck(a, "hot_spots").status, CheckStatus::Pass) << test::findCheck(a, "hot_spots").value;
}

TEST_F(LightingFaults, ARedReflexInBothPupilsFailsL2) {
  Image painted = photo_.image;
  cv::Mat mat(painted.height, painted.width, CV_8UC3, painted.rgb.data());
  for (PointF eye : {face().leftEye, face().rightEye}) {
    const double radius = 0.12 * distance(face().landmarks[36], face().landmarks[39]);
    cv::circle(mat, cv::Point(cvRound(eye.x), cvRound(eye.y)), cvRound(radius), {200, 30, 30}, cv::FILLED,
               cv::LINE_AA);
  }
  const Analysis a = analyzer().analyse(painted, AnalysisDepth::Still, &photo_.source);
  const CheckResult& c = test::findCheck(a, "red_eye");
  EXPECT_EQ(c.id, "L2");
  EXPECT_EQ(c.status, CheckStatus::Fail) << c.value;
}

}  // namespace
}  // namespace cs
