#pragma once
// One PhotoAnalyzer for a whole test suite (loading the landmark model takes ~0.8 s).
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>

#include "cs/core/analyzer.h"
#include "cs/core/photo_loader.h"
#include "support/test_support.h"

namespace cs::test {

class AnalyzerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto created = PhotoAnalyzer::create();
    ASSERT_TRUE(created.ok()) << created.error().message;
    analyzer_ = std::move(*created).release();
  }
  static void TearDownTestSuite() {
    delete analyzer_;
    analyzer_ = nullptr;
  }
  static PhotoAnalyzer& analyzer() { return *analyzer_; }

  // Loads `path` (as the CLI does: reduced-size decode for big files) and analyses it as a still.
  static Analysis analyseFile(const std::string& path, LoadedPhoto* keep = nullptr) {
    auto photo = loadPhoto(path, LoadOptions{1600});
    EXPECT_TRUE(photo.ok()) << path << ": " << (photo.ok() ? "" : photo.error().message);
    if (!photo.ok()) return {};
    Analysis a = analyzer().analyse(photo->image, AnalysisDepth::Still, &photo->source);
    if (keep != nullptr) *keep = std::move(*photo);
    return a;
  }

  // Every photo in ../shared/testdata's faces/, idstyle/ and derived/ folders but those named in `leftOut`,
  // analysed as a still and handed to `check` with its file name. Needs the shared data (the caller skips
  // without it).
  static void forEachSharedStill(const std::set<std::string>& leftOut,
                                 const std::function<void(const std::string& name, const Analysis&)>& check) {
    for (const char* folder : {"faces/images", "idstyle/images", "derived"}) {
      for (const auto& entry : std::filesystem::directory_iterator(sharedPhoto(folder))) {
        const std::string ext = entry.path().extension().string();
        const std::string name = entry.path().filename().string();
        if ((ext != ".jpg" && ext != ".jpeg" && ext != ".png") || leftOut.count(name) != 0) continue;
        auto photo = loadPhoto(entry.path().string(), LoadOptions{1600});
        if (!photo.ok()) continue;
        check(name, analyzer().analyse(photo->image, AnalysisDepth::Still, &photo->source));
      }
    }
  }

 private:
  static inline PhotoAnalyzer* analyzer_ = nullptr;
};

// The committed studio portrait (london-002-pass.jpg, a pass), loaded and analysed before each test: the
// photo the fault tests edit, and its report as taken.
class StudioPortraitTest : public AnalyzerTest {
 protected:
  void SetUp() override {
    clean_ = analyseFile(fixture("london-002-pass.jpg"), &photo_);
    ASSERT_TRUE(clean_.faces.primary.has_value());
  }
  const Face& face() const { return *clean_.faces.primary; }
  LoadedPhoto photo_;
  Analysis clean_;
};

// The check of `a` with this key ("hot_spots", "falloff"...), or with this id ("C1", "A4") when no key matches.
inline const CheckResult& findCheck(const Analysis& a, const std::string& keyOrId) {
  for (const auto& c : a.checks) {
    if (c.key == keyOrId) return c;
  }
  for (const auto& c : a.checks) {
    if (c.id == keyOrId) return c;
  }
  throw std::runtime_error("the report has no check " + keyOrId);
}

}  // namespace cs::test
