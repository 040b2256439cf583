#include "image/lab_row.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "image/opencv_lab_tables.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace cs {
namespace {

using T = OpenCvLabTables;

int descale(int v, int shift) { return (v + (1 << (shift - 1))) >> shift; }
int clampToByte(int v) { return v < 0 ? 0 : v > 255 ? 255 : v; }

// What OpenCV stores as a byte (L * 255 / 100, a + 128, b + 128), as the thresholds' floats.
float lightness(int byte) { return static_cast<float>(byte) * 100.f / 255.f; }
float opponent(int byte) { return static_cast<float>(byte) - 128.f; }

void pixelToLab(const T& t, const std::uint8_t* rgb, float* lab) {
  const int r = t.gamma[rgb[0]], g = t.gamma[rgb[1]], b = t.gamma[rgb[2]];
  const auto f = [&](int row) {
    const int* m = &t.matrix[row * 3];
    return t.cubeRoot[descale(r * m[0] + g * m[1] + b * m[2], T::kXyzShift)];
  };
  const int fx = f(0), fy = f(1), fz = f(2);
  lab[0] = lightness(clampToByte(descale(T::kLScale * fy + T::kLShift, T::kLabShift)));
  lab[1] = opponent(clampToByte(descale(500 * (fx - fy) + T::kOpponentOffset, T::kLabShift)));
  lab[2] = opponent(clampToByte(descale(200 * (fy - fz) + T::kOpponentOffset, T::kLabShift)));
}

std::uint8_t chromaOf(float a, float b) {
  return static_cast<std::uint8_t>(std::min(255.f, std::sqrt(a * a + b * b)));
}

void rowBaseline(const T& t, const std::uint8_t* rgb, float* lab, int pixels, std::uint8_t* chroma) {
  for (int i = 0; i < pixels; ++i) {
    float* px = lab + 3 * i;
    pixelToLab(t, rgb + 3 * i, px);
    if (chroma != nullptr) chroma[i] = chromaOf(px[1], px[2]);
  }
}

#if defined(__x86_64__)
#define CS_AVX2 [[gnu::target("avx2"), gnu::always_inline]] inline

// The same integer steps on eight pixels; the table lookups are AVX2 gathers.
CS_AVX2 __m256i cubeRootOf(const T& t, __m256i r, __m256i g, __m256i b, int row) {
  const int* m = &t.matrix[row * 3];
  const __m256i sum = _mm256_add_epi32(
      _mm256_add_epi32(_mm256_mullo_epi32(r, _mm256_set1_epi32(m[0])), _mm256_mullo_epi32(g, _mm256_set1_epi32(m[1]))),
      _mm256_add_epi32(_mm256_mullo_epi32(b, _mm256_set1_epi32(m[2])), _mm256_set1_epi32(1 << (T::kXyzShift - 1))));
  return _mm256_i32gather_epi32(t.cubeRoot.data(), _mm256_srai_epi32(sum, T::kXyzShift), 4);
}

// (v * scale + offset) descaled and clamped to a byte, as a float.
CS_AVX2 __m256 labByte(__m256i v, int scale, int offset) {
  const __m256i scaled = _mm256_add_epi32(_mm256_mullo_epi32(v, _mm256_set1_epi32(scale)),
                                          _mm256_set1_epi32(offset + (1 << (T::kLabShift - 1))));
  const __m256i byte = _mm256_min_epi32(_mm256_max_epi32(_mm256_srai_epi32(scaled, T::kLabShift), _mm256_setzero_si256()),
                                        _mm256_set1_epi32(255));
  return _mm256_cvtepi32_ps(byte);
}

// Channel k (0 R, 1 G, 2 B) of pixels 0-3 and 4-7, each in its own 128-bit half, as 32-bit indices.
CS_AVX2 __m256i channel(__m256i pixels, char k) {
  const char z = -1;  // shuffle: zero
  return _mm256_shuffle_epi8(pixels, _mm256_setr_epi8(k, z, z, z, k + 3, z, z, z, k + 6, z, z, z, k + 9, z, z, z,  //
                                                      k, z, z, z, k + 3, z, z, z, k + 6, z, z, z, k + 9, z, z, z));
}

// chroma[0..7] from eight pixels' a* and b*: the same float steps as chromaOf (a* and b* are whole numbers,
// so a*^2 + b*^2 is exact and the square root is IEEE's either way).
CS_AVX2 void chromaOfEight(__m256 a, __m256 b, std::uint8_t* chroma) {
  const __m256 c = _mm256_min_ps(_mm256_sqrt_ps(_mm256_add_ps(_mm256_mul_ps(a, a), _mm256_mul_ps(b, b))),
                                 _mm256_set1_ps(255.f));
  alignas(32) std::int32_t whole[8];
  _mm256_store_si256(reinterpret_cast<__m256i*>(whole), _mm256_cvttps_epi32(c));
  for (int k = 0; k < 8; ++k) chroma[k] = static_cast<std::uint8_t>(whole[k]);
}

[[gnu::target("avx2")]] void rowAvx2(const T& t, const std::uint8_t* rgb, float* lab, int pixels, std::uint8_t* chroma) {
  int i = 0;
  // Each step reads 28 bytes from its first pixel (two 16-byte loads, 12 bytes apart): 8 pixels + 4 bytes.
  for (; i + 10 <= pixels; i += 8) {
    const std::uint8_t* p = rgb + 3 * i;
    const __m256i px = _mm256_set_m128i(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 12)),
                                         _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
    const __m256i r = _mm256_i32gather_epi32(t.gamma.data(), channel(px, 0), 4);
    const __m256i g = _mm256_i32gather_epi32(t.gamma.data(), channel(px, 1), 4);
    const __m256i b = _mm256_i32gather_epi32(t.gamma.data(), channel(px, 2), 4);
    const __m256i fx = cubeRootOf(t, r, g, b, 0), fy = cubeRootOf(t, r, g, b, 1), fz = cubeRootOf(t, r, g, b, 2);
    alignas(32) float l[8], a[8], bb[8];
    _mm256_store_ps(l, _mm256_div_ps(_mm256_mul_ps(labByte(fy, T::kLScale, T::kLShift), _mm256_set1_ps(100.f)),
                                     _mm256_set1_ps(255.f)));
    const __m256 av = _mm256_sub_ps(labByte(_mm256_sub_epi32(fx, fy), 500, T::kOpponentOffset), _mm256_set1_ps(128.f));
    const __m256 bv = _mm256_sub_ps(labByte(_mm256_sub_epi32(fy, fz), 200, T::kOpponentOffset), _mm256_set1_ps(128.f));
    _mm256_store_ps(a, av);
    _mm256_store_ps(bb, bv);
    if (chroma != nullptr) chromaOfEight(av, bv, chroma + i);
    float* out = lab + 3 * i;
    for (int k = 0; k < 8; ++k) {
      out[3 * k] = l[k];
      out[3 * k + 1] = a[k];
      out[3 * k + 2] = bb[k];
    }
  }
  rowBaseline(t, rgb + 3 * i, lab + 3 * i, pixels - i, chroma != nullptr ? chroma + i : nullptr);
}
#endif

}  // namespace

void rgbRowToLab(const std::uint8_t* rgb, float* lab, int pixels, SimdLevel level, std::uint8_t* chroma) {
  const T& tables = openCvLabTables();
#if defined(__x86_64__)
  if (level == SimdLevel::Avx2) return rowAvx2(tables, rgb, lab, pixels, chroma);
#endif
  rowBaseline(tables, rgb, lab, pixels, chroma);
}

}  // namespace cs
