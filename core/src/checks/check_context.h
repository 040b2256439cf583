#pragma once
// What every check reads: the analysed image, the measured face, the crop plan and the window rendered
// at the output's own 480x640 pixels. Computed once per image and shared, so checks stay small.
#include <opencv2/core.hpp>

#include "cs/core/analyzer.h"
#include "cs/core/check_result.h"
#include "cs/core/crop_plan.h"
#include "cs/core/face.h"
#include "cs/core/photo_loader.h"
#include "cs/core/spec_profile.h"

namespace cs {
struct BackdropSample;
struct TextStrokes;
struct WholePhotoChecks;
}

namespace cs {

struct CheckContext {
  const SpecProfile& profile;
  const PhotoSource* source;  // how the file was stored, or nullptr for a camera frame
  int faceCount = 0;          // significant faces found
  AnalysisDepth depth = AnalysisDepth::Still;
  cv::Mat rgb;                // the analysed image (8-bit RGB)
  const Face& face;           // in rgb's pixels (a default Face when there is not exactly one)
  const CropPlan& plan;       // in rgb's pixels
  cv::Mat output{};             // the plan's window at outputWidth x outputHeight, RGB; outside the photo: black
  cv::Mat outputValid{};      // 8-bit mask, 255 where `output` shows the photo
  cv::Mat outputGrey{};        // `output` as 8-bit luma, computed once for the lighting and focus checks
  cv::Mat outputChroma{};      // a still's: `output`'s C* (|a*, b*|, 8-bit), made with its Lab for I5's coloured text
  Face outputFace{};          // the face mapped into output pixels
  const BackdropSample* backdrop = nullptr;  // set by runAllChecks before the backdrop checks run
  const TextStrokes* textStrokes = nullptr;  // a still's, set with the backdrop (else I5 finds them itself)
  const WholePhotoChecks* wholePhoto = nullptr;  // a still's face-free checks, done meanwhile on a second thread
};

// A check result with its identity filled in and status NotAssessed; the check fills in the rest.
CheckResult makeCheck(const char* id, const char* key, int order, const char* unit, std::string range);

// Grades `value` against a limit where larger is worse (warn above limit.warn, fail above limit.fail).
CheckStatus gradeAbove(double value, const Limit& limit);
// ... where smaller is worse (warn below limit.warn, fail below limit.fail).
CheckStatus gradeBelow(double value, const Limit& limit);

// Sets the status and picks the message for it (pass messages may be empty: the label says it).
void setOutcome(CheckResult& check, CheckStatus status, const char* zh, const char* en);

std::string formatRange(double min, double max, int decimals = 0);
std::string atMost(double v, int decimals = 2);   // "≤ 0.12"
std::string atLeast(double v, int decimals = 0);  // "≥ 40"

}  // namespace cs
