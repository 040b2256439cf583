#include "live/backdrop_sample.h"

#include <algorithm>
#include <array>

namespace cs::ui {

namespace {

struct Sum {
  std::array<double, 3> rgb{};
  long long count = 0;
};

// Adds the source pixels under the output rectangle [x0,x1) x [y0,y1) (output pixels) to `sum`.
void addPatch(const cs::Image& frame, const cs::CropPlan& plan, double x0, double x1, double y0, double y1, Sum& sum) {
  const auto toSourceX = [&](double x) { return static_cast<int>(plan.window.x + x / plan.scale); };
  const auto toSourceY = [&](double y) { return static_cast<int>(plan.window.y + y / plan.scale); };
  const int sx0 = std::max(0, toSourceX(x0)), sx1 = std::min(frame.width, toSourceX(x1));
  const int sy0 = std::max(0, toSourceY(y0)), sy1 = std::min(frame.height, toSourceY(y1));
  const int step = std::max(1, (sx1 - sx0) / 40);  // ~40x40 samples per patch is plenty for a mean
  for (int y = sy0; y < sy1; y += step) {
    const std::uint8_t* row = frame.row(y);
    for (int x = sx0; x < sx1; x += step) {
      for (int c = 0; c < 3; ++c) sum.rgb[c] += row[x * 3 + c];
      ++sum.count;
    }
  }
}

}  // namespace

std::optional<QColor> sampleBackdrop(const cs::Image& frame, const cs::CropPlan& plan) {
  if (frame.empty() || plan.scale <= 0) return std::nullopt;
  Sum sum;
  addPatch(frame, plan, 10, 110, 5, 45, sum);
  addPatch(frame, plan, 370, 470, 5, 45, sum);
  if (sum.count == 0) return std::nullopt;
  return QColor(static_cast<int>(sum.rgb[0] / sum.count), static_cast<int>(sum.rgb[1] / sum.count),
                static_cast<int>(sum.rgb[2] / sum.count));
}

}  // namespace cs::ui
