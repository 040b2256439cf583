// The size search on its own, against size curves whose answer is known: it must find exactly the highest
// quality under maxBytes, in few encodes, and never go below minQuality.
#include <gtest/gtest.h>

#include <cmath>

#include "encode/quality_search.h"

namespace cs::encode {
namespace {

// A fake encoder: size(q) = base * scale(q)^-k, like real JPEGs, and counts its calls.
struct FakeEncoder {
  double base = 300000;
  double exponent = 0.55;
  int calls = 0;
  std::size_t sizeAt(int q) const {
    const double scale = std::max(q < 50 ? 5000.0 / q : 200.0 - 2.0 * q, 0.5);
    return static_cast<std::size_t>(base * std::pow(scale, -exponent));
  }
  EncodeAtQuality function() {
    return [this](int q) -> Expected<std::vector<std::uint8_t>> {
      ++calls;
      return std::vector<std::uint8_t>(sizeAt(q), 0);
    };
  }
};

int expectedAnswer(const FakeEncoder& f, const SizeWindow& w) {
  int best = w.minQuality;
  for (int q = w.minQuality; q <= w.maxQuality; ++q)
    if (f.sizeAt(q) <= w.maxBytes) best = q;
  return best;
}

TEST(QualitySearch, FindsTheExactBoundaryForManyImageTypes) {
  const SizeWindow window;
  int totalCalls = 0, cases = 0;
  for (double exponent : {0.35, 0.45, 0.55, 0.7, 0.9}) {
    for (double base = 60000; base < 700000; base *= 1.07) {
      FakeEncoder fake{base, exponent};
      const auto result = searchQuality(fake.function(), window, kFirstGuessQuality);
      ASSERT_TRUE(result.ok());
      SCOPED_TRACE("base " + std::to_string(base) + " exponent " + std::to_string(exponent));
      EXPECT_EQ(result->quality, expectedAnswer(fake, window));
      EXPECT_EQ(result->encodeCount, fake.calls);
      EXPECT_LE(fake.calls, 7);
      EXPECT_GE(result->quality, window.minQuality);
      totalCalls += fake.calls;
      ++cases;
    }
  }
  EXPECT_LT(static_cast<double>(totalCalls) / cases, 4.0);
}

TEST(QualitySearch, TooDetailedReturnsMinimumQualityOutOfRange) {
  FakeEncoder fake{5e6, 0.5};
  const auto result = searchQuality(fake.function(), SizeWindow{}, kFirstGuessQuality);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->quality, 60);
  EXPECT_FALSE(result->sizeInRange);
  EXPECT_EQ(result->bytes.size(), fake.sizeAt(60));
}

TEST(QualitySearch, TooFlatReturnsMaximumQualityOutOfRange) {
  FakeEncoder fake{20000, 0.5};
  const auto result = searchQuality(fake.function(), SizeWindow{}, kFirstGuessQuality);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->quality, 95);
  EXPECT_FALSE(result->sizeInRange);
  EXPECT_EQ(result->bytes.size(), fake.sizeAt(95));
}

TEST(QualitySearch, PassesEncoderErrorsOn) {
  const EncodeAtQuality failing = [](int) -> Expected<std::vector<std::uint8_t>> {
    return Error{ErrorCode::EncodeFailed, "disk on fire"};
  };
  const auto result = searchQuality(failing, SizeWindow{}, kFirstGuessQuality);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().message, "disk on fire");
}

TEST(QualitySearch, RejectsAnEmptyWindow) {
  FakeEncoder fake;
  EXPECT_FALSE(searchQuality(fake.function(), SizeWindow{90, 60, 20480, 40000}, kFirstGuessQuality).ok());
  EXPECT_EQ(fake.calls, 0);
}

}  // namespace
}  // namespace cs::encode
