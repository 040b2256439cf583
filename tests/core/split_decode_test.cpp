// A large JPEG's entropy data are read on two cores (image/split_scan.h): the front from the start, the
// back from a guessed point in the middle, joined where both readings provably agree. A photographer relies
// on it giving exactly libjpeg's pixels, whatever the file, and on a damaged file being refused just as
// before. These tests force the split on files of every layout, from many starting points.
#include <gtest/gtest.h>

#include <cstdio>  // jpeglib.h needs FILE and size_t declared first
#include <filesystem>
#include <fstream>
#include <random>
#include <jpeglib.h>

#include "cs/core/photo_loader.h"
#include "image/huffman_scan.h"
#include "image/jpeg_decoder.h"
#include "image/split_scan.h"
#include "support/test_support.h"

namespace cs {
namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

JpegSplitPolicy splitAt(double backFraction) { return JpegSplitPolicy::always(backFraction); }

// How a test file is laid out: its components, the luma's sampling, restart markers, optimised tables.
struct Layout {
  int components = 3;
  int lumaH = 2, lumaV = 2;
  unsigned restartRows = 0;
  bool optimise = false;
  int quality = 90;
};

// An encode with libjpeg itself, so the layouts the station's own encoder never makes are covered too.
Bytes encode(const Image& image, const Layout& layout) {
  jpeg_compress_struct cinfo{};
  jpeg_error_mgr errors{};
  cinfo.err = jpeg_std_error(&errors);
  jpeg_create_compress(&cinfo);
  unsigned char* out = nullptr;
  unsigned long size = 0;  // NOLINT: libjpeg's type
  jpeg_mem_dest(&cinfo, &out, &size);
  cinfo.image_width = static_cast<JDIMENSION>(image.width);
  cinfo.image_height = static_cast<JDIMENSION>(image.height);
  cinfo.input_components = 3;
  cinfo.in_color_space = JCS_RGB;
  jpeg_set_defaults(&cinfo);
  if (layout.components == 1) jpeg_set_colorspace(&cinfo, JCS_GRAYSCALE);
  jpeg_set_quality(&cinfo, layout.quality, TRUE);
  cinfo.comp_info[0].h_samp_factor = layout.lumaH;
  cinfo.comp_info[0].v_samp_factor = layout.lumaV;
  cinfo.restart_in_rows = static_cast<int>(layout.restartRows);
  cinfo.optimize_coding = layout.optimise ? TRUE : FALSE;
  jpeg_start_compress(&cinfo, TRUE);
  while (cinfo.next_scanline < cinfo.image_height) {
    JSAMPROW row = const_cast<std::uint8_t*>(image.row(static_cast<int>(cinfo.next_scanline)));
    jpeg_write_scanlines(&cinfo, &row, 1);
  }
  jpeg_finish_compress(&cinfo);
  jpeg_destroy_compress(&cinfo);
  Bytes bytes(out, out + size);
  std::free(out);
  return bytes;
}

const Image& sitter() {
  static const Image image = [] {
    auto photo = loadPhoto(test::fixture("london-002-pass.jpg"));
    return photo.ok() ? photo->image : Image{};
  }();
  return image;
}

// Counts what a listener hears, as the face search does while the rows come.
class CountingListener : public DecodeRowListener {
 public:
  void decodeStarted(const Image& image) override {
    ++starts;
    buffer = &image;
  }
  void decodeAbandoned() override { ++abandoned; }
  void rowsDecoded(int n) override { rows = n; }
  int starts = 0, abandoned = 0, rows = 0;
  const Image* buffer = nullptr;
};

enum class Redo { NotExpected, Allowed };

// The same decode, plain and split: the same verdict, message and pixels. An intact file must not need
// the plain decode after the split one (which would give the right pixels, only slower).
void expectSameDecode(const Bytes& bytes, const LoadOptions& options, double backFraction, const std::string& what,
                      Redo redo = Redo::NotExpected) {
  const auto plain = decodeJpeg(bytes, options, nullptr, JpegSplitPolicy::never());
  CountingListener listener;
  const auto split = decodeJpeg(bytes, options, &listener, splitAt(backFraction));
  ASSERT_EQ(plain.ok(), split.ok()) << what << " at " << backFraction;
  if (plain.ok() && redo == Redo::NotExpected) {
    EXPECT_EQ(listener.abandoned, 0) << what << " was decoded twice";
  }
  if (!plain.ok()) {
    EXPECT_EQ(plain.error().message, split.error().message) << what << " at " << backFraction;
    return;
  }
  EXPECT_EQ(plain->image.width, split->image.width) << what;
  EXPECT_TRUE(plain->image.rgb == split->image.rgb) << what << ": pixels differ with the back at " << backFraction;
}

// The coefficients libjpeg reads, block by block in MCU order, for comparison with a SplitScan's.
struct ScanUnderTest {
  jpeg_decompress_struct cinfo{};
  jpeg_error_mgr errors{};
  std::unique_ptr<ScanTables> tables;
  std::span<const std::uint8_t> data;
  explicit ScanUnderTest(const Bytes& bytes) {
    cinfo.err = jpeg_std_error(&errors);
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, bytes.data(), static_cast<unsigned long>(bytes.size()));  // NOLINT: libjpeg's type
    jpeg_read_header(&cinfo, TRUE);
    data = {cinfo.src->next_input_byte, cinfo.src->bytes_in_buffer};
    jpeg_start_decompress(&cinfo);
    tables = readScanTables(cinfo);
  }
  ~ScanUnderTest() { jpeg_destroy_decompress(&cinfo); }
};

