// A4 (estimate): a fringe of the sitter's own hair colour painted down over the brows of the committed
// studio portrait makes the station warn, and only warn; the portrait as taken has a clear forehead.
#include <gtest/gtest.h>

#include <algorithm>

#include <opencv2/imgproc.hpp>

#include "analyzer_fixture.h"
#include "backdrop_edit.h"
#include "support/test_support.h"

namespace cs {
namespace {

using HairOverBrows = test::StudioPortraitTest;

TEST_F(HairOverBrows, AClearForeheadPasses) {
  const CheckResult& c = test::findCheck(clean_, "A4");
  EXPECT_EQ(c.status, CheckStatus::Pass) << c.value;
  EXPECT_TRUE(c.estimate);
}

TEST_F(HairOverBrows, AFringeDownOverTheBrowsWarnsButNeverFails) {
  const Face& f = face();
  Image edited = photo_.image;
  cv::Mat mat = test::pixelsOf(edited);
  // The hair's colour from just under its top, then a fringe from there down to the brows' lower edge.
  const double fw = f.faceWidth();
  const cv::Point top(cvRound(f.faceCentreX()), cvRound(*f.hairTopY + 0.05 * fw));
  const cv::Vec3b hair = mat.at<cv::Vec3b>(top);
  const int browBottom = cvRound(std::max(f.landmarks[19].y, f.landmarks[24].y) + 0.03 * fw);
  cv::rectangle(mat, cv::Point(cvRound(f.landmarks[17].x), top.y), cv::Point(cvRound(f.landmarks[26].x), browBottom),
                cv::Scalar(hair[0], hair[1], hair[2]), cv::FILLED);
  const Analysis a = analyzer().analyse(edited, AnalysisDepth::Still, &photo_.source);
  const CheckResult& c = test::findCheck(a, "A4");
  EXPECT_EQ(c.status, CheckStatus::Warn) << c.value;
  EXPECT_FALSE(c.messageEn.empty());
  EXPECT_TRUE(a.meetsStandard()) << "an estimate leaves the decision to the photographer";
}

}  // namespace
}  // namespace cs
