// The crop planner: searches the scale and the vertical placement that put the hair top (G2), the eyes (G3)
// and the face width (G4) inside their bands with the most margin, the face centred (G1), and the window
// inside the source photo. Pure function: no pixels, only the measured face.
#include <algorithm>
#include <cmath>
#include <limits>

#include "cs/core/crop_plan.h"

namespace cs {
namespace {

// How far `v` sits inside `band`, as a share of the band's half-width: 1 at the centre, 0 on an edge,
// negative outside.
double margin(double v, const Band& band) {
  const double half = (band.max - band.min) / 2;
  return std::min(v - band.min, band.max - v) / half;
}

struct Subject {
  double eyeY, hairY, width, centreX;
};

struct Candidate {
  double scale = 0;
  double eyeOut = 0;  // eye line in output pixels
  double margin = -std::numeric_limits<double>::infinity();
};

RectF windowOf(const Subject& s, const Candidate& c, const SpecProfile& p) {
  const double w = p.outputWidth / c.scale, h = p.outputHeight / c.scale;
  return {s.centreX - w / 2, s.eyeY - c.eyeOut / c.scale, w, h};
}

bool inside(const RectF& r, Size src) {
  constexpr double kSlack = 0.5;  // sub-pixel rounding at the edges
  return r.x >= -kSlack && r.y >= -kSlack && r.right() <= src.width + kSlack && r.bottom() <= src.height + kSlack;
}

double candidateMargin(const Subject& s, double scale, double eyeOut, const SpecProfile& p) {
  const double hairOut = eyeOut - (s.eyeY - s.hairY) * scale;
  return std::min({margin(hairOut, p.hairTop), margin(eyeOut, p.eyeY), margin(s.width * scale, p.faceWidth)});
}

// Which windows a search may choose from.
struct Bounds {
  bool inside;         // only windows inside the source photo
  bool withinUpscale;  // only scales the profile allows (I4: no invented detail)
};

// The best candidate over a grid of scales and eye positions within `bounds`.
Candidate search(const Subject& s, Size src, const SpecProfile& p, Bounds bounds) {
  Candidate best;
  const double sMin = p.faceWidth.min / s.width, sMax = p.faceWidth.max / s.width;
  constexpr int kScaleSteps = 240;
  for (int i = 0; i <= kScaleSteps; ++i) {
    const double scale = sMin + (sMax - sMin) * i / kScaleSteps;
    if (bounds.withinUpscale && scale > p.maxUpscale) break;
    for (double eyeOut = p.eyeY.min; eyeOut <= p.eyeY.max; eyeOut += 1.0) {
      const double m = candidateMargin(s, scale, eyeOut, p);
      if (m <= best.margin) continue;
      const Candidate c{scale, eyeOut, m};
      if (bounds.inside && !inside(windowOf(s, c, p), src)) continue;
      best = c;
    }
  }
  return best;
}

CropProblem directionOf(const RectF& window, Size src) {
  if (window.y < 0) return CropProblem::NoRoomAbove;
  if (window.bottom() > src.height) return CropProblem::NoRoomBelow;
  if (window.x < 0) return CropProblem::NoRoomLeft;
  if (window.right() > src.width) return CropProblem::NoRoomRight;
  return CropProblem::None;
}

// The way out of the photo of the ideal window; when it lies inside the photo and was still not chosen, it
// needs more enlargement than allowed (or keeps no band with margin): the face is too small for an honest
// crop.
CropProblem directionOrTooSmall(const RectF& window, Size src) {
  const CropProblem way = directionOf(window, src);
  return way == CropProblem::None ? CropProblem::FaceTooSmall : way;
}

OutputGeometry geometryOf(const Face& face, const CropPlan& plan) {
  OutputGeometry g;
  g.eyeY = toOutput(plan, face.eyeCentre()).y;
  g.faceWidth = face.faceWidth() * plan.scale;
  g.faceCentreX = toOutput(plan, {face.faceCentreX(), 0}).x;
  g.hairTopKnown = face.hairTopY.has_value() && !face.hairTopAtImageEdge;
  if (face.hairTopY) g.hairTopY = toOutput(plan, {0, *face.hairTopY}).y;
  return g;
}

// The plan's last touches: a hair top that runs into the photo's top edge leaves no room above, whatever
// the window; and the measures in output pixels.
CropPlan planned(const Face& face, CropPlan plan) {
  if (face.hairTopAtImageEdge && plan.problem == CropProblem::None) plan.problem = CropProblem::NoRoomAbove;
  plan.geometry = geometryOf(face, plan);
  return plan;
}

}  // namespace

PointF toOutput(const CropPlan& plan, PointF source) {
  return {(source.x - plan.window.x) * plan.scale, (source.y - plan.window.y) * plan.scale};
}

bool photoTooSmall(Size source, const SpecProfile& profile) {
  return source.width * profile.maxUpscale < profile.outputWidth ||
         source.height * profile.maxUpscale < profile.outputHeight;
}

CropPlan planCrop(const Face& face, Size source, const SpecProfile& profile) {
  // Without a measured hair top, place it where a typical head has it (the eye line sits about 0.95
  // face widths below the hair top), and report G2 as not measured.
  const double hairY = face.hairTopY.value_or(face.eyeCentre().y - 0.95 * face.faceWidth());
  const Subject subject{face.eyeCentre().y, hairY, std::max(face.faceWidth(), 1.0), face.faceCentreX()};

  CropPlan plan;
  const auto take = [&](const Candidate& c) {
    plan.scale = c.scale;
    plan.window = windowOf(subject, c, profile);
  };
  if (const Candidate chosen = search(subject, source, profile, {.inside = true, .withinUpscale = true});
      chosen.margin >= 0) {
    take(chosen);
    return planned(face, plan);
  }
  if (photoTooSmall(source, profile)) {
    // No 480x640 window of this photo is honest at any placement: only a larger photo helps, which I4
    // says. When the head frames well at a larger enlargement, that window is the one shown, so that no G
    // check also tells the photographer to move the camera (an imported file cannot be re-aimed).
    const Candidate enlarged = search(subject, source, profile, {.inside = true, .withinUpscale = false});
    if (enlarged.margin >= 0) {
      take(enlarged);
      plan.problem = CropProblem::FaceTooSmall;
      return planned(face, plan);
    }
  }
  // No honest window inside the photo: show the ideal one and say which way to move.
  take(search(subject, source, profile, {.inside = false, .withinUpscale = false}));
  plan.problem = directionOrTooSmall(plan.window, source);
  return planned(face, plan);
}

}  // namespace cs
