#include "concurrency/two_lanes.h"

#include <atomic>
#include <exception>
#include <future>

namespace cs {

void runInTwoLanes(std::span<const std::function<void()>> tasks) {
  if (tasks.size() <= 1) {
    for (const auto& task : tasks) task();
    return;
  }
  std::atomic<std::size_t> next{0};
  const auto lane = [&] {
    for (std::size_t i = next++; i < tasks.size(); i = next++) tasks[i]();
  };
  auto helper = std::async(std::launch::async, lane);
  std::exception_ptr failed;
  try {
    lane();
  } catch (...) {
    failed = std::current_exception();
  }
  helper.get();  // waits for the helper's last task; rethrows its exception
  if (failed) std::rethrow_exception(failed);
}

}  // namespace cs
