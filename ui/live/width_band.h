#pragma once
// The G4 face-width band as the live preview and the review window draw it: where the cheeks must fall
// for a face width inside the band, one rectangle each side of the photo's centre line, at cheek height.
#include <QRectF>
#include <array>

#include "cs/core/spec_profile.h"

namespace cs::ui {

// Left and right rectangles, in the output photo's own pixels (480x640).
std::array<QRectF, 2> faceWidthBandRects(const cs::SpecProfile& profile);

}  // namespace cs::ui
