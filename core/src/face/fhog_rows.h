#pragma once
// dlib's FHOG features (extract_fhog_features: 31 planes per cell of 8x8 pixels, the cell size of dlib's
// frontal face detector) computed as an image's rows arrive. Each pixel row is voted into the cells'
// orientation histograms once (FhogVotes), and a feature row is written as soon as every cell it reads is
// complete; nothing is computed twice, unlike extracting bands with margins. The steps are dlib's, in
// dlib's order and arithmetic, so the features are bit-identical to the ones dlib extracts from the whole
// image.
//
// One thread at a time (the histograms are state), rows in order.
#include <functional>
#include <memory>

#include <opencv2/core.hpp>

namespace cs {

class FhogRows {
 public:
  explicit FhogRows(cv::Size imageSize);
  ~FhogRows();
  FhogRows(const FhogRows&) = delete;
  FhogRows& operator=(const FhogRows&) = delete;

  int featureRows() const;
  int featureCols() const;
  // Feature rows, from the first, that the image rows [0, imageRows) settle.
  int featureRowsFrom(int imageRows) const;

  // Where feature row `row` of plane `plane` (0..30) goes: featureCols() floats.
  using RowOut = std::function<float*(int plane, int row)>;
  // Takes in the image rows [0, imageRows) (8-bit RGB) and writes the feature rows they settle. Returns
  // the number of feature rows written so far.
  int advance(const cv::Mat& image, int imageRows, const RowOut& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cs
