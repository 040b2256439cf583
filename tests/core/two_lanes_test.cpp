// The checks of a photo run on two lanes (runInTwoLanes): every check must run exactly once, whichever lane
// takes it, and a failure in one must not leave the others unrun or hide the failure.
#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <stdexcept>
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

}  // namespace
}  // namespace cs
