#include "face/face_detector.h"

#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/opencv/cv_image.h>
#include <dlib/serialize.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>

#include "face/hog_pyramid.h"
#include "face/incremental_search.h"
#include "face/packed_shape_predictor.h"

namespace cs {

struct FaceDetector::Impl {
  // dlib's filters are the same for every detector: made once (a quarter of a second) and shared.
  std::shared_ptr<const HogModel> hog = [] {
    static const std::shared_ptr<const HogModel> shared = HogModel::frontalFace();
    return shared;
  }();
  std::string modelPath;
  std::optional<PackedShapePredictor> predictor;
  // dlib's own predictor, read from the same file only when referenceLandmarks() is asked for (tests).
  std::once_flag referenceRead;
  dlib::shape_predictor reference;
};

FaceDetector::FaceDetector(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FaceDetector::~FaceDetector() = default;

Expected<std::unique_ptr<FaceDetector>> FaceDetector::create(const std::string& modelPath) {
  if (!std::filesystem::is_regular_file(modelPath)) {
    return Error{ErrorCode::ModelMissing,
                 "the face landmark model " + modelPath +
                     " is missing: install the Debian package libdlib-data (apt-get install libdlib-data) "
                     "or set CS_LANDMARK_MODEL to the file's path",
                 "人脸特征点模型文件 " + modelPath +
                     " 不存在：请安装 Debian 软件包 libdlib-data（apt-get install libdlib-data），"
                     "或把环境变量 CS_LANDMARK_MODEL 设为该文件的路径"};
  }
  auto impl = std::make_unique<Impl>();
  impl->modelPath = modelPath;
  std::ifstream in(modelPath, std::ios::binary);
  auto predictor = PackedShapePredictor::read(in);
  if (!predictor) {
    const std::string why = predictor.error().message;
    return Error{ErrorCode::ModelMissing, "the face landmark model " + modelPath + " cannot be read (" + why +
                                              "): reinstall libdlib-data or point CS_LANDMARK_MODEL at a good copy",
                 "人脸特征点模型文件 " + modelPath + " 无法读取（" + why +
                     "）：请重新安装 libdlib-data，或把 CS_LANDMARK_MODEL 指向一份完好的文件"};
  }
  impl->predictor.emplace(std::move(*predictor));
  return std::unique_ptr<FaceDetector>(new FaceDetector(std::move(impl)));
}

std::vector<Detection> FaceDetector::detect(const cv::Mat& rgb, double scale) {
  IncrementalFaceSearch search(impl_->hog, rgb, scale);
  return search.finish();
}

std::unique_ptr<IncrementalFaceSearch> FaceDetector::startSearch(const cv::Mat& rgb, double scale) {
  return std::make_unique<IncrementalFaceSearch>(impl_->hog, rgb, scale);
}

std::vector<Detection> FaceDetector::referenceDetect(const cv::Mat& rgb) { return impl_->hog->referenceDetect(rgb); }

Landmarks FaceDetector::landmarks(const cv::Mat& rgb, const RectF& box) { return impl_->predictor->fit(rgb, box); }

Landmarks FaceDetector::referenceLandmarks(const cv::Mat& rgb, const RectF& box) {
  std::call_once(impl_->referenceRead, [this] { dlib::deserialize(impl_->modelPath) >> impl_->reference; });
  dlib::cv_image<dlib::rgb_pixel> view(cvIplImage(rgb));
  const dlib::rectangle rect(static_cast<long>(box.x), static_cast<long>(box.y),
                             static_cast<long>(box.right()), static_cast<long>(box.bottom()));
  const dlib::full_object_detection shape = impl_->reference(view, rect);
  Landmarks points{};
  for (unsigned long k = 0; k < shape.num_parts() && k < points.size(); ++k) {
    points[k] = {static_cast<double>(shape.part(k).x()), static_cast<double>(shape.part(k).y())};
  }
  return points;
}

}  // namespace cs
