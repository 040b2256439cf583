// B2 (no other people): in a group photo every face counts, even when the first, quick search finds only
// one of them because they are all near the smallest size it can find. The still is then searched again
// larger, and the photo fails B2 for the other people rather than passing as a one-person photo.
#include <gtest/gtest.h>

#include <algorithm>

#include "analyzer_fixture.h"
#include "cs/core/image_ops.h"
#include "support/test_support.h"

namespace cs {
namespace {

class GroupPhoto : public test::AnalyzerTest {};

TEST_F(GroupPhoto, EveryFaceCountsWhenTheQuickSearchFindsOnlyOneSmallFace) {
  CS_REQUIRE_SHARED_DATA();
  // Seven people in a dark bar, 500x334. Re-saved at quality 70 (as a messaging app would), the quick
  // 512-px search finds just one of the faces, 73 px wide; the original's finds none.
  auto original = loadPhoto(test::sharedPhoto("faces/images/031_dlib-2008_007676_group-7faces-dark-bar.jpg"));
  ASSERT_TRUE(original.ok());
  for (int quality : {70, 92}) {
    auto resaved = encodePlainJpeg(original->image, quality);
    ASSERT_TRUE(resaved.ok());
    auto photo = decodePhoto(*resaved);
    ASSERT_TRUE(photo.ok());
    const Analysis a = analyzer().analyse(photo->image, AnalysisDepth::Still, &photo->source);
    EXPECT_GE(a.faces.count(), 5) << "quality " << quality << ": the other people must be found";
    const bool failsB2 = std::any_of(a.checks.begin(), a.checks.end(), [](const CheckResult& c) {
      return c.id == "B2" && c.status == CheckStatus::Fail;
    });
    EXPECT_TRUE(failsB2) << "quality " << quality;
  }
}

// The certificate framing is far above the quick search's smallest face, so it is searched once: the
// single face found is the one measured (the second, larger search would find the same face).
TEST_F(GroupPhoto, ACertificateFramingIsStillOnePerson) {
  const Analysis a = analyseFile(test::fixture("london-002-pass.jpg"));
  EXPECT_EQ(a.faces.count(), 1);
}

}  // namespace
}  // namespace cs
