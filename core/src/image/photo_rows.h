#pragma once
// Decoding a photo while someone else starts on its rows: the still path searches a JPEG for faces on the
// second core while the first is still decoding it.
#include <cstdint>
#include <span>

#include "cs/core/expected.h"
#include "cs/core/photo_loader.h"

namespace cs {

// Told about an upright JPEG's rows as they are decoded into their final place. A PNG, or a JPEG that its
// EXIF orientation turns, is reported by neither call: its rows only land in place once it is whole.
class DecodeRowListener {
 public:
  virtual ~DecodeRowListener() = default;
  // The image the rows go into. Its size and its pixel buffer stay as they are for the rest of the decode
  // and in the photo returned (hold on to the buffer, not to this object, which is moved).
  virtual void decodeStarted(const Image& image) = 0;
  // Rows [0, rows) are final.
  virtual void rowsDecoded(int rows) = 0;
  // The decode failed: the image's buffer is released as soon as this returns, so a listener reading it
  // on another thread must stop first.
  virtual void decodeAbandoned() {}
};

// decodePhoto(), telling `listener` about the rows as they come.
Expected<LoadedPhoto> decodePhoto(std::span<const std::uint8_t> bytes, const LoadOptions& options,
                                  DecodeRowListener& listener);

}  // namespace cs
