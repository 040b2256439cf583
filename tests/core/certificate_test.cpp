// From a portrait to a written certificate JPEG, checked by our verifier and by independent readers
// (../shared/tools/verify_photo.py, ImageMagick identify, exiftool).
#include <gtest/gtest.h>

#include <fstream>

#include "analyzer_fixture.h"
#include "cs/core/certificate.h"
#include "cs/core/version.h"
#include "support/run_command.h"
#include "support/test_support.h"
#include "test_paths.h"

namespace cs {
namespace {

class CertificateTest : public test::AnalyzerTest {
 protected:
  // Makes and writes the certificate photo of a compliant fixture; returns its path.
  std::string writeCertificate(const test::TempDir& dir) {
    LoadedPhoto photo;
    analyseFile(test::fixture("london-002-pass.jpg"), &photo);
    Certificate cert = makeCertificate(analyzer(), photo.image, 1'700'000'000, &photo.source);
    EXPECT_TRUE(cert.meetsStandard());
    if (!cert.jpeg) return {};
    const std::string path = (dir.path / "photo.jpg").string();
    EXPECT_TRUE(writeFileAtomically(path, cert.jpeg->bytes).ok());
    return path;
  }
};

TEST_F(CertificateTest, CompliantPortraitBecomesAVerifiedJpeg) {
  LoadedPhoto photo;
  analyseFile(test::fixture("london-002-pass.jpg"), &photo);
  const Certificate cert = makeCertificate(analyzer(), photo.image, 1'700'000'000, &photo.source);
  ASSERT_TRUE(cert.meetsStandard()) << "a compliant portrait must produce a file";
  ASSERT_TRUE(cert.photo.has_value());
  EXPECT_EQ(cert.photo->width, 480);
  EXPECT_EQ(cert.photo->height, 640);
  EXPECT_GE(cert.jpeg->quality, 60);
  EXPECT_GE(cert.jpeg->bytes.size(), 20480u);
  EXPECT_LE(cert.jpeg->bytes.size(), 40000u);
  for (const char* id : {"F1", "F2", "F3", "F4", "F5", "F6", "F7"}) {
    const auto it = std::find_if(cert.analysis.checks.begin(), cert.analysis.checks.end(),
                                 [&](const CheckResult& c) { return c.id == id; });
    ASSERT_NE(it, cert.analysis.checks.end()) << id << " is reported";
    EXPECT_EQ(it->status, CheckStatus::Pass) << id << ": " << it->range;
  }
}

// makeCertificate encodes on a second thread while the checks run: the photo handed over early must be
// the very photo the checks saw and that the certificate keeps.
TEST_F(CertificateTest, EarlyOutputPhotoIsThePhotoTheChecksSaw) {
  LoadedPhoto photo;
  analyseFile(test::fixture("london-002-pass.jpg"), &photo);
  int calls = 0;
  Image early;
  const Analysis a = analyzer().analyse(photo.image, AnalysisDepth::Still, &photo.source, [&](const Image& ready) {
    ++calls;
    early = ready;
  });
  ASSERT_TRUE(a.outputPhoto.has_value());
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(early.rgb, a.outputPhoto->rgb);
  const Certificate cert = makeCertificate(analyzer(), photo.image, 1'700'000'000, &photo.source);
  ASSERT_TRUE(cert.photo.has_value());
  EXPECT_EQ(cert.photo->rgb, early.rgb);
}

TEST_F(CertificateTest, LiveFramesNeverHandOverAPhoto) {
  LoadedPhoto photo;
  analyseFile(test::fixture("london-002-pass.jpg"), &photo);
  int calls = 0;
  (void)analyzer().analyse(photo.image, AnalysisDepth::Live, &photo.source, [&](const Image&) { ++calls; });
  EXPECT_EQ(calls, 0);
}

// The still path from a file's bytes searches the photo for faces while it is decoded. That must change
// nothing: the same faces, crop, checks and file as when the photo is decoded first and searched after.
void expectSameCertificate(PhotoAnalyzer& analyzer, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), {}};
  auto streamed = makeCertificateFromBytes(analyzer, bytes, 1'700'000'000);
  auto first = decodeForCertificate(bytes);
  ASSERT_TRUE(streamed.ok() && first.ok()) << path;
  const PhotoCertificate plain = makeCertificateFromDecoded(analyzer, bytes, std::move(*first), 1'700'000'000);
  const Analysis& a = streamed->certificate.analysis;
  const Analysis& b = plain.certificate.analysis;
  EXPECT_EQ(a.faces.boxes.size(), b.faces.boxes.size()) << path;
  ASSERT_EQ(a.crop.has_value(), b.crop.has_value()) << path;
  if (a.crop) {
    EXPECT_EQ(a.crop->window.x, b.crop->window.x) << path;
  }
  ASSERT_EQ(a.checks.size(), b.checks.size()) << path;
  for (std::size_t i = 0; i < a.checks.size(); ++i) {
    EXPECT_EQ(a.checks[i].id, b.checks[i].id) << path;
    EXPECT_EQ(a.checks[i].status, b.checks[i].status) << path << " " << a.checks[i].id;
    EXPECT_EQ(a.checks[i].value, b.checks[i].value) << path << " " << a.checks[i].id;
  }
  ASSERT_EQ(streamed->certificate.jpeg.has_value(), plain.certificate.jpeg.has_value()) << path;
  if (plain.certificate.jpeg) {
    EXPECT_EQ(streamed->certificate.jpeg->bytes, plain.certificate.jpeg->bytes) << path;
  }
}

TEST_F(CertificateTest, SearchingWhileDecodingChangesNothingOnTheFixtures) {
  for (const char* name : {"london-002-pass.jpg", "london-012-teeth.jpg", "derived-v04-side-light.jpg",
                           "derived-v07-lilac.jpg", "coffee-no-face.png"}) {
    expectSameCertificate(analyzer(), test::fixture(name));
  }
}

TEST_F(CertificateTest, SearchingWhileDecodingChangesNothingOnTheSharedPhotos) {
  CS_REQUIRE_SHARED_DATA();
  int photos = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(test::sharedPhoto(""))) {
    const auto ext = entry.path().extension().string();
    if (ext != ".jpg" && ext != ".png") continue;
    expectSameCertificate(analyzer(), entry.path().string());
    ++photos;
  }
  EXPECT_GT(photos, 60);
}

// A JPEG damaged partway is an error, whose search (already reading the decoded rows on the other core)
// stops before the half-decoded rows are released: under ASan, any read after that is caught here.
TEST_F(CertificateTest, AJpegDamagedPartwayIsAnErrorWhileItIsSearched) {
  std::ifstream in(test::fixture("london-002-pass.jpg"), std::ios::binary);
  std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), {}};
  bytes.resize(bytes.size() * 2 / 3);
  for (int attempt = 0; attempt < 5; ++attempt) {
    auto made = makeCertificateFromBytes(analyzer(), bytes, 1'700'000'000);
    ASSERT_FALSE(made.ok());
    EXPECT_EQ(made.error().code, ErrorCode::CorruptImage);
  }
}

TEST_F(CertificateTest, NonCompliantPhotoProducesNoFile) {
  LoadedPhoto photo;
  analyseFile(test::fixture("london-012-teeth.jpg"), &photo);
  const Certificate cert = makeCertificate(analyzer(), photo.image, 1'700'000'000, &photo.source);
  EXPECT_FALSE(cert.meetsStandard());
}

TEST_F(CertificateTest, IndependentVerifierAccepts) {
  const std::string verifier = std::string(CS_SHARED_DIR) + "/tools/verify_photo.py";
  if (!std::filesystem::exists(verifier)) GTEST_SKIP() << "../shared/tools/verify_photo.py is not beside this clone";
  test::TempDir dir;
  const std::string path = writeCertificate(dir);
  const test::CommandOutput out = test::runCommand("python3 " + test::shellQuoted(verifier) + " " + test::shellQuoted(path));
  EXPECT_EQ(out.exitCode, 0) << out.text;
}

TEST_F(CertificateTest, ImageMagickReadsSizeResolutionAndColour) {
  if (!test::toolOnPath("identify")) GTEST_SKIP() << "ImageMagick (identify) is not installed: run scripts/setup-debian.sh";
  test::TempDir dir;
  const std::string path = writeCertificate(dir);
  const test::CommandOutput out =
      test::runCommand("identify -format '%w %h %x %y %U %[colorspace] %[channels]' " + test::shellQuoted(path));
  ASSERT_EQ(out.exitCode, 0) << out.text;
  EXPECT_EQ(out.text.rfind("480 640 300 300 PixelsPerInch sRGB", 0), 0u) << out.text;
}

TEST_F(CertificateTest, ExiftoolReadsTheExifBlock) {
  if (!test::toolOnPath("exiftool")) GTEST_SKIP() << "exiftool is not installed: run scripts/setup-debian.sh";
  test::TempDir dir;
  const std::string path = writeCertificate(dir);
  const test::CommandOutput out = test::runCommand(
      "exiftool -s -s -s -XResolution -YResolution -ResolutionUnit -Software -EncodingProcess " + test::shellQuoted(path));
  ASSERT_EQ(out.exitCode, 0) << out.text;
  EXPECT_NE(out.text.find("300\n300\ninches\n"), std::string::npos) << out.text;
  EXPECT_NE(out.text.find(kSoftwareName), std::string::npos) << out.text;
  EXPECT_NE(out.text.find("Baseline DCT"), std::string::npos) << out.text;
}

}  // namespace
}  // namespace cs
