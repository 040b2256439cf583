#include "face/face_detector.h"

#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/opencv/cv_image.h>
#include <dlib/serialize.h>

#include <filesystem>

namespace cs {

struct FaceDetector::Impl {
  dlib::frontal_face_detector detector = dlib::get_frontal_face_detector();
  dlib::shape_predictor predictor;
};

FaceDetector::FaceDetector(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FaceDetector::~FaceDetector() = default;

Expected<std::unique_ptr<FaceDetector>> FaceDetector::create(const std::string& modelPath) {
  if (!std::filesystem::is_regular_file(modelPath)) {
    return Error{ErrorCode::ModelMissing,
                 "the face landmark model " + modelPath +
                     " is missing: install the Debian package libdlib-data (apt-get install libdlib-data) "
                     "or set CS_LANDMARK_MODEL to the file's path"};
  }
  auto impl = std::make_unique<Impl>();
  try {
    dlib::deserialize(modelPath) >> impl->predictor;
  } catch (const std::exception& e) {
    return Error{ErrorCode::ModelMissing, "the face landmark model " + modelPath +
                                              " cannot be read (" + e.what() +
                                              "): reinstall libdlib-data or point CS_LANDMARK_MODEL at a good copy"};
  }
  return std::unique_ptr<FaceDetector>(new FaceDetector(std::move(impl)));
}

std::vector<Detection> FaceDetector::detect(const cv::Mat& rgb) {
  // cv_image wraps the Mat without copying; dlib reads the bytes as rgb_pixel (R, G, B order).
  dlib::cv_image<dlib::rgb_pixel> view(cvIplImage(rgb));
  std::vector<dlib::rect_detection> found;
  impl_->detector(view, found, 0.0);
  std::vector<Detection> out;
  out.reserve(found.size());
  for (const auto& d : found) {
    const auto& r = d.rect;
    out.push_back({RectF{static_cast<double>(r.left()), static_cast<double>(r.top()),
                         static_cast<double>(r.width()), static_cast<double>(r.height())},
                   d.detection_confidence});
  }
  return out;
}

Landmarks FaceDetector::landmarks(const cv::Mat& rgb, const RectF& box) {
  dlib::cv_image<dlib::rgb_pixel> view(cvIplImage(rgb));
  const dlib::rectangle rect(static_cast<long>(box.x), static_cast<long>(box.y),
                             static_cast<long>(box.right()), static_cast<long>(box.bottom()));
  const dlib::full_object_detection shape = impl_->predictor(view, rect);
  Landmarks points{};
  for (unsigned long k = 0; k < shape.num_parts() && k < points.size(); ++k) {
    points[k] = {static_cast<double>(shape.part(k).x()), static_cast<double>(shape.part(k).y())};
  }
  return points;
}

}  // namespace cs
