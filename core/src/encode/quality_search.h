#pragma once
// Finds the highest JPEG quality whose file fits the size window (F5, F6) in a few encodes.
//
// Why it is fast: file size rises monotonically with quality, and log(size) is close to linear in
// log(IJG scale factor) (scale = 200 - 2q for q >= 50), i.e. size ~ scale^-k with k between 0.5 and 0.77 on the shared portraits.
// So one encode at a good first guess plus one model prediction usually lands on the answer, and a third
// encode at the neighbouring quality confirms it (the answer q needs q+1 known to be too big).
#include <cstdint>
#include <functional>
#include <vector>

#include "cs/core/expected.h"

namespace cs::encode {

struct SizeWindow {
  int minQuality = 60;
  int maxQuality = 95;
  std::size_t minBytes = 20480;
  std::size_t maxBytes = 40000;
};

struct SearchResult {
  int quality = 0;
  std::vector<std::uint8_t> bytes;
  int encodeCount = 0;
  bool sizeInRange = false;
};

// Encodes at one quality; called a few times by searchQuality.
using EncodeAtQuality = std::function<Expected<std::vector<std::uint8_t>>(int quality)>;

// The highest quality q in [minQuality, maxQuality] with size(q) <= maxBytes, proven by size(q + 1) >
// maxBytes (unless q = maxQuality). sizeInRange is false when even minQuality is above maxBytes (that
// attempt is returned: never below minQuality) or when the result is below minBytes (a very flat image at
// maxQuality; never padded). The first encode is at `firstGuess` (clamped into the window).
Expected<SearchResult> searchQuality(const EncodeAtQuality& encode, const SizeWindow& window, int firstGuess);

// The first quality tried: where studio portraits at 480x640 land (the answer was 89-92 for 15 of the
// 23 shared test photos; 80-85 for busy backgrounds).
inline constexpr int kFirstGuessQuality = 90;

// True when even the lowest allowed quality is too big: the result a dense photo gets.
bool tooBigAtLowestQuality(const SearchResult& result, const SizeWindow& window);

}  // namespace cs::encode
