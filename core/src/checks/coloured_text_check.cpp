// I5: no coloured text or watermark anywhere on the photo, the person included: a camera's orange date
// imprint, a red "SAMPLE / 样张" stamp across the face or the chest, straight or slanted. Grey strokes over a
// person are everywhere (hair, brows, knitwear), so this looks at colour alone: marks whose chroma stands out
// from what is around them (a top-hat of C* = |a*, b*|), thin enough to be letter strokes. Skin, lips and
// clothing are broad areas of colour and leave no such marks. The marks are grouped into rows of letters
// (text_rows.h) along the photo's lines and slanted ones, and a row counts only where it stands alone: a
// print on the clothing, jewellery or a busy scene has more marks just above and below it, added text has
// clean photo around it.
#include <opencv2/imgproc.hpp>

#include "checks/check_context.h"
#include "checks/checks.h"
#include "checks/text_rows.h"

namespace cs {
namespace {

constexpr int kStrokeKernel = 9;  // strokes up to ~4 px wide, as on the backdrop (text_check.cpp)
// Level rows, and slanted ones: watermarks are usually stamped at 30-45 degrees.
constexpr double kSlants[] = {0.0, -45.0, -30.0, -15.0, 15.0, 30.0, 45.0};
constexpr int kMinStrokePixels = 36;  // fewer than three small marks' worth: no row to look for

}  // namespace

CheckResult checkNoColouredText(const CheckContext& ctx) {  // I5
  const SpecProfile& p = ctx.profile;
  CheckResult c = makeCheck("I5", "coloured_text", 38, "text score", atMost(p.textScore.warn, 1));
  if (ctx.outputChroma.empty()) return c;  // a live frame's: not made, not assessed (stills only)
  cv::Mat peaks;
  cv::morphologyEx(ctx.outputChroma, peaks, cv::MORPH_TOPHAT,
                   cv::getStructuringElement(cv::MORPH_RECT, cv::Size(kStrokeKernel, kStrokeKernel)));
  const cv::Mat strokes = (peaks > p.textChromaContrast) & ctx.outputValid;
  c.value = 0;
  if (cv::countNonZero(strokes) >= kMinStrokePixels) {
    const SlantedRow found = strongestSlantedRow(strokes, kSlants);
    if (found.row.score > 0 && busyAround(strokes, found) <= p.textMaxBusyAround) c.value = found.row.score;
  }
  setOutcome(c, gradeAbove(c.value, p.textScore), "照片上有后加的彩色文字或水印（如日期、“样张”），请使用相机拍摄的原始照片",
             "Coloured text or a watermark has been added to the photo (a date, \"SAMPLE\"): use the camera's original photo");
  return c;
}

}  // namespace cs
