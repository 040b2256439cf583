// What the photographer is told when no 480x640 crop can be made: one consistent fix. Too few pixels (a
// small photo, a sitter far away) is I4's "move closer or use a higher resolution", never also a G check's
// "move back"; a head near an edge with pixels enough is the G check's camera move alone.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "analyzer_fixture.h"
#include "cs/core/image_ops.h"
#include "sitter_frame.h"
#include "support/test_support.h"

namespace cs {
namespace {

class FramingMessages : public test::AnalyzerTest {
 protected:
  static Image portrait() {
    LoadedPhoto photo;
    analyseFile(test::fixture("london-002-pass.jpg"), &photo);
    return photo.image;
  }
};

const CheckResult* failed(const Analysis& a, const std::string& id) {
  const auto it = std::find_if(a.checks.begin(), a.checks.end(),
                               [&](const CheckResult& c) { return c.id == id && c.status == CheckStatus::Fail; });
  return it == a.checks.end() ? nullptr : &*it;
}

TEST_F(FramingMessages, ASmallPhotoIsToldOnlyToGetMorePixels) {
  // The compliant fixture shrunk and cut to 290x420 (an old ID photo's size), the face ~125 px wide: large
  // enough, but no 480x640 window of so small a photo is honest (290 x 1.6 < 480), wherever it is placed.
  const Image small = croppedImage(resizedImage(portrait(), 420, 420), RectF{65, 0, 290, 420});
  const Analysis a = analyzer().analyse(small, AnalysisDepth::Still);
  ASSERT_EQ(a.faces.count(), 1);
  ASSERT_TRUE(a.crop);
  EXPECT_EQ(a.crop->problem, CropProblem::FaceTooSmall);
  EXPECT_NE(failed(a, "I4"), nullptr) << "I4 must ask for more pixels";
  for (const char* id : {"G1", "G2", "G3", "G4"}) {
    const CheckResult* c = failed(a, id);
    EXPECT_EQ(c, nullptr) << id << " must not ask to move the camera: " << (c != nullptr ? c->messageEn : "");
  }
  EXPECT_FALSE(a.outputPhoto) << "nothing is written from an enlarged photo";
}

TEST_F(FramingMessages, AFarSitterTooHighIsNotToldToMoveBack) {
  // A sitter ~105 px wide (too small: I4 says move closer) whose head also reaches the top of the frame.
  const Analysis a = analyzer().analyse(test::sitterFrame(portrait(), 300, 490, -460), AnalysisDepth::Still);
  ASSERT_EQ(a.faces.count(), 1);
  ASSERT_TRUE(a.crop);
  ASSERT_EQ(a.crop->problem, CropProblem::NoRoomAbove);
  EXPECT_NE(failed(a, "I4"), nullptr);
  const CheckResult* g2 = failed(a, "G2");
  ASSERT_NE(g2, nullptr);
  EXPECT_EQ(g2->messageEn, "Not enough room above the head: raise the camera");
}

TEST_F(FramingMessages, AHeadNearTheTopWithPixelsEnoughIsToldToRaiseTheCamera) {
  const Analysis a = analyzer().analyse(test::sitterFrame(portrait(), 700, 290, -120), AnalysisDepth::Still);
  ASSERT_EQ(a.faces.count(), 1);
  ASSERT_TRUE(a.crop);
  ASSERT_EQ(a.crop->problem, CropProblem::NoRoomAbove);
  EXPECT_EQ(failed(a, "I4"), nullptr) << "enough pixels: resolution is not the problem";
  const CheckResult* g2 = failed(a, "G2");
  ASSERT_NE(g2, nullptr);
  EXPECT_EQ(g2->messageEn, "Not enough room above the head: raise the camera or move back");
}

}  // namespace
}  // namespace cs
