#include "face/fhog_rows.h"

#include <dlib/image_transforms/fhog.h>
#include <dlib/opencv/cv_image.h>
#include <dlib/simd.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace cs {
namespace {

constexpr int kCell = 8;          // dlib's frontal face detector's cell size
constexpr int kBins = 18;         // contrast-sensitive orientations
constexpr int kFirstRowHist = 1;  // dlib pads the histograms with one cell all round

// How dlib's extraction reads the image (its gradient functions need this view's pixel_type).
using RgbRows = dlib::const_image_view<dlib::cv_image<dlib::rgb_pixel>>;

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
  dlib::matrix<float, 2, 1> directions[9];  // dlib's unit vectors of the nine orientations

  float* cellHist(int histRow, int histCol) { return &hist[(static_cast<std::size_t>(histRow) * (cellsC + 2) + histCol) * kBins]; }
  float& cellNorm(int r, int c) { return norm[static_cast<std::size_t>(r) * cellsC + c]; }

  // Pixel rows [voted, end) voted into the histograms; rows end and end - 1 must be in the image.
  void vote(const RgbRows& img, int end);
  void voteRow(const RgbRows& img, int y);
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
  // As dlib writes them (double literals into float vectors).
  m.directions[0] = 1.0000, 0.0000;
  m.directions[1] = 0.9397, 0.3420;
  m.directions[2] = 0.7660, 0.6428;
  m.directions[3] = 0.500, 0.8660;
  m.directions[4] = 0.1736, 0.9848;
  m.directions[5] = -0.1736, 0.9848;
  m.directions[6] = -0.5000, 0.8660;
  m.directions[7] = -0.7660, 0.6428;
  m.directions[8] = -0.9397, 0.3420;
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
  const dlib::cv_image<dlib::rgb_pixel> pixels(cvIplImage(image));
  const RgbRows img(pixels);
  m.vote(img, std::min(imageRows - 1, m.visibleR));
  m.updateNorms();
  const int ready = std::clamp(m.normRows - 2, 0, m.hogR);
  for (; m.featuresDone < ready; ++m.featuresDone) m.writeFeatureRow(m.featuresDone, out);
  return m.featuresDone;
}

void FhogRows::Impl::vote(const RgbRows& img, int end) {
  for (; voted < end; ++voted) voteRow(img, voted);
}

// dlib's impl_extract_fhog_features, one pixel row: eight columns at a time, then the rest one by one.
void FhogRows::Impl::voteRow(const RgbRows& img, int y) {
  using dlib::simd8f;
  using dlib::simd8i;
  const float yp = (static_cast<float>(y) + 0.5) / static_cast<float>(kCell) - 0.5;
  const int iyp = static_cast<int>(std::floor(yp));
  const float vy0 = yp - iyp;
  const float vy1 = 1.0 - vy0;
  int x;
  for (x = 1; x < visibleC - 7; x += 8) {
    simd8f xx(x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7);
    simd8f gradX, gradY, v;
    dlib::impl_fhog::get_gradient(y, x, img, gradX, gradY, v);
    simd8f xp = (xx + 0.5) / static_cast<float>(kCell) + 0.5;
    simd8i ixp = simd8i(xp);
    simd8f vx0 = xp - ixp;
    simd8f vx1 = 1.0f - vx0;
    v = dlib::sqrt(v);
    simd8f bestDot = 0;
    simd8f bestO = 0;
    for (int o = 0; o < 9; o++) {
      simd8f dot = gradX * directions[o](0) + gradY * directions[o](1);
      dlib::simd8f_bool cmp = dot > bestDot;
      bestDot = dlib::select(cmp, dot, bestDot);
      dot *= -1;
      bestO = dlib::select(cmp, o, bestO);
      cmp = dot > bestDot;
      bestDot = dlib::select(cmp, dot, bestDot);
      bestO = dlib::select(cmp, o + 9, bestO);
    }
    vx1 *= v;
    vx0 *= v;
    const simd8f v11 = vy1 * vx1, v01 = vy0 * vx1, v10 = vy1 * vx0, v00 = vy0 * vx0;
    dlib::int32 o8[8], ix8[8];
    float w11[8], w01[8], w10[8], w00[8];
    simd8i(bestO).store(o8);
    ixp.store(ix8);
    v11.store(w11);
    v01.store(w01);
    v10.store(w10);
    v00.store(w00);
    for (int k = 0; k < 8; ++k) {
      cellHist(iyp + 1, ix8[k])[o8[k]] += w11[k];
      cellHist(iyp + 2, ix8[k])[o8[k]] += w01[k];
      cellHist(iyp + 1, ix8[k] + 1)[o8[k]] += w10[k];
      cellHist(iyp + 2, ix8[k] + 1)[o8[k]] += w00[k];
    }
  }
  for (; x < visibleC; x++) {
    dlib::matrix<float, 2, 1> grad;
    float v;
    dlib::impl_fhog::get_gradient(y, x, img, grad, v);
    float bestDot = 0;
    int bestO = 0;
    for (int o = 0; o < 9; o++) {
      const float dot = dlib::dot(directions[o], grad);
      if (dot > bestDot) {
        bestDot = dot;
        bestO = o;
      } else if (-dot > bestDot) {
        bestDot = -dot;
        bestO = o + 9;
      }
    }
    v = std::sqrt(v);
    const float xp = (static_cast<double>(x) + 0.5) / static_cast<double>(kCell) - 0.5;
    const int ixp = static_cast<int>(std::floor(xp));
    const float vx0 = xp - ixp;
    const float vx1 = 1.0 - vx0;
    cellHist(iyp + 1, ixp + 1)[bestO] += vy1 * vx1 * v;
    cellHist(iyp + 2, ixp + 1)[bestO] += vy0 * vx1 * v;
    cellHist(iyp + 1, ixp + 2)[bestO] += vy1 * vx0 * v;
    cellHist(iyp + 2, ixp + 2)[bestO] += vy0 * vx0 * v;
  }
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
