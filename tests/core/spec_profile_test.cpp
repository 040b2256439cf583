// The spec profile is data a site may edit (CS_PROFILE): the shipped file must load, what it says must be
// what the checks use, an older profile without a newer section must keep working, and a broken one must
// be refused with a sentence that says what to fix.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "cs/core/spec_profile.h"
#include "test_paths.h"

namespace cs {
namespace {

std::string shippedProfileText() {
  std::ifstream in(CS_SOURCE_DIR "/resources/spec-profile.json");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(SpecProfile, TheCompiledInDefaultIsTheShippedFile) {
  auto fromFile = SpecProfile::fromJson(shippedProfileText());
  ASSERT_TRUE(fromFile.ok()) << fromFile.error().message;
  auto compiledIn = SpecProfile::load();
  ASSERT_TRUE(compiledIn.ok()) << compiledIn.error().message;
  EXPECT_EQ(compiledIn->outputWidth, 480);
  EXPECT_EQ(compiledIn->outputHeight, 640);
  EXPECT_DOUBLE_EQ(compiledIn->borderCoverage.fail, fromFile->borderCoverage.fail);
  EXPECT_DOUBLE_EQ(compiledIn->sharpness.fail, fromFile->sharpness.fail);
}

TEST(SpecProfile, WhatTheFileSaysIsWhatTheChecksUse) {
  nlohmann::json j = nlohmann::json::parse(shippedProfileText());
  j["image"]["border"]["coverage"]["fail"] = 0.97;
  j["image"]["border"]["step"] = 30;
  auto profile = SpecProfile::fromJson(j.dump());
  ASSERT_TRUE(profile.ok()) << profile.error().message;
  EXPECT_DOUBLE_EQ(profile->borderCoverage.fail, 0.97);
  EXPECT_DOUBLE_EQ(profile->borderStep, 30);
  j["image"]["text"]["score"]["fail"] = 3.5;
  j["image"]["text"]["stroke_contrast"] = 40;
  profile = SpecProfile::fromJson(j.dump());
  ASSERT_TRUE(profile.ok()) << profile.error().message;
  EXPECT_DOUBLE_EQ(profile->textScore.fail, 3.5);
  EXPECT_DOUBLE_EQ(profile->textStrokeContrast, 40);
}

TEST(SpecProfile, AnOlderProfileWithoutTheTextSectionKeepsTheDefaults) {
  nlohmann::json j = nlohmann::json::parse(shippedProfileText());
  j["image"].erase("text");
  auto profile = SpecProfile::fromJson(j.dump());
  ASSERT_TRUE(profile.ok()) << profile.error().message;
  EXPECT_DOUBLE_EQ(profile->textScore.fail, SpecProfile{}.textScore.fail);
  // ... and the shipped values are the compiled-in defaults, so such a site checks I5 text the same way.
  auto shipped = SpecProfile::fromJson(shippedProfileText());
  ASSERT_TRUE(shipped.ok());
  EXPECT_DOUBLE_EQ(shipped->textScore.warn, SpecProfile{}.textScore.warn);
  EXPECT_DOUBLE_EQ(shipped->textScore.fail, SpecProfile{}.textScore.fail);
  EXPECT_DOUBLE_EQ(shipped->textStrokeContrast, SpecProfile{}.textStrokeContrast);
}

TEST(SpecProfile, AnOlderProfileWithoutTheBorderSectionKeepsTheDefaults) {
  nlohmann::json j = nlohmann::json::parse(shippedProfileText());
  j["image"].erase("border");
  auto profile = SpecProfile::fromJson(j.dump());
  ASSERT_TRUE(profile.ok()) << profile.error().message;
  EXPECT_DOUBLE_EQ(profile->borderCoverage.fail, SpecProfile{}.borderCoverage.fail);
}

TEST(SpecProfile, AnOlderProfileWithoutTheClothingPatternKeepsTheDefaults) {
  nlohmann::json j = nlohmann::json::parse(shippedProfileText());
  j["clothing"].erase("pattern");
  auto profile = SpecProfile::fromJson(j.dump());
  ASSERT_TRUE(profile.ok()) << profile.error().message;
  EXPECT_DOUBLE_EQ(profile->patternBusyShare, SpecProfile{}.patternBusyShare);
  // ... and the shipped file's values are the compiled-in defaults, so such a site checks C2 the same way.
  auto shipped = SpecProfile::fromJson(shippedProfileText());
  ASSERT_TRUE(shipped.ok());
  EXPECT_DOUBLE_EQ(shipped->patternBusyShare, SpecProfile{}.patternBusyShare);
  EXPECT_DOUBLE_EQ(shipped->patternBlockContrast, SpecProfile{}.patternBlockContrast);
}

TEST(SpecProfile, ABrokenProfileIsRefusedInPlainWords) {
  nlohmann::json j = nlohmann::json::parse(shippedProfileText());
  j.erase("geometry");
  auto missing = SpecProfile::fromJson(j.dump());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("spec profile"), std::string::npos) << missing.error().message;
  EXPECT_FALSE(missing.error().messageZh.empty());
  EXPECT_FALSE(SpecProfile::fromJson("{ not json").ok());
}

}  // namespace
}  // namespace cs
