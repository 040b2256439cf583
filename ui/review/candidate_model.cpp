#include "review/candidate_model.h"

#include "review/thumbnail_loader.h"

namespace cs::ui {

CandidateModel::CandidateModel(const cs::batch::BatchStore& store, ThumbnailLoader* loader, QObject* parent)
    : QAbstractListModel(parent), store_(store), loader_(loader) {
  if (loader_) {
    connect(loader_, &ThumbnailLoader::loaded, this,
            [this](qint64 id, const QImage& image, const QString&) { thumbnailLoaded(id, image); });
  }
}

void CandidateModel::reload(cs::batch::ListFilter filter) {
  beginResetModel();
  filter_ = filter;
  rows_ = store_.list(filter);
  endResetModel();
}

int CandidateModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant CandidateModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const cs::batch::CandidateStatus& s = rows_[static_cast<size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
    case NameRole: return QString::fromStdString(s.candidate.name);
    case IdNumberRole: return QString::fromStdString(s.candidate.idNumber);
    case TicketRole: return QString::fromStdString(s.candidate.ticketNumber);
    case CandidateIdRole: return QVariant::fromValue<qint64>(s.candidate.id);
    case AttemptCountRole: return s.attemptCount;
    case StateRole: return static_cast<int>(tileState(s));
    case Qt::ToolTipRole: return tileLabel(tileState(s));
    case ThumbnailRole: {
      if (!s.latest) return QPixmap();
      const auto found = thumbnails_.constFind(s.latest->id);
      if (found != thumbnails_.constEnd()) return *found;
      if (loader_ && !unreadable_.contains(s.latest->id)) loader_->request(*s.latest);  // painted for the first time: load it off the UI thread
      return QPixmap();
    }
    default: return {};
  }
}

int CandidateModel::rowOfCandidate(qint64 candidateId) const {
  for (size_t i = 0; i < rows_.size(); ++i)
    if (rows_[i].candidate.id == candidateId) return static_cast<int>(i);
  return -1;
}

void CandidateModel::thumbnailLoaded(qint64 attemptId, const QImage& image) {
  if (image.isNull()) {  // the tile keeps its "no photo" look; the large view says why
    unreadable_.insert(attemptId);
    return;
  }
  thumbnails_.insert(attemptId, QPixmap::fromImage(image));
  for (size_t i = 0; i < rows_.size(); ++i) {
    if (rows_[i].latest && rows_[i].latest->id == attemptId) {
      const QModelIndex at = index(static_cast<int>(i));
      emit dataChanged(at, at, {ThumbnailRole});
    }
  }
}

}  // namespace cs::ui
