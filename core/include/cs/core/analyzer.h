#pragma once
// The facade over everything that looks at pixels: finds the face, measures it, plans the crop and runs
// every automatic check. One PhotoAnalyzer per thread: it owns its own detector and landmark model
// (dlib objects are not shareable across threads; separate instances are fine).
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "cs/core/check_result.h"
#include "cs/core/crop_plan.h"
#include "cs/core/expected.h"
#include "cs/core/face.h"
#include "cs/core/image.h"
#include "cs/core/photo_loader.h"
#include "cs/core/spec_profile.h"

namespace cs {

struct AnalyzerOptions {
  // The 68-landmark model. Empty: the CS_LANDMARK_MODEL environment variable, else Debian's
  // libdlib-data path /usr/share/dlib/shape_predictor_68_face_landmarks.dat.
  std::string landmarkModelPath;
  std::optional<SpecProfile> profile;  // empty: SpecProfile::load()
};

struct Analysis {
  Size imageSize;
  FaceSearch faces;
  std::optional<CropPlan> crop;  // present when exactly one face was found
  CheckList checks;
  std::optional<Image> outputPhoto;  // Still depth, when the crop fits: the 480x640 photo the checks saw
  bool meetsStandard() const { return !anyFailed(checks) && faces.count() == 1 && crop && crop->fits(); }
};

// A photo decoded for a still, and the faces of its first search, made while it was being decoded.
struct SearchedPhoto {
  LoadedPhoto photo;
  std::vector<RectF> facesFoundWhileDecoding;  // in photo.image's pixels; hand them to analyse()
};

enum class AnalysisDepth {
  Live,   // a preview frame: the face search runs on a reduced copy, the slow checks are skipped
  Still,  // a photo to be saved: everything, at full quality
};

class PhotoAnalyzer {
 public:
  static Expected<std::unique_ptr<PhotoAnalyzer>> create(const AnalyzerOptions& options = {});
  ~PhotoAnalyzer();
  PhotoAnalyzer(const PhotoAnalyzer&) = delete;
  PhotoAnalyzer& operator=(const PhotoAnalyzer&) = delete;

  // `source` (optional) tells the checks how the file was stored (greyscale, alpha) for I1/F3.
  // `onOutputPhoto` (Still depth, optional) is handed the 480x640 photo as soon as it is rendered, before
  // the checks run, so a caller can start encoding it on another thread while they do.
  // `facesFoundWhileDecoding` (Still depth, optional): decodeAndSearch's faces for this very image, so its
  // first search is not run again.
  using OutputPhotoReady = std::function<void(const Image& photo)>;
  Analysis analyse(const Image& image, AnalysisDepth depth, const PhotoSource* source = nullptr,
                   const OutputPhotoReady& onOutputPhoto = {},
                   const std::vector<RectF>* facesFoundWhileDecoding = nullptr);

  // decodePhoto() for a still, with the first face search running on a second thread as the rows are
  // decoded (an upright JPEG's; other photos are searched once decoded). On a two-core machine a 12 MP
  // still is then searched almost as soon as it is decoded.
  Expected<SearchedPhoto> decodeAndSearch(std::span<const std::uint8_t> bytes, const LoadOptions& options);
  const SpecProfile& profile() const;

 private:
  struct Impl;
  explicit PhotoAnalyzer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cs
