#pragma once
// dlib's frontal face detector taken apart so that it can work as rows arrive: its image pyramid (each
// level 5/6 of the one above), the FHOG features of every level and the responses of its five filters
// (front, turned left and right, tilted left and right), each exactly what dlib computes for the whole
// level. Pixel rows and features of a level are made in order as its rows come (PyramidRows, FhogRows);
// responses are worked out on any band of rows whose features are there, with the padded rows the filters
// read around it.
//
// Different levels, and different response bands, may be computed by different threads at once; one
// level's pixel rows and features by one thread at a time. Ordering the work is IncrementalFaceSearch's job.
#include <memory>
#include <vector>

#include <opencv2/core.hpp>

#include "face/face_detector.h"
#include "face/pyramid_rows.h"

namespace cs {

// dlib's detector settings and its five filters, made once and shared read-only by every search.
class HogModel {
 public:
  static std::shared_ptr<const HogModel> frontalFace();
  ~HogModel();
  // dlib's own detector, whole image, one thread: the reference the banded search is tested against.
  std::vector<Detection> referenceDetect(const cv::Mat& rgb) const;
  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit HogModel(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// A filter's hit before non-max suppression, with its box in level-0 (search image) pixels.
struct HogHit {
  double confidence;  // the filter's score above its own threshold
  int filter;         // which of the five
  int level;
  int row, column;    // where in the level's responses: with the others, a total order for ties
  RectF box;
};

class HogPyramid {
 public:
  // The pyramid of an image of `searchSize` (level 0), as many levels as dlib would make for it.
  HogPyramid(std::shared_ptr<const HogModel> model, cv::Size searchSize);
  ~HogPyramid();
  HogPyramid(const HogPyramid&) = delete;
  HogPyramid& operator=(const HogPyramid&) = delete;

  int levels() const;
  // The level's pixels (8-bit RGB). Level 0 is filled by the caller; level n from level n - 1 by reduction(n).
  cv::Mat& image(int level);
  const cv::Mat& image(int level) const;
  const PyramidRows& reduction(int level) const;

  // FHOG rows of the whole level, and how many of them, from the first, the image rows [0, imageRows) settle.
  int featureRows(int level) const;
  int featureRowsFrom(int level, int imageRows) const;
  // Computes the feature rows the image rows [0, imageRows) settle; returns how many are done.
  int advanceFeatures(int level, int imageRows);

  // Rows where the filters answer (one per feature row), and how many of them the feature rows
  // [0, featureRows) settle.
  int responseRowsFrom(int level, int featureRows) const;
  // How many filters the detector has (five), and one filter's hits on response rows [first, end). A
  // filter's bands asked for one after the other, [first, end) then [end, ...), share the work on the rows
  // they both read; bands asked for in any other order, or from two threads at once, are still right.
  int filters() const;
  std::vector<HogHit> findHits(int level, int first, int end, int filter);

  // dlib's non-max suppression: the surest hit is kept, and every hit overlapping one kept is dropped.
  std::vector<Detection> suppressed(std::vector<HogHit> hits) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cs
