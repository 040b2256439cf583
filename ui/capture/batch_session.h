#pragma once
// The station's current batch (UI thread only): opens or creates it, finds candidates and keeps photos.
// A thin layer over cs::batch::BatchStore; every failure comes back as a sentence to show.
#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "capture/capture_job.h"
#include "cs/core/batch/batch_store.h"

namespace cs::ui {

class BatchSession {
 public:
  // Opens the batch in `folder`, or creates it there (named `name`) when the folder holds none.
  QString openOrCreate(const QString& folder, const QString& name, const QString& operatorName);
  void close() { store_.reset(); }
  bool isOpen() const { return store_ != nullptr; }
  cs::batch::BatchStore* store() const { return store_.get(); }
  QString name() const;

  std::vector<cs::batch::Candidate> search(const QString& text, int limit) const;
  std::optional<cs::batch::Candidate> exactMatch(const QString& text) const;  // ticket or ID number
  std::optional<cs::batch::Candidate> nextNeedingCapture(std::int64_t after) const;
  int attemptCount(std::int64_t candidateId) const;
  struct Progress { int captured = 0; int total = 0; };
  Progress progress() const;

  cs::Expected<cs::batch::Candidate> addCandidate(const QString& name, const QString& idNumber,
                                                  const QString& ticket, const QString& operatorName);
  // Stores the outcome's JPEG and checks as a new attempt (earlier attempts stay on record: W2).
  cs::Expected<cs::batch::Attempt> keep(std::int64_t candidateId, const CaptureOutcome& outcome,
                                        const QString& overrideReason, const QString& operatorName);

 private:
  std::unique_ptr<cs::batch::BatchStore> store_;
};

QString candidateSummary(const cs::batch::Candidate& candidate);  // "张三 · 身份证 … · 准考证 …"

}  // namespace cs::ui
