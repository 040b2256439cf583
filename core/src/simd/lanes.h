#pragma once
// Floats (or ints) in lanes, in GCC's vector extension (clang reads it too): four lanes for the baseline
// x86-64 build (one SSE register) and eight for the AVX2 build (one AVX register; simd_level.h). Loops
// written over `L::n` lanes do the same IEEE arithmetic in every lane whichever width runs them.
//
// No function here takes or returns a vector: a vector passed between a function built for AVX2 and one
// built without is passed differently (clang refuses it), so vectors are read and written in place
// through `at`, and made from a scalar inline (`Vec{} + s` is s in every lane). Files using them are built
// with -ffp-contract=off: no fused multiply-add, whatever the target, so every product and sum rounds
// on its own as dlib's do (core/CMakeLists.txt).
#include <cstdint>

namespace cs::simd {

struct Lanes4 {
  static constexpr int n = 4;
  using Vec = float __attribute__((vector_size(16)));
  using Ints = std::int32_t __attribute__((vector_size(16)));
  using Unaligned = float __attribute__((vector_size(16), aligned(4), may_alias));
};

struct Lanes8 {
  static constexpr int n = 8;
  using Vec = float __attribute__((vector_size(32)));
  using Ints = std::int32_t __attribute__((vector_size(32)));
  using Unaligned = float __attribute__((vector_size(32), aligned(4), may_alias));
};

// L::n floats where they lie, at any alignment.
template <class L>
const typename L::Unaligned* at(const float* p) {
  return reinterpret_cast<const typename L::Unaligned*>(p);
}
template <class L>
typename L::Unaligned* at(float* p) {
  return reinterpret_cast<typename L::Unaligned*>(p);
}

}  // namespace cs::simd
