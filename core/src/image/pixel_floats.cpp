#include "image/pixel_floats.h"

#include <cstring>

#if defined(__x86_64__)
#include <emmintrin.h>
#endif

namespace cs {

void rgbPixelsAsFloats(const std::uint8_t* row, int rowPixels, const int* pixels, int count, float* out) {
  int k = 0;
#if defined(__x86_64__)
  // SSE2, in every x86-64 build: a pixel's three bytes and the next byte widened to four floats, stored
  // where the pixel's three go; the fourth is overwritten by the next pixel's first. So the last pixel, and
  // any pixel whose fourth byte would be past the row, go one byte at a time below.
  const __m128i zero = _mm_setzero_si128();
  for (; k + 1 < count && pixels[k] + 1 < rowPixels; ++k) {
    std::uint32_t word;
    std::memcpy(&word, row + 3 * pixels[k], sizeof word);
    const __m128i bytes = _mm_cvtsi32_si128(static_cast<int>(word));
    const __m128i ints = _mm_unpacklo_epi16(_mm_unpacklo_epi8(bytes, zero), zero);
    _mm_storeu_ps(out + 3 * k, _mm_cvtepi32_ps(ints));
  }
#else
  (void)rowPixels;
#endif
  for (; k < count; ++k) {
    const std::uint8_t* p = row + 3 * pixels[k];
    out[3 * k] = p[0];
    out[3 * k + 1] = p[1];
    out[3 * k + 2] = p[2];
  }
}

}  // namespace cs
