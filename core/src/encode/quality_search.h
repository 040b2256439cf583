#pragma once
// Finds the highest JPEG quality whose file fits the size window (F5, F6) in a few encodes.
//
// Why it is fast: file size rises monotonically with quality, and log(size) is close to linear in
// log(IJG scale factor) (scale = 200 - 2q for q >= 50), i.e. size ~ scale^-k with k between 0.5 and 0.77 on the shared portraits.
// So from one encode the model predicts the answer, from two it measures k too, and an encode at the
// neighbouring quality confirms it (the answer q needs q+1 known to be too big). Started where a
// quarter-size sample predicts (size_estimate.h), the first encode is usually the answer or next to it.
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

// Where studio portraits at 480x640 land (the answer was 89-92 for 15 of the 23 shared test photos; 80-85
// for busy backgrounds): the quality the size sample is encoded at, and the first one tried without it.
inline constexpr int kFirstGuessQuality = 90;

// The quality where a photo that weighs `bytes` at `quality` would reach `targetBytes`, by the log-size model
// with its typical exponent (fractional; the caller rounds and clamps).
double qualityReaching(std::size_t targetBytes, int quality, double bytes);

// True when even the lowest allowed quality is too big: the result a dense photo gets.
bool tooBigAtLowestQuality(const SearchResult& result, const SizeWindow& window);

}  // namespace cs::encode
