#include "face/separable_filter.h"

#include "simd/lanes.h"

namespace cs {
namespace {

using simd::at;

struct FilterJob {
  ConstFloatRows in;
  FloatRows scratch, out;
  long rows, cols;
  const float* rowFilter;
  long rowTaps;
  const float* colFilter;
  long colTaps;
  bool addTo;
  long rowPassDone;  // scratch rows that already hold their row pass
};

// dlib's row pass: every input row not done yet, the response columns. dlib takes eight columns at a time (then the
// rest one by one) and splits each column's sum over the taps into three partial sums (taps n, n+1, n+2)
// joined as sum + (sum2 + sum3); the lanes here are those columns, L::n at a time.
template <class L>
[[gnu::always_inline]] inline void rowPass(const FilterJob& j, long firstCol, long lastCol) {
  using Vec = typename L::Vec;
  for (long r = j.rowPassDone; r < j.rows; ++r) {
    const float* in = j.in.row(r);  // column c's taps start at c - firstCol
    float* out = j.scratch.row(r);
    long c = firstCol;
    for (; c < lastCol - 7; c += 8) {
      for (long lane = c; lane < c + 8; lane += L::n) {
        const float* taps = in + (lane - firstCol);
        Vec sum = {}, sum2 = {}, sum3 = {};
        long n = 0;
        for (; n < j.rowTaps - 2; n += 3) {
          sum += *at<L>(taps + n) * j.rowFilter[n];
          sum2 += *at<L>(taps + n + 1) * j.rowFilter[n + 1];
          sum3 += *at<L>(taps + n + 2) * j.rowFilter[n + 2];
        }
        for (; n < j.rowTaps; ++n) sum += *at<L>(taps + n) * j.rowFilter[n];
        sum += sum2 + sum3;
        *at<L>(out + lane) = sum;
      }
    }
    for (; c < lastCol; ++c) {
      float sum = 0;
      for (long n = 0; n < j.rowTaps; ++n) sum += in[c - firstCol + n] * j.rowFilter[n];
      out[c] = sum;
    }
  }
}

// dlib's column pass over the row pass's output, into (or onto) the response; lanes as in the row pass.
template <class L>
[[gnu::always_inline]] inline void columnPass(const FilterJob& j, const ResponseArea& a) {
  using Vec = typename L::Vec;
  for (long r = a.top; r < a.bottom; ++r) {
    float* out = j.out.row(r);
    const auto tap = [&](long m) { return j.scratch.row(r - a.top + m); };
    long c = a.left;
    for (; c < a.right - 7; c += 8) {
      for (long lane = c; lane < c + 8; lane += L::n) {
        Vec sum = {}, sum2 = {}, sum3 = {};
        long m = 0;
        for (; m < j.colTaps - 2; m += 3) {
          sum += *at<L>(tap(m) + lane) * j.colFilter[m];
          sum2 += *at<L>(tap(m + 1) + lane) * j.colFilter[m + 1];
          sum3 += *at<L>(tap(m + 2) + lane) * j.colFilter[m + 2];
        }
        for (; m < j.colTaps; ++m) sum += *at<L>(tap(m) + lane) * j.colFilter[m];
        sum += sum2 + sum3;
        if (j.addTo) sum += *at<L>(out + lane);
        *at<L>(out + lane) = sum;
      }
    }
    for (; c < a.right; ++c) {
      float sum = 0;
      for (long m = 0; m < j.colTaps; ++m) sum += tap(m)[c] * j.colFilter[m];
      if (j.addTo) {
        out[c] += sum;
      } else {
        out[c] = sum;
      }
    }
  }
}

template <class L>
[[gnu::always_inline]] inline void filter(const FilterJob& j) {
  const ResponseArea a = responseArea(j.rows, j.cols, j.colTaps, j.rowTaps);
  if (a.top >= a.bottom || a.left >= a.right) return;
  rowPass<L>(j, a.left, a.right);
  columnPass<L>(j, a);
}

[[gnu::target("avx2")]] void filterAvx2(const FilterJob& j) { filter<simd::Lanes8>(j); }
void filterBaseline(const FilterJob& j) { filter<simd::Lanes4>(j); }

}  // namespace

ResponseArea responseArea(long rows, long cols, long filterRows, long filterCols) {
  return {filterRows / 2, rows - (filterRows - 1) / 2, filterCols / 2, cols - (filterCols - 1) / 2};
}

void filterSeparable(ConstFloatRows in, long rows, long cols, const SeparableTerm& term, FloatRows scratch,
                     FloatRows out, bool addTo, SimdLevel level, long rowPassDone) {
  const FilterJob job{in,
                      scratch,
                      out,
                      rows,
                      cols,
                      term.rowFilter.data(),
                      static_cast<long>(term.rowFilter.size()),
                      term.colFilter.data(),
                      static_cast<long>(term.colFilter.size()),
                      addTo,
                      rowPassDone};
  if (level == SimdLevel::Avx2) {
    filterAvx2(job);
  } else {
    filterBaseline(job);
  }
}

}  // namespace cs
