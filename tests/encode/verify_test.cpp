// verifyCertificateJpeg reads F1-F7 from the bytes alone and rejects each kind of bad file with a detail a
// person can read.
#include <gtest/gtest.h>

#include <algorithm>

#include "cs/core/jpeg_encoder.h"
#include "encode_inputs.h"

namespace cs {
namespace {

FileCheck find(const std::vector<FileCheck>& checks, const std::string& id) {
  static const FileCheck missing{"?", false, "missing"};
  const auto it = std::find_if(checks.begin(), checks.end(), [&](const FileCheck& c) { return c.id == id; });
  return it == checks.end() ? missing : *it;
}

std::vector<std::uint8_t> goodJpeg() {
  auto out = encodeCertificateJpeg(test::texturedImage(), {1781770205, "test"}, SpecProfile{});
  return out.ok() ? out->bytes : std::vector<std::uint8_t>{};
}

TEST(VerifyJpeg, GoodFilePassesAllSevenChecks) {
  const auto checks = verifyCertificateJpeg(goodJpeg(), "0001.jpg", SpecProfile{});
  ASSERT_EQ(checks.size(), 7u);
  for (const auto& c : checks) EXPECT_TRUE(c.ok) << c.id << ": " << c.detail;
  EXPECT_NE(find(checks, "F2").detail.find("EXIF resolution 300x300 per inch"), std::string::npos)
      << find(checks, "F2").detail;
}

TEST(VerifyJpeg, RejectsTruncatedFile) {
  auto bytes = goodJpeg();
  bytes.resize(bytes.size() * 2 / 3);
  const FileCheck f4 = find(verifyCertificateJpeg(bytes, "a.jpg", SpecProfile{}), "F4");
  EXPECT_FALSE(f4.ok);
  EXPECT_NE(f4.detail.find("truncated"), std::string::npos) << f4.detail;
}

TEST(VerifyJpeg, RejectsDamagedScanEvenWithAnEndMarker) {
  auto bytes = goodJpeg();
  bytes.resize(bytes.size() / 2);
  bytes.push_back(0xFF);
  bytes.push_back(0xD9);
  const FileCheck f4 = find(verifyCertificateJpeg(bytes, "a.jpg", SpecProfile{}), "F4");
  EXPECT_FALSE(f4.ok) << "a file cut short must not pass because libjpeg fills the rest with grey";
  EXPECT_FALSE(f4.detail.empty());
}

TEST(VerifyJpeg, RejectsHeaderOnlyGarbage) {
  const std::vector<std::uint8_t> bytes{'P', 'K', 3, 4, 0, 0};
  const auto checks = verifyCertificateJpeg(bytes, "a.jpg", SpecProfile{});
  ASSERT_EQ(checks.size(), 7u);
  EXPECT_FALSE(find(checks, "F4").ok);
  EXPECT_NE(find(checks, "F4").detail.find("not a JPEG"), std::string::npos);
}

TEST(VerifyJpeg, RejectsProgressiveJpeg) {
  const auto bytes = test::opencvJpeg(test::texturedImage(), 80, /*progressive=*/true);
  const FileCheck f4 = find(verifyCertificateJpeg(bytes, "a.jpg", SpecProfile{}), "F4");
  EXPECT_FALSE(f4.ok);
  EXPECT_NE(f4.detail.find("progressive"), std::string::npos) << f4.detail;
}

TEST(VerifyJpeg, RejectsWrongPixelSize) {
  const auto bytes = test::opencvJpeg(test::texturedImage(481, 640), 80);
  const FileCheck f1 = find(verifyCertificateJpeg(bytes, "a.jpg", SpecProfile{}), "F1");
  EXPECT_FALSE(f1.ok);
  EXPECT_NE(f1.detail.find("481x640"), std::string::npos) << f1.detail;
}

TEST(VerifyJpeg, RejectsGreyscale) {
  const auto bytes = test::opencvJpeg(test::texturedImage(), 80, false, /*grey=*/true);
  const FileCheck f3 = find(verifyCertificateJpeg(bytes, "a.jpg", SpecProfile{}), "F3");
  EXPECT_FALSE(f3.ok);
  EXPECT_NE(f3.detail.find("greyscale"), std::string::npos) << f3.detail;
}

TEST(VerifyJpeg, RejectsQuality50AndReadsQualityExactly) {
  const auto checks50 = verifyCertificateJpeg(test::opencvJpeg(test::texturedImage(), 50), "a.jpg", SpecProfile{});
  EXPECT_FALSE(find(checks50, "F5").ok);
  EXPECT_NE(find(checks50, "F5").detail.find("estimated quality 50 "), std::string::npos) << find(checks50, "F5").detail;
  for (int q : {60, 73, 95}) {
    const auto checks = verifyCertificateJpeg(test::opencvJpeg(test::texturedImage(), q), "a.jpg", SpecProfile{});
    EXPECT_TRUE(find(checks, "F5").ok);
    EXPECT_NE(find(checks, "F5").detail.find("estimated quality " + std::to_string(q) + " (standard IJG"),
              std::string::npos) << find(checks, "F5").detail;
  }
}

TEST(VerifyJpeg, RejectsMissingDensity) {
  // OpenCV writes JFIF with density 1:1 and no unit: F2 must fail.
  const FileCheck f2 = find(verifyCertificateJpeg(test::opencvJpeg(test::texturedImage(), 80), "a.jpg", SpecProfile{}), "F2");
  EXPECT_FALSE(f2.ok) << f2.detail;
}

TEST(VerifyJpeg, ExtensionMustBeJpgInAnyCase) {
  const auto bytes = goodJpeg();
  EXPECT_TRUE(find(verifyCertificateJpeg(bytes, "/batch/0001.jpg", SpecProfile{}), "F7").ok);
  EXPECT_TRUE(find(verifyCertificateJpeg(bytes, "/batch/0001.JPG", SpecProfile{}), "F7").ok);
  for (const char* name : {"0001.jpeg", "0001.png", "0001", "0001.jpg.tmp"}) {
    const FileCheck f7 = find(verifyCertificateJpeg(bytes, name, SpecProfile{}), "F7");
    EXPECT_FALSE(f7.ok) << name;
    EXPECT_NE(f7.detail.find("must be .jpg"), std::string::npos) << f7.detail;
  }
}

TEST(VerifyJpeg, SizeOutsideWindowFailsF6) {
  const auto checks = verifyCertificateJpeg(test::opencvJpeg(test::smoothImage(), 90), "a.jpg", SpecProfile{});
  EXPECT_FALSE(find(checks, "F6").ok);
  EXPECT_NE(find(checks, "F6").detail.find("outside 20480-40000 bytes"), std::string::npos) << find(checks, "F6").detail;
}

}  // namespace
}  // namespace cs
