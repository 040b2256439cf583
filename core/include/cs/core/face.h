#pragma once
// What the face finder measures in one image, in that image's pixel coordinates.
#include <array>
#include <optional>
#include <vector>

#include "cs/core/geometry.h"

namespace cs {

// The 68 iBUG 300-W landmarks (0-16 jaw, 17-26 brows, 27-35 nose, 36-41 image-left eye,
// 42-47 image-right eye, 48-67 mouth).
using Landmarks = std::array<PointF, 68>;

struct HeadPose {
  double yawDeg = 0;    // + = subject turned towards image right
  double pitchDeg = 0;  // + = chin up
  double rollDeg = 0;   // + = head tilted clockwise in the image
};

struct Face {
  RectF box;             // detector box
  Landmarks landmarks{};
  PointF leftEye;        // centre of the eye on the image's left (landmarks 36-41)
  PointF rightEye;       // centre of the eye on the image's right (42-47)
  PointF cheekLeft;      // the cheek points used for the face width (G4)
  PointF cheekRight;
  double chinY = 0;      // landmark 8
  HeadPose pose;
  std::optional<double> hairTopY;  // top of the hair (G2), measured from the pixels; empty when not found
  bool hairTopAtImageEdge = false; // the hair runs into the top edge of the image: its top is not visible

  PointF eyeCentre() const { return midpoint(leftEye, rightEye); }
  double faceWidth() const { return distance(cheekLeft, cheekRight); }
  double faceCentreX() const { return (cheekLeft.x + cheekRight.x) / 2; }
  double interocular() const { return distance(leftEye, rightEye); }
};

struct FaceSearch {
  std::vector<RectF> boxes;     // every face found (the significant ones; tiny far-away ones are ignored)
  std::optional<Face> primary;  // measured only when exactly one face was found
  int count() const { return static_cast<int>(boxes.size()); }
};

}  // namespace cs
