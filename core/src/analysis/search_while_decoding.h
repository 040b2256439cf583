#pragma once
// A still's first face search, run on the second core while the photo's rows are decoded on this one: the
// search of a 12 MP JPEG is then nearly done when its decode is, instead of starting after it.
#include <memory>
#include <vector>

#include <opencv2/core.hpp>

#include "cs/core/geometry.h"
#include "face/face_detector.h"
#include "image/photo_rows.h"

namespace cs {

class IncrementalFaceSearch;

class SearchWhileDecoding : public DecodeRowListener {
 public:
  explicit SearchWhileDecoding(FaceDetector& detector);
  ~SearchWhileDecoding() override;

  void decodeStarted(const Image& image) override;
  void rowsDecoded(int rows) override;
  void decodeAbandoned() override;  // the search stops before the image's buffer goes

  // The first pass's faces in `photo`'s pixels. A photo whose rows were not reported as they came (a PNG,
  // a turned JPEG) is searched here, whole.
  std::vector<RectF> faces(const Image& photo);

 private:
  FaceDetector& detector_;
  cv::Mat rows_;  // over the decoded image's buffer
  std::unique_ptr<IncrementalFaceSearch> search_;
};

}  // namespace cs
