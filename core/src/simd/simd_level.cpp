#include "simd/simd_level.h"

#include "cs/core/vector_instructions.h"

#include <cstdlib>
#include <cstring>

namespace cs {
namespace {

SimdLevel detectSimdLevel() {
  const char* forced = std::getenv("CS_SIMD");
  if (forced && std::strcmp(forced, "baseline") == 0) return SimdLevel::Baseline;
#if defined(__x86_64__) || defined(__i386__)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx2")) return SimdLevel::Avx2;
#endif
  return SimdLevel::Baseline;
}

}  // namespace

SimdLevel simdLevel() {
  static const SimdLevel level = detectSimdLevel();
  return level;
}

const char* vectorInstructionsInUse() { return simdLevel() == SimdLevel::Avx2 ? "AVX2" : "x86-64 baseline"; }

}  // namespace cs
