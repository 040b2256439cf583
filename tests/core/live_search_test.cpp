// Live frames: a candidate standing far back (a face ~120 px wide in a 1280x720 frame, too small for the
// usual 512-px search) must still be found within a few frames, and then followed without dropping out,
// so the photographer is told to bring them closer (I4: too little resolution) rather than that there is no
// face.
#include <gtest/gtest.h>

#include <algorithm>

#include "analyzer_fixture.h"
#include "cs/core/image_ops.h"
#include "support/test_support.h"

namespace cs {
namespace {

// The compliant fixture shrunk to `height` px and placed at the left of a 1280x720 frame filled with its
// own top-left (backdrop) colour, as a camera sees a sitter who stands back and off to the side.
Image farCandidateFrame(const Image& portrait, int height) {
  const Image small = resizedImage(portrait, portrait.width * height / portrait.height, height);
  Image frame(1280, 720);
  const std::uint8_t* backdrop = portrait.row(2) + 6;
  for (int y = 0; y < frame.height; ++y) {
    for (int x = 0; x < frame.width; ++x) std::copy_n(backdrop, 3, frame.row(y) + x * 3);
  }
  const int top = frame.height - small.height;
  for (int y = 0; y < small.height; ++y) std::copy_n(small.row(y), small.width * 3, frame.row(top + y) + 200 * 3);
  return frame;
}

class LiveSearch : public test::AnalyzerTest {};

TEST_F(LiveSearch, ACandidateStandingFarBackIsFoundAndToldToComeCloser) {
  LoadedPhoto photo;
  analyseFile(test::fixture("london-002-pass.jpg"), &photo);
  const Image frame = farCandidateFrame(photo.image, 330);  // face about 120 px wide
  int firstFound = -1, missesAfter = 0;
  bool toldFaceTooSmall = false;
  for (int i = 0; i < 24; ++i) {
    const Analysis a = analyzer().analyse(frame, AnalysisDepth::Live);
    if (a.faces.count() == 1) {
      if (firstFound < 0) firstFound = i;
      for (const CheckResult& c : a.checks) toldFaceTooSmall |= c.id == "I4" && c.status == CheckStatus::Fail;
    } else if (firstFound >= 0) {
      ++missesAfter;
    }
  }
  ASSERT_GE(firstFound, 0) << "the far candidate was never found";
  EXPECT_LE(firstFound, 2) << "found only on frame " << firstFound;
  EXPECT_EQ(missesAfter, 0) << "once found, the face must not drop out at the next whole-frame detection";
  EXPECT_TRUE(toldFaceTooSmall) << "I4 must say the face is too small in the picture: come closer";
}

// When the candidate leaves, the face is dropped by the next whole-frame detection at the latest.
TEST_F(LiveSearch, AFaceThatLeavesIsDroppedWithinSixFrames) {
  LoadedPhoto photo;
  analyseFile(test::fixture("london-002-pass.jpg"), &photo);
  const Image present = farCandidateFrame(photo.image, 600);
  for (int i = 0; i < 3; ++i) (void)analyzer().analyse(present, AnalysisDepth::Live);
  Image empty(1280, 720);
  std::fill(empty.rgb.begin(), empty.rgb.end(), std::uint8_t{205});
  int lastSeen = -1;
  for (int i = 0; i < 12; ++i) {
    if (analyzer().analyse(empty, AnalysisDepth::Live).faces.count() > 0) lastSeen = i;
  }
  EXPECT_LT(lastSeen, 6);
}

}  // namespace
}  // namespace cs
