#include "face/hog_pyramid.h"

#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/opencv/cv_image.h>

#include "face/fhog_rows.h"
#include "face/separable_filter.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <tuple>

namespace cs {
namespace {

using Scanner = dlib::scan_fhog_pyramid<dlib::pyramid_down<6>>;
using Planes = dlib::array<dlib::array2d<float>>;
constexpr int kPlanes = 31;  // FHOG: 18 + 9 orientation bins, 4 texture

// A level's size from the one above: dlib's pyramid_down<6> makes it (5 * size) / 6, in whole pixels.
cv::Size reducedSize(cv::Size s) { return {5 * s.width / 6, 5 * s.height / 6}; }

// One rank-one part of a filter and the feature plane it reads.
struct PlaneTerm {
  int plane;
  SeparableTerm term;
};

// A filter's rank-one parts in the order dlib's apply_filters_to_fhog adds them up (plane by plane).
std::vector<PlaneTerm> separableTerms(const Scanner::fhog_filterbank& bank) {
  std::vector<PlaneTerm> terms;
  for (std::size_t plane = 0; plane < bank.row_filters.size(); ++plane) {
    for (std::size_t j = 0; j < bank.row_filters[plane].size(); ++j) {
      const auto& row = bank.row_filters[plane][j];
      const auto& col = bank.col_filters[plane][j];
      terms.push_back({static_cast<int>(plane), SeparableTerm{std::vector<float>(row.begin(), row.end()),
                                                              std::vector<float>(col.begin(), col.end())}});
    }
  }
  return terms;
}

}  // namespace

struct HogModel::Impl {
  dlib::frontal_face_detector detector = dlib::get_frontal_face_detector();
  // Each filter's separable parts. dlib's apply_filters_to_fhog uses them rather than the whole filters
  // when they are cheaper, as they are for this model; were a dlib release to change that, the responses
  // would no longer match dlib's to the bit, and face_search_bands_test says so.
  std::vector<std::vector<PlaneTerm>> terms;
  std::vector<double> thresholds;  // each filter's bias: its hits score above it
  int cell = 0;                    // FHOG cell size in pixels
  int filterRows = 0, filterCols = 0;  // a filter's size in cells (the face window and its padding)
  int boxRows = 0, boxCols = 0;        // the face window in cells

  const Scanner& scanner() const { return detector.get_scanner(); }

  // How many levels dlib's pyramid has for an image of `size` (create_fhog_pyramid's rule).
  int levelsFor(cv::Size size) const {
    const dlib::pyramid_down<6> pyramid;
    dlib::rectangle rect(0, 0, size.width - 1, size.height - 1);
    unsigned long levels = 0;
    do {
      rect = pyramid.rect_down(rect);
      ++levels;
    } while (rect.width() >= scanner().get_min_pyramid_layer_width() &&
             rect.height() >= scanner().get_min_pyramid_layer_height() && levels < scanner().get_max_pyramid_levels());
    return static_cast<int>(levels);
  }
};

HogModel::HogModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HogModel::~HogModel() = default;

std::shared_ptr<const HogModel> HogModel::frontalFace() {
  auto impl = std::make_unique<Impl>();
  const Scanner& scanner = impl->detector.get_scanner();
  for (unsigned long i = 0; i < impl->detector.num_detectors(); ++i) {
    const auto& w = impl->detector.get_w(i);
    impl->terms.push_back(separableTerms(scanner.build_fhog_filterbank(w)));
    impl->thresholds.push_back(w(scanner.get_num_dimensions()));  // the bias is the vector's last element
  }
  impl->cell = static_cast<int>(scanner.get_cell_size());  // 8, as FhogRows computes them
  impl->filterRows = static_cast<int>(scanner.get_fhog_window_height());
  impl->filterCols = static_cast<int>(scanner.get_fhog_window_width());
  impl->boxRows = impl->filterRows - 2 * static_cast<int>(scanner.get_padding());
  impl->boxCols = impl->filterCols - 2 * static_cast<int>(scanner.get_padding());
  return std::shared_ptr<const HogModel>(new HogModel(std::move(impl)));
}

std::vector<Detection> HogModel::referenceDetect(const cv::Mat& rgb) const {
  // cv_image wraps the Mat without copying; dlib reads the bytes as rgb_pixel (R, G, B order).
  const dlib::cv_image<dlib::rgb_pixel> view(cvIplImage(rgb));
  dlib::frontal_face_detector detector = impl_->detector;  // dlib's search is not const
  std::vector<dlib::rect_detection> found;
  detector(view, found, 0.0);
  std::vector<Detection> out;
  for (const auto& d : found) {
    const auto& r = d.rect;
    out.push_back({RectF{static_cast<double>(r.left()), static_cast<double>(r.top()),
                         static_cast<double>(r.width()), static_cast<double>(r.height())},
                   d.detection_confidence});
  }
  return out;
}

// The row pass's output of a level's padded rows that the next response band of one filter reads again: a
// band [first, end) reads the padded rows [first, end + filterRows - 1), so its last filterRows - 1 are the
// next band's first. While rows arrive a band is a few rows, and filtering those rows across again was a
// quarter of the filters' work (a 12 MP still: 481 rows filtered across per filter, 310 of them different).
// Kept for each of the filter's parts, `keptRows` rows of the level's width each.
struct RowPassCarry {
  std::atomic_flag inUse;  // the next band of this filter may be taken by the other thread meanwhile
  int nextFirst = -1;      // the response band these rows start (-1: none kept)
  long keptRows = 0;
  std::vector<float> rows;
};

struct HogPyramid::Impl {
  struct Level {
    cv::Mat image;
    std::optional<PyramidRows> reduction;  // from the level above
    std::unique_ptr<FhogRows> fhog;
    int featureRows = 0, featureCols = 0;
    Planes planes;  // the features with dlib's zero padding around them, as its filters expect
    std::unique_ptr<RowPassCarry[]> carries;  // one per filter
  };
  std::shared_ptr<const HogModel> model;
  std::vector<Level> levels;

