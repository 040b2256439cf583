#pragma once
// The review grid's model: one row per candidate of the current filter, in roster order, with the
// thumbnail of their latest photo (loaded lazily off the UI thread the first time a tile is painted).
#include <QAbstractListModel>
#include <QHash>
#include <QPixmap>
#include <QSet>
#include <vector>

#include "cs/core/batch/batch_store.h"
#include "review/tile_state.h"

namespace cs::ui {

class ThumbnailLoader;

class CandidateModel : public QAbstractListModel {
  Q_OBJECT
 public:
  enum Role {
    StateRole = Qt::UserRole + 1,  // int(TileState)
    NameRole,
    IdNumberRole,
    TicketRole,
    CandidateIdRole,               // qint64
    AttemptCountRole,
    ThumbnailRole,                 // QPixmap; null until loaded (a load is then queued)
  };

  // `loader` may be null (no thumbnails, e.g. in a test that only counts rows).
  CandidateModel(const cs::batch::BatchStore& store, ThumbnailLoader* loader, QObject* parent = nullptr);

  // Re-reads the batch with `filter` (BatchStore::list). Thumbnails already loaded are kept.
  void reload(cs::batch::ListFilter filter);
  cs::batch::ListFilter filter() const { return filter_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  const cs::batch::CandidateStatus& statusAt(int row) const { return rows_.at(static_cast<size_t>(row)); }
  int rowOfCandidate(qint64 candidateId) const;  // -1 when not in the current filter

 private:
  void thumbnailLoaded(qint64 attemptId, const QImage& image);

  const cs::batch::BatchStore& store_;
  ThumbnailLoader* loader_;
  cs::batch::ListFilter filter_ = cs::batch::ListFilter::All;
  std::vector<cs::batch::CandidateStatus> rows_;
  QHash<qint64, QPixmap> thumbnails_;  // by attempt id (an attempt's photo never changes, W2)
  QSet<qint64> unreadable_;            // attempts whose photo could not be read: not retried on every paint
};

}  // namespace cs::ui
