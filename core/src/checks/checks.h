#pragma once
// Every automatic check, one function per requirement aspect, grouped in files by requirement family.
// Each returns a CheckResult naming its requirement id; none throws (the runner turns an exception into
// NotAssessed for that check alone).
#include <array>
#include <optional>

#include "checks/check_context.h"

namespace cs {

// Image (I1, I4, I5)
CheckResult checkColourPhoto(const CheckContext& ctx);  // I1
CheckResult checkFocus(const CheckContext& ctx);        // I4
CheckResult checkNoBorder(const CheckContext& ctx);     // I5: no border added
CheckResult checkNoColouredText(const CheckContext& ctx);  // I5: no coloured text or watermark anywhere
CheckResult checkNoText(const CheckContext& ctx);       // I5: no text or watermark on the backdrop
// Geometry (G1-G4)
CheckResult checkCentred(const CheckContext& ctx);
CheckResult checkHairTop(const CheckContext& ctx);
CheckResult checkEyeLine(const CheckContext& ctx);
CheckResult checkFaceWidth(const CheckContext& ctx);
// Pose (P1, P3, P4)
CheckResult checkRoll(const CheckContext& ctx);
CheckResult checkPitch(const CheckContext& ctx);
CheckResult checkYaw(const CheckContext& ctx);
CheckResult checkShouldersLevel(const CheckContext& ctx);  // P4 (estimate)
// Expression (P2, P5)
CheckResult checkEyesOpen(const CheckContext& ctx);
CheckResult checkMouthClosed(const CheckContext& ctx);
// Lighting (L1, L2)
CheckResult checkExposure(const CheckContext& ctx);
CheckResult checkSideBalance(const CheckContext& ctx);
CheckResult checkHotSpots(const CheckContext& ctx);
CheckResult checkRedEye(const CheckContext& ctx);
// Background (B1-B3) and clothing (C1, C2)
CheckResult checkBackdropUniform(const CheckContext& ctx);   // B1 texture
CheckResult checkBackdropGradient(const CheckContext& ctx);  // B1 gradient
CheckResult checkBackdropFalloff(const CheckContext& ctx);   // B1 falloff (darker beside the head on both sides)
CheckResult checkBackdropShadow(const CheckContext& ctx);    // B2
CheckResult checkBackdropColour(const CheckContext& ctx);    // B3 hue
CheckResult checkBackdropLightness(const CheckContext& ctx); // B3 lightness
CheckResult checkClothingContrast(const CheckContext& ctx);  // C1
CheckResult checkClothingPattern(const CheckContext& ctx);   // C2 (estimate)
// Accessories (A1, A4: estimates)
CheckResult checkTintedLenses(const CheckContext& ctx);
CheckResult checkGlassesGlare(const CheckContext& ctx);
CheckResult checkHairOverBrows(const CheckContext& ctx);

// I5's measurement: along each edge (top, bottom, left, right), the strongest straight line that ends a
// flat strip, as an added border would. Needs only the photo.
struct EdgeLine {
  double coverage = 0;    // share of the edge's length with a sharp step at the strip's inner line
  double widthShare = 0;  // the strip's width over the photo's size across it
};
using BorderLines = std::array<EdgeLine, 4>;
BorderLines measureBorderLines(const cv::Mat& rgb, const SpecProfile& profile);

// I5's strokes: marks that stand out from what is around them, light on dark and dark on light, in the
// output photo's grey. They need no backdrop, so a still measures them beside the output's Lab (the first
// round of checks) and hands them to checkNoText through CheckContext::textStrokes.
struct TextStrokes {
  cv::Mat light, dark;  // 8-bit masks, 255 on a stroke
};
TextStrokes findTextStrokes(const cv::Mat& outputGrey, const SpecProfile& profile);

// The checks of the whole photo that need no face: I1 and I5's border lines. A still's run on a second
// thread while its face is measured and its crop rendered (PhotoAnalyzer), and are handed to the face
// checks through CheckContext::wholePhoto.
struct WholePhotoChecks {
  CheckResult colour;                 // I1
  std::optional<BorderLines> border;  // empty if it could not be measured (checkNoBorder then tries itself)
};
WholePhotoChecks checkWholePhoto(const CheckContext& ctx);

// Runs every check that applies at this depth, in the photographer's order.
CheckList runAllChecks(const CheckContext& ctx);

}  // namespace cs