std::vector<std::int16_t> libjpegCoefficients(const Bytes& bytes) {
  jpeg_decompress_struct cinfo{};
  jpeg_error_mgr errors{};
  cinfo.err = jpeg_std_error(&errors);
  jpeg_create_decompress(&cinfo);
  jpeg_mem_src(&cinfo, bytes.data(), static_cast<unsigned long>(bytes.size()));  // NOLINT: libjpeg's type
  jpeg_read_header(&cinfo, TRUE);
  jvirt_barray_ptr* arrays = jpeg_read_coefficients(&cinfo);
  std::vector<std::int16_t> all;
  for (JDIMENSION mcuRow = 0; mcuRow < cinfo.MCU_rows_in_scan; ++mcuRow) {
    for (JDIMENSION mcu = 0; mcu < cinfo.MCUs_per_row; ++mcu) {
      for (int c = 0; c < cinfo.comps_in_scan; ++c) {
        const jpeg_component_info* comp = cinfo.cur_comp_info[c];
        for (int y = 0; y < comp->MCU_height; ++y) {
          const JDIMENSION blockRow = mcuRow * static_cast<JDIMENSION>(comp->MCU_height) + static_cast<JDIMENSION>(y);
          JBLOCKARRAY rows = cinfo.mem->access_virt_barray(reinterpret_cast<j_common_ptr>(&cinfo),
                                                           arrays[comp->component_index], blockRow, 1, FALSE);
          for (int x = 0; x < comp->MCU_width; ++x) {
            const JCOEF* block = rows[0][mcu * static_cast<JDIMENSION>(comp->MCU_width) + x];
            all.insert(all.end(), block, block + 64);
          }
        }
      }
    }
  }
  jpeg_destroy_decompress(&cinfo);
  return all;
}

std::vector<std::int16_t> splitCoefficients(const Bytes& bytes, double backFraction, long long* meeting) {
  ScanUnderTest scan(bytes);
  if (!scan.tables) return {};
  SplitScan split(*scan.tables, scan.data, backFraction);
  split.waitForBack();  // the meeting then does not depend on how a loaded machine schedules the threads
  const int perMcu = scan.tables->layout.blocksPerMcu;
  std::vector<std::int16_t> all(static_cast<std::size_t>(scan.tables->mcus() * perMcu * 64), 0);
  std::vector<std::int16_t*> blocks(static_cast<std::size_t>(perMcu));
  for (long long mcu = 0; mcu < scan.tables->mcus(); ++mcu) {
    for (int b = 0; b < perMcu; ++b) {
      blocks[static_cast<std::size_t>(b)] = &all[static_cast<std::size_t>((mcu * perMcu + b) * 64)];
    }
    if (!split.nextMcu(blocks)) return {};
  }
  EXPECT_TRUE(split.endedCleanly());
  *meeting = split.meetingMcu();
  return all;
}

TEST(SplitDecode, TheBackIsJoinedAndEveryCoefficientIsLibjpegs) {
  const Bytes bytes = readAll(test::fixture("london-012-teeth.jpg"));
  const auto expected = libjpegCoefficients(bytes);
  for (double backFraction : {0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95}) {
    long long meeting = -1;
    const auto split = splitCoefficients(bytes, backFraction, &meeting);
    EXPECT_TRUE(split == expected) << "back at " << backFraction;
    EXPECT_GT(meeting, 0) << "the back's reading was used, from a point it was proved right (" << backFraction << ")";
  }
}

