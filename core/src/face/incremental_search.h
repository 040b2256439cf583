#pragma once
// The face search of an image whose rows may still be arriving, on two threads. A worker starts at once and
// builds the search image, its pyramid levels, their FHOG features and the filters' responses band by band
// as the rows come in; finish() (after the last row) joins it on the calling thread. A JPEG being decoded on
// one core is thus searched on the other, and its search is nearly done when its last row is.
//
// The bands change nothing: every band is computed exactly as dlib computes the whole image (HogPyramid),
// so the faces found are the same however the rows arrived, all at once included.
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <opencv2/core.hpp>

#include "face/hog_pyramid.h"
#include "image/row_resize.h"

namespace cs {

class IncrementalFaceSearch {
 public:
  // `source`: the image being searched, 8-bit RGB, whose rows are filled in later (rowsReady); it must stay
  // in place until finish() returns. It is searched scaled by `scale` (as scaledFast would scale it).
  IncrementalFaceSearch(std::shared_ptr<const HogModel> model, const cv::Mat& source, double scale);
  ~IncrementalFaceSearch();
  IncrementalFaceSearch(const IncrementalFaceSearch&) = delete;
  IncrementalFaceSearch& operator=(const IncrementalFaceSearch&) = delete;

  // Rows [0, rows) of the source are final. Called by the thread producing them, rows only ever growing.
  void rowsReady(int rows);
  // Every source row is there: the calling thread joins the worker until the search is done. The faces,
  // surest first, with their boxes in the source's pixels.
  std::vector<Detection> finish();

 private:
  struct Task;
  struct Progress;  // per level: rows made, features and responses claimed and done
  // Under the lock: the next task to do, if any.
  bool takeTask(Task& task);
  bool takeImageRows(Task& task);
  bool takeFeatures(Task& task);
  bool takeQueuedResponses(Task& task);
  bool queueResponses();  // queues the next band's tasks, one per filter, when one is worth it
  void runTask(Task& task);
  void completeTask(const Task& task, std::vector<HogHit> hits);  // under the lock
  bool allDone() const;
  void workUntilDone(std::unique_lock<std::mutex>& lock);

  cv::Mat source_;
  double scale_;
  std::unique_ptr<ShrinkRows> shrink_;  // source -> level 0, or none when the source is searched as it is
  HogPyramid pyramid_;
  std::vector<Progress> progress_;
  int sourceRows_ = 0;
  bool abandoned_ = false;  // destroyed before finish(): the worker stops
  std::deque<Task> responseQueue_;  // response bands claimed, one task per filter
  std::vector<HogHit> hits_;

  std::mutex mutex_;
  std::condition_variable changed_;
  std::thread worker_;
};

}  // namespace cs
