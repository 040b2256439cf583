// Every error a photographer can meet while loading or writing a photo is worded in Chinese as well as in
// English (the station's window is in Chinese by default); the English stays what the CLI prints.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cs/core/jpeg_encoder.h"
#include "cs/core/photo_loader.h"
#include "support/test_support.h"

namespace cs {
namespace {

bool hasChinese(const std::string& text) {
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0xE4 && b <= 0xE9) return true;  // lead byte of the CJK Unified Ideographs in UTF-8
  }
  return false;
}

void expectBothLanguages(const Error& error, const std::string& what) {
  EXPECT_FALSE(error.message.empty()) << what;
  EXPECT_FALSE(hasChinese(error.message)) << what << ": the English stays English: " << error.message;
  EXPECT_TRUE(hasChinese(error.messageZh)) << what << ": no Chinese: " << error.messageZh;
  EXPECT_EQ(error.messageZh.find('\n'), std::string::npos) << what << ": one line";
}

void writeFile(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

TEST(ErrorLanguage, PhotoFileProblemsAreInChinese) {
  test::TempDir dir;
  auto missing = loadPhoto((dir.path / "nope.jpg").string());
  ASSERT_FALSE(missing.ok());
  expectBothLanguages(missing.error(), "missing file");
  EXPECT_EQ(missing.error().messageZh, "找不到这个文件：请检查路径");

  auto folder = loadPhoto(dir.path.string());
  ASSERT_FALSE(folder.ok());
  expectBothLanguages(folder.error(), "folder");

  writeFile(dir.path / "empty.jpg", "");
  auto empty = loadPhoto((dir.path / "empty.jpg").string());
  ASSERT_FALSE(empty.ok());
  expectBothLanguages(empty.error(), "empty file");
  EXPECT_NE(empty.error().messageZh.find("空"), std::string::npos);

  writeFile(dir.path / "notes.jpg", "hello\n");
  auto text = loadPhoto((dir.path / "notes.jpg").string());
  ASSERT_FALSE(text.ok());
  expectBothLanguages(text.error(), "not a photo");
  EXPECT_NE(text.error().messageZh.find("JPEG 或 PNG"), std::string::npos);

  const auto huge = dir.path / "huge.jpg";
  writeFile(huge, "\xFF\xD8\xFF");
  std::filesystem::resize_file(huge, 201u * 1024u * 1024u);  // sparse: no 200 MB written
  auto tooLarge = loadPhoto(huge.string());
  ASSERT_FALSE(tooLarge.ok());
  EXPECT_EQ(tooLarge.error().code, ErrorCode::ImageTooLarge);
  expectBothLanguages(tooLarge.error(), "too large");
  EXPECT_NE(tooLarge.error().messageZh.find("201 MB"), std::string::npos) << tooLarge.error().messageZh;
}

TEST(ErrorLanguage, DamagedImagesAreInChinese) {
  std::ifstream in(test::fixture("london-002-pass.jpg"), std::ios::binary);
  const std::vector<std::uint8_t> jpeg{std::istreambuf_iterator<char>(in), {}};
  ASSERT_GT(jpeg.size(), 1000u);
  for (std::size_t keep : {jpeg.size() / 2, std::size_t{600}}) {
    auto damaged = decodePhoto(std::vector<std::uint8_t>(jpeg.begin(), jpeg.begin() + static_cast<long>(keep)));
    ASSERT_FALSE(damaged.ok()) << keep;
    EXPECT_EQ(damaged.error().code, ErrorCode::CorruptImage);
    expectBothLanguages(damaged.error(), "truncated JPEG");
    EXPECT_NE(damaged.error().messageZh.find("损坏"), std::string::npos) << damaged.error().messageZh;
  }
  const std::vector<std::uint8_t> pngStart{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
  auto png = decodePhoto(pngStart);
  ASSERT_FALSE(png.ok());
  expectBothLanguages(png.error(), "damaged PNG");
}

TEST(ErrorLanguage, WritingWhereNoFolderIsSaysSoInChinese) {
  test::TempDir dir;
  const std::vector<std::uint8_t> bytes{1, 2, 3};
  auto status = writeFileAtomically((dir.path / "no-such-folder" / "a.jpg").string(), bytes, false);
  ASSERT_FALSE(status.ok());
  expectBothLanguages(status.error(), "missing folder");
  EXPECT_NE(status.error().messageZh.find("不存在"), std::string::npos) << status.error().messageZh;
  ASSERT_TRUE(writeFileAtomically((dir.path / "a.jpg").string(), bytes, false).ok());
  auto again = writeFileAtomically((dir.path / "a.jpg").string(), bytes, false);
  ASSERT_FALSE(again.ok());
  expectBothLanguages(again.error(), "existing file");
  EXPECT_NE(again.error().messageZh.find("已有同名文件"), std::string::npos) << again.error().messageZh;
}

TEST(ErrorLanguage, ChineseOrEnglishFallsBackToEnglish) {
  EXPECT_EQ(chineseOrEnglish(Error{ErrorCode::Internal, "only English"}), "only English");
  EXPECT_EQ(chineseOrEnglish(Error{ErrorCode::Internal, "both", "两种"}), "两种");
}

}  // namespace
}  // namespace cs
