#include "live/frame_mailbox.h"

namespace cs::ui {

void FrameMailbox::put(const QVideoFrame& frame, std::int64_t arrivedMs) {
  {
    std::lock_guard lock(mutex_);
    if (closed_) return;
    if (slot_) ++dropped_;
    slot_ = MailboxEntry{frame, arrivedMs, nextSequence_++};
  }
  wake_.notify_one();
}

std::optional<MailboxEntry> FrameMailbox::tryTake() {
  std::lock_guard lock(mutex_);
  std::optional<MailboxEntry> out;
  out.swap(slot_);
  return out;
}

std::optional<MailboxEntry> FrameMailbox::waitTake() {
  std::unique_lock lock(mutex_);
  wake_.wait(lock, [this] { return closed_ || slot_.has_value(); });
  std::optional<MailboxEntry> out;
  if (!closed_) out.swap(slot_);
  return out;
}

void FrameMailbox::close() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
    slot_.reset();
  }
  wake_.notify_all();
}

void FrameMailbox::reopen() {
  std::lock_guard lock(mutex_);
  closed_ = false;
}

std::uint64_t FrameMailbox::dropped() const {
  std::lock_guard lock(mutex_);
  return dropped_;
}

}  // namespace cs::ui
