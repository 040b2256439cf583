// Landmark accuracy against the ground truth in ../shared/testdata/faces/landmarks: normalised mean error
// (mean point distance over the outer-eye-corner distance, the 300-W convention).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "analyzer_fixture.h"
#include "support/test_support.h"

namespace cs {
namespace {

std::vector<PointF> readLandmarks(const std::string& path) {
  std::vector<PointF> points;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream row(line);
    PointF p;
    char comma = 0;
    if (row >> p.x >> comma >> p.y) points.push_back(p);
  }
  return points;
}

struct Annotated {
  const char* stem;
  double maxError;  // human annotation: tight; 3-D model fits (AFLW2000-3D): looser, as the README warns
};

std::string photoName(const ::testing::TestParamInfo<Annotated>& info) {
  return std::string("photo") + std::string(info.param.stem).substr(0, 3);
}

class Landmarks : public test::AnalyzerTest, public ::testing::WithParamInterface<Annotated> {};

TEST_P(Landmarks, MatchTheGroundTruth) {
  CS_REQUIRE_SHARED_DATA();
  const Annotated& a = GetParam();
  const std::string base = test::sharedPhoto("faces/");
  std::string image;
  for (const auto& entry : std::filesystem::directory_iterator(base + "images")) {
    if (entry.path().filename().string().starts_with(a.stem)) image = entry.path().string();
  }
  ASSERT_FALSE(image.empty()) << a.stem;
  const std::string truthFile = base + "landmarks/" + std::filesystem::path(image).stem().string() + ".csv";
  const auto truth = readLandmarks(truthFile);
  ASSERT_EQ(truth.size(), 68u) << truthFile;

  auto photo = loadPhoto(image);  // full size: the ground truth is in the file's own pixels
  ASSERT_TRUE(photo.ok());
  const Analysis analysis = analyzer().analyse(photo->image, AnalysisDepth::Still, &photo->source);
  ASSERT_TRUE(analysis.faces.primary.has_value()) << "faces found: " << analysis.faces.count();
  const auto& found = analysis.faces.primary->landmarks;
  double sum = 0;
  for (std::size_t k = 0; k < 68; ++k) sum += distance(found[k], truth[k]);
  const double nme = sum / 68 / distance(truth[36], truth[45]);
  EXPECT_LT(nme, a.maxError) << a.stem;
  RecordProperty("nme", std::to_string(nme));
}

INSTANTIATE_TEST_SUITE_P(HumanAnnotated, Landmarks,
                         ::testing::Values(Annotated{"001_", 0.08}, Annotated{"002_", 0.08},
                                           Annotated{"005_", 0.08}, Annotated{"006_", 0.10},
                                           Annotated{"007_", 0.08}),
                         photoName);
INSTANTIATE_TEST_SUITE_P(ModelFitted, Landmarks,
                         ::testing::Values(Annotated{"010_", 0.12}, Annotated{"011_", 0.12},
                                           Annotated{"013_", 0.15}, Annotated{"018_", 0.15},
                                           Annotated{"023_", 0.15}, Annotated{"024_", 0.15}),
                         photoName);

}  // namespace
}  // namespace cs
