// The checks of a photo run on two lanes (runInTwoLanes): every check must run exactly once, whichever lane
// takes it, and a failure in one must not leave the others unrun or hide the failure.
#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <stdexcept>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "concurrency/two_lanes.h"

namespace cs {
namespace {

TEST(TwoLanes, RunsEveryTaskExactlyOnce) {
  std::vector<std::atomic<int>> runs(200);
  std::vector<std::function<void()>> tasks;
  for (auto& r : runs) tasks.emplace_back([&r] { ++r; });
  runInTwoLanes(tasks);
  for (const auto& r : runs) EXPECT_EQ(r.load(), 1);
}

TEST(TwoLanes, NoTasksAndOneTaskAreFine) {
  runInTwoLanes({});
  int ran = 0;
  const std::function<void()> one[] = {[&] { ++ran; }};
  runInTwoLanes(one);
  EXPECT_EQ(ran, 1);
}

TEST(TwoLanes, AFailingTaskIsRethrownAfterTheOthersRan) {
  std::atomic<int> ran{0};
  std::vector<std::function<void()>> tasks;
  for (int i = 0; i < 20; ++i) {
    tasks.emplace_back([&ran, i] {
      ++ran;
      if (i == 3) throw std::runtime_error("check 3 failed");
    });
  }
  EXPECT_THROW(runInTwoLanes(tasks), std::runtime_error);
  EXPECT_EQ(ran.load(), 20);
}

// The second lane is one thread kept between calls; a call made while it is busy gets a thread of its own.
TEST(TwoLanes, ARoundInsideARoundRunsEveryTask) {
  std::atomic<int> inner{0}, outer{0};
  std::vector<std::function<void()>> innerTasks;
  for (int i = 0; i < 10; ++i) innerTasks.emplace_back([&inner] { ++inner; });
  std::vector<std::function<void()>> tasks;
  for (int i = 0; i < 6; ++i) {
    tasks.emplace_back([&] {
      ++outer;
      runInTwoLanes(innerTasks);
    });
  }
  runInTwoLanes(tasks);
  EXPECT_EQ(outer.load(), 6);
  EXPECT_EQ(inner.load(), 60);
}

TEST(TwoLanes, RoundsFromTwoThreadsAtOnceRunEveryTask) {
  std::vector<std::atomic<int>> runs(400);
  const auto round = [&](std::size_t from) {
    for (int repeat = 0; repeat < 50; ++repeat) {
      std::vector<std::function<void()>> tasks;
      for (std::size_t i = from; i < from + 200; ++i) tasks.emplace_back([&runs, i] { ++runs[i]; });
      runInTwoLanes(tasks);
    }
  };
  std::thread other(round, 200);
  round(0);
  other.join();
  for (const auto& r : runs) EXPECT_EQ(r.load(), 50);
}

TEST(TwoLanes, AFailureOnTheKeptLaneLeavesItUsable) {
  std::vector<std::function<void()>> failing;
  for (int i = 0; i < 8; ++i) failing.emplace_back([] { throw std::runtime_error("fails"); });
  EXPECT_THROW(runInTwoLanes(failing), std::runtime_error);
  std::atomic<int> ran{0};
  std::vector<std::function<void()>> tasks(50, [&ran] { ++ran; });
  runInTwoLanes(tasks);
  EXPECT_EQ(ran.load(), 50);
}

// fork() copies the kept lane but not its thread: a forked child's rounds run on a thread of their own
// rather than wait for one that is not there (the child kills itself with SIGALRM if it hangs).
TEST(TwoLanes, AForkedChildStillRunsItsRounds) {
  std::atomic<int> ran{0};
  std::vector<std::function<void()>> tasks(20, [&ran] { ++ran; });
  runInTwoLanes(tasks);  // the kept lane exists before the fork
  const pid_t pid = ::fork();
  ASSERT_NE(pid, -1);
  if (pid == 0) {
    ::alarm(10);
    ran = 0;
    runInTwoLanes(tasks);
    ::_exit(ran.load() == 20 ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "status " << status;
}

}  // namespace
}  // namespace cs
