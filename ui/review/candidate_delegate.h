#pragma once
// Paints one tile of the review grid: the thumbnail (3:4), a coloured band with the state in words,
// then name, ID-card number and ticket number. The selected tile gets a thick frame.
#include <QStyledItemDelegate>

namespace cs::ui {

class CandidateDelegate : public QStyledItemDelegate {
  Q_OBJECT
 public:
  using QStyledItemDelegate::QStyledItemDelegate;
  static QSize tileSize();       // the whole tile, logical pixels
  static QSize thumbnailSize();  // the photo inside it (3:4)
  void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
  QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

 private:
  void paintPhoto(QPainter* p, const QRect& area, const QModelIndex& index) const;
  void paintText(QPainter* p, const QRect& area, const QModelIndex& index) const;
};

}  // namespace cs::ui
