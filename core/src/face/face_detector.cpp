#include "face/face_detector.h"

#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/opencv/cv_image.h>
#include <dlib/serialize.h>

#include <algorithm>
#include <filesystem>
#include <future>

namespace cs {
namespace {

using Scanner = dlib::scan_fhog_pyramid<dlib::pyramid_down<6>>;
using RgbView = dlib::cv_image<dlib::rgb_pixel>;

// The search is split by pyramid level between the calling thread and a worker. Each level has 25/36 of
// the pixels of the one above, so the first two levels (1 + 25/36) are about half of all the work.
constexpr unsigned kLevelsOnCaller = 2;
// Below this the pyramid has too few levels to be worth a thread.
constexpr int kMinSideToSplit = 240;

// dlib's five face filters (front, turned left and right, tilted left and right) and their thresholds.
struct FilterBank {
  std::vector<Scanner::fhog_filterbank> filters;
  std::vector<double> thresholds;
};

FilterBank filterBankOf(const dlib::frontal_face_detector& detector, const Scanner& scanner) {
  FilterBank bank;
  for (unsigned long i = 0; i < detector.num_detectors(); ++i) {
    const auto& w = detector.get_w(i);
    bank.filters.push_back(scanner.build_fhog_filterbank(w));
    bank.thresholds.push_back(w(scanner.get_num_dimensions()));  // the bias is the vector's last element
  }
  return bank;
}

// Every filter's detections on the scanner's loaded pyramid, before non-max suppression, with the
// rectangles taken `levelsUp` pyramid levels up to the caller's image (dlib rounds to whole pixels at
// each step, so a box from the worker can differ from dlib's own by one pixel).
std::vector<dlib::rect_detection> scanLevels(const Scanner& scanner, const FilterBank& bank, unsigned levelsUp) {
  const dlib::pyramid_down<6> pyramid;
  std::vector<dlib::rect_detection> found;
  std::vector<std::pair<double, dlib::rectangle>> hits;
  for (unsigned long i = 0; i < bank.filters.size(); ++i) {
    scanner.detect(bank.filters[i], hits, bank.thresholds[i]);
    for (const auto& [score, rect] : hits) {
      dlib::rect_detection d;
      d.detection_confidence = score - bank.thresholds[i];
      d.weight_index = i;
      d.rect = levelsUp == 0 ? rect : dlib::rectangle(pyramid.rect_up(dlib::drectangle(rect), levelsUp));
      found.push_back(d);
    }
  }
  return found;
}

// dlib's object_detector keeps the best-scoring box and drops every box overlapping one already kept.
std::vector<dlib::rect_detection> nonMaxSuppressed(std::vector<dlib::rect_detection> all,
                                                   const dlib::test_box_overlap& overlaps) {
  std::sort(all.rbegin(), all.rend());
  std::vector<dlib::rect_detection> kept;
  for (const auto& d : all) {
    const bool hidden = std::any_of(kept.begin(), kept.end(), [&](const auto& k) { return overlaps(k.rect, d.rect); });
    if (!hidden) kept.push_back(d);
  }
  return kept;
}

}  // namespace

struct FaceDetector::Impl {
  dlib::frontal_face_detector detector = dlib::get_frontal_face_detector();
  dlib::shape_predictor predictor;
  Scanner upperLevels;  // the image and its first reduction, on the calling thread
  Scanner lowerLevels;  // from the second reduction down, on the worker
  FilterBank bank;

  Impl() {
    upperLevels.copy_configuration(detector.get_scanner());
    upperLevels.set_max_pyramid_levels(kLevelsOnCaller);
    lowerLevels.copy_configuration(detector.get_scanner());
    bank = filterBankOf(detector, upperLevels);
  }

  std::vector<dlib::rect_detection> searchOnTwoThreads(const RgbView& view) {
    auto lower = std::async(std::launch::async, [&] {
      // The worker reduces the image exactly as dlib's pyramid would, so its levels are dlib's.
      const dlib::pyramid_down<6> pyramid;
      dlib::array2d<dlib::rgb_pixel> reduced, next;
      pyramid(view, reduced);
      for (unsigned level = 1; level < kLevelsOnCaller; ++level) {
        pyramid(reduced, next);
        dlib::swap(reduced, next);
      }
      lowerLevels.load(reduced);
      return scanLevels(lowerLevels, bank, kLevelsOnCaller);
    });
    upperLevels.load(view);
    std::vector<dlib::rect_detection> all = scanLevels(upperLevels, bank, 0);
    const auto fromWorker = lower.get();
    all.insert(all.end(), fromWorker.begin(), fromWorker.end());
    return nonMaxSuppressed(std::move(all), detector.get_overlap_tester());
  }
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
  try {
    dlib::deserialize(modelPath) >> impl->predictor;
  } catch (const std::exception& e) {
    return Error{ErrorCode::ModelMissing, "the face landmark model " + modelPath +
                                              " cannot be read (" + e.what() +
                                              "): reinstall libdlib-data or point CS_LANDMARK_MODEL at a good copy",
                 "人脸特征点模型文件 " + modelPath + " 无法读取（" + e.what() +
                     "）：请重新安装 libdlib-data，或把 CS_LANDMARK_MODEL 指向一份完好的文件"};
  }
  return std::unique_ptr<FaceDetector>(new FaceDetector(std::move(impl)));
}

std::vector<Detection> FaceDetector::detect(const cv::Mat& rgb, DetectionThreads threads) {
  // cv_image wraps the Mat without copying; dlib reads the bytes as rgb_pixel (R, G, B order).
  const RgbView view(cvIplImage(rgb));
  std::vector<dlib::rect_detection> found;
  if (threads == DetectionThreads::Two && std::min(rgb.cols, rgb.rows) >= kMinSideToSplit) {
    found = impl_->searchOnTwoThreads(view);
  } else {
    impl_->detector(view, found, 0.0);
  }
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
