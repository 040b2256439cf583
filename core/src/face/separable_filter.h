#pragma once
// The response of one rank-one part of a HOG filter (a row filter across, then a column filter down) over
// a band of feature rows: dlib's float_spatially_filter_image_separable (spatial_filtering.h), which
// dlib's face detector runs for every plane and part of each filter, done with the same sums in the same
// order (three partial sums eight columns at a time, then the leftover columns one by one), so the
// responses are the same bits, eight lanes at once where the CPU has AVX2 (simd/simd_level.h).
//
// It reads the band where it lies in the level's planes: no copy of the band is made.
#include <vector>

#include "simd/simd_level.h"

namespace cs {

// Rows of floats `stride` apart.
template <class Float>
struct Rows {
  Float* data = nullptr;
  long stride = 0;
  Float* row(long r) const { return data + r * stride; }
};
using FloatRows = Rows<float>;
using ConstFloatRows = Rows<const float>;

struct SeparableTerm {
  std::vector<float> rowFilter;  // across: as long as the filter is wide
  std::vector<float> colFilter;  // down: as long as the filter is tall
};

// Where a band of `rows` x `cols` gets a response: dlib's non-border rectangle, rows [top, bottom) and
// columns [left, right).
struct ResponseArea {
  long top = 0, bottom = 0, left = 0, right = 0;
};
ResponseArea responseArea(long rows, long cols, long filterRows, long filterCols);

// Filters `in` (rows x cols) with `term` into `out` inside responseArea: the sum is written when `addTo` is
// false and added to what `out` holds otherwise. `scratch` holds rows x cols floats, the row pass's output;
// its first `rowPassDone` rows already hold theirs (a band's last rows are the next band's first, and the face
// search keeps them rather than filter them across again).
void filterSeparable(ConstFloatRows in, long rows, long cols, const SeparableTerm& term, FloatRows scratch,
                     FloatRows out, bool addTo, SimdLevel level, long rowPassDone = 0);

}  // namespace cs
