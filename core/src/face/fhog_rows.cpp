#include "face/fhog_rows.h"

#include <dlib/simd.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "face/fhog_votes.h"

namespace cs {
namespace {

constexpr int kCell = FhogVotes::kCell;
constexpr int kBins = FhogVotes::kBins;
constexpr int kFirstRowHist = 1;  // dlib pads the histograms with one cell all round

// dlib's cell count along a side: round(pixels / cell), in float.
int cellsAlong(int pixels) { return static_cast<int>(static_cast<float>(pixels) / static_cast<float>(kCell) + 0.5f); }

}  // namespace

struct FhogRows::Impl {
  int cellsR = 0, cellsC = 0;      // cells per column and row
  int hogR = 0, hogC = 0;          // feature rows and columns: the outermost ring of cells is dropped
  int visibleR = 0, visibleC = 0;  // pixels voted: rows and columns [1, visible)
  std::vector<float> hist;         // (cellsR + 2) x (cellsC + 2) cells of 18 bins
  std::vector<float> norm;         // cellsR x cellsC: each cell's energy
  int voted = 1;                   // the next pixel row to vote (dlib starts at 1)
  int normRows = 0;                // cell rows whose energy is known
  int featuresDone = 0;
  std::optional<FhogVotes> votes;  // made once the image's width is known

  float* cellHist(int histRow, int histCol) { return &hist[(static_cast<std::size_t>(histRow) * (cellsC + 2) + histCol) * kBins]; }
  float& cellNorm(int r, int c) { return norm[static_cast<std::size_t>(r) * cellsC + c]; }

  // Pixel rows [voted, end) voted into the histograms; rows end and end - 1 must be in the image.
  void vote(const cv::Mat& img, int end);
  void voteRow(const cv::Mat& img, int y);
  // Cell rows whose histograms are complete get their energy.
  void updateNorms();
  void writeFeatureRow(int y, const RowOut& out);
  // Feature row y reads the energy of cell rows y..y+2; cell row r's histogram is complete once every pixel
  // row up to 8r + 11 (its lower neighbour's reach) has voted.
  int normRowsVotedBy(int votedEnd) const {
    if (votedEnd >= visibleR) return cellsR;
    if (votedEnd < 12) return 0;
    return std::min((votedEnd - 12) / kCell + 1, cellsR);
  }
};

FhogRows::FhogRows(cv::Size size) : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  m.cellsR = cellsAlong(size.height);
  m.cellsC = cellsAlong(size.width);
  m.hogR = std::max(m.cellsR - 2, 0);
  m.hogC = std::max(m.cellsC - 2, 0);
  m.visibleR = std::min(m.cellsR * kCell, size.height) - 1;
  m.visibleC = std::min(m.cellsC * kCell, size.width) - 1;
  m.hist.assign(static_cast<std::size_t>(m.cellsR + 2) * (m.cellsC + 2) * kBins, 0.0f);
  m.norm.assign(static_cast<std::size_t>(m.cellsR) * m.cellsC, 0.0f);
  m.votes.emplace(size.width, m.visibleC);
}

FhogRows::~FhogRows() = default;

int FhogRows::featureRows() const { return impl_->hogR == 0 || impl_->hogC == 0 ? 0 : impl_->hogR; }
int FhogRows::featureCols() const { return impl_->hogR == 0 || impl_->hogC == 0 ? 0 : impl_->hogC; }

int FhogRows::featureRowsFrom(int imageRows) const {
  const Impl& m = *impl_;
  // Voting row p reads row p + 1; feature row y needs the energy of cell rows up to y + 2.
  const int votable = std::min(imageRows - 1, m.visibleR);
  return std::clamp(m.normRowsVotedBy(votable) - 2, 0, featureRows());
}

int FhogRows::advance(const cv::Mat& image, int imageRows, const RowOut& out) {
  Impl& m = *impl_;
  if (featureRows() == 0) return 0;
  m.vote(image, std::min(imageRows - 1, m.visibleR));
  m.updateNorms();
  const int ready = std::clamp(m.normRows - 2, 0, m.hogR);
  for (; m.featuresDone < ready; ++m.featuresDone) m.writeFeatureRow(m.featuresDone, out);
  return m.featuresDone;
}

