#include "cs/core/analyzer.h"

#include <cstdlib>
#include <exception>

#include "analysis/face_search.h"
#include "analysis/output_render.h"
#include "checks/checks.h"
#include "face/face_detector.h"
#include "image/cv_bridge.h"

namespace cs {

struct PhotoAnalyzer::Impl {
  std::unique_ptr<FaceDetector> detector;
  SpecProfile profile;
  std::optional<RectF> lastFace;  // live tracking: where the face was in the previous frame
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

Analysis PhotoAnalyzer::analyse(const Image& image, AnalysisDepth depth, const PhotoSource* source) {
  Analysis a;
  a.imageSize = image.size();
  if (image.empty()) return a;
  const cv::Mat rgb = asMat(image);
  a.faces = findFaces(*impl_->detector, rgb, depth, depth == AnalysisDepth::Live ? impl_->lastFace : std::nullopt);
  impl_->lastFace.reset();
  const Face noFace;
  const CropPlan noPlan;
  if (a.faces.count() != 1) {
    CheckContext ctx{impl_->profile, source, a.faces.count(), depth, rgb, noFace, noPlan, {}, {}, noFace};
    a.checks = runAllChecks(ctx);
    return a;
  }
  impl_->lastFace = a.faces.boxes.front();
  a.faces.primary = measureSingleFace(*impl_->detector, rgb, a.faces.boxes.front());
  a.crop = planCrop(*a.faces.primary, image.size(), impl_->profile);
  CheckContext ctx{impl_->profile, source, 1, depth, rgb, *a.faces.primary, *a.crop, {}, {}, {}};
  ctx.output = renderWindow(rgb, *a.crop, impl_->profile, &ctx.outputValid);
  ctx.outputFace = mapFace(*a.faces.primary, *a.crop);
  a.checks = runAllChecks(ctx);
  return a;
}

Image renderCrop(const Image& source, const CropPlan& plan, const SpecProfile& profile) {
  return toImage(renderWindow(asMat(source), plan, profile));
}

}  // namespace cs
