#include "face/incremental_search.h"

#include <algorithm>

namespace cs {
namespace {

// Smallest bands worth a task while rows are still arriving (a level's last band may be smaller). Pixel
// rows and features cost the same in any band size, so their bands only save task switches; a band of
// responses reads eleven padded rows beyond it. Measured on a 12 MP still (two cores), the work left after
// the last row was 3.0-3.1 ms with these sizes, 3.2-3.4 ms with response bands of 12 or 16 rows, 3.8-4.2 ms
// with all bands doubled.
constexpr int kMinImageBand = 8;     // pixel rows
constexpr int kMinFeatureBand = 1;   // feature rows
constexpr int kMinResponseBand = 6;  // response rows

std::unique_ptr<ShrinkRows> shrinkFor(const cv::Mat& source, double scale) {
  if (scale == 1.0) return nullptr;
  return std::make_unique<ShrinkRows>(source.size(), scale);
}

cv::Size searchSize(const cv::Mat& source, double scale) {
  return scale == 1.0 ? source.size() : ShrinkRows::outSizeFor(source.size(), scale);
}

// Whether `ready` rows beyond `claimed` (of `all`) make a band worth taking now.
bool worthABand(int claimed, int ready, int all, int minBand) {
  return ready > claimed && (ready - claimed >= minBand || ready == all);
}

}  // namespace

struct IncrementalFaceSearch::Task {
  enum class Kind { Image, Features, Responses } kind = Kind::Image;
  int level = 0;
  int first = 0, end = 0;  // rows of the level: pixel rows for Image, response rows for Responses, and
                           // for Features the feature rows done and the pixel rows there to use
  int filter = 0;          // Responses only
  int featuresDone = 0;    // Features only: set by the task
};

struct IncrementalFaceSearch::Progress {
  // Pixel rows and features are made in order, by one thread at a time (busy while it does).
  int imageRows = 0;
  bool imageBusy = false;
  int featuresDone = 0;
  bool featuresBusy = false;
  int responsesClaimed = 0;
  int responsesDone = 0;  // response rows done, counted once per filter
};

IncrementalFaceSearch::IncrementalFaceSearch(std::shared_ptr<const HogModel> model, const cv::Mat& source, double scale)
    : source_(source),
      scale_(scale),
      shrink_(shrinkFor(source, scale)),
      pyramid_(std::move(model), searchSize(source, scale)),
      progress_(pyramid_.levels()) {
  worker_ = std::thread([this] {
    std::unique_lock<std::mutex> lock(mutex_);
    workUntilDone(lock);
  });
}

IncrementalFaceSearch::~IncrementalFaceSearch() {
  {
    // Abandoned before its last row (a JPEG that turned out damaged): the worker stops at its next task.
    std::lock_guard<std::mutex> lock(mutex_);
    abandoned_ = true;
  }
  changed_.notify_all();
  if (worker_.joinable()) worker_.join();
}

void IncrementalFaceSearch::rowsReady(int rows) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (rows <= sourceRows_) return;
    sourceRows_ = std::min(rows, source_.rows);
  }
  changed_.notify_all();
}

std::vector<Detection> IncrementalFaceSearch::finish() {
  {
    std::unique_lock<std::mutex> lock(mutex_);
    sourceRows_ = source_.rows;
    changed_.notify_all();
    workUntilDone(lock);
  }
  worker_.join();
  std::vector<Detection> faces = pyramid_.suppressed(std::move(hits_));
  for (Detection& d : faces) d.box = {d.box.x / scale_, d.box.y / scale_, d.box.width / scale_, d.box.height / scale_};
  return faces;
}

void IncrementalFaceSearch::workUntilDone(std::unique_lock<std::mutex>& lock) {
  for (;;) {
    if (abandoned_ || allDone()) return;
    Task task;
    if (!takeTask(task)) {
      changed_.wait(lock);
      continue;
    }
    lock.unlock();
    std::vector<HogHit> hits;
    if (task.kind == Task::Kind::Responses) {
      hits = pyramid_.findHits(task.level, task.first, task.end, task.filter);
    } else {
      runTask(task);
    }
    lock.lock();
    completeTask(task, std::move(hits));
    changed_.notify_all();
  }
}

