#include "review/review_window.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <algorithm>
#include <QKeySequence>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

#include "review/candidate_delegate.h"
#include "review/candidate_detail.h"
#include "review/candidate_model.h"
#include "review/thumbnail_loader.h"

namespace cs::ui {

using cs::batch::ListFilter;

namespace {

struct FilterChoice {
  ListFilter filter;
  const char* label;
};

// The review filters, in the order a supervisor works through a batch.
const FilterChoice kFilters[] = {
    {ListFilter::All, QT_TRANSLATE_NOOP("cs::ui::ReviewWindow", "All candidates")},
    {ListFilter::AwaitingReview, QT_TRANSLATE_NOOP("cs::ui::ReviewWindow", "To review")},
    {ListFilter::FailedChecks, QT_TRANSLATE_NOOP("cs::ui::ReviewWindow", "Failed checks")},
    {ListFilter::Overridden, QT_TRANSLATE_NOOP("cs::ui::ReviewWindow", "Kept despite failed check")},
    {ListFilter::Retakes, QT_TRANSLATE_NOOP("cs::ui::ReviewWindow", "Re-takes (more than one photo)")},
    {ListFilter::NotCaptured, QT_TRANSLATE_NOOP("cs::ui::ReviewWindow", "Not captured yet")},
    {ListFilter::Approved, QT_TRANSLATE_NOOP("cs::ui::ReviewWindow", "Approved")},
    {ListFilter::Rejected, QT_TRANSLATE_NOOP("cs::ui::ReviewWindow", "Rejected (re-take needed)")},
};

std::vector<std::int64_t> fingerprint(const std::vector<cs::batch::CandidateStatus>& all) {
  std::vector<std::int64_t> out;
  out.reserve(all.size() * 4);
  for (const auto& s : all) {
    out.insert(out.end(), {s.candidate.id, s.attemptCount, static_cast<std::int64_t>(s.state),
                           s.decision ? s.decision->id : 0});
  }
  return out;
}


}  // namespace

ReviewWindow::ReviewWindow(std::unique_ptr<cs::batch::BatchStore> store, ReviewOptions options, QWidget* parent)
    : QMainWindow(parent), store_(std::move(store)), options_(options) {
  loader_ = new ThumbnailLoader(QString::fromStdString(store_->folder()), CandidateDelegate::thumbnailSize() * 2, this);
  model_ = new CandidateModel(*store_, loader_, this);
  buildToolBar();
  buildCentre();
  const auto info = store_->info();
  setWindowTitle(tr("Review photos — %1").arg(info ? QString::fromStdString(info->name) : QString()));
  model_->reload(ListFilter::All);
  updateStatusLine();
  if (model_->rowCount() > 0) selectRow(0);
  updateActions();
  connect(&refreshTimer_, &QTimer::timeout, this, &ReviewWindow::refreshIfChanged);
  if (options_.refreshIntervalMs > 0) refreshTimer_.start(options_.refreshIntervalMs);
}

ReviewWindow::~ReviewWindow() {
  // The views, the model and the thumbnail worker refer to store_: they go first (the loader waits for
  // its worker), then store_ with the members.
  refreshTimer_.stop();
  delete takeCentralWidget();
  delete model_;
  delete loader_;
}

void ReviewWindow::buildToolBar() {
  QToolBar* bar = addToolBar(tr("Review"));
  bar->setMovable(false);
  bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
  bar->addWidget(new QLabel(tr("Show: ")));
  filter_ = new QComboBox;
  filter_->setMinimumWidth(260);
  for (const FilterChoice& f : kFilters) filter_->addItem(tr(f.label), static_cast<int>(f.filter));
  connect(filter_, &QComboBox::currentIndexChanged, this,
          [this](int i) { setFilter(static_cast<ListFilter>(filter_->itemData(i).toInt())); });
  bar->addWidget(filter_);
  bar->addSeparator();
  auto* refresh = bar->addAction(tr("Refresh (F5)"), this, &ReviewWindow::refresh);
  refresh->setShortcut(QKeySequence(Qt::Key_F5));
  export_ = bar->addAction(tr("Export approved photos…"), this, &ReviewWindow::exportWithDialogs);
  bar->addSeparator();
  login_ = bar->addAction(tr("Supervisor login…"), this, [this] { ensureReviewer(); });
  reviewerLabel_ = new QLabel;
  reviewerLabel_->setContentsMargins(8, 0, 8, 0);
  bar->addWidget(reviewerLabel_);
  approve_ = new QAction(tr("Approve (A)"), this);
  approve_->setShortcut(QKeySequence(Qt::Key_A));
  connect(approve_, &QAction::triggered, this, &ReviewWindow::approveWithDialogs);
  reject_ = new QAction(tr("Reject… (R)"), this);
  reject_->setShortcut(QKeySequence(Qt::Key_R));
  connect(reject_, &QAction::triggered, this, &ReviewWindow::rejectWithDialog);
  addAction(approve_);
  addAction(reject_);
  auto* bands = new QAction(this);
  bands->setShortcut(QKeySequence(Qt::Key_B));
  connect(bands, &QAction::triggered, this, [this] {
    if (auto* view = detail_->findChild<QCheckBox*>()) view->toggle();
  });
  addAction(bands);
}

void ReviewWindow::buildCentre() {
  splitter_ = new QSplitter;
  grid_ = new QListView;
  grid_->setViewMode(QListView::IconMode);
  grid_->setResizeMode(QListView::Adjust);
  grid_->setMovement(QListView::Static);
  grid_->setUniformItemSizes(true);
  grid_->setSpacing(4);
  grid_->setSelectionMode(QAbstractItemView::SingleSelection);
  grid_->setWordWrap(true);
  grid_->setModel(model_);
  grid_->setItemDelegate(new CandidateDelegate(grid_));
  connect(grid_->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReviewWindow::selectionChanged);
  splitter_->addWidget(grid_);

  auto* right = new QWidget;
  auto* layout = new QVBoxLayout(right);
  layout->setContentsMargins(6, 0, 0, 0);
  detail_ = new CandidateDetail(*store_, right);
  layout->addWidget(detail_, 1);
  auto* buttons = new QHBoxLayout;
  approveButton_ = new QPushButton(tr("✓ Approve (A)"));
  rejectButton_ = new QPushButton(tr("✗ Reject, needs re-take (R)"));
  approveButton_->setStyleSheet(QStringLiteral("QPushButton{background:#1565c0;color:white;font-weight:bold;padding:8px}"
                                               "QPushButton:disabled{background:#b0bec5}"));
  rejectButton_->setStyleSheet(QStringLiteral("QPushButton{background:#c62828;color:white;font-weight:bold;padding:8px}"
                                              "QPushButton:disabled{background:#cfb0b0}"));
  approveButton_->setFocusPolicy(Qt::NoFocus);  // keys stay with the grid: arrows move, A / R decide
  rejectButton_->setFocusPolicy(Qt::NoFocus);
  connect(approveButton_, &QPushButton::clicked, this, &ReviewWindow::approveWithDialogs);
  connect(rejectButton_, &QPushButton::clicked, this, &ReviewWindow::rejectWithDialog);
  buttons->addWidget(approveButton_);
  buttons->addWidget(rejectButton_);
  layout->addLayout(buttons);
  splitter_->addWidget(right);
  splitter_->setChildrenCollapsible(false);
  splitter_->setStretchFactor(0, 0);  // a wider window widens the photo and the checks, not the grid
  splitter_->setStretchFactor(1, 1);
  connect(splitter_, &QSplitter::splitterMoved, this, [this] { splitterMovedByHand_ = true; });
  setCentralWidget(splitter_);
  fitGridWidth();
  counts_ = new QLabel;
  statusBar()->addWidget(counts_, 1);
  grid_->setFocus();
}

void ReviewWindow::resizeEvent(QResizeEvent* event) {
  QMainWindow::resizeEvent(event);
  if (!splitterMovedByHand_) fitGridWidth();
}

void ReviewWindow::fitGridWidth() {
  // The grid is for picking a candidate; the detail side is where a supervisor reads the checks. Two
  // tiles across up to ~1700 px wide (1366x768: the detail side gets ~1020 px), three on a wider screen
  // (1920x1080).
  const int tilesAcross = width() >= 1700 ? 3 : 2;
  const int tile = CandidateDelegate::tileSize().width() + 2 * grid_->spacing();
  const int gridWidth = tilesAcross * tile + grid_->spacing() + 2 * grid_->frameWidth() +
                        grid_->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, grid_) + 4;
  const int total = splitter_->width() > gridWidth ? splitter_->width() : width();
  splitter_->setSizes({gridWidth, std::max(1, total - gridWidth - splitter_->handleWidth())});
}

