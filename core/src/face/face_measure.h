#pragma once
// Turns 68 landmarks into the measurements the checks and the crop planner use (eyes, cheeks, pose).
#include "cs/core/face.h"

namespace cs {

// Fills every field of Face but the hair top (see hair_top.h) and the pitch (measurePitch).
Face measureFace(const Landmarks& landmarks, const RectF& box);
// The head's pitch, in degrees (+ = chin raised), from a generic 3-D head fitted to the landmarks: the one
// slow measurement (~0.7 ms), kept apart so it can run beside the hair top.
double measurePitch(const Face& face);

}  // namespace cs
