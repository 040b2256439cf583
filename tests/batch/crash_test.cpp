// Crash safety: a child process adds attempts in a loop and is killed with SIGKILL at random moments
// (while opening, writing a photo, committing...). After every kill the batch must open with no row
// without its file, no half-written photo, an intact audit chain, and every attempt the child had
// acknowledged (printed after addAttempt returned) still present.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "batch_test_support.h"
#include "cs/core/batch/batch_store.h"

namespace cs::batch {
namespace {
namespace fs = std::filesystem;

struct Child {
  pid_t pid = -1;
  int out = -1;  // read end of the child's stdout
};

Child startWriter(const std::string& folder) {
  int fds[2];
  if (::pipe(fds) != 0) return {};
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(fds[1], STDOUT_FILENO);
    ::close(fds[0]);
    ::close(fds[1]);
    ::execl(CS_BATCH_CRASH_WRITER, CS_BATCH_CRASH_WRITER, folder.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(fds[1]);
  return {pid, fds[0]};
}

struct ChildOutput {
  bool ready = false;         // the child had opened the batch
  long long acknowledged = 0; // the newest attempt id it acknowledged
};

// Reads the child's first line ("ready" once it has opened the batch); false if it died first.
bool waitForReady(int fd, std::string& consumed) {
  char c;
  while (::read(fd, &c, 1) == 1) {
    consumed += c;
    if (c == '\n') return consumed == "ready\n";
  }
  return false;
}

// What the child printed before it was killed (`text` holds what was already read).
ChildOutput readOutput(int fd, std::string text) {
  char buffer[4096];
  ssize_t n;
  while ((n = ::read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<std::size_t>(n));
  ::close(fd);
  ChildOutput out;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    const std::string line = text.substr(start, end - start);
    if (line == "ready") out.ready = true;
    else if (!line.empty()) out.acknowledged = std::stoll(line);
  }
  return out;
}

void expectConsistent(const std::string& folder, long long acknowledged, int kill) {
  auto store = BatchStore::open(folder, OpenMode::ReadWrite);  // removes orphans of the crash
  ASSERT_TRUE(store.ok()) << "kill " << kill << ": " << store.error().message;
  const auto problems = (*store)->verify();
  ASSERT_TRUE(problems.empty()) << "kill " << kill << ": " << problems.front();
  std::size_t rows = 0;
  long long newest = 0;
  for (const auto& c : (*store)->candidates()) {
    for (const auto& a : (*store)->attempts(c.id)) {
      ++rows;
      newest = std::max<long long>(newest, a.id);
    }
  }
  EXPECT_GE(newest, acknowledged) << "kill " << kill << ": an acknowledged attempt was lost";
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(fs::path(folder) / kPhotoFolderName)) {
    EXPECT_EQ(e.path().extension(), ".jpg") << "kill " << kill << ": leftover " << e.path();
    ++files;
  }
  EXPECT_EQ(files, rows) << "kill " << kill << ": a photo file without its row was not cleaned";
}

// Under AddressSanitizer every child start costs ~1 s, so the time bound allows fewer kills there.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kMinimumKills = 100;
#else
constexpr int kMinimumKills = 200;
#endif

TEST(CrashSafety, SurvivesSigkillAtRandomMoments) {
  test::TempDir dir;
  const std::string folder = (dir.path / "batch").string();
  test::makeBatch(folder, 5).reset();
  std::mt19937 random(20261124);
  std::uniform_int_distribution<int> delayMicros(0, 60000);
  std::uniform_int_distribution<int> afterReadyMicros(0, 30000);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(300);  // ~45 s in Release, ~150 s under ASan
  int kills = 0;
  long long acknowledgedTotal = 0;
  int whileWriting = 0;
  for (; kills < 250 && std::chrono::steady_clock::now() < deadline; ++kills) {
    Child child = startWriter(folder);
    ASSERT_GT(child.pid, 0);
    // Odd kills land anywhere from the start (opening, orphan cleanup); even ones while attempts are being
    // written, however slowly the child starts (e.g. under AddressSanitizer).
    std::string consumed;
    if (kills % 2 == 0 && waitForReady(child.out, consumed)) {
      std::this_thread::sleep_for(std::chrono::microseconds(afterReadyMicros(random)));
    } else {
      std::this_thread::sleep_for(std::chrono::microseconds(delayMicros(random)));
    }
    ::kill(child.pid, SIGKILL);
    int status = 0;
    ::waitpid(child.pid, &status, 0);
    const ChildOutput out = readOutput(child.out, consumed);
    whileWriting += out.ready ? 1 : 0;
    acknowledgedTotal = std::max(acknowledgedTotal, out.acknowledged);
    expectConsistent(folder, out.acknowledged, kills);
    if (HasFatalFailure() || HasFailure()) break;
  }
  std::printf("[crash test] %d SIGKILLs (%d after the writer had opened the batch), %lld attempts stored in all; "
              "the batch was consistent after each\n", kills, whileWriting, acknowledgedTotal);
  RecordProperty("kills", kills);
  EXPECT_GE(kills, kMinimumKills);
  EXPECT_GT(acknowledgedTotal, 0);
  EXPECT_GE(whileWriting, kills / 2);  // at least the even kills land while attempts are being written
}

}  // namespace
}  // namespace cs::batch
