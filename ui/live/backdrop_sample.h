#pragma once
// The backdrop colour the swatch shows: the mean of two patches in the top corners of the crop window
// (output pixels x 10-110 and 370-470, y 5-45, above the head), mapped back to the source frame.
#include <QColor>
#include <optional>

#include "cs/core/crop_plan.h"
#include "cs/core/image.h"

namespace cs::ui {

std::optional<QColor> sampleBackdrop(const cs::Image& frame, const cs::CropPlan& plan);

}  // namespace cs::ui
