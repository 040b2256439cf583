// Synthetic data for the batch tests (see batch_test_support.h).
#include "batch_test_support.h"

#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "cs/core/batch/roster.h"

namespace cs::test {

std::string syntheticIdNumber(int index, const std::string& birth) {
  char sequence[8];
  std::snprintf(sequence, sizeof sequence, "%03d", index % 1000);
  const std::string body = "110105" + birth + sequence;
  return body + batch::idNumberCheckDigit(body);
}

std::vector<batch::RosterEntry> syntheticRoster(int count) {
  static const char* kNames[] = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴霞"};
  std::vector<batch::RosterEntry> entries;
  for (int i = 0; i < count; ++i) {
    entries.push_back({std::string(kNames[i % 10]) + std::to_string(i + 1), syntheticIdNumber(i + 1),
                       "2026" + std::to_string(100001 + i), i + 2});
  }
  return entries;
}

std::vector<std::uint8_t> fakeJpeg(int seed, std::size_t size) {
  std::vector<std::uint8_t> bytes(size);
  std::uint32_t state = 2166136261u ^ static_cast<std::uint32_t>(seed);
  for (auto& b : bytes) {
    state = state * 1664525u + 1013904223u;
    b = static_cast<std::uint8_t>(state >> 24);
  }
  bytes[0] = 0xFF, bytes[1] = 0xD8, bytes[size - 2] = 0xFF, bytes[size - 1] = 0xD9;
  return bytes;
}

CheckList passingChecks() {
  CheckResult size;
  size.id = "F6", size.key = "size", size.status = CheckStatus::Pass, size.value = 31.5, size.unit = "KB";
  size.range = "20–40", size.messageZh = "文件大小合格", size.messageEn = "file size ok";
  CheckResult eyes;
  eyes.id = "G3", eyes.key = "eye_band", eyes.status = CheckStatus::Warn, eyes.value = 298, eyes.unit = "px";
  eyes.range = "200–300", eyes.messageZh = "眼睛接近下限", eyes.messageEn = "eyes near the limit", eyes.order = 2;
  return {size, eyes};
}

CheckList failingChecks() {
  CheckList checks = passingChecks();
  CheckResult hair;
  hair.id = "G2", hair.key = "hair_top", hair.status = CheckStatus::Fail, hair.value = 12, hair.unit = "px";
  hair.range = "≥ 50", hair.messageZh = "头顶离上边太近", hair.messageEn = "hair too close to the top", hair.order = 1;
  checks.push_back(hair);
  return checks;
}

batch::NewAttempt newAttempt(int seed, const std::string& operatorName) {
  batch::NewAttempt a;
  a.jpeg = fakeJpeg(seed);
  a.checks = passingChecks();
  a.operatorName = operatorName;
  a.software = "Capture Station test";
  return a;
}

std::unique_ptr<batch::BatchStore> makeBatch(const std::string& folder, int count) {
  auto store = batch::BatchStore::create(folder, {"2026 高考 测试考点", "城关镇", "station-1", 0, ""}, "admin");
  EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error().message);
  if (!store) return nullptr;
  if (count > 0) {
    auto imported = (*store)->importRoster(syntheticRoster(count), "admin");
    EXPECT_TRUE(imported.ok()) << (imported.ok() ? "" : imported.error().message);
  }
  return std::move(*store);
}

std::string readText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void writeBytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

int runCommand(const std::string& command, std::string* output) {
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return -1;
  std::string text;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
  const int status = ::pclose(pipe);
  if (output) *output = text;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

unsigned fileMode(const std::string& path) {
  struct stat st {};
  ::stat(path.c_str(), &st);
  return st.st_mode & 0777u;
}

}  // namespace cs::test
