// writeFileAtomically: complete files only, owner-only mode (W5), and nothing already stored is overwritten.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "cs/core/jpeg_encoder.h"
#include "support/test_support.h"

namespace cs {
namespace {

namespace fs = std::filesystem;

std::vector<std::uint8_t> bytesOf(const std::string& text) { return {text.begin(), text.end()}; }

std::string readAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t entriesIn(const fs::path& folder) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

TEST(AtomicWrite, WritesTheBytesReadableByOwnerOnly) {
  test::TempDir dir;
  const fs::path file = dir.path / "0001.jpg";
  const mode_t old = ::umask(0);  // even with a permissive umask the file stays private
  const auto status = writeFileAtomically(file.string(), bytesOf("hello photo"));
  ::umask(old);
  ASSERT_TRUE(status.ok()) << status.error().message;
  EXPECT_EQ(readAll(file), "hello photo");
  struct stat info {};
  ASSERT_EQ(::stat(file.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  EXPECT_EQ(entriesIn(dir.path), 1u) << "no temporary file left behind";
}

TEST(AtomicWrite, NeverOverwritesWithoutReplace) {
  test::TempDir dir;
  const fs::path file = dir.path / "0001.jpg";
  ASSERT_TRUE(writeFileAtomically(file.string(), bytesOf("first")).ok());
  const auto second = writeFileAtomically(file.string(), bytesOf("second"));
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, ErrorCode::WriteFailed);
  EXPECT_NE(second.error().message.find(file.string()), std::string::npos) << second.error().message;
  EXPECT_NE(second.error().message.find("already exists"), std::string::npos) << second.error().message;
  EXPECT_EQ(readAll(file), "first");
  EXPECT_EQ(entriesIn(dir.path), 1u) << "no temporary file left behind";
}

TEST(AtomicWrite, ReplacesWhenAsked) {
  test::TempDir dir;
  const fs::path file = dir.path / "0001.jpg";
  ASSERT_TRUE(writeFileAtomically(file.string(), bytesOf("first")).ok());
  ASSERT_TRUE(writeFileAtomically(file.string(), bytesOf("second"), /*replace=*/true).ok());
  EXPECT_EQ(readAll(file), "second");
  EXPECT_EQ(entriesIn(dir.path), 1u);
}

TEST(AtomicWrite, WritesAnEmptyFile) {
  test::TempDir dir;
  ASSERT_TRUE(writeFileAtomically((dir.path / "empty.bin").string(), {}).ok());
  EXPECT_EQ(fs::file_size(dir.path / "empty.bin"), 0u);
}

TEST(AtomicWrite, MissingFolderIsAClearError) {
  test::TempDir dir;
  const fs::path file = dir.path / "no-such-folder" / "0001.jpg";
  const auto status = writeFileAtomically(file.string(), bytesOf("x"));
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.error().message.find("does not exist"), std::string::npos) << status.error().message;
  EXPECT_NE(status.error().message.find("no-such-folder"), std::string::npos) << status.error().message;
  EXPECT_EQ(entriesIn(dir.path), 0u);
}

TEST(AtomicWrite, ReadOnlyFolderIsAClearError) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: folder permissions are not enforced, cannot test EACCES";
  test::TempDir dir;
  fs::permissions(dir.path, fs::perms::owner_read | fs::perms::owner_exec);
  const auto status = writeFileAtomically((dir.path / "0001.jpg").string(), bytesOf("x"));
  fs::permissions(dir.path, fs::perms::owner_all);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.error().message.find("no permission"), std::string::npos) << status.error().message;
  EXPECT_EQ(entriesIn(dir.path), 0u);
}

// A write that fails half-way (here: a file-size limit, standing in for a full disk) leaves nothing behind.
TEST(AtomicWrite, FailedWriteLeavesNoTemporaryFile) {
  test::TempDir dir;
  rlimit old{};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old), 0);
  rlimit small = old;
  small.rlim_cur = 4096;
  auto* previous = std::signal(SIGXFSZ, SIG_IGN);  // report EFBIG instead of killing the test
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  const auto status = writeFileAtomically((dir.path / "0001.jpg").string(), std::vector<std::uint8_t>(65536, 7));
  ::setrlimit(RLIMIT_FSIZE, &old);
  std::signal(SIGXFSZ, previous);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.error().message.find("0001.jpg"), std::string::npos) << status.error().message;
  EXPECT_EQ(entriesIn(dir.path), 0u) << "the temporary file must be removed";
}

TEST(AtomicWrite, ExistingFolderInPlaceOfTheFileIsNotReplaced) {
  test::TempDir dir;
  fs::create_directory(dir.path / "0001.jpg");
  const auto status = writeFileAtomically((dir.path / "0001.jpg").string(), bytesOf("x"));
  EXPECT_FALSE(status.ok());
  EXPECT_TRUE(fs::is_directory(dir.path / "0001.jpg"));
  EXPECT_EQ(entriesIn(dir.path), 1u);
}

}  // namespace
}  // namespace cs
