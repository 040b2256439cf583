#include "encode/jpeg_decode_check.h"

#include <memory>
#include <vector>

#include "image/libjpeg_error.h"

namespace cs::encode {
namespace {

// libjpeg state outside the setjmp frame (see libjpeg_error.h).
struct DecodeJob {
  jpeg_decompress_struct cinfo{};
  LibjpegErrorManager errors{};
  std::vector<JSAMPLE> row;  // sized before the guarded part; only written through its data pointer there
};

// Both run inside a setjmp guard: a libjpeg error longjmps out of them, so they create no C++ objects.
void startDecode(DecodeJob& job, std::span<const std::uint8_t> bytes) {
  jpeg_create_decompress(&job.cinfo);
  jpeg_mem_src(&job.cinfo, bytes.data(), static_cast<unsigned long>(bytes.size()));  // NOLINT: libjpeg type
  jpeg_read_header(&job.cinfo, TRUE);
  job.cinfo.out_color_space = JCS_RGB;
  jpeg_start_decompress(&job.cinfo);
}

void readScanlines(DecodeJob& job) {
  JSAMPROW row = job.row.data();
  while (job.cinfo.output_scanline < job.cinfo.output_height) jpeg_read_scanlines(&job.cinfo, &row, 1);
  jpeg_finish_decompress(&job.cinfo);
}

bool runHeader(DecodeJob& job, std::span<const std::uint8_t> bytes) {
  job.cinfo.err = installErrorManager(job.errors);
  if (setjmp(job.errors.jump) != 0) return false;
  startDecode(job, bytes);
  return true;
}

bool runScanlines(DecodeJob& job) {
  if (setjmp(job.errors.jump) != 0) return false;
  readScanlines(job);
  return true;
}

}  // namespace

DecodeCheck decodeCompletely(std::span<const std::uint8_t> bytes) {
  auto job = std::make_unique<DecodeJob>();
  bool ok = runHeader(*job, bytes);
  if (ok) {
    job->row.resize(static_cast<std::size_t>(job->cinfo.output_width) * job->cinfo.output_components);
    ok = runScanlines(*job);
  }
  jpeg_destroy_decompress(&job->cinfo);
  DecodeCheck check;
  if (!ok) {
    check.problem = std::string("cannot be decoded: ") + job->errors.message;
  } else if (job->errors.warningCount > 0) {
    check.problem = std::string("damaged data: ") + job->errors.firstWarning;
  } else {
    check.ok = true;
  }
  return check;
}

}  // namespace cs::encode
