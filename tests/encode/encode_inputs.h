#pragma once
// Inputs for the encoder tests: real portraits scaled to 480x640, a smooth synthetic image, pure noise,
// and JPEGs written by OpenCV in ways the verifier must reject.
#include <cstdint>
#include <string>
#include <vector>

#include "cs/core/image.h"

namespace cs::test {

// The shared ID-style and derived photos (../shared/testdata), or empty when the folder is absent.
std::vector<std::string> sharedPortraitPaths();
// A photo decoded, centre-cropped to 3:4 and scaled to width x height (area averaging), as the crop
// planner would hand it over. Empty Image when the file cannot be read.
Image portraitAt(const std::string& path, int width = 480, int height = 640);
// A soft diagonal gradient with a blurred disc: almost no detail, compresses far below 20 KB.
Image smoothImage(int width = 480, int height = 640);
// Uniform random pixels: too detailed for 40 KB at any quality.
Image noiseImage(int width = 480, int height = 640, unsigned seed = 7);
// A mid-detail synthetic image (gradient + texture) that lands inside the size window: tests that must run
// without ../shared use it.
Image texturedImage(int width = 480, int height = 640);

// OpenCV-written JPEGs of `image`: quality 1..100; progressive; greyscale.
std::vector<std::uint8_t> opencvJpeg(const Image& image, int quality, bool progressive = false, bool grey = false);

std::string shortName(const std::string& path);

}  // namespace cs::test
