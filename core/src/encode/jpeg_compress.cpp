#include "encode/jpeg_compress.h"

#include <cstdlib>
#include <memory>
#include <string>

#include "image/libjpeg_error.h"

namespace cs::encode {
namespace {

// Everything libjpeg touches lives here, outside the frame that calls setjmp, so nothing in that frame is
// modified between setjmp and a longjmp.
struct CompressJob {
  jpeg_compress_struct cinfo{};
  LibjpegErrorManager errors{};
  unsigned char* output = nullptr;  // malloc'ed by jpeg_mem_dest; freed by the caller
  unsigned long outputSize = 0;     // NOLINT(google-runtime-int): libjpeg's type
};

void configure(CompressJob& job, const Image& image, const CompressSettings& settings) {
  jpeg_compress_struct& c = job.cinfo;
  c.image_width = static_cast<JDIMENSION>(image.width);
  c.image_height = static_cast<JDIMENSION>(image.height);
  c.input_components = 3;
  c.in_color_space = JCS_RGB;
  jpeg_set_defaults(&c);                        // YCbCr, Huffman, sequential (baseline), JFIF APP0 on
  jpeg_set_quality(&c, settings.quality, TRUE); // the standard IJG tables scaled by quality, clamped to 255
  c.optimize_coding = settings.optimiseHuffman ? TRUE : FALSE;  // either way still SOF0 baseline
  c.write_JFIF_header = TRUE;
  c.density_unit = 1;                           // 1 = dots per inch
  c.X_density = static_cast<UINT16>(settings.dotsPerInch);
  c.Y_density = static_cast<UINT16>(settings.dotsPerInch);
}

// Runs inside the setjmp guard: only plain C data here, since a libjpeg error longjmps out of it.
void compressRows(CompressJob& job, const Image& image, const CompressSettings& settings) {
  jpeg_create_compress(&job.cinfo);
  jpeg_mem_dest(&job.cinfo, &job.output, &job.outputSize);
  configure(job, image, settings);
  jpeg_start_compress(&job.cinfo, TRUE);  // writes SOI and the JFIF APP0
  if (!settings.exifApp1.empty())         // APP1 must follow APP0 for JFIF readers
    jpeg_write_marker(&job.cinfo, JPEG_APP0 + 1, settings.exifApp1.data(),
                      static_cast<unsigned int>(settings.exifApp1.size()));
  while (job.cinfo.next_scanline < job.cinfo.image_height) {
    // libjpeg's API is not const-correct; it only reads the row.
    JSAMPROW row = const_cast<JSAMPROW>(image.row(static_cast<int>(job.cinfo.next_scanline)));
    jpeg_write_scanlines(&job.cinfo, &row, 1);
  }
  jpeg_finish_compress(&job.cinfo);
}

bool runGuarded(CompressJob& job, const Image& image, const CompressSettings& settings) {
  job.cinfo.err = installErrorManager(job.errors);
  if (setjmp(job.errors.jump) != 0) return false;
  compressRows(job, image, settings);
  return true;
}

}  // namespace

Expected<std::vector<std::uint8_t>> compressBaselineJpeg(const Image& image, const CompressSettings& settings) {
  if (image.empty() || image.rgb.size() != static_cast<std::size_t>(image.width) * image.height * 3)
    return Error{ErrorCode::InvalidArgument, "the image to encode is empty or its pixel buffer has the wrong size",
                 "要压缩的图像是空的或大小不对（程序内部错误）：请重拍；一再出现请联系技术支持"};
  if (settings.exifApp1.size() > 65533)
    return Error{ErrorCode::InvalidArgument, "the EXIF block is larger than one JPEG marker can hold (65,533 bytes)",
                 "EXIF 信息超过 JPEG 能容纳的 65,533 字节（程序内部错误）：请联系技术支持"};
  auto job = std::make_unique<CompressJob>();
  const bool ok = runGuarded(*job, image, settings);
  std::vector<std::uint8_t> bytes;
  if (ok) bytes.assign(job->output, job->output + job->outputSize);
  jpeg_destroy_compress(&job->cinfo);
  std::free(job->output);  // NOLINT: allocated by libjpeg with malloc
  if (!ok)
    return Error{ErrorCode::EncodeFailed, std::string("the JPEG encoder (libjpeg-turbo) failed: ") + job->errors.message,
                 std::string("JPEG 压缩失败（") + job->errors.message + "）：请重拍；一再出现请联系技术支持"};
  return bytes;
}

}  // namespace cs::encode
