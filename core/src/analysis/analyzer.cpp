#include "cs/core/analyzer.h"

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <future>

#include "analysis/face_search.h"
#include "analysis/face_tracker.h"
#include "analysis/output_render.h"
#include "analysis/search_while_decoding.h"
#include "checks/checks.h"
#include "face/face_detector.h"
#include "image/cv_bridge.h"

namespace cs {

struct PhotoAnalyzer::Impl {
  std::unique_ptr<FaceDetector> detector;
  SpecProfile profile;
  FaceTracker tracker;  // live frames only
};

PhotoAnalyzer::PhotoAnalyzer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PhotoAnalyzer::~PhotoAnalyzer() = default;
const SpecProfile& PhotoAnalyzer::profile() const { return impl_->profile; }

namespace {

std::string modelPathFrom(const AnalyzerOptions& options) {
  if (!options.landmarkModelPath.empty()) return options.landmarkModelPath;
  const char* env = std::getenv("CS_LANDMARK_MODEL");
  if (env != nullptr && *env != '\0') return env;
  return CS_DEFAULT_LANDMARK_MODEL;
}

Face mapFace(const Face& f, const CropPlan& plan) {
  Face out = f;
  for (auto& p : out.landmarks) p = toOutput(plan, p);
  out.leftEye = toOutput(plan, f.leftEye);
  out.rightEye = toOutput(plan, f.rightEye);
  out.cheekLeft = toOutput(plan, f.cheekLeft);
  out.cheekRight = toOutput(plan, f.cheekRight);
  out.chinY = toOutput(plan, {0, f.chinY}).y;
  const PointF boxTopLeft = toOutput(plan, {f.box.x, f.box.y});
  out.box = {boxTopLeft.x, boxTopLeft.y, f.box.width * plan.scale, f.box.height * plan.scale};
  if (f.hairTopY) out.hairTopY = toOutput(plan, {0, *f.hairTopY}).y;
  return out;
}

// The checks of the whole photo need no face: the second core, idle now that the search is done, runs
// them while the calling thread measures the face and renders the crop (I1 on every frame; a still's
// border lines too).
std::future<WholePhotoChecks> startWholePhotoChecks(const SpecProfile& profile, const PhotoSource* source,
                                                    const cv::Mat& rgb, AnalysisDepth depth) {
  return std::async(std::launch::async, [&profile, source, rgb, depth] {
    const Face noFace;
    const CropPlan noPlan;
    return checkWholePhoto(CheckContext{.profile = profile, .source = source, .faceCount = 1, .depth = depth,
                                        .rgb = rgb, .face = noFace, .plan = noPlan});
  });
}

}  // namespace

Expected<std::unique_ptr<PhotoAnalyzer>> PhotoAnalyzer::create(const AnalyzerOptions& options) {
  auto impl = std::make_unique<Impl>();
  if (options.profile) {
    impl->profile = *options.profile;
  } else {
    auto profile = SpecProfile::load();
    if (!profile) return profile.error();
    impl->profile = *profile;
  }
  auto detector = FaceDetector::create(modelPathFrom(options));
  if (!detector) return detector.error();
  impl->detector = std::move(*detector);
  return std::unique_ptr<PhotoAnalyzer>(new PhotoAnalyzer(std::move(impl)));
}

Expected<SearchedPhoto> PhotoAnalyzer::decodeAndSearch(std::span<const std::uint8_t> bytes,
                                                       const LoadOptions& options) {
  SearchWhileDecoding search(*impl_->detector);
  auto photo = decodePhoto(bytes, options, search);
  if (!photo) return photo.error();
  std::vector<RectF> faces = search.faces(photo->image);
  return SearchedPhoto{std::move(*photo), std::move(faces)};
}

Analysis PhotoAnalyzer::analyse(const Image& image, AnalysisDepth depth, const PhotoSource* source,
                                const OutputPhotoReady& onOutputPhoto,
                                const std::vector<RectF>* facesFoundWhileDecoding) {
  Analysis a;
  a.imageSize = image.size();
  if (image.empty()) return a;
  const cv::Mat rgb = asMat(image);
  const bool live = depth == AnalysisDepth::Live;
  std::optional<RectF> predicted = live ? impl_->tracker.predictedBox() : std::nullopt;
  // Landmarks fit an empty backdrop too: a box that no longer shows the face is dropped on this very frame,
  // and this frame is searched whole instead, as at a due detection. Detecting (~25 ms, once) rather than
  // just reporting no face means a real face that merely moved too fast to follow does not flicker out.
  if (predicted && !impl_->tracker.stillShowsFace(rgb, *predicted)) predicted.reset();
  const int longSide = std::max(image.width, image.height);
  if (predicted) {
    a.faces.boxes = {*predicted};
  } else if (live) {
    a.faces = findFaces(*impl_->detector, rgb, depth, impl_->tracker.detectionLongSide(longSide));
  } else {
    a.faces = findFaces(*impl_->detector, rgb, depth, kFirstPassSide, facesFoundWhileDecoding);
  }
  const Face noFace;
  const CropPlan noPlan;
  if (a.faces.count() != 1) {
    if (live) {
      impl_->tracker.missed();
    } else {
      impl_->tracker.reset();
    }
    CheckContext ctx{.profile = impl_->profile, .source = source, .faceCount = a.faces.count(), .depth = depth,
                     .rgb = rgb, .face = noFace, .plan = noPlan};
    a.checks = runAllChecks(ctx);
    return a;
  }
  std::future<WholePhotoChecks> whole = startWholePhotoChecks(impl_->profile, source, rgb, depth);
  a.faces.primary = measureSingleFace(*impl_->detector, rgb, a.faces.boxes.front());
  if (predicted) {
    impl_->tracker.tracked(*a.faces.primary);
  } else if (live) {
    impl_->tracker.detected(rgb, a.faces.boxes.front(), *a.faces.primary);
  }
  a.crop = planCrop(*a.faces.primary, image.size(), impl_->profile);
  CheckContext ctx{.profile = impl_->profile, .source = source, .faceCount = 1, .depth = depth, .rgb = rgb,
                   .face = *a.faces.primary, .plan = *a.crop};
  ctx.output = renderWindow(rgb, *a.crop, impl_->profile, &ctx.outputValid);
  ctx.outputFace = mapFace(*a.faces.primary, *a.crop);
  if (depth == AnalysisDepth::Still && a.crop->fits()) {
    a.outputPhoto = toImage(ctx.output);
    if (onOutputPhoto) onOutputPhoto(*a.outputPhoto);
  }
  const WholePhotoChecks wholePhoto = whole.get();
  ctx.wholePhoto = &wholePhoto;
  a.checks = runAllChecks(ctx);
  return a;
}

}  // namespace cs
