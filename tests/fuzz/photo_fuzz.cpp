// libFuzzer target over photo loading: JPEG and PNG headers and data, EXIF orientation, size limits, the
// row-by-row decode the still path searches while it runs, and the two-core entropy decode of large JPEGs
// (image/split_scan.h), forced on every input and compared with libjpeg's own.
// Any input must give an image or an Error, never a crash, hang or out-of-bounds access; rows reported as
// final must stay as they were unless the decode said they were void; the split decode must give the
// plain one's verdict, message and pixels.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "cs/core/photo_loader.h"
#include "image/jpeg_decoder.h"
#include "image/photo_rows.h"

namespace {

// Checks the row reports: one start, rows only growing and within the image, reported rows unchanged.
class CheckingListener : public cs::DecodeRowListener {
 public:
  void decodeStarted(const cs::Image& image) override {
    if (buffer_ != nullptr) __builtin_trap();  // started twice
    buffer_ = image.rgb.data();
    rowBytes_ = static_cast<std::size_t>(image.width) * 3;
    height_ = image.height;
  }
  void decodeAbandoned() override { abandoned_ = true; }
  void rowsDecoded(int rows) override {
    if (buffer_ == nullptr || rows <= rows_ || rows > height_) __builtin_trap();
    rows_ = rows;
    reported_.assign(buffer_, buffer_ + rows_ * rowBytes_);
  }
  void verify(const cs::Image& image) const {
    if (buffer_ == nullptr || abandoned_) return;
    if (image.rgb.data() != buffer_ || !std::equal(reported_.begin(), reported_.end(), image.rgb.begin())) {
      __builtin_trap();  // reported rows changed, or the photo is not in the reported buffer
    }
  }

 private:
  const std::uint8_t* buffer_ = nullptr;
  std::size_t rowBytes_ = 0;
  int height_ = 0, rows_ = 0;
  bool abandoned_ = false;
  std::vector<std::uint8_t> reported_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::span<const std::uint8_t> bytes(data, size);
  auto full = cs::decodePhoto(bytes);
  if (full.ok() && full->image.rgb.size() != static_cast<std::size_t>(full->image.width) * full->image.height * 3) {
    __builtin_trap();  // a decoded image must be exactly width x height RGB
  }
  CheckingListener listener;
  auto reduced = cs::decodePhoto(bytes, cs::LoadOptions{64}, listener);  // the reduced-size path, row by row
  if (reduced.ok()) listener.verify(reduced->image);
  if (size >= 3 && data[0] == 0xFF && data[1] == 0xD8) {
    for (const cs::LoadOptions options : {cs::LoadOptions{}, cs::LoadOptions{64}}) {
      auto plain = cs::decodeJpeg(bytes, options, nullptr, cs::JpegSplitPolicy::never());
      auto split = cs::decodeJpeg(bytes, options, nullptr, cs::JpegSplitPolicy::always(0.5));
      if (plain.ok() != split.ok()) __builtin_trap();
      if (plain.ok() && plain->image.rgb != split->image.rgb) __builtin_trap();
      if (!plain.ok() && plain.error().message != split.error().message) __builtin_trap();
    }
  }
  return 0;
}
