#include "encode/quality_search.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace cs::encode {
namespace {

// Typical exponent k in size ~ scale^-k, used until two encodes give a measured one.
constexpr double kPriorExponent = 0.62;

// libjpeg's jpeg_quality_scaling(), as a real number so the model can be inverted. q = 100 gives scale 0
// (every table entry clamps to 1); 0.5 stands in for it to keep the logarithm finite.
double ijgScale(double quality) {
  const double scale = quality < 50 ? 5000.0 / quality : 200.0 - 2.0 * quality;
  return std::max(scale, 0.5);
}

double qualityForScale(double scale) {
  return scale > 100.0 ? 5000.0 / scale : (200.0 - scale) / 2.0;
}

// The quality where size ~ scale^-exponent, passing through (quality, logSize), reaches targetBytes.
double boundaryQuality(std::size_t targetBytes, int quality, double logSize, double exponent) {
  const double target = std::log(static_cast<double>(targetBytes));
  return qualityForScale(std::exp(std::log(ijgScale(quality)) - (target - logSize) / exponent));
}

struct Sample {
  int quality;
  double logSize;
};

// The search state: every size seen, the best quality known to fit under maxBytes (lo) and the lowest known
// to be over it (hi).
class Search {
 public:
  Search(const EncodeAtQuality& encode, const SizeWindow& window) : encode_(encode), window_(window) {}

  std::optional<Error> tryQuality(int quality) {
    auto bytes = encode_(quality);
    if (!bytes) return bytes.error();
    ++encodeCount_;
    sizes_[quality] = std::log(static_cast<double>(bytes->size()));
    if (bytes->size() <= window_.maxBytes) {
      if (!lo_ || quality > *lo_) { lo_ = quality; loBytes_ = std::move(*bytes); }
    } else if (!hi_ || quality < *hi_) {
      hi_ = quality;
      hiBytes_ = std::move(*bytes);
    }
    return std::nullopt;
  }

  bool finished() const {
    if (lo_ && *lo_ >= window_.maxQuality) return true;
    if (hi_ && *hi_ <= window_.minQuality) return true;
    return lo_ && hi_ && *hi_ == *lo_ + 1;
  }

  // The next quality to try, strictly between the known bounds.
  int nextQuality() {
    const int low = lo_ ? *lo_ + 1 : window_.minQuality;
    const int high = hi_ ? *hi_ - 1 : window_.maxQuality;
    int next = static_cast<int>(std::floor(predictBoundary()));
    // Safeguard against a model that keeps missing (an odd image): bisect once bracketed guesses failed twice.
    if (lo_ && hi_ && bracketedSteps_++ >= 2) next = (low + high) / 2;
    return std::clamp(next, low, high);
  }

  SearchResult result() {
    SearchResult r;
    r.encodeCount = encodeCount_;
    if (lo_) {
      r.quality = *lo_;
      r.bytes = std::move(loBytes_);
      r.sizeInRange = r.bytes.size() >= window_.minBytes;
    } else {  // even minQuality is too big: report it honestly, never go lower
      r.quality = *hi_;
      r.bytes = std::move(hiBytes_);
      r.sizeInRange = false;
    }
    return r;
  }

 private:
  // The (fractional) quality where the log-size model reaches maxBytes, fitted on the samples nearest to
  // the boundary (the two bounds when both are known). Only called after at least one encode.
  double predictBoundary() const {
    const int anchor = lo_ ? *lo_ : *hi_;
    const Sample a{anchor, sizes_.at(anchor)};
    const std::optional<Sample> b = (lo_ && hi_) ? Sample{*hi_, sizes_.at(*hi_)} : nearestOther(anchor);
    double exponent = kPriorExponent;
    if (b) {
      const double dx = std::log(ijgScale(a.quality)) - std::log(ijgScale(b->quality));
      const double measured = -(a.logSize - b->logSize) / dx;
      if (std::isfinite(measured) && measured > 0.05) exponent = measured;
    }
    return boundaryQuality(window_.maxBytes, a.quality, a.logSize, exponent);
  }

  // With one bound only, the other samples on that side still measure the slope.
  std::optional<Sample> nearestOther(int anchor) const {
    std::optional<Sample> best;
    for (const auto& [q, logSize] : sizes_)
      if (q != anchor && (!best || std::abs(q - anchor) < std::abs(best->quality - anchor))) best = Sample{q, logSize};
    return best;
  }

  const EncodeAtQuality& encode_;
  SizeWindow window_;
  std::map<int, double> sizes_;  // quality -> log(bytes)
  std::optional<int> lo_, hi_;
  std::vector<std::uint8_t> loBytes_, hiBytes_;
  int encodeCount_ = 0;
  int bracketedSteps_ = 0;
};

}  // namespace

Expected<SearchResult> searchQuality(const EncodeAtQuality& encode, const SizeWindow& window, int firstGuess) {
  if (window.minQuality < 1 || window.maxQuality > 100 || window.minQuality > window.maxQuality ||
      window.minBytes > window.maxBytes)
    return Error{ErrorCode::InvalidArgument, "the quality or size window of the profile is empty or out of range",
                 "规格文件中的压缩品质或文件大小范围为空或超出范围：请改正规格文件"};
  Search search(encode, window);
  int quality = std::clamp(firstGuess, window.minQuality, window.maxQuality);
  while (true) {
    if (auto failure = search.tryQuality(quality)) return *failure;
    if (search.finished()) break;
    quality = search.nextQuality();
  }
  return search.result();
}

double qualityReaching(std::size_t targetBytes, int quality, double bytes) {
  return boundaryQuality(targetBytes, quality, std::log(bytes), kPriorExponent);
}

bool tooBigAtLowestQuality(const SearchResult& result, const SizeWindow& window) {
  return result.quality <= window.minQuality && result.bytes.size() > window.maxBytes;
}

}  // namespace cs::encode
