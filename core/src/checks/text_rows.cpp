#include "checks/text_rows.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>
#include <vector>

namespace cs {
namespace {

constexpr int kMinRowMarks = 3;        // marks side by side in a row
constexpr double kMinRowAspect = 2.5;  // a row's width over its height
constexpr int kMinMarkArea = 12;       // stroke pixels in a mark

// The photo seen along a slant: x runs along a line of text slanted by `degrees`, y across it. The strokes
// are never turned as an image; only the marks' pixels and the samples along a row are (a few thousand
// points rather than a warped copy of the photo for every slant). At 0 degrees it is the photo's own grid.
class Turn {
 public:
  explicit Turn(double degrees)
      : c_(std::cos(degrees * std::numbers::pi / 180)), s_(std::sin(degrees * std::numbers::pi / 180)) {}
  cv::Point2d to(cv::Point p) const { return {p.x * c_ + p.y * s_, -p.x * s_ + p.y * c_}; }
  // Whether the photo's pixel at turned (x, y) is a stroke; -1 outside the photo.
  int strokeAt(const cv::Mat& strokes, int x, int y) const {
    const int px = static_cast<int>(std::lround(x * c_ - y * s_)), py = static_cast<int>(std::lround(x * s_ + y * c_));
    if (px < 0 || py < 0 || px >= strokes.cols || py >= strokes.rows) return -1;
    return strokes.ptr<std::uint8_t>(py)[px] != 0 ? 1 : 0;
  }