void ReviewWindow::setFilter(ListFilter filter) {
  const int index = filter_->findData(static_cast<int>(filter));
  if (index >= 0 && filter_->currentIndex() != index) {
    filter_->setCurrentIndex(index);  // comes back here through the signal
    return;
  }
  model_->reload(filter);
  if (model_->rowCount() > 0) selectRow(0);
  else detail_->clear(tr("No candidate matches this filter."));
  updateActions();
}

bool ReviewWindow::selectRow(int row) {
  if (row < 0 || row >= model_->rowCount()) return false;
  const QModelIndex index = model_->index(row);
  grid_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
  grid_->scrollTo(index);
  return true;
}

bool ReviewWindow::selectCandidate(qint64 candidateId) { return selectRow(model_->rowOfCandidate(candidateId)); }

std::optional<cs::batch::CandidateStatus> ReviewWindow::selectedStatus() const {
  const QModelIndex index = grid_->currentIndex();
  if (!index.isValid()) return std::nullopt;
  return model_->statusAt(index.row());
}

void ReviewWindow::selectionChanged() {
  if (auto status = selectedStatus()) detail_->showCandidate(*status);
  else detail_->clear(tr("Pick a candidate on the left."));
  updateActions();
}

bool ReviewWindow::decisionsEnabled() const { return !options_.viewOnly; }

