#pragma once
// Which vector instructions this CPU runs, for the few per-pixel loops of the face search that are
// compiled twice: once for any x86-64 (SSE2, what Debian builds for) and once for AVX2 (most PCs made
// since 2013). Both builds do the same arithmetic in the same order, lane by lane, without fused
// multiply-adds, so they give the same bits; AVX2 does eight lanes in one instruction instead of two.
namespace cs {

enum class SimdLevel { Baseline, Avx2 };

// The best level this CPU runs, decided once. CS_SIMD=baseline in the environment forces the baseline
// (to compare the two on one machine).
SimdLevel simdLevel();

}  // namespace cs
