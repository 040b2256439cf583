#include "face/packed_shape_predictor.h"

#include <dlib/image_processing/shape_predictor.h>
#include <dlib/opencv/cv_image.h>
#include <dlib/serialize.h>
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

namespace cs {
namespace {

// How many trees ahead a cascade asks for a leaf: enough reads in flight to hide a miss, few enough that
// the requests do not crowd out the leaves being added now. Measured: 4 to 16 are within noise of each other.
constexpr std::size_t kPrefetchTrees = 8;
constexpr std::size_t kHugePage = std::size_t{2} << 20;
constexpr std::size_t kCacheLine = 64;

struct Split {
  std::uint32_t idx1, idx2;  // which two of the cascade's feature pixels are compared
  float thresh;
};

struct Tree {
  std::uint32_t firstSplit, splitCount;
  std::size_t firstLeaf;  // in floats, into the leaf block
};

struct Cascade {
  std::vector<unsigned long> anchorIdx;          // dlib's: each feature pixel's landmark
  std::vector<dlib::vector<float, 2>> deltas;    // and its offset from it, in the mean shape's frame
  std::vector<Split> splits;                     // every tree's, one tree after the other
  std::vector<Tree> trees;
};

// Floats in whole huge pages where the kernel allows them (transparent huge pages on "madvise"): 33 TLB
// entries cover the 65 MB of leaves instead of 16,000.
struct FreeBlock {
  void operator()(float* p) const { std::free(p); }
};
using LeafBlock = std::unique_ptr<float[], FreeBlock>;

LeafBlock hugePageCopy(const std::vector<float>& floats) {
  const std::size_t bytes = (floats.size() * sizeof(float) + kHugePage - 1) / kHugePage * kHugePage;
  auto* block = static_cast<float*>(std::aligned_alloc(kHugePage, bytes));
  if (block == nullptr) throw std::bad_alloc();
  (void)madvise(block, bytes, MADV_HUGEPAGE);  // advice only: without huge pages it is just slower
  std::memcpy(block, floats.data(), floats.size() * sizeof(float));
  return LeafBlock(block);
}

[[noreturn]] void inconsistent(const std::string& what) {
  throw dlib::serialization_error("the shape model is inconsistent: " + what);
}

bool powerOfTwo(std::size_t n) { return n != 0 && (n & (n - 1)) == 0; }

// One tree from the stream into `cascade` (its splits) and `leaves` (its leaf vectors, one after the other).
void packTree(std::istream& in, std::size_t shapeSize, Cascade& cascade, std::vector<float>& leaves) {
  dlib::impl::regression_tree tree;
  deserialize(tree, in);  // dlib's friend function, found by argument-dependent lookup
  // dlib's own requirement: a full tree, one more leaf than splits.
  if (!powerOfTwo(tree.leaf_values.size()) || tree.leaf_values.size() != tree.splits.size() + 1) {
    inconsistent("a regression tree is not complete");
  }
  cascade.trees.push_back(Tree{static_cast<std::uint32_t>(cascade.splits.size()),
                               static_cast<std::uint32_t>(tree.splits.size()), leaves.size()});
  for (const auto& s : tree.splits) {
    cascade.splits.push_back(Split{static_cast<std::uint32_t>(s.idx1), static_cast<std::uint32_t>(s.idx2), s.thresh});
  }
  for (const auto& leaf : tree.leaf_values) {
    if (static_cast<std::size_t>(leaf.size()) != shapeSize) inconsistent("a leaf does not match the shape's size");
    leaves.insert(leaves.end(), &leaf(0), &leaf(0) + shapeSize);
  }
}

// The feature pixels each cascade compares must exist, and each must hang off a real landmark.
void checkIndices(const Cascade& cascade, std::size_t parts) {
  if (cascade.anchorIdx.size() != cascade.deltas.size()) inconsistent("anchors and offsets differ in number");
  for (unsigned long anchor : cascade.anchorIdx) {
    if (anchor >= parts) inconsistent("a feature pixel hangs off a landmark that does not exist");
  }
  for (const Split& s : cascade.splits) {
    if (s.idx1 >= cascade.deltas.size() || s.idx2 >= cascade.deltas.size()) {
      inconsistent("a split compares a feature pixel that does not exist");
    }
  }
}

// The leaf the tree's splits lead to for these feature pixel values (dlib's regression_tree::operator()).
const float* leafOf(const Cascade& cascade, const Tree& tree, const float* leafBlock, std::size_t shapeSize,
                    const std::vector<float>& pixels) {
  const Split* splits = cascade.splits.data() + tree.firstSplit;
  std::uint32_t i = 0;
  while (i < tree.splitCount) {
    const Split& s = splits[i];
    i = pixels[s.idx1] - pixels[s.idx2] > s.thresh ? 2 * i + 1 : 2 * i + 2;
  }
  return leafBlock + tree.firstLeaf + (i - tree.splitCount) * shapeSize;
}

void prefetchLeaf(const float* leaf, std::size_t shapeSize) {
  const auto* first = reinterpret_cast<const char*>(leaf);
  const auto* last = reinterpret_cast<const char*>(leaf + shapeSize) - 1;
  for (const char* p = first; p <= last; p += kCacheLine) __builtin_prefetch(p);
  __builtin_prefetch(last);  // the line the loop's stride may have stepped over
}

}  // namespace

struct PackedShapePredictor::Model {
  dlib::matrix<float, 0, 1> initialShape;
  std::vector<Cascade> cascades;
  LeafBlock leaves;
};

PackedShapePredictor::PackedShapePredictor(std::unique_ptr<Model> model) : model_(std::move(model)) {}
PackedShapePredictor::PackedShapePredictor(PackedShapePredictor&&) noexcept = default;
PackedShapePredictor& PackedShapePredictor::operator=(PackedShapePredictor&&) noexcept = default;
PackedShapePredictor::~PackedShapePredictor() = default;

Expected<PackedShapePredictor> PackedShapePredictor::read(std::istream& in) {
  // The stream holds what dlib's serialize(shape_predictor) writes: version, initial shape, forests,
  // anchors, offsets. The forests are read one tree at a time, straight into the packed layout.
  try {
    auto model = std::make_unique<Model>();
    int version = 0;
    dlib::deserialize(version, in);
    if (version != 1) inconsistent("unknown version " + std::to_string(version));
    dlib::deserialize(model->initialShape, in);
    const auto shapeSize = static_cast<std::size_t>(model->initialShape.size());
    if (shapeSize == 0 || shapeSize % 2 != 0) inconsistent("the mean shape has no points");
    unsigned long cascadeCount = 0, treeCount = 0;
    dlib::deserialize(cascadeCount, in);
    model->cascades.resize(cascadeCount);
    std::vector<float> leaves;
    for (Cascade& cascade : model->cascades) {
      dlib::deserialize(treeCount, in);
      for (unsigned long t = 0; t < treeCount; ++t) packTree(in, shapeSize, cascade, leaves);
    }
    std::vector<std::vector<unsigned long>> anchors;
    std::vector<std::vector<dlib::vector<float, 2>>> deltas;
    dlib::deserialize(anchors, in);
    dlib::deserialize(deltas, in);
    if (anchors.size() != cascadeCount || deltas.size() != cascadeCount) inconsistent("cascades differ in number");
    for (std::size_t c = 0; c < cascadeCount; ++c) {
      model->cascades[c].anchorIdx = std::move(anchors[c]);
      model->cascades[c].deltas = std::move(deltas[c]);
      checkIndices(model->cascades[c], shapeSize / 2);
    }
    model->leaves = hugePageCopy(leaves);
    return PackedShapePredictor(std::move(model));
  } catch (const std::exception& e) {
    // dlib's messages run over several lines ("while deserializing ..."): the first says what is wrong.
    std::string why = e.what();
    why = why.substr(0, why.find('\n'));
    if (in.eof()) why = "the file ends too soon: " + why;
    return Error{ErrorCode::ModelMissing, why, why};
  }
}

Landmarks PackedShapePredictor::fit(const cv::Mat& rgb, const RectF& box) const {
  const dlib::cv_image<dlib::rgb_pixel> image(cvIplImage(rgb));
  const dlib::rectangle rect(static_cast<long>(box.x), static_cast<long>(box.y), static_cast<long>(box.right()),
                             static_cast<long>(box.bottom()));
  const Model& m = *model_;
  const auto shapeSize = static_cast<std::size_t>(m.initialShape.size());
  dlib::matrix<float, 0, 1> shape = m.initialShape;
  std::vector<float> pixels;
  std::vector<const float*> leaves;
  for (const Cascade& cascade : m.cascades) {
    dlib::impl::extract_feature_pixel_values(image, rect, shape, m.initialShape, cascade.anchorIdx, cascade.deltas,
                                             pixels);
    leaves.resize(cascade.trees.size());
    for (std::size_t t = 0; t < leaves.size(); ++t) {
      leaves[t] = leafOf(cascade, cascade.trees[t], m.leaves.get(), shapeSize, pixels);
      if (t < kPrefetchTrees) prefetchLeaf(leaves[t], shapeSize);
    }
    // dlib adds the leaves in tree order, one float at a time: the same order here gives the same sums.
    float* s = &shape(0);
    for (std::size_t t = 0; t < leaves.size(); ++t) {
      if (t + kPrefetchTrees < leaves.size()) prefetchLeaf(leaves[t + kPrefetchTrees], shapeSize);
      const float* leaf = leaves[t];
      for (std::size_t k = 0; k < shapeSize; ++k) s[k] += leaf[k];
    }
  }
  const dlib::point_transform_affine toImage = dlib::impl::unnormalizing_tform(rect);
  Landmarks points{};
  for (std::size_t k = 0; k < points.size() && k < shapeSize / 2; ++k) {
    const dlib::point p = toImage(dlib::impl::location(shape, k));
    points[k] = {static_cast<double>(p.x()), static_cast<double>(p.y())};
  }
  return points;
}

}  // namespace cs