bool IncrementalFaceSearch::takeTask(Task& task) {
  // Pixel rows first: they are cheap and everything else waits for them. Then features, then responses:
  // the worker cannot keep up with everything while a 12 MP still is decoded, and what is left of the
  // responses at the end is done in whole levels, without margins, split over both threads.
  return takeImageRows(task) || takeFeatures(task) || takeQueuedResponses(task) ||
         (queueResponses() && takeQueuedResponses(task));
}

bool IncrementalFaceSearch::takeImageRows(Task& task) {
  for (int l = 0; l < pyramid_.levels(); ++l) {
    Progress& p = progress_[l];
    const int rows = pyramid_.image(l).rows;
    if (p.imageBusy || p.imageRows == rows) continue;
    const int inputRows = l == 0 ? sourceRows_ : progress_[l - 1].imageRows;
    const int ready = l > 0 ? pyramid_.reduction(l).rowsFrom(inputRows) : shrink_ ? shrink_->rowsFrom(inputRows) : inputRows;
    if (worthABand(p.imageRows, ready, rows, kMinImageBand)) {
      task = {Task::Kind::Image, l, p.imageRows, ready};
      p.imageBusy = true;
      return true;
    }
  }
  return false;
}

bool IncrementalFaceSearch::takeFeatures(Task& task) {
  for (int l = 0; l < pyramid_.levels(); ++l) {
    Progress& p = progress_[l];
    if (p.featuresBusy) continue;
    const int ready = pyramid_.featureRowsFrom(l, p.imageRows);
    if (worthABand(p.featuresDone, ready, pyramid_.featureRows(l), kMinFeatureBand)) {
      // The pixel rows as they are now: the features take in every row they can use, even beyond `ready`.
      task = {Task::Kind::Features, l, p.featuresDone, p.imageRows};
      p.featuresBusy = true;
      return true;
    }
  }
  return false;
}

bool IncrementalFaceSearch::takeQueuedResponses(Task& task) {
  if (responseQueue_.empty()) return false;
  task = responseQueue_.front();
  responseQueue_.pop_front();
  return true;
}

bool IncrementalFaceSearch::queueResponses() {
  for (int l = 0; l < pyramid_.levels(); ++l) {
    Progress& p = progress_[l];
    const int ready = pyramid_.responseRowsFrom(l, p.featuresDone);
    if (worthABand(p.responsesClaimed, ready, pyramid_.featureRows(l), kMinResponseBand)) {
      // One task per filter: at the end, when every thread takes them, they share out evenly.
      for (int f = 0; f < pyramid_.filters(); ++f) {
        responseQueue_.push_back({Task::Kind::Responses, l, p.responsesClaimed, ready, f});
      }
      p.responsesClaimed = ready;
      return true;
    }
  }
  return false;
}

void IncrementalFaceSearch::runTask(Task& task) {
  cv::Mat& out = pyramid_.image(task.level);
  if (task.kind == Task::Kind::Features) {
    task.featuresDone = pyramid_.advanceFeatures(task.level, task.end);
  } else if (task.level > 0) {
    pyramid_.reduction(task.level).compute(pyramid_.image(task.level - 1), out, task.first, task.end);
  } else if (shrink_) {
    shrink_->compute(source_, out, task.first, task.end);
  } else {
    source_.rowRange(task.first, task.end).copyTo(out.rowRange(task.first, task.end));
  }
}

void IncrementalFaceSearch::completeTask(const Task& task, std::vector<HogHit> hits) {
  Progress& p = progress_[task.level];
  switch (task.kind) {
    case Task::Kind::Image:
      p.imageRows = task.end;
      p.imageBusy = false;
      break;
    case Task::Kind::Features:
      p.featuresDone = task.featuresDone;
      p.featuresBusy = false;
      break;
    case Task::Kind::Responses:
      p.responsesDone += task.end - task.first;
      hits_.insert(hits_.end(), hits.begin(), hits.end());
      break;
  }
}

bool IncrementalFaceSearch::allDone() const {
  for (int l = 0; l < pyramid_.levels(); ++l) {
    const Progress& p = progress_[l];
    if (p.imageRows < pyramid_.image(l).rows || p.responsesDone < pyramid_.featureRows(l) * pyramid_.filters()) {
      return false;
    }
  }
  return true;
}

}  // namespace cs