 private:
  double c_, s_;
};

// The connected parts (8-neighbours) of `strokes` big enough to be a mark, each as its pixels, in the order
// of their first pixel row by row (as a labelling numbers them). Strokes are sparse (hundreds to a few
// thousand pixels of a 480x640 photo), so their pixels are joined one to another rather than every pixel of
// their bounding box labelled: that took ~1.5 ms when a light-blue backdrop shows between hair strands and
// the few marks are spread over the photo.
std::vector<std::vector<cv::Point>> partsOf(const cv::Mat& strokes) {
  std::vector<cv::Point> points;
  cv::findNonZero(strokes, points);  // row by row, left to right
  std::vector<std::size_t> parent(points.size());
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  const auto root = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const auto join = [&](std::size_t a, std::size_t b) {  // the earlier pixel stays the root
    const std::size_t ra = root(a), rb = root(b);
    parent[std::max(ra, rb)] = std::min(ra, rb);
  };
  std::size_t above = 0, rowStart = 0;  // the row above's pixels run from `above` to `rowStart`
  for (std::size_t i = 0; i < points.size(); ++i) {
    const cv::Point p = points[i];
    if (i > 0 && p.y != points[i - 1].y) {
      above = points[i - 1].y == p.y - 1 ? rowStart : i;
      rowStart = i;
    }
    if (i > rowStart && points[i - 1].x == p.x - 1) join(i - 1, i);
    while (above < rowStart && points[above].x < p.x - 1) ++above;
    for (std::size_t k = above; k < rowStart && points[k].x <= p.x + 1; ++k) join(k, i);
  }
  std::vector<int> slot(points.size(), -1);
  std::vector<std::vector<cv::Point>> all;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const std::size_t r = root(i);
    if (r == i) {
      slot[i] = static_cast<int>(all.size());
      all.emplace_back();
    }
    all[slot[r]].push_back(points[i]);
  }
  std::vector<std::vector<cv::Point>> parts;
  for (auto& part : all) {
    if (part.size() >= static_cast<std::size_t>(kMinMarkArea)) parts.push_back(std::move(part));
  }
  return parts;
}

// The marks among `parts` as seen through `turn`: letter-sized parts that are neither solid blocks nor thin
// scatter, with their boxes in the turned frame.
std::vector<cv::Rect> marksOf(const std::vector<std::vector<cv::Point>>& parts, const Turn& turn) {
  std::vector<cv::Rect> marks;
  for (const auto& pixels : parts) {
    double left = 1e9, top = 1e9, right = -1e9, bottom = -1e9;
    for (const cv::Point p : pixels) {
      const cv::Point2d t = turn.to(p);
      left = std::min(left, t.x), right = std::max(right, t.x);
      top = std::min(top, t.y), bottom = std::max(bottom, t.y);
    }
    const int x0 = static_cast<int>(std::floor(left)), y0 = static_cast<int>(std::floor(top));
    const cv::Rect b(x0, y0, static_cast<int>(std::floor(right)) - x0 + 1, static_cast<int>(std::floor(bottom)) - y0 + 1);
    const double fill = static_cast<double>(pixels.size()) / b.area();
    if (b.height >= 7 && b.height <= 60 && fill >= 0.12 && fill <= 0.9) marks.push_back(b);
  }
  return marks;
}

// Two marks of one row: similar heights, centred at the same height, close side by side.
bool sameRow(const cv::Rect& a, const cv::Rect& b) {
  const double tall = std::max(a.height, b.height), small = std::min(a.height, b.height);
  if (tall > 2.0 * small) return false;
  if (std::abs((a.y + a.height / 2.0) - (b.y + b.height / 2.0)) > 0.35 * tall) return false;
  const int gap = std::max(a.x, b.x) - std::min(a.x + a.width, b.x + b.width);
  return gap <= 1.2 * tall;
}

// The marks joined into rows (marks of one row, directly or through others), each row with its box.
std::vector<MarkRow> rowsOf(const std::vector<cv::Rect>& marks) {
  std::vector<int> parent(marks.size());
  std::iota(parent.begin(), parent.end(), 0);
  const auto root = [&](int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (std::size_t i = 0; i < marks.size(); ++i)
    for (std::size_t j = i + 1; j < marks.size(); ++j)
      if (sameRow(marks[i], marks[j])) parent[root(static_cast<int>(i))] = root(static_cast<int>(j));
  std::vector<MarkRow> rows(marks.size());
  for (std::size_t i = 0; i < marks.size(); ++i) {
    MarkRow& row = rows[root(static_cast<int>(i))];
    row.box = row.marks == 0 ? marks[i] : (row.box | marks[i]);
    ++row.marks;
  }
  return rows;
}

// How often the strokes turn on and off along the row's middle half, per line height of its width.
double strokeEdges(const cv::Mat& strokes, const Turn& turn, const cv::Rect& box) {
  double edges = 0;
  int rows = 0;
  for (int y = box.y + box.height / 4; y < box.y + box.height * 3 / 4; ++y, ++rows) {
    bool before = turn.strokeAt(strokes, box.x, y) == 1;
    for (int x = box.x + 1; x < box.x + box.width; ++x) {
      const bool here = turn.strokeAt(strokes, x, y) == 1;
      edges += here != before;
      before = here;
    }
  }
  const double aspect = box.width / static_cast<double>(box.height);
  return rows > 0 ? edges / rows / aspect : 0;
}

MarkRow strongestRowOf(const cv::Mat& strokes, const std::vector<std::vector<cv::Point>>& parts, const Turn& turn) {
  MarkRow best;
  for (MarkRow& row : rowsOf(marksOf(parts, turn))) {
    if (row.marks < kMinRowMarks || row.box.width < kMinRowAspect * row.box.height) continue;
    row.score = strokeEdges(strokes, turn, row.box);
    if (row.score > best.score) best = row;
  }
  return best;
}

// Stroke samples over `band` of the turned frame, and how many of its samples fall inside the photo.
std::pair<int, int> strokesIn(const cv::Mat& strokes, const Turn& turn, const cv::Rect& band) {
  int on = 0, inside = 0;
  for (int y = band.y; y < band.y + band.height; ++y) {
    for (int x = band.x; x < band.x + band.width; ++x) {
      const int s = turn.strokeAt(strokes, x, y);
      inside += s >= 0;
      on += s == 1;
    }
  }
  return {on, inside};
}

}  // namespace

MarkRow strongestRow(const cv::Mat& strokes) { return strongestRowOf(strokes, partsOf(strokes), Turn(0)); }

SlantedRow strongestSlantedRow(const cv::Mat& strokes, std::span<const double> slants) {
  const auto parts = partsOf(strokes);
  SlantedRow best;
  for (const double degrees : slants) {
    const MarkRow row = strongestRowOf(strokes, parts, Turn(degrees));
    if (row.score > best.row.score) best = {row, degrees};
  }
  return best;
}

double busyAround(const cv::Mat& strokes, const SlantedRow& found) {
  const Turn turn(found.degrees);
  const cv::Rect& box = found.row.box;
  const auto [inRow, rowSamples] = strokesIn(strokes, turn, box);
  const auto [above, aboveSamples] = strokesIn(strokes, turn, box - cv::Point(0, box.height));
  const auto [below, belowSamples] = strokesIn(strokes, turn, box + cv::Point(0, box.height));
  if (inRow == 0 || aboveSamples + belowSamples == 0) return 0;
  const double rowDensity = inRow / static_cast<double>(rowSamples);
  return (above + below) / static_cast<double>(aboveSamples + belowSamples) / rowDensity;
}

}  // namespace cs
