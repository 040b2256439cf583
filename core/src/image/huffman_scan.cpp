#include "image/huffman_scan.h"

#include <cstdio>  // jpeglib.h needs FILE and size_t declared first
#include <cstring>
#include <jpeglib.h>

namespace cs {
namespace {

constexpr int kFast = HuffmanTable::kFastBits;

// The zig-zag order of a block's coefficients, as JPEG stores them, to the natural (row-major) index.
constexpr std::array<std::uint8_t, 64> naturalOrder() {
  std::array<std::uint8_t, 64> order{};
  int row = 0, col = 0;
  for (int k = 0; k < 64; ++k) {
    order[k] = static_cast<std::uint8_t>(row * 8 + col);
    const bool up = (row + col) % 2 == 0;  // even diagonals run up and to the right
    if (up) {
      if (col == 7) ++row;
      else if (row == 0) ++col;
      else --row, ++col;
    } else {
      if (row == 7) ++col;
      else if (col == 0) ++row;
      else ++row, --col;
    }
  }
  return order;
}
constexpr std::array<std::uint8_t, 64> kNatural = naturalOrder();
static_assert(kNatural[1] == 1 && kNatural[2] == 8 && kNatural[3] == 16 && kNatural[63] == 63);

// A symbol through the fast lookup, else code by code (the canonical decode of JPEG's F.2.2.3). -1 if
// no code matches: damaged data, or a wrong guess of where a block starts.
int decodeSymbol(BitReader& bits, const HuffmanTable& table) {
  const std::uint16_t fast = table.fastSymbol[bits.peek(kFast)];
  if (fast != 0) {
    bits.skip(fast >> 8);
    return fast & 0xFF;
  }
  for (int length = kFast + 1; length <= 16; ++length) {
    const auto code = static_cast<std::int32_t>(bits.peek(length));
    if (code <= table.maxCode[length]) {
      bits.skip(length);
      return table.symbols[table.firstIndex[length] + code];
    }
  }
  return -1;
}

// AC entries that do a whole coefficient in one lookup (see HuffmanTable::fastAc). A zero run of 16
// (ZRL) is left to the slow path, which lets it run past the block's end as libjpeg does.
void fillFastAc(HuffmanTable& table) {
  for (int index = 0; index < (1 << kFast); ++index) {
    const std::uint16_t fast = table.fastSymbol[index];
    if (fast == 0) continue;
    const int length = fast >> 8, symbol = fast & 0xFF, run = symbol >> 4, size = symbol & 15;
    if (size == 0) {
      // libjpeg ends the block on any zero-size symbol but ZRL.
      if (run != 15) table.fastAc[index] = length | HuffmanTable::kEndOfBlock;
      continue;
    }
    if (length + size > kFast) continue;
    const std::int32_t magnitude = (index >> (kFast - length - size)) & ((1 << size) - 1);
    const auto value = static_cast<std::uint32_t>(extendMagnitude(magnitude, size));
    table.fastAc[index] = static_cast<std::int32_t>((value << 16) | static_cast<std::uint32_t>(run << 8) |
                                                    static_cast<std::uint32_t>(length + size));
  }
}

// Where a block's coefficients go: straight into libjpeg's zeroed block, or appended as (index, value)
// words for the back's store (split_scan.h), which keeps only the coefficients that are not zero. The DC
// always comes first, at index 0.
struct DenseBlock {
  std::int16_t* block;
  void put(int index, std::int32_t value) { block[index] = static_cast<std::int16_t>(value); }
};
struct SparseBlock {
  std::uint32_t* words;
  int count = 0;
  void put(int index, std::int32_t value) {
    words[count++] = (static_cast<std::uint32_t>(index) << 16) | static_cast<std::uint16_t>(value);
  }
};

// One block: its DC, then each AC coefficient that is not zero (see decodeMcu for when it fails).
template <class Sink>
bool decodeBlockInto(BitReader& bits, const HuffmanTable& dc, const HuffmanTable& ac, std::int32_t& dcPredictor,
                     Sink& out) {
  bits.ensure(32);
  const int category = decodeSymbol(bits, dc);
  if (category < 0) return false;
  if (category != 0) {
    // Unsigned, as libjpeg: a damaged stream's running sum wraps rather than overflows.
    dcPredictor = static_cast<std::int32_t>(static_cast<std::uint32_t>(dcPredictor) +
                                            static_cast<std::uint32_t>(bits.signedBits(category)));
  }
  out.put(0, dcPredictor);
  for (int k = 1; k < 64;) {
    bits.ensure(32);
    const std::int32_t fast = ac.fastAc[bits.peek(kFast)];
    if (fast != 0) {
      bits.skip(fast & 0xFF);
      if ((fast & HuffmanTable::kEndOfBlock) != 0) return true;
      k += (fast >> 8) & 15;
      if (k > 63) return false;  // libjpeg would write it into the last place; it is left to libjpeg
      out.put(kNatural[k], fast >> 16);
      ++k;
      continue;
    }
    const int symbol = decodeSymbol(bits, ac);
    if (symbol < 0) return false;
    const int run = symbol >> 4, size = symbol & 15;
    if (size == 0) {
      if (run != 15) return true;  // end of block
      k += 16;
      continue;
    }
    k += run;
    if (k > 63) return false;
    out.put(kNatural[k], bits.signedBits(size));
    ++k;
  }
  return true;
}

bool acceptedScan(const jpeg_decompress_struct& cinfo) {
  constexpr int kMostBlocks = static_cast<int>(ScanLayout{}.componentOfBlock.size());
  return !cinfo.progressive_mode && !cinfo.arith_code && cinfo.data_precision == 8 && cinfo.restart_interval == 0 &&
         cinfo.comps_in_scan == cinfo.num_components && cinfo.Ss == 0 && cinfo.Se == 63 && cinfo.Ah == 0 &&
         cinfo.Al == 0 && cinfo.blocks_in_MCU >= 1 && cinfo.blocks_in_MCU <= kMostBlocks;
}

}  // namespace

bool HuffmanTable::build(const std::uint8_t* bits, const std::uint8_t* values, bool isAc) {
  fastSymbol.fill(0);
  fastAc.fill(0);
  maxCode.fill(-1);
  int code = 0, index = 0;
  for (int length = 1; length <= 16; ++length) {
    if (index + bits[length] > 256) return false;
    firstIndex[length] = index - code;
    for (int i = 0; i < bits[length]; ++i, ++code, ++index) {
      symbols[index] = values[index];
      if (length > kFast) continue;
      const int first = code << (kFast - length), count = 1 << (kFast - length);
      for (int j = 0; j < count; ++j) {
        fastSymbol[first + j] = static_cast<std::uint16_t>((length << 8) | values[index]);
      }
    }
    if (bits[length] > 0) maxCode[length] = code - 1;
    if (code >= (1 << length)) return false;  // libjpeg's rule too: no code may be all ones
    code <<= 1;
  }
  if (isAc) fillFastAc(*this);
  return true;
}

// Byte by byte, for a 0xFF (stuffed, fill or a marker) or the end of the data. As libjpeg: fill 0xFFs are
// skipped, 0xFF 0x00 is a data 0xFF, anything else is a marker, after which only zeros come.
BitReader BitReader::refilledSlowly(BitReader reader) {
  reader.refillByBytes();
  return reader;
}

void BitReader::refillByBytes() {
  while (count_ <= 55) {
    std::uint64_t byte = 0;
    if (marker_ == nullptr && next_ >= end_) {
      marker_ = end_;
      realBits_ = appended_;
    } else if (marker_ == nullptr && *next_ != 0xFF) {
      byte = *next_++;
    } else if (marker_ == nullptr) {
      const std::uint8_t* after = next_ + 1;
      while (after < end_ && *after == 0xFF) ++after;
      if (after < end_ && *after == 0x00) {
        byte = 0xFF;
        next_ = after + 1;
      } else {
        marker_ = next_;
        realBits_ = appended_;
      }
    }
    bits_ |= byte << (56 - count_);
    count_ += 8;
    appended_ += 8;
  }
}

bool BitReader::endsAtImageEnd() const {
  const std::uint64_t paddedEnd = (position() + 7) / 8 * 8;
  BitReader ahead = *this;
  if (ahead.count_ > 55) ahead.skip(ahead.count_ - 55);  // room for one more byte: the marker, if it is next
  ahead.refillByBytes();
  if (ahead.marker_ == nullptr || ahead.marker_ == ahead.end_ || ahead.realBits_ != paddedEnd) return false;
  const std::uint8_t* code = ahead.marker_;
  while (code < ahead.end_ && *code == 0xFF) ++code;
  return code < ahead.end_ && *code == 0xD9;
}

std::unique_ptr<ScanTables> readScanTables(const jpeg_decompress_struct& cinfo) {
  if (!acceptedScan(cinfo)) return nullptr;
  auto tables = std::make_unique<ScanTables>();
  for (int slot = 0; slot < NUM_HUFF_TBLS; ++slot) {
    const JHUFF_TBL* dc = cinfo.dc_huff_tbl_ptrs[slot];
    const JHUFF_TBL* ac = cinfo.ac_huff_tbl_ptrs[slot];
    if (dc != nullptr && !tables->dc[slot].build(dc->bits, dc->huffval, false)) return nullptr;
    if (ac != nullptr && !tables->ac[slot].build(ac->bits, ac->huffval, true)) return nullptr;
  }
  ScanLayout& layout = tables->layout;
  layout.blocksPerMcu = cinfo.blocks_in_MCU;
  for (int block = 0; block < cinfo.blocks_in_MCU; ++block) {
    const int component = cinfo.MCU_membership[block];
    const jpeg_component_info* info = cinfo.cur_comp_info[component];
    if (cinfo.dc_huff_tbl_ptrs[info->dc_tbl_no] == nullptr || cinfo.ac_huff_tbl_ptrs[info->ac_tbl_no] == nullptr) {
      return nullptr;
    }
    layout.componentOfBlock[block] = component;
    layout.dcTableOfBlock[block] = &tables->dc[info->dc_tbl_no];
    layout.acTableOfBlock[block] = &tables->ac[info->ac_tbl_no];
  }
  tables->mcusPerRow = static_cast<int>(cinfo.MCUs_per_row);
  tables->mcuRows = static_cast<int>(cinfo.MCU_rows_in_scan);
  return tables;
}

// The reader and predictors are copied in and out: in locals the compiler keeps them in registers, where
// through references it would store them after every coefficient (it cannot tell they are not the block).
bool decodeMcu(BitReader& bits, const ScanLayout& layout, Predictors& predictors,
               std::span<std::int16_t* const> blocks) {
  BitReader reader = bits;
  Predictors running = predictors;
  for (int block = 0; block < layout.blocksPerMcu; ++block) {
    DenseBlock sink{blocks[static_cast<std::size_t>(block)]};
    if (!decodeBlockInto(reader, *layout.dcTableOfBlock[block], *layout.acTableOfBlock[block],
                         running[static_cast<std::size_t>(layout.componentOfBlock[block])], sink)) {
      return false;
    }
  }
  if (reader.overran()) return false;
  bits = reader;
  predictors = running;
  return true;
}

long decodeMcu(BitReader& bits, const ScanLayout& layout, Predictors& predictors, std::uint32_t* words) {
  BitReader reader = bits;
  Predictors running = predictors;
  long written = 0;
  for (int block = 0; block < layout.blocksPerMcu; ++block) {
    SparseBlock sink{words + written + 1};
    if (!decodeBlockInto(reader, *layout.dcTableOfBlock[block], *layout.acTableOfBlock[block],
                         running[static_cast<std::size_t>(layout.componentOfBlock[block])], sink)) {
      return -1;
    }
    words[written] = static_cast<std::uint32_t>(sink.count);
    written += 1 + sink.count;
  }
  if (reader.overran()) return -1;
  bits = reader;
  predictors = running;
  return written;
}

}  // namespace cs
