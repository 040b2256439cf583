// C2 (avoid complex patterns and stripes), an estimate: striped clothing gets a warning with a plain
// instruction, never a fail; plain clothing, and the few hard lines of a suit's lapels, do not.
#include <gtest/gtest.h>

#include <algorithm>

#include "analyzer_fixture.h"
#include "support/test_support.h"

namespace cs {
namespace {

const CheckResult* patternCheck(const Analysis& a) {
  const auto it = std::find_if(a.checks.begin(), a.checks.end(), [](const CheckResult& c) { return c.id == "C2"; });
  return it == a.checks.end() ? nullptr : &*it;
}

// The part of the photo below the chin (with a margin) over the face's width and more: the clothing.
struct Chest {
  int top, left, right;
};

Chest chestOf(const Analysis& a, const Image& image) {
  const Face& f = *a.faces.primary;
  const int top = static_cast<int>(f.chinY + 0.45 * f.faceWidth());
  const int left = std::max(0, static_cast<int>(f.faceCentreX() - 1.2 * f.faceWidth()));
  const int right = std::min(image.width, static_cast<int>(f.faceCentreX() + 1.2 * f.faceWidth()));
  return {top, left, right};
}

// Dark horizontal stripes `period` source pixels apart, painted over the clothing.
Image withStripes(Image photo, const Chest& chest, int period) {
  for (int y = chest.top; y < photo.height; ++y) {
    if ((y / (period / 2)) % 2 != 0) continue;
    for (int x = chest.left; x < chest.right; ++x) std::fill_n(photo.row(y) + x * 3, 3, std::uint8_t{40});
  }
  return photo;
}

// A dark suit: the clothing filled flat dark grey, with a white shirt-front "V" and two lapel lines.
Image withSuit(Image photo, const Chest& chest) {
  const int centre = (chest.left + chest.right) / 2;
  for (int y = chest.top; y < photo.height; ++y) {
    const int halfV = (y - chest.top) / 3;  // the shirt's V widens downwards
    for (int x = chest.left; x < chest.right; ++x) {
      const int fromCentre = std::abs(x - centre);
      std::uint8_t v = fromCentre < halfV ? 235 : 35;
      if (std::abs(fromCentre - halfV - 12) < 2) v = 10;  // the lapel's edge
      std::fill_n(photo.row(y) + x * 3, 3, v);
    }
  }
  return photo;
}

class ClothingPattern : public test::AnalyzerTest {
 protected:
  static void SetUpTestSuite() {
    test::AnalyzerTest::SetUpTestSuite();
    photo_ = new LoadedPhoto;
    plain_ = new Analysis(analyseFile(test::fixture("london-002-pass.jpg"), photo_));
  }
  static void TearDownTestSuite() {
    delete plain_;
    delete photo_;
    test::AnalyzerTest::TearDownTestSuite();
  }
  static inline LoadedPhoto* photo_ = nullptr;
  static inline Analysis* plain_ = nullptr;
};

TEST_F(ClothingPattern, PlainClothingPasses) {
  const CheckResult* c2 = patternCheck(*plain_);
  ASSERT_NE(c2, nullptr) << "C2 is reported for every photo with a face";
  EXPECT_EQ(c2->status, CheckStatus::Pass) << c2->value;
  EXPECT_TRUE(c2->estimate);
}

TEST_F(ClothingPattern, StripedClothingWarnsButNeverFails) {
  ASSERT_TRUE(plain_->faces.primary.has_value());
  const Chest chest = chestOf(*plain_, photo_->image);
  const double toOutput = plain_->crop->scale;  // stripes 6 and 14 output pixels apart
  for (int outputPeriod : {6, 14}) {
    const int period = std::max(2, static_cast<int>(outputPeriod / toOutput));
    const Analysis a = analyzer().analyse(withStripes(photo_->image, chest, period), AnalysisDepth::Still, &photo_->source);
    const CheckResult* c2 = patternCheck(a);
    ASSERT_NE(c2, nullptr);
    EXPECT_EQ(c2->status, CheckStatus::Warn) << "stripes " << outputPeriod << " px apart: busy share " << c2->value;
    EXPECT_NE(c2->messageZh.find("条纹"), std::string::npos) << c2->messageZh;
    EXPECT_FALSE(c2->messageEn.empty());
  }
}

TEST_F(ClothingPattern, ASuitsLapelsAreNotAPattern) {
  const Chest chest = chestOf(*plain_, photo_->image);
  const Analysis a = analyzer().analyse(withSuit(photo_->image, chest), AnalysisDepth::Still, &photo_->source);
  const CheckResult* c2 = patternCheck(a);
  ASSERT_NE(c2, nullptr);
  EXPECT_EQ(c2->status, CheckStatus::Pass) << "busy share " << c2->value;
}

TEST_F(ClothingPattern, LiveFramesAreCheckedToo) {
  const Chest chest = chestOf(*plain_, photo_->image);
  const Image striped = withStripes(photo_->image, chest, std::max(2, static_cast<int>(8 / plain_->crop->scale)));
  const Analysis a = analyzer().analyse(striped, AnalysisDepth::Live, &photo_->source);
  const CheckResult* c2 = patternCheck(a);
  ASSERT_NE(c2, nullptr) << "the photographer sees C2 before pressing the shutter";
  EXPECT_EQ(c2->status, CheckStatus::Warn) << c2->value;
}

// On the shared photos: every studio photo the standard accepts passes C2; the two striped tops warn.
TEST_F(ClothingPattern, StudioPhotosPassAndStripedTopsWarn) {
  CS_REQUIRE_SHARED_DATA();
  for (const char* studio : {"idstyle/images/001_london-005-03_frontal-neutral-eastasian-male-hooded-eyes-greybg.jpg",
                             "idstyle/images/002_london-034-03_frontal-neutral-eastasian-female-greybg.jpg",
                             "idstyle/images/004_london-119-03_frontal-neutral-eastasian-male-greybg.jpg",
                             "idstyle/images/008_london-030-03_frontal-neutral-asian-female-slight-roll-greybg.jpg",
                             "idstyle/images/010_london-010-03_frontal-neutral-pale-blonde-female-greybg.jpg",
                             "derived/v01_002-lightblue-backdrop.jpg", "derived/v02_004-lightblue-backdrop.jpg"}) {
    const Analysis a = analyseFile(test::sharedPhoto(studio));  // kept: c2 points into it
    const CheckResult* c2 = patternCheck(a);
    ASSERT_NE(c2, nullptr) << studio;
    EXPECT_EQ(c2->status, CheckStatus::Pass) << studio << ": busy share " << c2->value;
  }
  for (const char* striped : {"faces/images/002_lfpw0002_frontal-teeth-smile-whitebg.png",
                              "faces/images/005_lfpw0005_frontal-teeth-smile-whitebg.png"}) {
    const Analysis a = analyseFile(test::sharedPhoto(striped));
    const CheckResult* c2 = patternCheck(a);
    ASSERT_NE(c2, nullptr) << striped;
    EXPECT_EQ(c2->status, CheckStatus::Warn) << striped << ": busy share " << c2->value;
  }
}

}  // namespace
}  // namespace cs
