#pragma once
// JPEG decoding with libjpeg-turbo, including its DCT-domain reduced-size decode (1/2, 1/4, 1/8), which
// makes a 12 MP still cheap to analyse. Row by row, so a listener can start on the rows already decoded.
#include <cstddef>
#include <cstdint>
#include <span>

#include "cs/core/expected.h"
#include "cs/core/photo_loader.h"
#include "image/photo_rows.h"

namespace cs {

// When the entropy data are read on two cores (split_scan.h): files of at least `minBytes`, the back
// starting at a fraction of the data. The pixels are the same either way. The front also runs libjpeg's
// inverse DCT, upsampling and colour conversion for every row, about a third of a full-size decode and
// little of a reduced one, so the back takes more of a full-size decode. Both fractions were chosen on the
// bench's 12 MP still, in interleaved runs (docs/architecture.md): for the still path's 1/4-size decode
// 0.6 (0.5-0.7 within the noise), for a full-size decode 0.35.
struct JpegSplitPolicy {
  std::size_t minBytes = std::size_t{1} << 20;
  double backFractionFullSize = 0.35;
  double backFractionReduced = 0.6;
  double backFraction(int scaleDenom) const { return scaleDenom == 1 ? backFractionFullSize : backFractionReduced; }
  static JpegSplitPolicy never() { return {~std::size_t{0}}; }
  static JpegSplitPolicy always(double backFraction) { return {0, backFraction, backFraction}; }
};

Expected<LoadedPhoto> decodeJpeg(std::span<const std::uint8_t> bytes, const LoadOptions& options,
                                 DecodeRowListener* listener = nullptr, const JpegSplitPolicy& split = {});

}  // namespace cs
