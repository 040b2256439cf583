#pragma once
// Where the size search starts (F5, F6): the quality a quarter-size sample of the photo predicts.
//
// Why: the answer q needs two encodes at least (q fits, q + 1 does not), and the search used to spend a
// third finding where to look: its first encode, at a fixed quality, rarely was the answer. A JPEG's coded
// size is the sum of its blocks' codes, so every fourth 16-row strip (the encoder's MCU rows), encoded on
// its own, weighs a quarter of the photo's coded data to within a few per cent (measured on the 35 shared
// photos the station crops: 4.6 % at most). Encoding it takes about a quarter of a full encode, and from it
// the first full encode lands on the answer for 21 of the 35 and next to it for the rest.
#include <cstddef>
#include <optional>

#include "cs/core/image.h"
#include "encode/quality_search.h"

namespace cs::encode {

struct SizeEstimate {
  int quality = 0;         // the quality the sample was encoded at
  double bytes = 0;        // the whole photo's estimated file size at that quality
};

// Encodes every fourth 16-row strip of `image` at `quality` and scales its coded data up to the whole photo;
// `extraHeaderBytes` (an EXIF block the real file will carry) is added once. Empty for a photo too short to
// sample (fewer than eight strips) or when the sample cannot be encoded.
std::optional<SizeEstimate> estimateFileSize(const Image& image, int quality, std::size_t extraHeaderBytes);

struct FirstQuality {
  int quality = kFirstGuessQuality;
  int sampleEncodes = 0;  // 1 when a sample's estimate chose the quality
};

// The first quality the size search should try: the estimate's boundary under window.maxBytes (rounded
// down, so the first encode is the answer or next to it), or kFirstGuessQuality without an estimate.
FirstQuality firstQualityToTry(const Image& image, const SizeWindow& window, std::size_t extraHeaderBytes);

}  // namespace cs::encode
