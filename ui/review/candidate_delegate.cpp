#include "review/candidate_delegate.h"

#include <QApplication>
#include <QPainter>

#include "review/candidate_model.h"
#include "review/tile_state.h"

namespace cs::ui {

namespace {
constexpr int kMargin = 6;
constexpr int kStateBand = 24;  // height of the coloured state band under the photo
constexpr int kTextLines = 3;
constexpr int kLineHeight = 18;
}  // namespace

QSize CandidateDelegate::thumbnailSize() { return {108, 144}; }

QSize CandidateDelegate::tileSize() {
  return {thumbnailSize().width() + 44, thumbnailSize().height() + kStateBand + kTextLines * kLineHeight + 4 * kMargin};
}

QSize CandidateDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const { return tileSize(); }

void CandidateDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const {
  p->save();
  p->setRenderHint(QPainter::Antialiasing);
  const QRect tile = option.rect.adjusted(3, 3, -3, -3);
  const bool selected = option.state & QStyle::State_Selected;
  const auto state = static_cast<TileState>(index.data(CandidateModel::StateRole).toInt());
  const QColor colour = tileColour(state);
  p->setPen(selected ? QPen(option.palette.highlight().color(), 4) : QPen(QColor(0xcc, 0xcc, 0xcc), 1));
  p->setBrush(selected ? option.palette.highlight().color().lighter(185) : option.palette.base().color());
  p->drawRoundedRect(tile, 6, 6);

  const QSize thumb = thumbnailSize();
  const QRect photoArea(tile.x() + (tile.width() - thumb.width()) / 2, tile.y() + kMargin, thumb.width(), thumb.height());
  paintPhoto(p, photoArea, index);

  const QRect band(tile.x() + kMargin, photoArea.bottom() + kMargin, tile.width() - 2 * kMargin, kStateBand);
  p->setPen(Qt::NoPen);
  p->setBrush(colour);
  p->drawRoundedRect(band, 4, 4);
  QFont bold = option.font;
  bold.setBold(true);
  p->setFont(bold);
  p->setPen(Qt::white);
  p->drawText(band.adjusted(3, 0, -3, 0), Qt::AlignCenter,
              p->fontMetrics().elidedText(tileLabel(state), Qt::ElideRight, band.width() - 6));

  p->setFont(option.font);
  paintText(p, QRect(tile.x() + 2, band.bottom() + 2, tile.width() - 4, kTextLines * kLineHeight), index);
  p->restore();
}

void CandidateDelegate::paintPhoto(QPainter* p, const QRect& area, const QModelIndex& index) const {
  const QPixmap photo = index.data(CandidateModel::ThumbnailRole).value<QPixmap>();
  if (!photo.isNull()) {
    const QSize fitted = photo.size().scaled(area.size(), Qt::KeepAspectRatio);
    const QRect target(area.x() + (area.width() - fitted.width()) / 2, area.y(), fitted.width(), fitted.height());
    p->drawPixmap(target, photo);
    return;
  }
  p->setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 1, Qt::DashLine));
  p->setBrush(QColor(0xf2, 0xf2, 0xf2));
  p->drawRect(area);
  const auto state = static_cast<TileState>(index.data(CandidateModel::StateRole).toInt());
  p->setPen(QColor(0x88, 0x88, 0x88));
  p->drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
              state == TileState::NotCaptured ? QCoreApplication::translate("ReviewTile", "No photo yet")
                                              : QCoreApplication::translate("ReviewTile", "Loading…"));
}

void CandidateDelegate::paintText(QPainter* p, const QRect& area, const QModelIndex& index) const {
  QString name = index.data(CandidateModel::NameRole).toString();
  const int attempts = index.data(CandidateModel::AttemptCountRole).toInt();
  if (attempts > 1) name += QCoreApplication::translate("ReviewTile", " (%n takes)", nullptr, attempts);
  const QString lines[kTextLines] = {name, index.data(CandidateModel::IdNumberRole).toString(),
                                     QCoreApplication::translate("ReviewTile", "Ticket %1")
                                         .arg(index.data(CandidateModel::TicketRole).toString())};
  const QFont base = p->font();
  for (int i = 0; i < kTextLines; ++i) {
    QFont font = base;
    font.setBold(i == 0);
    if (i > 0) font.setPixelSize(12);  // ID and ticket: all 18 characters must fit, never elided
    p->setFont(font);
    const QFontMetrics metrics = p->fontMetrics();
    p->setPen(i == 0 ? QColor(0x20, 0x20, 0x20) : QColor(0x50, 0x50, 0x50));
    const QRect line(area.x(), area.y() + i * kLineHeight, area.width(), kLineHeight);
    p->drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, metrics.elidedText(lines[i], Qt::ElideRight, line.width()));
  }
}

}  // namespace cs::ui
