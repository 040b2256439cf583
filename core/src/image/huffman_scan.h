#pragma once
// Baseline JPEG entropy decoding (sequential Huffman, 8-bit samples, one scan holding every component),
// ours rather than libjpeg's for one reason: it knows where each block begins in the bit stream. That lets
// a second thread start reading in the middle of the data and prove where its reading and the first
// thread's agree (split_scan.h). Blocks come out as libjpeg's own decoder leaves them: coefficients in
// natural order, DC as the running sum of the differences, not dequantised.
#include <array>
#include <cstdint>
#include <memory>
#include <span>

struct jpeg_decompress_struct;

namespace cs {

// JPEG's "extend": n magnitude bits as a signed value (a leading 0 bit means negative).
inline std::int32_t extendMagnitude(std::int32_t v, int n) { return v < (1 << (n - 1)) ? v - (1 << n) + 1 : v; }

// One Huffman table made fast: a lookup of the next kFastBits bits, then the canonical codes for the rest.
struct HuffmanTable {
  static constexpr int kFastBits = 10;
  // AC tables: one lookup gives run, total length (code and magnitude bits) and value when both fit in
  // kFastBits. Bits 0-7 length, 8-11 run, bit 12 end of block, bits 16-31 the value; 0 means "look further".
  static constexpr std::int32_t kEndOfBlock = 1 << 12;
  std::array<std::int32_t, 1 << kFastBits> fastAc{};
  std::array<std::uint16_t, 1 << kFastBits> fastSymbol{};  // (code length << 8) | symbol; 0 if longer
  std::array<std::int32_t, 18> maxCode{};  // the largest code of each length, -1 if none (17: sentinel)
  std::array<std::int32_t, 17> firstIndex{};  // symbols[] index of each length's first code, less that code
  std::array<std::uint8_t, 256> symbols{};

  // `bits[1..16]` codes of each length and their `values`, as in a DHT segment. False for a table no
  // valid stream could use (more codes than a length allows).
  bool build(const std::uint8_t* bits, const std::uint8_t* values, bool isAc);
};

// The stream's bits, most significant first, with the 0x00 after each data 0xFF dropped. Stops at a
// marker: past it come zeros, and `overran()` says they were read.
class BitReader {
 public:
  BitReader(const std::uint8_t* data, const std::uint8_t* end) : next_(data), end_(end) {}

  // Unstuffed bits read so far from where this reader started.
  std::uint64_t position() const { return appended_ - static_cast<std::uint64_t>(count_); }
  bool overran() const { return position() > realBits_; }
  // After the last block: do the data end here, the rest of this byte padding, and an end-of-image
  // marker follow? (Anything else between the last block and the marker libjpeg would warn about.)
  bool endsAtImageEnd() const;

  void ensure(int n) {
    if (count_ < n) refill();
  }
  // At least 56 bits in the buffer: whole bytes from one 8-byte load while none of them is 0xFF.
  void refill() {
    if (marker_ == nullptr && end_ - next_ >= 8) [[likely]] {
      std::uint64_t word = 0;
      for (int i = 0; i < 8; ++i) word = (word << 8) | next_[i];  // big-endian; the compiler makes one load
      const int bytes = (63 - count_) >> 3;
      const std::uint64_t taken = word & ~(~std::uint64_t{0} >> (8 * bytes));
      const std::uint64_t inverted = ~taken;  // a 0xFF byte among those taken becomes a zero byte
      constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
      if (((inverted - kOnes) & ~inverted & kHighs) == 0) [[likely]] {
        bits_ |= taken >> count_;
        count_ += 8 * bytes;
        next_ += bytes;
        appended_ += static_cast<std::uint64_t>(8 * bytes);
        return;
      }
    }
    // By value, not through `this`: a reader copied into a decoding loop's registers stays there.
    *this = refilledSlowly(*this);
  }
  std::uint32_t peek(int n) const { return static_cast<std::uint32_t>(bits_ >> (64 - n)); }
  void skip(int n) {
    bits_ <<= n;
    count_ -= n;
  }
  // n (1-16) bits as a signed coefficient.
  std::int32_t signedBits(int n) {
    const auto v = static_cast<std::int32_t>(peek(n));
    skip(n);
    return extendMagnitude(v, n);
  }

 private:
  static BitReader refilledSlowly(BitReader reader);
  void refillByBytes();

  std::uint64_t bits_ = 0;  // left-aligned
  int count_ = 0;          // 0-63
  const std::uint8_t* next_;
  const std::uint8_t* end_;
  std::uint64_t appended_ = 0;
  std::uint64_t realBits_ = ~std::uint64_t{0};  // bits before the marker, once one is met
  const std::uint8_t* marker_ = nullptr;
};

// What a scan's blocks need: each block's component, its tables, and the MCU's size.
struct ScanLayout {
  int blocksPerMcu = 0;
  std::array<int, 10> componentOfBlock{};  // index into the DC predictors
  std::array<const HuffmanTable*, 10> dcTableOfBlock{};
  std::array<const HuffmanTable*, 10> acTableOfBlock{};
};

// The tables and layout of a file's one scan, read from libjpeg after jpeg_start_decompress (which has
// checked the tables and filled in the standard ones a file may leave out). Null for a file this decoder
// does not take: progressive, arithmetic-coded, 12-bit, restart markers, or components in several scans.
struct ScanTables {
  std::array<HuffmanTable, 4> dc, ac;
  ScanLayout layout;
  int mcusPerRow = 0, mcuRows = 0;
  long long mcus() const { return static_cast<long long>(mcusPerRow) * mcuRows; }
};
std::unique_ptr<ScanTables> readScanTables(const jpeg_decompress_struct& cinfo);

// Each component's running DC value.
using Predictors = std::array<std::int32_t, 4>;

// Decodes one MCU's blocks, in the layout's order. Fails (leaving `bits` and `predictors` as they were)
// when the bits cannot be an MCU: an unknown code, a coefficient past the 64th, or the zeros past the
// data's end. For the front that is damaged data, for the back a wrong guess of where it is.
// Into libjpeg's zeroed blocks:
bool decodeMcu(BitReader& bits, const ScanLayout& layout, Predictors& predictors,
               std::span<std::int16_t* const> blocks);
// Into `words` (room for 65 a block): each block as its count of words, then (index << 16 | value)
// words. Returns the words written, or -1.
long decodeMcu(BitReader& bits, const ScanLayout& layout, Predictors& predictors, std::uint32_t* words);

}  // namespace cs
