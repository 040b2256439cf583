#include "analysis/search_while_decoding.h"

#include "analysis/face_search.h"
#include "face/incremental_search.h"
#include "image/cv_bridge.h"

namespace cs {

SearchWhileDecoding::SearchWhileDecoding(FaceDetector& detector) : detector_(detector) {}
SearchWhileDecoding::~SearchWhileDecoding() = default;

void SearchWhileDecoding::decodeStarted(const Image& image) {
  rows_ = asMat(image);
  search_ = startFirstPass(detector_, rows_);
}

void SearchWhileDecoding::rowsDecoded(int rows) {
  if (search_) search_->rowsReady(rows);
}

void SearchWhileDecoding::decodeAbandoned() { search_.reset(); }

std::vector<RectF> SearchWhileDecoding::faces(const Image& photo) {
  if (search_ && rows_.data == photo.rgb.data()) return firstPassFaces(*search_);
  search_ = startFirstPass(detector_, asMat(photo));
  return firstPassFaces(*search_);
}

}  // namespace cs