void FhogRows::Impl::vote(const cv::Mat& img, int end) {
  for (; voted < end; ++voted) voteRow(img, voted);
}

// dlib's impl_extract_fhog_features, one pixel row: its place among the cell rows, then its votes.
void FhogRows::Impl::voteRow(const cv::Mat& img, int y) {
  const float yp = (static_cast<float>(y) + 0.5) / static_cast<float>(kCell) - 0.5;
  const int iyp = static_cast<int>(std::floor(yp));
  const float vy0 = yp - iyp;
  const float vy1 = 1.0 - vy0;
  votes->voteRow(img, y, cellHist(iyp + 1, 0), cellHist(iyp + 2, 0), vy1, vy0);
}

void FhogRows::Impl::updateNorms() {
  const int complete = normRowsVotedBy(voted);
  for (; normRows < complete; ++normRows) {
    for (int c = 0; c < cellsC; ++c) {
      const float* h = cellHist(normRows + kFirstRowHist, c + 1);
      float& n = cellNorm(normRows, c);
      for (int o = 0; o < 9; o++) n += (h[o] + h[o + 9]) * (h[o] + h[o + 9]);
    }
  }
}

// dlib's normalisation of one feature row: 18 contrast-sensitive, 9 contrast-insensitive and 4 texture
// features per cell, each clipped at 0.2 of its block energy.
void FhogRows::Impl::writeFeatureRow(int y, const RowOut& out) {
  using dlib::simd4f;
  float* planes[31];
  for (int p = 0; p < 31; ++p) planes[p] = out(p, y);
  const float eps = 0.0001;
  for (int x = 0; x < hogC; x++) {
    const simd4f z1(cellNorm(y + 1, x + 1), cellNorm(y, x + 1), cellNorm(y + 1, x), cellNorm(y, x));
    const simd4f z2(cellNorm(y + 1, x + 2), cellNorm(y, x + 2), cellNorm(y + 1, x + 1), cellNorm(y, x + 1));
    const simd4f z3(cellNorm(y + 2, x + 1), cellNorm(y + 1, x + 1), cellNorm(y + 2, x), cellNorm(y + 1, x));
    const simd4f z4(cellNorm(y + 2, x + 2), cellNorm(y + 1, x + 2), cellNorm(y + 2, x + 1), cellNorm(y + 1, x + 1));
    const simd4f nn = 0.2 * dlib::sqrt(z1 + z2 + z3 + z4 + eps);
    const simd4f n = 0.1 / nn;
    simd4f t = 0;
    const float* h = cellHist(y + 2, x + 2);
    for (int o = 0; o < 18; o += 3) {
      const simd4f h0 = dlib::min(simd4f(h[o]), nn) * n;
      const simd4f h1 = dlib::min(simd4f(h[o + 1]), nn) * n;
      const simd4f h2 = dlib::min(simd4f(h[o + 2]), nn) * n;
      planes[o][x] = dlib::sum(h0);
      planes[o + 1][x] = dlib::sum(h1);
      planes[o + 2][x] = dlib::sum(h2);
      t += h0 + h1 + h2;
    }
    t *= 2 * 0.2357;
    for (int o = 0; o < 9; o += 3) {
      const simd4f h0 = dlib::min(simd4f(h[o] + h[o + 9]), nn) * n;
      const simd4f h1 = dlib::min(simd4f(h[o + 1] + h[o + 9 + 1]), nn) * n;
      const simd4f h2 = dlib::min(simd4f(h[o + 2] + h[o + 9 + 2]), nn) * n;
      planes[o + 18][x] = dlib::sum(h0);
      planes[o + 18 + 1][x] = dlib::sum(h1);
      planes[o + 18 + 2][x] = dlib::sum(h2);
    }
    float texture[4];
    t.store(texture);
    for (int k = 0; k < 4; ++k) planes[27 + k][x] = texture[k];
  }
}

}  // namespace cs
