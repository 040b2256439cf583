#pragma once
// Small plain geometry types for the public API (no cv:: or dlib:: types cross it).
#include <cmath>

namespace cs {

struct PointF {
  double x = 0;
  double y = 0;
};

inline double distance(PointF a, PointF b) { return std::hypot(a.x - b.x, a.y - b.y); }
inline PointF midpoint(PointF a, PointF b) { return {(a.x + b.x) / 2, (a.y + b.y) / 2}; }

struct RectF {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
  double right() const { return x + width; }
  double bottom() const { return y + height; }
  PointF centre() const { return {x + width / 2, y + height / 2}; }
};

struct Size {
  int width = 0;
  int height = 0;
};

}  // namespace cs
