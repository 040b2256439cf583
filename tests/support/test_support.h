#pragma once
// Helpers shared by the test suites: where the photos are, and a clear skip where they are not.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace cs::test {

// ../shared/testdata/<relative>, or "" when the shared folder is not beside this clone.
std::string sharedPhoto(const std::string& relative);
// tests/fixtures/<relative> (committed with the project; always present).
std::string fixture(const std::string& relative);
bool sharedDataAvailable();
// A fresh empty temporary folder, removed by the caller's TempDir destructor.
struct TempDir {
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::filesystem::path path;
};

}  // namespace cs::test

// Skips the current test with a clear message when ../shared/testdata is absent (e.g. a fresh clone alone).
#define CS_REQUIRE_SHARED_DATA()                                                                        \
  do {                                                                                                  \
    if (!::cs::test::sharedDataAvailable())                                                             \
      GTEST_SKIP() << "../shared/testdata is not beside this clone: this test needs the shared photos"; \
  } while (0)
