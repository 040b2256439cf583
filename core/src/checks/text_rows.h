#pragma once
// Rows of text-like marks in a mask of strokes, for I5: letter-sized marks of a similar height side by side,
// and how text-like their row is (strokes that turn on and off often along it, as letters do). Shared by
// the text on the backdrop (text_check.cpp) and coloured text anywhere on the photo (coloured_text_check.cpp).
#include <opencv2/core.hpp>

#include <span>

namespace cs {

// One row of similar marks side by side, and how text-like it is.
struct MarkRow {
  int marks = 0;
  cv::Rect box;
  double score = 0;  // stroke edges per pixel row, per line height of the row's width; 0 when not text-like
};

// The most text-like row of at least three marks at least 2.5 times as wide as tall; score 0 when none.
MarkRow strongestRow(const cv::Mat& strokes);

// The same along slanted lines too: the most text-like row at any of `slants` (degrees, counter-clockwise
// as the photo is shown; 0 = level), with its box in the frame turned by that slant (x along the line).
struct SlantedRow {
  MarkRow row;
  double degrees = 0;
};
SlantedRow strongestSlantedRow(const cv::Mat& strokes, std::span<const double> slants);

// How busy the strokes are just above and below `found` (one row height each way, across its slant), as a
// share of how busy the row itself is: ~0 for a line of text alone on clean photo.
double busyAround(const cv::Mat& strokes, const SlantedRow& found);

}  // namespace cs
