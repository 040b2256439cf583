#include "capture/batch_session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "cs/core/version.h"
#include "window/error_text.h"

namespace cs::ui {

QString BatchSession::openOrCreate(const QString& folder, const QString& name, const QString& operatorName) {
  store_.reset();
  const bool exists = QFileInfo::exists(QDir(folder).filePath(QString::fromLatin1(cs::batch::kDatabaseFileName)));
  if (exists) {
    auto opened = cs::batch::BatchStore::open(folder.toStdString(), cs::batch::OpenMode::ReadWrite);
    if (!opened) return QCoreApplication::translate("BatchSession", "Cannot open the batch in %1: %2").arg(folder, errorText(opened.error()));
    store_ = std::move(opened.value());
    return {};
  }
  cs::batch::BatchInfo info;
  info.name = name.toStdString();
  info.software = cs::kSoftwareName;
  auto created = cs::batch::BatchStore::create(folder.toStdString(), info, operatorName.toStdString());
  if (!created) return QCoreApplication::translate("BatchSession", "Cannot create a batch in %1: %2").arg(folder, errorText(created.error()));
  store_ = std::move(created.value());
  return {};
}

QString BatchSession::name() const {
  if (!store_) return {};
  auto info = store_->info();
  return info ? QString::fromStdString(info->name) : QString();
}

std::vector<cs::batch::Candidate> BatchSession::search(const QString& text, int limit) const {
  if (!store_ || text.trimmed().isEmpty()) return {};
  return store_->search(text.trimmed().toStdString(), limit);
}

std::optional<cs::batch::Candidate> BatchSession::exactMatch(const QString& text) const {
  if (!store_) return std::nullopt;
  const std::string t = text.trimmed().toStdString();
  if (auto byTicket = store_->findByTicket(t)) return byTicket;
  return store_->findByIdNumber(t);
}

std::optional<cs::batch::Candidate> BatchSession::nextNeedingCapture(std::int64_t after) const {
  if (!store_) return std::nullopt;
  const auto todo = store_->list(cs::batch::ListFilter::NeedsCapture);
  for (const auto& s : todo)
    if (s.candidate.id != after) return s.candidate;
  return std::nullopt;
}

int BatchSession::attemptCount(std::int64_t candidateId) const {
  return store_ ? static_cast<int>(store_->attempts(candidateId).size()) : 0;
}

BatchSession::Progress BatchSession::progress() const {
  Progress p;
  if (!store_) return p;
  for (const auto& s : store_->list()) {
    ++p.total;
    p.captured += s.attemptCount > 0 ? 1 : 0;
  }
  return p;
}

cs::Expected<cs::batch::Candidate> BatchSession::addCandidate(const QString& name, const QString& idNumber,
                                                              const QString& ticket, const QString& operatorName) {
  if (!store_) return cs::Error{cs::ErrorCode::InvalidArgument, QCoreApplication::translate("BatchSession", "Open or create a batch first (File menu).").toStdString()};
  cs::batch::RosterEntry entry;
  entry.name = name.trimmed().toStdString();
  entry.idNumber = cs::batch::normalizeIdNumber(idNumber.toStdString());
  entry.ticketNumber = ticket.trimmed().toStdString();
  return store_->addCandidate(entry, operatorName.toStdString());
}

cs::Expected<cs::batch::Attempt> BatchSession::keep(std::int64_t candidateId, const CaptureOutcome& outcome,
                                                    const QString& overrideReason, const QString& operatorName) {
  if (!store_) return cs::Error{cs::ErrorCode::InvalidArgument, QCoreApplication::translate("BatchSession", "Open or create a batch first (File menu).").toStdString()};
  if (!outcome.certificate || !outcome.certificate->jpeg)
    return cs::Error{cs::ErrorCode::InvalidArgument, QCoreApplication::translate("BatchSession", "There is no photo to keep: retake it.").toStdString()};
  cs::batch::NewAttempt attempt;
  attempt.jpeg = outcome.certificate->jpeg->bytes;
  attempt.checks = outcome.certificate->analysis.checks;
  attempt.operatorName = operatorName.toStdString();
  attempt.overrideReason = overrideReason.toStdString();
  attempt.software = cs::kSoftwareName;
  attempt.capturedAt = static_cast<std::int64_t>(outcome.capturedAt);
  return store_->addAttempt(candidateId, attempt);
}

QString candidateSummary(const cs::batch::Candidate& c) {
  return QCoreApplication::translate("BatchSession", "%1 · ID %2 · ticket %3")
      .arg(QString::fromStdString(c.name), QString::fromStdString(c.idNumber), QString::fromStdString(c.ticketNumber));
}

}  // namespace cs::ui
