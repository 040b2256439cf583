#include "encode/jpeg_decode_check.h"

#include <memory>

#include "image/libjpeg_error.h"

namespace cs::encode {
namespace {

// libjpeg state outside the setjmp frame (see libjpeg_error.h).
struct DecodeJob {
  jpeg_decompress_struct cinfo{};
  LibjpegErrorManager errors{};
};

// Runs inside a setjmp guard: a libjpeg error longjmps out of it, so it creates no C++ objects.
// Reads every block's coefficients: all of the entropy-coded data and every marker, which is where damage
// shows (a bad Huffman code, a missing restart, a file cut short). The inverse DCT and colour conversion
// after it cannot fail, so they are not run: half the time of a full decode.
void readAllCoefficients(DecodeJob& job, std::span<const std::uint8_t> bytes) {
  jpeg_create_decompress(&job.cinfo);
  jpeg_mem_src(&job.cinfo, bytes.data(), static_cast<unsigned long>(bytes.size()));  // NOLINT: libjpeg type
  jpeg_read_header(&job.cinfo, TRUE);
  jpeg_read_coefficients(&job.cinfo);
  jpeg_finish_decompress(&job.cinfo);
}

bool runGuarded(DecodeJob& job, std::span<const std::uint8_t> bytes) {
  job.cinfo.err = installErrorManager(job.errors);
  if (setjmp(job.errors.jump) != 0) return false;
  readAllCoefficients(job, bytes);
  return true;
}

}  // namespace

DecodeCheck decodeCompletely(std::span<const std::uint8_t> bytes) {
  auto job = std::make_unique<DecodeJob>();
  const bool ok = runGuarded(*job, bytes);
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
