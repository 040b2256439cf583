#include "image/jpeg_decoder.h"

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "image/exif_orientation.h"
#include "image/huffman_scan.h"
#include "image/libjpeg_error.h"
#include "image/split_scan.h"

#include <jpegint.h>  // struct jpeg_entropy_decoder: the one libjpeg module a split decode replaces

namespace cs {
namespace {

// A listener hears of the rows in steps of at least this many (a few dozen calls for a whole photo).
constexpr JDIMENSION kRowsPerReport = 16;

// The smallest libjpeg-turbo scaling (1/8, 1/4, 1/2, 1) whose longer side still reaches `minLongSide`.
int chooseScaleDenom(int width, int height, int minLongSide) {
  if (minLongSide <= 0) return 1;
  const int longSide = std::max(width, height);
  for (int denom : {8, 4, 2}) {
    if ((longSide + denom - 1) / denom >= minLongSide) return denom;
  }
  return 1;
}

// libjpeg's entropy decoder for a split decode: libjpeg's coefficient controller calls decode_mcu for
// each MCU, in order, with zeroed blocks, and does the rest (inverse DCT at the chosen scale, upsampling,
// colour) itself, so the pixels are libjpeg's own.
struct SplitEntropy {
  jpeg_entropy_decoder base{};  // first: libjpeg sees only this part
  SplitScan* scan = nullptr;
};

boolean decodeMcuSplit(j_decompress_ptr cinfo, JBLOCKROW* data) {
  auto* self = reinterpret_cast<SplitEntropy*>(cinfo->entropy);  // NOLINT: libjpeg's C inheritance
  std::array<std::int16_t*, D_MAX_BLOCKS_IN_MCU> blocks{};
  for (int block = 0; block < cinfo->blocks_in_MCU; ++block) {
    blocks[static_cast<std::size_t>(block)] = data[block][0];
  }
  // A failure is remembered by the scan; libjpeg finishes its rows, and the caller decodes again plainly.
  (void)self->scan->nextMcu(std::span(blocks.data(), static_cast<std::size_t>(cinfo->blocks_in_MCU)));
  return TRUE;
}

// libjpeg state outside the setjmp frames (see libjpeg_error.h).
struct DecodeJob {
  jpeg_decompress_struct cinfo{};
  LibjpegErrorManager errors{};
  bool created = false;
  std::unique_ptr<ScanTables> scanTables;  // declared before the split, which reads them until joined
  std::unique_ptr<SplitScan> split;
  SplitEntropy splitEntropy;
  ~DecodeJob() {
    if (created) jpeg_destroy_decompress(&cinfo);
  }
};

// These three run inside setjmp guards: a libjpeg error longjmps out of them, so they hold no C++ objects.
bool readHeader(DecodeJob& job, std::span<const std::uint8_t> bytes) {
  job.cinfo.err = installErrorManager(job.errors);
  job.errors.stopOnWarning = true;  // damaged data is refused anyway: stop at once, not after decoding grey
  if (setjmp(job.errors.jump) != 0) return false;
  jpeg_create_decompress(&job.cinfo);
  job.created = true;
  jpeg_mem_src(&job.cinfo, bytes.data(), static_cast<unsigned long>(bytes.size()));  // NOLINT: libjpeg type
  jpeg_read_header(&job.cinfo, TRUE);
  return true;
}

bool startDecompress(DecodeJob& job, int scaleDenom) {
  if (setjmp(job.errors.jump) != 0) return false;
  job.cinfo.scale_num = 1;
  job.cinfo.scale_denom = static_cast<unsigned>(scaleDenom);
  job.cinfo.out_color_space = JCS_RGB;  // greyscale files too
  job.cinfo.dct_method = JDCT_ISLOW;    // the accurate inverse DCT
  jpeg_start_decompress(&job.cinfo);
  return true;
}

// Every row into `rows`, telling `listener` (may be null) as they come. A split decode stops after the
// rows: libjpeg's own reader never read the entropy data, and would take it for stray bytes.
bool readRows(DecodeJob& job, JSAMPROW* rows, DecodeRowListener* listener) {
  if (setjmp(job.errors.jump) != 0) return false;
  JDIMENSION reported = 0;
  while (job.cinfo.output_scanline < job.cinfo.output_height) {
    const JDIMENSION at = job.cinfo.output_scanline;
    jpeg_read_scanlines(&job.cinfo, rows + at, job.cinfo.output_height - at);
    if (listener != nullptr && job.cinfo.output_scanline - reported >= kRowsPerReport) {
      reported = job.cinfo.output_scanline;
      listener->rowsDecoded(static_cast<int>(reported));
    }
  }
  if (!job.split) jpeg_finish_decompress(&job.cinfo);
  return true;
}

// Hands the entropy data to a SplitScan, for a large file of the one-scan kind it reads. After
// jpeg_start_decompress: the tables are checked and complete, and libjpeg has not read the data yet.
void startSplit(DecodeJob& job, std::span<const std::uint8_t> bytes, int scaleDenom, const JpegSplitPolicy& policy) {
  if (bytes.size() < policy.minBytes) return;
  job.scanTables = readScanTables(job.cinfo);
  if (!job.scanTables) return;
  const std::span<const std::uint8_t> data(job.cinfo.src->next_input_byte, job.cinfo.src->bytes_in_buffer);
  job.split = std::make_unique<SplitScan>(*job.scanTables, data, policy.backFraction(scaleDenom));
  job.splitEntropy.base.start_pass = job.cinfo.entropy->start_pass;
  job.splitEntropy.base.decode_mcu = decodeMcuSplit;
  job.splitEntropy.base.insufficient_data = FALSE;
  job.splitEntropy.scan = job.split.get();
  job.cinfo.entropy = &job.splitEntropy.base;
}

// The whole decode into `rows`, true when every row is read from undamaged data. A split decode that
// meets damage, or data that do not end as libjpeg expects, is done again the plain way, whose verdict
// and message stand (the listener is told the rows it heard of are void).
bool decodeAllRows(std::unique_ptr<DecodeJob>& job, std::span<const std::uint8_t> bytes, int denom,
                   JSAMPROW* rows, DecodeRowListener* listener, const JpegSplitPolicy& policy) {
  startSplit(*job, bytes, denom, policy);
  const bool read = readRows(*job, rows, listener);
  if (!job->split || (read && job->split->endedCleanly())) return read;
  if (listener != nullptr) listener->decodeAbandoned();
  job = std::make_unique<DecodeJob>();
  return readHeader(*job, bytes) && startDecompress(*job, denom) && readRows(*job, rows, nullptr);
}

Error damaged(const DecodeJob& job) {
  // libjpeg would survive some damage with a warning and grey rows; either way the pixels cannot be trusted
  // for a certificate photo (a warning stops the decode, with its text as the message).
  const std::string why = job.errors.message;
  return Error{ErrorCode::CorruptImage, "the JPEG data is damaged or truncated: " + why,
               "JPEG 数据已损坏或不完整（" + why + "）：请换一张照片"};
}

std::optional<Error> refusedBeforeDecoding(const jpeg_decompress_struct& cinfo) {
  const auto width = static_cast<std::int64_t>(cinfo.image_width), height = static_cast<std::int64_t>(cinfo.image_height);
  if (width <= 0 || height <= 0) {
    return Error{ErrorCode::CorruptImage, "the JPEG header gives no image size: the file is damaged",
                 "JPEG 文件头中没有图像尺寸，文件已损坏：请换一张照片"};
  }
  if (width > kMaxSide || height > kMaxSide || width * height > kMaxPixels) {
    return Error{ErrorCode::ImageTooLarge, "the JPEG claims " + std::to_string(width) + "x" +
                                               std::to_string(height) + " pixels, beyond the 100-megapixel limit",
                 "这张 JPEG 标称 " + std::to_string(width) + "×" + std::to_string(height) +
                     " 像素，超过 1 亿像素的上限：请换一张照片"};
  }
  if (cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK) {
    return Error{ErrorCode::UnsupportedFormat, "CMYK JPEG (a print file): save the photo as an RGB JPEG",
                 "这是印刷用的 CMYK JPEG：请把照片另存为 RGB JPEG"};
  }
  return std::nullopt;
}

}  // namespace

Expected<LoadedPhoto> decodeJpeg(std::span<const std::uint8_t> bytes, const LoadOptions& options,
                                 DecodeRowListener* listener, const JpegSplitPolicy& split) {
  auto job = std::make_unique<DecodeJob>();
  if (!readHeader(*job, bytes)) {
    return Error{ErrorCode::CorruptImage, std::string("not a readable JPEG: ") + job->errors.message,
                 std::string("JPEG 文件无法读取，可能已损坏（") + job->errors.message + "）：请换一张照片"};
  }
  if (auto refused = refusedBeforeDecoding(job->cinfo)) return *refused;
  const int width = static_cast<int>(job->cinfo.image_width), height = static_cast<int>(job->cinfo.image_height);
  const int denom = chooseScaleDenom(width, height, options.minLongSide);
  if (!startDecompress(*job, denom)) return damaged(*job);

  Image stored(static_cast<int>(job->cinfo.output_width), static_cast<int>(job->cinfo.output_height));
  std::vector<JSAMPROW> rows(stored.height);
  for (int y = 0; y < stored.height; ++y) rows[y] = stored.row(y);
  const int orientation = readExifOrientation(bytes);
  // Only an upright photo's rows land where they stay; a turned one is turned whole afterwards.
  DecodeRowListener* rowListener = orientation == 1 ? listener : nullptr;
  if (rowListener != nullptr) rowListener->decodeStarted(stored);
  if (!decodeAllRows(job, bytes, denom, rows.data(), rowListener, split)) {
    if (rowListener != nullptr) rowListener->decodeAbandoned();
    return damaged(*job);
  }

  LoadedPhoto photo;
  photo.source.format = PhotoFormat::Jpeg;
  photo.source.storedSize = {width, height};
  photo.source.channels = job->cinfo.jpeg_color_space == JCS_GRAYSCALE ? 1 : 3;
  photo.source.decodeScaleDenom = denom;
  photo.source.exifOrientation = orientation;
  // Upright already (the common case): keep the decoded pixels rather than copy them.
  photo.image = orientation == 1 ? std::move(stored) : applyExifOrientation(stored, orientation);
  return photo;
}

}  // namespace cs
