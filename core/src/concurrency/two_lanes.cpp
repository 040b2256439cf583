#include "concurrency/two_lanes.h"

#include <atomic>
#include <condition_variable>
#include <exception>
#include <future>
#include <mutex>
#include <pthread.h>
#include <thread>
#include <utility>

namespace cs {
namespace {

// The second lane's thread, kept for the life of the process: a still runs five or six rounds of work on
// two lanes and a live frame three, and starting a thread for each cost 35-200 us of each round here.
// One call at a time has it; a call made while it is busy (another analyzer on another thread, or a
// round inside a round) starts a thread of its own, as every call once did.
class SecondLane {
 public:
  static SecondLane& instance() {
    // Never destroyed: its thread waits for work until the process ends, and no static destructor can
    // find it gone.
    static SecondLane* lane = new SecondLane;
    return *lane;
  }

  // Starts `work` on the second lane if it is free.
  bool tryStart(const std::function<void()>& work) {
    if (inForkedChild_) return false;  // fork() copies this object but not its thread
    std::lock_guard<std::mutex> lock(mutex_);
    if (work_ != nullptr || !finished_) return false;
    work_ = &work;
    finished_ = false;
    failure_ = nullptr;
    wake_.notify_all();
    return true;
  }

  // Waits for the work tryStart started; rethrows what it threw.
  void finish() {
    std::unique_lock<std::mutex> lock(mutex_);
    wake_.wait(lock, [this] { return work_ == nullptr; });
    finished_ = true;
    if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
  }

 private:
  SecondLane() : thread_([this] { serve(); }) {
    pthread_atfork(nullptr, nullptr, [] { inForkedChild_ = true; });
  }

  void serve() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      wake_.wait(lock, [this] { return work_ != nullptr; });
      lock.unlock();
      std::exception_ptr failure;
      try {
        (*work_)();
      } catch (...) {
        failure = std::current_exception();
      }
      lock.lock();
      failure_ = failure;
      work_ = nullptr;
      wake_.notify_all();
    }
  }

  std::mutex mutex_;
  std::condition_variable wake_;
  const std::function<void()>* work_ = nullptr;  // the running work, until it is done
  bool finished_ = true;                          // the caller of the last work has collected it
  std::exception_ptr failure_;
  std::thread thread_;
  static inline std::atomic<bool> inForkedChild_{false};
};

}  // namespace

void runInTwoLanes(std::span<const std::function<void()>> tasks) {
  if (tasks.size() <= 1) {
    for (const auto& task : tasks) task();
    return;
  }
  std::atomic<std::size_t> next{0};
  const std::function<void()> lane = [&] {
    for (std::size_t i = next++; i < tasks.size(); i = next++) tasks[i]();
  };
  SecondLane& second = SecondLane::instance();
  std::future<void> ownThread;
  const bool shared = second.tryStart(lane);
  if (!shared) ownThread = std::async(std::launch::async, lane);
  std::exception_ptr failed;
  try {
    lane();
  } catch (...) {
    failed = std::current_exception();
  }
  // Waits for the other lane's last task; rethrows its exception (this lane's first).
  try {
    if (shared) {
      second.finish();
    } else {
      ownThread.get();
    }
  } catch (...) {
    if (!failed) failed = std::current_exception();
  }
  if (failed) std::rethrow_exception(failed);
}

}  // namespace cs
