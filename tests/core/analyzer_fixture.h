#pragma once
// One PhotoAnalyzer for a whole test suite (loading the landmark model takes ~0.8 s).
#include <gtest/gtest.h>

#include <memory>

#include "cs/core/analyzer.h"
#include "cs/core/photo_loader.h"

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

 private:
  static inline PhotoAnalyzer* analyzer_ = nullptr;
};

}  // namespace cs::test
