#pragma once
// A large JPEG's entropy data decoded on two cores. Huffman decoding is most of a 12 MP decode and runs
// on one core: each code's length is known only once the code before it is read. So a second thread
// (the back) starts reading in the middle of the data, at a guess: it assumes a new MCU begins at that
// byte. A wrong guess still falls into step with the true reading after a few codes, since codes of
// JPEG's tables resynchronise by themselves. The first thread (the front, libjpeg's own caller) reads
// from the start and, once past the back's starting point, compares where each of its MCUs begins with
// where the back's began: the first MCU both begin at the same bit is proof that every MCU after it was
// read alike (the reading depends on the bit position and the block within the MCU only), so the front
// takes the back's blocks from there on, with the DC values shifted by the difference of the running
// sums at that MCU. If no such MCU is found, the front reads on by itself, as if there were no back.
//
// Nothing is taken on trust from the back: only blocks it read after a proven meeting point are used.
#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <span>
#include <thread>

#include "image/huffman_scan.h"

namespace cs {

class SplitScan {
 public:
  // `data` is the entropy data (from the end of the SOS header to the end of the file); the back starts
  // at `backFraction` of it.
  SplitScan(const ScanTables& tables, std::span<const std::uint8_t> data, double backFraction);
  ~SplitScan();  // stops and joins the back
  SplitScan(const SplitScan&) = delete;
  SplitScan& operator=(const SplitScan&) = delete;

  // The next MCU's blocks into `blocks` (libjpeg's, zeroed), in order. False once the data cannot be read
  // (damaged or truncated): the caller then decodes the file the plain way, which says why.
  bool nextMcu(std::span<std::int16_t* const> blocks);
  // After the last MCU: true if the data ended there, at an end-of-image marker, as libjpeg expects.
  bool endedCleanly();
  // The front MCU from which the back's blocks were used, or -1 (for tests).
  long long meetingMcu() const { return meetingMcu_; }
  // Blocks until the back has read all it will: a test that calls it before the first MCU sees the same
  // meeting however the two threads were scheduled (otherwise a starved back may be left behind).
  void waitForBack();

 private:
  struct McuMark {  // where the back's MCU begins and what the back knew there
    std::uint64_t position;  // unstuffed bits from the start of the data
    std::uint64_t offset;    // in words_
    Predictors predictors;
  };
  struct ReaderState {
    BitReader reader{nullptr, nullptr};
    Predictors predictors{};
  };

  static constexpr int kBackAttempts = 256;
  static constexpr long long kTrustedRun = 16;
  static constexpr long long kMaxMcusWithoutMeeting = 1024;  // a meeting comes within a few, once in step

  void readBack();
  bool readBackFrom(const std::uint8_t* start, std::uint64_t base);
  bool meetBack();
  bool takeFromBack(std::span<std::int16_t* const> blocks);
  bool readFront(std::span<std::int16_t* const> blocks);
  void resumeAfterBack();

  enum class Mode { Front, Back, FrontAfterBack };

  const ScanTables& tables_;
  const long long totalMcus_;
  const std::uint8_t* const end_;
  long long nextMcu_ = 0;
  bool failed_ = false;
  Mode mode_ = Mode::Front;

  // The front.
  ReaderState front_;

  // The back: written by its thread, read by the front up to `published_` (release/acquire).
  const std::uint8_t* backStart_ = nullptr;
  std::uint64_t backBase_ = 0;  // unstuffed bits before backStart_
  long long backCapacity_ = 0;  // MCUs it may read
  std::unique_ptr<McuMark[]> marks_;
  std::unique_ptr<std::uint32_t[]> words_;
  std::uint64_t wordCapacity_ = 0;
  std::atomic<long long> published_{0};
  std::atomic<bool> stopBack_{false};
  ReaderState backEnd_;  // where the back stopped: the start of the MCU it could not read, or the end

  // The meeting: the front's MCU `meetingMcu_` is the back's `meetingMark_`.
  long long meetingMcu_ = -1;
  long long meetingMark_ = 0;
  long long markCursor_ = 0;
  long long mcusPassedWithoutMeeting_ = 0;
  bool backGivenUp_ = false;
  Predictors dcShift_{};

  std::thread back_;
};

}  // namespace cs
