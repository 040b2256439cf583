#pragma once
// Turns 68 landmarks into the measurements the checks and the crop planner use (eyes, cheeks, pose).
#include "cs/core/face.h"

namespace cs {

// Fills every field of Face but the hair top (see hair_top.h).
Face measureFace(const Landmarks& landmarks, const RectF& box);

}  // namespace cs
