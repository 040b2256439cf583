// A1 (estimate): dark lenses painted over the eyes of the committed studio portrait make the station warn,
// and only warn; the bare eyes as taken pass, and so does the same face lit from one side only (one eye in
// shade is not a pair of tinted lenses).
#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>

#include "analyzer_fixture.h"
#include "backdrop_edit.h"
#include "support/test_support.h"

namespace cs {
namespace {

class TintedLenses : public test::StudioPortraitTest {
 protected:
  // The photo with every pixel inside `mask` multiplied by `gain`.
  Image darkened(const cv::Mat& mask, double gain) const {
    Image edited = photo_.image;
    cv::Mat pixels = test::pixelsOf(edited);
    cv::Mat scaled;
    pixels.convertTo(scaled, -1, gain);
    scaled.copyTo(pixels, mask);
    return edited;
  }
  const CheckResult& tint(const Analysis& a) const { return test::findCheck(a, "tinted_lenses"); }
};

TEST_F(TintedLenses, BareEyesPass) {
  EXPECT_EQ(tint(clean_).status, CheckStatus::Pass) << tint(clean_).value;
  EXPECT_EQ(tint(clean_).id, "A1");
  EXPECT_TRUE(tint(clean_).estimate);
}

TEST_F(TintedLenses, DarkLensesOverBothEyesWarnButNeverFail) {
  const Face& f = face();
  const double fw = f.faceWidth();
  cv::Mat lenses(photo_.image.height, photo_.image.width, CV_8U, cv::Scalar(0));
  for (const PointF eye : {f.leftEye, f.rightEye}) {
    cv::ellipse(lenses, cv::Point(cvRound(eye.x), cvRound(eye.y)), cv::Size(cvRound(0.17 * fw), cvRound(0.12 * fw)), 0,
                0, 360, cv::Scalar(255), cv::FILLED);
  }
  const Analysis a = analyzer().analyse(darkened(lenses, 0.25), AnalysisDepth::Still, &photo_.source);
  EXPECT_EQ(tint(a).status, CheckStatus::Warn) << tint(a).value;
  EXPECT_FALSE(tint(a).messageEn.empty());
  EXPECT_TRUE(a.meetsStandard()) << "an estimate leaves the decision to the photographer";
}

TEST_F(TintedLenses, AFaceLitFromOneSideIsNotTakenForTintedLenses) {
  const Face& f = face();
  cv::Mat shadeSide(photo_.image.height, photo_.image.width, CV_8U, cv::Scalar(0));
  shadeSide(cv::Rect(0, 0, cvRound(f.faceCentreX()), photo_.image.height)).setTo(255);
  const Analysis a = analyzer().analyse(darkened(shadeSide, 0.45), AnalysisDepth::Still, &photo_.source);
  EXPECT_EQ(tint(a).status, CheckStatus::Pass) << tint(a).value;
}

}  // namespace
}  // namespace cs
