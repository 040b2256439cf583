// Live frames: a candidate standing far back (a face ~120 px wide in a 1280x720 frame, too small for the
// usual 512-px search) must still be found within a few frames, and then followed without dropping out,
// so the photographer is told to bring them closer (I4: too little resolution) rather than that there is no
// face. Between whole-frame searches a face is followed by its landmarks: a sitter who moves stays shown,
// and one who leaves is gone from the preview on the very next frame.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <utility>

#include "analyzer_fixture.h"
#include "cs/core/image_ops.h"
#include "cs/core/photo_loader.h"
#include "sitter_frame.h"
#include "support/test_support.h"

namespace cs {
namespace {

// The compliant fixture as a sitter in a 1280x720 frame, left edge at x = 200 + dx (see sitter_frame.h).
Image sitterFrame(const Image& portrait, double height, double dx = 0, double dy = 0) {
  return test::sitterFrame(portrait, height, 200 + dx, dy);
}

class LiveSearch : public test::AnalyzerTest {};

TEST_F(LiveSearch, ACandidateStandingFarBackIsFoundAndToldToComeCloser) {
  LoadedPhoto photo;
  analyseFile(test::fixture("london-002-pass.jpg"), &photo);
  const Image frame = sitterFrame(photo.image, 330);  // face about 120 px wide
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

// When the candidate leaves, the preview shows no face on the very first frame they are gone, whichever of
// the followed frames between two whole-frame searches that is: no ghost face fitted to the backdrop, no
// bands, no checks on it (the landmarks alone would fit 68 points to anything).
TEST_F(LiveSearch, AFaceThatLeavesIsDroppedOnTheFirstFrameItIsGone) {
  LoadedPhoto photo;
  analyseFile(test::fixture("london-002-pass.jpg"), &photo);
  auto coffee = loadPhoto(test::fixture("coffee-no-face.png"));
  ASSERT_TRUE(coffee.ok());
  const Image present = sitterFrame(photo.image, 600);
  const std::pair<const char*, Image> goneScenes[] = {
      {"empty backdrop", sitterFrame(photo.image, 600, 2000)},
      {"another scene", resizedImage(coffee->image, 1280, 720)},
      {"candidate standing up (shirt where the face was)", sitterFrame(photo.image, 600, 0, -500)},
  };
  for (const auto& [what, gone] : goneScenes) {
    for (int followed = 0; followed < 6; ++followed) {
      for (int i = 0; i <= followed; ++i) {  // a whole-frame search, then `followed` frames by landmarks
        ASSERT_EQ(analyzer().analyse(present, AnalysisDepth::Live).faces.count(), 1) << what;
      }
      const Analysis a = analyzer().analyse(gone, AnalysisDepth::Live);
      EXPECT_EQ(a.faces.count(), 0) << what << ", after " << followed << " followed frames";
      EXPECT_FALSE(a.faces.primary.has_value()) << what;
      EXPECT_FALSE(a.crop.has_value()) << what << ": no bands on a face that is not there";
    }
  }
}

// A sitter who shifts, leans in or sways is shown on every frame: the check that the face is still there
// must not drop a real one (the boxes would flicker).
TEST_F(LiveSearch, ASitterWhoMovesIsShownOnEveryFrame) {
  LoadedPhoto photo;
  analyseFile(test::fixture("london-002-pass.jpg"), &photo);
  for (int i = 0; i < 3; ++i) (void)analyzer().analyse(sitterFrame(photo.image, 500, 2000), AnalysisDepth::Live);
  int missed = 0;
  for (int i = 0; i < 21; ++i) {
    const double height = 600 * (1 + 0.004 * i);  // leaning in, 8 % over the run
    const Image frame = sitterFrame(photo.image, height, 3.0 * i + 5 * std::sin(i * 0.9), 6 * std::sin(i * 1.3));
    if (analyzer().analyse(frame, AnalysisDepth::Live).faces.count() != 1) ++missed;
  }
  EXPECT_EQ(missed, 0);
}

}  // namespace
}  // namespace cs
