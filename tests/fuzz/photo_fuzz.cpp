// libFuzzer target over photo loading: JPEG and PNG headers and data, EXIF orientation, size limits.
// Any input must give an image or an Error, never a crash, hang or out-of-bounds access.
#include <cstddef>
#include <cstdint>
#include <span>

#include "cs/core/photo_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::span<const std::uint8_t> bytes(data, size);
  auto full = cs::decodePhoto(bytes);
  if (full.ok() && full->image.rgb.size() != static_cast<std::size_t>(full->image.width) * full->image.height * 3) {
    __builtin_trap();  // a decoded image must be exactly width x height RGB
  }
  (void)cs::decodePhoto(bytes, cs::LoadOptions{64});  // the reduced-size JPEG path too
  return 0;
}