  const HogModel::Impl& m() const { return model->impl(); }
  // Where feature row 0, column 0 sits in the padded planes (dlib's init_hog).
  int padTop() const { return (m().filterRows - 1) / 2; }
  int padLeft() const { return (m().filterCols - 1) / 2; }
};

HogPyramid::HogPyramid(std::shared_ptr<const HogModel> model, cv::Size searchSize) : impl_(std::make_unique<Impl>()) {
  impl_->model = std::move(model);
  const HogModel::Impl& m = impl_->m();
  cv::Size size = searchSize;
  const int count = m.levelsFor(searchSize);
  impl_->levels.resize(count);
  for (int l = 0; l < count; ++l) {
    Impl::Level& level = impl_->levels[l];
    if (l > 0) {
      const cv::Size above = size;
      size = reducedSize(above);
      level.reduction.emplace(above, size);
    }
    level.image.create(size, CV_8UC3);
    level.fhog = std::make_unique<FhogRows>(size);
    level.featureRows = level.fhog->featureRows();
    level.featureCols = level.fhog->featureCols();
    level.planes.resize(kPlanes);
    for (auto& plane : level.planes) {
      plane.set_size(level.featureRows + m.filterRows - 1, level.featureCols + m.filterCols - 1);
      dlib::assign_all_pixels(plane, 0.0f);
    }
    level.carries = std::make_unique<RowPassCarry[]>(m.terms.size());
  }
}

HogPyramid::~HogPyramid() = default;

int HogPyramid::levels() const { return static_cast<int>(impl_->levels.size()); }
cv::Mat& HogPyramid::image(int level) { return impl_->levels[level].image; }
const cv::Mat& HogPyramid::image(int level) const { return impl_->levels[level].image; }
const PyramidRows& HogPyramid::reduction(int level) const { return *impl_->levels[level].reduction; }
int HogPyramid::featureRows(int level) const { return impl_->levels[level].featureRows; }

int HogPyramid::featureRowsFrom(int level, int imageRows) const {
  return impl_->levels[level].fhog->featureRowsFrom(imageRows);
}

int HogPyramid::advanceFeatures(int level, int imageRows) {
  Impl::Level& l = impl_->levels[level];
  const int top = impl_->padTop(), left = impl_->padLeft();
  return l.fhog->advance(l.image, imageRows, [&](int plane, int row) { return &l.planes[plane][row + top][left]; });
}

int HogPyramid::responseRowsFrom(int level, int featureRows) const {
  const Impl::Level& l = impl_->levels[level];
  if (featureRows >= l.featureRows) return l.featureRows;
  // Response row k reads the padded rows [k, k + filterRows), i.e. feature rows up to k + filterRows - 1 - padTop.
  return std::max(0, featureRows - (impl_->m().filterRows - 1 - impl_->padTop()));
}

int HogPyramid::filters() const { return static_cast<int>(impl_->m().terms.size()); }

std::vector<HogHit> HogPyramid::findHits(int level, int first, int end, int filter) {
  Impl::Level& l = impl_->levels[level];
  const HogModel::Impl& m = impl_->m();
  std::vector<HogHit> hits;
  if (first >= end) return hits;
  // The responses [first, end) read the padded rows [first, end + filterRows - 1).
  const long rows = end - first + m.filterRows - 1;
  const long cols = l.planes[0].nc();
  std::vector<float> response(rows * cols), scratch(rows * cols);
  const ResponseArea area = responseArea(rows, cols, m.filterRows, m.filterCols);
  // As apply_filters_to_fhog: the first part writes the response, the others add to it, plane by plane.
  const SimdLevel simd = simdLevel();
  const std::vector<PlaneTerm>& terms = m.terms[filter];
  RowPassCarry& carry = l.carries[filter];
  // Only one band of a filter uses its carry at a time; another one at the same time filters every row.
  const bool own = !carry.inUse.test_and_set(std::memory_order_acquire);
  const long carried = own && carry.nextFirst == first ? carry.keptRows : 0;
  const bool keep = own && end < l.featureRows;  // the level's last band has no next band
  const long kept = m.filterRows - 1;
  if (keep) carry.rows.resize(terms.size() * kept * cols);
  bool addTo = false;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const PlaneTerm& t = terms[i];
    float* keptRows = own ? carry.rows.data() + i * kept * cols : nullptr;  // another band's while not own
    if (carried > 0) std::memcpy(scratch.data(), keptRows, carried * cols * sizeof(float));
    const ConstFloatRows in{&l.planes[t.plane][first][0], cols};
    filterSeparable(in, rows, cols, t.term, FloatRows{scratch.data(), cols}, FloatRows{response.data(), cols},
                    addTo, simd, carried);
    if (keep) std::memcpy(keptRows, scratch.data() + (rows - kept) * cols, kept * cols * sizeof(float));
    addTo = true;
  }
  if (own) {
    carry.nextFirst = keep ? end : -1;
    carry.keptRows = keep ? kept : 0;
    carry.inUse.clear(std::memory_order_release);
  }
  const auto& extractor = m.scanner().get_feature_extractor();
  const dlib::pyramid_down<6> pyramid;
  const double threshold = m.thresholds[filter];
  for (long r = area.top; r < area.bottom; ++r) {
    for (long c = area.left; c < area.right; ++c) {
      const float score = response[r * cols + c];
      if (score < threshold) continue;
      // As dlib's detect_from_fhog_pyramid: the window centred there, in level pixels, then up to level 0.
      const long row = first + r;
      dlib::rectangle rect = extractor.feats_to_image(dlib::centered_rect(dlib::point(c, row), m.boxCols, m.boxRows),
                                                      m.cell, m.filterRows, m.filterCols);
      rect = pyramid.rect_up(rect, static_cast<unsigned>(level));
      hits.push_back({score - threshold, filter, level, static_cast<int>(row), static_cast<int>(c),
                      RectF{static_cast<double>(rect.left()), static_cast<double>(rect.top()),
                            static_cast<double>(rect.width()), static_cast<double>(rect.height())}});
    }
  }
  return hits;
}

std::vector<Detection> HogPyramid::suppressed(std::vector<HogHit> hits) const {
  // Surest first; ties in a fixed order, so the result never depends on which thread found what first.
  std::sort(hits.begin(), hits.end(), [](const HogHit& a, const HogHit& b) {
    return std::tie(b.confidence, a.filter, a.level, a.row, a.column) <
           std::tie(a.confidence, b.filter, b.level, b.row, b.column);
  });
  const auto toDlib = [](const RectF& r) {
    return dlib::rectangle(static_cast<long>(r.x), static_cast<long>(r.y), static_cast<long>(r.x + r.width) - 1,
                           static_cast<long>(r.y + r.height) - 1);
  };
  const dlib::test_box_overlap overlaps = impl_->m().detector.get_overlap_tester();
  std::vector<Detection> kept;
  for (const HogHit& hit : hits) {
    const dlib::rectangle rect = toDlib(hit.box);
    const bool hidden = std::any_of(kept.begin(), kept.end(), [&](const Detection& k) { return overlaps(toDlib(k.box), rect); });
    if (!hidden) kept.push_back({hit.box, hit.confidence});
  }
  return kept;
}

}  // namespace cs