TEST(SplitDecode, EveryLayoutGivesLibjpegsPixels) {
  ASSERT_GT(sitter().width, 0);
  const std::vector<std::pair<std::string, Layout>> layouts = {
      {"4:2:0", {}},
      {"4:4:4", {3, 1, 1, 0, false, 90}},
      {"4:2:2", {3, 2, 1, 0, false, 90}},
      {"greyscale", {1, 1, 1, 0, false, 90}},
      {"optimised tables", {3, 2, 2, 0, true, 97}},
      {"quality 40", {3, 2, 2, 0, false, 40}},
      {"restart markers (read the plain way)", {3, 2, 2, 4, false, 90}},
  };
  for (const auto& [name, layout] : layouts) {
    const Bytes bytes = encode(sitter(), layout);
    for (double backFraction : {0.1, 0.5, 0.9}) {
      expectSameDecode(bytes, LoadOptions{}, backFraction, name + ", full size");
      expectSameDecode(bytes, LoadOptions{300}, backFraction, name + ", reduced");
    }
  }
}

TEST(SplitDecode, DamagedFilesAreRefusedAsBefore) {
  const Bytes whole = readAll(test::fixture("london-012-teeth.jpg"));
  for (double keep : {0.3, 0.55, 0.8, 0.999}) {
    const auto kept = static_cast<std::ptrdiff_t>(static_cast<double>(whole.size()) * keep);
    const Bytes cut(whole.begin(), whole.begin() + kept);
    expectSameDecode(cut, LoadOptions{}, 0.5, "cut to " + std::to_string(keep));
  }
  // Stray bytes between the last block and the end-of-image marker, and data after the marker.
  Bytes stray = whole;
  stray.insert(stray.end() - 2, {0x12, 0x34, 0x56});
  expectSameDecode(stray, LoadOptions{}, 0.5, "stray bytes before the end marker");
  Bytes trailing = whole;
  trailing.insert(trailing.end(), 4096, 0x5A);
  expectSameDecode(trailing, LoadOptions{}, 0.5, "data after the end marker");
  // Bytes changed in the entropy data: whatever libjpeg makes of them, the split makes the same.
  std::mt19937 random(7);
  std::uniform_int_distribution<std::size_t> where(whole.size() / 10, whole.size() - 3);
  for (int trial = 0; trial < 40; ++trial) {
    Bytes changed = whole;
    changed[where(random)] ^= static_cast<std::uint8_t>(1 + trial % 255);
    expectSameDecode(changed, LoadOptions{}, 0.5, "changed byte, trial " + std::to_string(trial), Redo::Allowed);
  }
}

TEST(SplitDecode, TheFaceSearchHearsOfRowsAndOfDamage) {
  const Bytes whole = readAll(test::fixture("london-012-teeth.jpg"));
  CountingListener intact;
  auto photo = decodeJpeg(whole, LoadOptions{}, &intact, splitAt(0.5));
  ASSERT_TRUE(photo.ok());
  EXPECT_EQ(intact.starts, 1);
  EXPECT_EQ(intact.abandoned, 0);
  EXPECT_GT(intact.rows, photo->image.height - 16) << "told of the rows in steps of 16";

  const Bytes cut(whole.begin(), whole.begin() + static_cast<std::ptrdiff_t>(whole.size() * 8 / 10));
  CountingListener damaged;
  auto refused = decodeJpeg(cut, LoadOptions{}, &damaged, splitAt(0.5));
  EXPECT_FALSE(refused.ok());
  EXPECT_GE(damaged.abandoned, 1) << "the rows it heard of are void";
}

TEST(SplitDecode, EverySharedJpegGivesLibjpegsPixels) {
  CS_REQUIRE_SHARED_DATA();
  int files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(test::sharedPhoto(""))) {
    const std::string extension = entry.path().extension().string();
    if (extension != ".jpg" && extension != ".jpeg" && extension != ".JPG") continue;
    const Bytes bytes = readAll(entry.path().string());
    expectSameDecode(bytes, LoadOptions{}, 0.6, entry.path().filename().string());
    expectSameDecode(bytes, LoadOptions{1000}, 0.6, entry.path().filename().string() + ", reduced");
    ++files;
  }
  EXPECT_GT(files, 50);
}

}  // namespace
}  // namespace cs
