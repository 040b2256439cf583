#pragma once
// A one-slot mailbox between the frame source and the analysis thread: putting a frame replaces the one
// waiting (newest frame wins; frames are dropped, never queued), so the analysis always works on the
// present and the preview never waits for it. put() is O(1) and may be called from any thread.
#include <QVideoFrame>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>

namespace cs::ui {

struct MailboxEntry {
  QVideoFrame frame;
  std::int64_t arrivedMs = 0;   // monotonic clock (LiveSession::nowMs)
  std::uint64_t sequence = 0;   // 1, 2, ... in arrival order
};

class FrameMailbox {
 public:
  void put(const QVideoFrame& frame, std::int64_t arrivedMs);
  std::optional<MailboxEntry> tryTake();
  // Blocks until a frame is waiting or the mailbox is closed (then returns nothing).
  std::optional<MailboxEntry> waitTake();
  void close();
  void reopen();
  std::uint64_t dropped() const;  // frames replaced before anyone took them

 private:
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::optional<MailboxEntry> slot_;
  std::uint64_t nextSequence_ = 1;
  std::uint64_t dropped_ = 0;
  bool closed_ = false;
};

}  // namespace cs::ui