void ReviewWindow::updateActions() {
  const auto status = selectedStatus();
  const bool canDecide = decisionsEnabled() && status && status->latest;
  for (QAction* a : {approve_, reject_}) a->setEnabled(canDecide);
  approveButton_->setEnabled(canDecide && status->state != cs::batch::ReviewState::Approved);
  rejectButton_->setEnabled(canDecide && status->state != cs::batch::ReviewState::Rejected);
  export_->setEnabled(decisionsEnabled());
  login_->setEnabled(decisionsEnabled() && reviewer_.isEmpty());
  const QString why = tr("This window was opened to look only: approving, rejecting and exporting are off.");
  for (QWidget* w : {static_cast<QWidget*>(approveButton_), static_cast<QWidget*>(rejectButton_)})
    w->setToolTip(decisionsEnabled() ? QString() : why);
  if (!decisionsEnabled()) reviewerLabel_->setText(tr("Look only (read-only)"));
  else if (reviewer_.isEmpty()) reviewerLabel_->setText(tr("Not logged in"));
  else reviewerLabel_->setText(tr("Reviewer: %1").arg(reviewer_));
}

void ReviewWindow::updateStatusLine() {
  const auto all = store_->list(ListFilter::All);
  seen_ = fingerprint(all);
  for (int i = 0; i < filter_->count(); ++i) {  // "Failed checks (3)"
    const auto f = static_cast<ListFilter>(filter_->itemData(i).toInt());
    const auto n = std::count_if(all.begin(), all.end(), [f](const auto& s) { return cs::batch::matchesFilter(s, f); });
    filter_->setItemText(i, QStringLiteral("%1 (%2)").arg(tr(kFilters[i].label)).arg(n));
  }
  auto count = [&all](ListFilter f) { return std::count_if(all.begin(), all.end(), [f](const auto& s) { return cs::batch::matchesFilter(s, f); }); };
  const auto info = store_->info();
  counts_->setText(tr("%1 · %2 candidates: %3 not captured, %4 to review, %5 approved, %6 rejected (re-take)")
                       .arg(info ? QString::fromStdString(info->name) : QString())
                       .arg(all.size())
                       .arg(count(ListFilter::NotCaptured))
                       .arg(count(ListFilter::AwaitingReview))
                       .arg(count(ListFilter::Approved))
                       .arg(count(ListFilter::Rejected)));
}

void ReviewWindow::refresh() {
  const auto current = selectedStatus();
  const int row = grid_->currentIndex().row();
  model_->reload(model_->filter());
  updateStatusLine();
  if (!(current && selectCandidate(current->candidate.id)) && !selectRow(std::min(row, model_->rowCount() - 1)))
    detail_->clear(tr("No candidate matches this filter."));
  updateActions();
}

void ReviewWindow::refreshIfChanged() {
  if (fingerprint(store_->list(ListFilter::All)) != seen_) refresh();
}

}  // namespace cs::ui
