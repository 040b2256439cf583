#pragma once
// dlib's 68-point shape predictor: the same model file, the same arithmetic, the same landmarks to the bit,
// with the model laid out for the memory of the machines the station runs on.
//
// Why: dlib keeps each of the model's 120,000 leaf vectors (136 floats) in a heap block of its own, spread
// over ~100 MB. One fit walks 7,500 trees and reads one leaf of each, and every read is a TLB miss and a
// cache miss that waits for the one before it. On this platform's virtual machines a random read that
// misses the TLB costs 200-300 ns (nested page walks), so a fit took 6.5 ms, more than the rest of a live
// frame's analysis. Here each cascade's split nodes are contiguous, all leaves sit in one block on huge
// pages, and a cascade first walks all its trees (cheap), then adds their leaves in dlib's order while the
// next leaves are already on their way from memory.
#include <istream>
#include <memory>
#include <vector>

#include <opencv2/core.hpp>

#include "cs/core/expected.h"
#include "cs/core/face.h"

namespace cs {

class PackedShapePredictor {
 public:
  // Reads a dlib shape_predictor file (serialisation version 1, as libdlib-data's); an unreadable or
  // inconsistent model is an error whose text says what is wrong with it.
  static Expected<PackedShapePredictor> read(std::istream& in);

  PackedShapePredictor(PackedShapePredictor&&) noexcept;
  PackedShapePredictor& operator=(PackedShapePredictor&&) noexcept;
  ~PackedShapePredictor();

  // The landmarks dlib::shape_predictor gives for the face in `box` of `rgb` (8-bit RGB), in `rgb`'s pixels.
  Landmarks fit(const cv::Mat& rgb, const RectF& box) const;

  struct Model;

 private:
  explicit PackedShapePredictor(std::unique_ptr<Model> model);
  std::unique_ptr<Model> model_;
};

}  // namespace cs
