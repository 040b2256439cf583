#pragma once
// The crop planner: a pure function from a measured face to the window that becomes the 480x640 photo.
// Only scale and crop (I2); a window that would leave the source photo is never padded (I5): the plan then
// says which way the subject or the camera must move.
#include <string>

#include "cs/core/face.h"
#include "cs/core/geometry.h"
#include "cs/core/spec_profile.h"

namespace cs {

// The head measured in the output photo's own 480x640 pixels.
struct OutputGeometry {
  double hairTopY = 0;    // G2
  bool hairTopKnown = false;
  double eyeY = 0;        // G3
  double faceWidth = 0;   // G4
  double faceCentreX = 0; // G1
};

enum class CropProblem {
  None,
  NoRoomAbove,    // the window would leave the top edge: raise the camera / move back
  NoRoomBelow,    // ... the bottom edge: lower the camera
  NoRoomLeft,     // ... the left edge: subject moves right in the image
  NoRoomRight,
  FaceTooSmall,   // too few pixels for an honest 480x640 (upscale beyond the limit): the face, or the whole photo, is too small
  HairTopUnknown, // the top of the hair could not be measured
};

struct CropPlan {
  RectF window;          // in source pixels; may reach outside the source when !fits()
  double scale = 1;      // output pixels per source pixel
  OutputGeometry geometry;
  CropProblem problem = CropProblem::None;
  bool fits() const { return problem == CropProblem::None; }
};

CropPlan planCrop(const Face& face, Size source, const SpecProfile& profile);

// Whether a photo of `source` size is smaller than the smallest honest 480x640 window (the output at the
// largest enlargement the profile allows): then no placement helps, only a larger photo.
bool photoTooSmall(Size source, const SpecProfile& profile);

// Maps a point of the source photo into the output photo of `plan`.
PointF toOutput(const CropPlan& plan, PointF source);

}  // namespace cs
