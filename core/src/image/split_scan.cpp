#include "image/split_scan.h"

#include <cstring>
#include <new>
#include <system_error>

namespace cs {
namespace {

// `published_` holds the back's MCU count times two, plus one once the back has stopped: one value, so
// that a front waiting for a change wakes for either.
constexpr long long countOf(long long published) { return published >> 1; }
constexpr bool stoppedIn(long long published) { return (published & 1) != 0; }

// The unstuffed bits in [begin, end), by the reader's rule: a 0xFF's fill 0xFFs and its stuffed 0x00
// carry no data.
std::uint64_t unstuffedBits(const std::uint8_t* begin, const std::uint8_t* end) {
  std::uint64_t skipped = 0;
  const std::uint8_t* p = begin;
  while (p < end) {
    const void* found = std::memchr(p, 0xFF, static_cast<std::size_t>(end - p));
    if (found == nullptr) break;
    p = static_cast<const std::uint8_t*>(found) + 1;
    while (p < end && *p == 0xFF) ++p, ++skipped;
    if (p < end && *p == 0x00) ++p, ++skipped;
  }
  return static_cast<std::uint64_t>(end - begin - static_cast<std::ptrdiff_t>(skipped)) * 8;
}

// The words the back may write at most: per block its count and DC, and one word per other coefficient,
// each of which costs at least two bits (a code and a magnitude bit); plus one MCU read into the zeros
// past the end before the back sees it has gone too far.
std::uint64_t wordsNeeded(long long mcus, int blocksPerMcu, std::size_t bytes) {
  const auto blocks = static_cast<std::uint64_t>(mcus) * static_cast<std::uint64_t>(blocksPerMcu);
  return 2 * blocks + 4 * static_cast<std::uint64_t>(bytes) + 65 * static_cast<std::uint64_t>(blocksPerMcu);
}

}  // namespace

SplitScan::SplitScan(const ScanTables& tables, std::span<const std::uint8_t> data, double backFraction)
    : tables_(tables), totalMcus_(tables.mcus()), end_(data.data() + data.size()) {
  const std::uint8_t* begin = data.data();
  const std::uint8_t* end = end_;
  front_.reader = BitReader(begin, end);
  const auto skip = static_cast<std::size_t>(static_cast<double>(data.size()) * backFraction);
  const std::uint8_t* start = begin + std::min(skip, data.size());
  while (start > begin && start < end && start[-1] == 0xFF) ++start;  // not inside a 0xFF's sequence
  backGivenUp_ = true;
  if (start <= begin || start >= end) return;
  try {
    backStart_ = start;
    backBase_ = unstuffedBits(begin, start);
    backCapacity_ = totalMcus_ + 64;  // a wrong first guess may read more, shorter MCUs than there are
    marks_.reset(new McuMark[static_cast<std::size_t>(backCapacity_)]);
    wordCapacity_ = wordsNeeded(backCapacity_, tables_.layout.blocksPerMcu, static_cast<std::size_t>(end - start));
    words_.reset(new std::uint32_t[wordCapacity_]);  // untouched until written: only what is used costs memory
    back_ = std::thread([this] { readBack(); });
    backGivenUp_ = false;
  } catch (const std::bad_alloc&) {
    // The front reads alone: slower, never wrong.
  } catch (const std::system_error&) {
  }
}

SplitScan::~SplitScan() {
  stopBack_.store(true, std::memory_order_relaxed);
  if (back_.joinable()) back_.join();
}

// Guesses from `backStart_` on, a byte further each time a guess fails within its first MCUs (a wrong guess
// usually meets an impossible block before it falls into step; measured on the fixtures and the bench's
// still, a guess that survives 16 MCUs was in step in 1197 of 1197 trials, after 1.4-8.8 tries).
void SplitScan::readBack() {
  const std::uint8_t* start = backStart_;
  std::uint64_t base = backBase_;
  for (int attempt = 0; attempt < kBackAttempts && start < end_; ++attempt) {
    if (readBackFrom(start, base)) return;
    const std::uint8_t* next = start + 1;
    while (next < end_ && next[-1] == 0xFF) ++next;
    base += unstuffedBits(start, next);
    start = next;
  }
  published_.store(1, std::memory_order_release);  // stopped, nothing read
  published_.notify_one();
}

// One guess: MCUs from `start` into the store until the data end, a block that cannot be read, or the
// front says stop. The first kTrustedRun MCUs are published together, once all of them were read; false
// if the guess failed before that, with nothing published.
bool SplitScan::readBackFrom(const std::uint8_t* start, std::uint64_t base) {
  const ScanLayout& layout = tables_.layout;
  const auto wordsPerMcu = static_cast<std::uint64_t>(65 * layout.blocksPerMcu);
  ReaderState state{BitReader(start, end_), {}};
  std::uint64_t offset = 0;
  long long count = 0;
  while (count < backCapacity_ && offset + wordsPerMcu <= wordCapacity_ &&
         !stopBack_.load(std::memory_order_relaxed)) {
    marks_[count] = {state.reader.position() + base, offset, state.predictors};
    const long written = decodeMcu(state.reader, tables_.layout, state.predictors, &words_[offset]);
    if (written < 0) {
      if (count < kTrustedRun) return false;
      break;  // `state` is still the start of the MCU that could not be read
    }
    offset += static_cast<std::uint64_t>(written);
    ++count;
    if (count >= kTrustedRun) {
      published_.store(count * 2, std::memory_order_release);
      published_.notify_one();
    }
  }
  backEnd_ = state;
  published_.store(count * 2 + 1, std::memory_order_release);
  published_.notify_one();
  return true;
}

void SplitScan::waitForBack() {
  if (!back_.joinable()) return;
  long long published = published_.load(std::memory_order_acquire);
  while (!stoppedIn(published)) {
    published_.wait(published, std::memory_order_acquire);
    published = published_.load(std::memory_order_acquire);
  }
}

bool SplitScan::nextMcu(std::span<std::int16_t* const> blocks) {
  if (failed_) return false;
  if (mode_ == Mode::Front && !backGivenUp_ && front_.reader.position() >= backBase_ && meetBack()) {
    mode_ = Mode::Back;
  }
  const bool read = mode_ == Mode::Back ? takeFromBack(blocks) : readFront(blocks);
  if (!read) {
    failed_ = true;
    return false;
  }
  ++nextMcu_;
  return true;
}

// Is there a back MCU that begins exactly where the front's next one does?
bool SplitScan::meetBack() {
  const long long published = published_.load(std::memory_order_acquire);
  const long long available = countOf(published);
  const std::uint64_t position = front_.reader.position();
  while (markCursor_ < available && marks_[markCursor_].position < position) ++markCursor_;
  if (markCursor_ < available && marks_[markCursor_].position == position) {
    meetingMcu_ = nextMcu_;
    meetingMark_ = markCursor_;
    for (int c = 0; c < 4; ++c) {
      dcShift_[c] = static_cast<std::int32_t>(static_cast<std::uint32_t>(front_.predictors[c]) -
                                              static_cast<std::uint32_t>(marks_[markCursor_].predictors[c]));
    }
    return true;
  }
  // No meeting yet. A back that is merely behind (its core was busy) may still overtake the front, for a
  // while. If it stopped short of here, or no meeting came within kMaxMcusWithoutMeeting MCUs (a guess
  // that never fell into step, or a back that stays behind), the front reads on alone and the back's core
  // goes back to the face search.
  const bool stoppedShort = markCursor_ >= available && stoppedIn(published);
  if (stoppedShort || ++mcusPassedWithoutMeeting_ > kMaxMcusWithoutMeeting) {
    backGivenUp_ = true;
    stopBack_.store(true, std::memory_order_relaxed);
  }
  return false;
}

// The back's blocks for the front's next MCU, its DC values shifted to the true running sums.
bool SplitScan::takeFromBack(std::span<std::int16_t* const> blocks) {
  const long long mark = meetingMark_ + (nextMcu_ - meetingMcu_);
  long long published = published_.load(std::memory_order_acquire);
  while (countOf(published) <= mark && !stoppedIn(published)) {
    published_.wait(published, std::memory_order_acquire);
    published = published_.load(std::memory_order_acquire);
  }
  if (countOf(published) <= mark) {
    resumeAfterBack();
    return readFront(blocks);
  }
  const ScanLayout& layout = tables_.layout;
  const std::uint32_t* words = &words_[marks_[mark].offset];
  for (int block = 0; block < layout.blocksPerMcu; ++block) {
    const auto count = static_cast<int>(*words++);
    std::int16_t* out = blocks[static_cast<std::size_t>(block)];
    const std::int32_t shift = dcShift_[layout.componentOfBlock[block]];
    out[0] = static_cast<std::int16_t>(static_cast<std::uint16_t>(words[0]) + static_cast<std::uint32_t>(shift));
    for (int i = 1; i < count; ++i) out[words[i] >> 16] = static_cast<std::int16_t>(words[i] & 0xFFFF);
    words += count;
  }
  return true;
}

// The back stopped before the MCU the front needs (damaged data there, or its store is full): the front
// goes on from where the back stopped, with the true running sums.
void SplitScan::resumeAfterBack() {
  front_.reader = backEnd_.reader;
  for (int c = 0; c < 4; ++c) {
    front_.predictors[c] = static_cast<std::int32_t>(static_cast<std::uint32_t>(backEnd_.predictors[c]) +
                                                     static_cast<std::uint32_t>(dcShift_[c]));
  }
  mode_ = Mode::FrontAfterBack;
}

bool SplitScan::readFront(std::span<std::int16_t* const> blocks) {
  return decodeMcu(front_.reader, tables_.layout, front_.predictors, blocks);
}

bool SplitScan::endedCleanly() {
  if (failed_ || nextMcu_ != totalMcus_) return false;
  if (mode_ != Mode::Back) return front_.reader.endsAtImageEnd();
  // The back read on past the last MCU: it must have stopped right after it, at the end of the data.
  const long long end = meetingMark_ + (totalMcus_ - meetingMcu_);
  long long published = published_.load(std::memory_order_acquire);
  while (countOf(published) <= end && !stoppedIn(published)) {
    published_.wait(published, std::memory_order_acquire);
    published = published_.load(std::memory_order_acquire);
  }
  return countOf(published) == end && stoppedIn(published) && backEnd_.reader.endsAtImageEnd();
}

}  // namespace cs
