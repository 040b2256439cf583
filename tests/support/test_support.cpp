#include "support/test_support.h"

#include <random>

#include "test_paths.h"

namespace cs::test {

bool sharedDataAvailable() { return std::filesystem::is_directory(std::string(CS_SHARED_DIR) + "/testdata"); }

std::string sharedPhoto(const std::string& relative) {
  if (!sharedDataAvailable()) return {};
  return std::string(CS_SHARED_DIR) + "/testdata/" + relative;
}

std::string fixture(const std::string& relative) { return std::string(CS_FIXTURES_DIR) + "/" + relative; }

TempDir::TempDir() {
  std::random_device rd;
  path = std::filesystem::temp_directory_path() / ("cs-test-" + std::to_string(rd()) + std::to_string(rd()));
  std::filesystem::create_directories(path);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path, ec);
}

}  // namespace cs::test
