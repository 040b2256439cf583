#pragma once
// Every number the checks and the crop planner use, read from one data file (resources/spec-profile.json,
// documented in docs/spec-profile.md). The standard's own numbers (bands, file size) and our calibrated
// thresholds both live there, never in code.
#include <array>
#include <string>

#include "cs/core/expected.h"

namespace cs {

struct Band {
  double min = 0;
  double max = 0;
  bool contains(double v) const { return v >= min && v <= max; }
  double centre() const { return (min + max) / 2; }
};

// A pass / warn threshold pair on one measured value: beyond `warn` the check warns, beyond `fail` it fails.
struct Limit {
  double warn = 0;
  double fail = 0;
};

struct BackdropColour {
  std::string id;  // "light_blue", "white", "light_grey"
  std::string nameZh;
  std::string nameEn;
  std::array<int, 3> rgb{};
};

struct SpecProfile {
  // Output file (F1, F5, F6)
  int outputWidth = 480;
  int outputHeight = 640;
  int dpi = 300;
  int minQuality = 60;
  int maxQuality = 95;
  int minBytes = 20480;
  int maxBytes = 40000;

  // Geometry in output pixels (G1-G4)
  Band hairTop{50, 110};
  Band eyeY{200, 300};
  Band faceWidth{180, 300};
  double centreTolerancePx = 20;   // G1: |face centre - 240|
  double maxUpscale = 1.6;         // output px per source px beyond which detail is invented (I4)

  // Pose (P1 roll, P3 yaw, P1 pitch) in degrees
  Limit rollDeg{4.5, 7};
  Limit yawDeg{6, 10};
  Limit pitchDeg{14, 22};
  Limit shoulderTiltDeg{5, 10};  // P4 (estimate): the shoulders' outline against the backdrop

  // Expression
  Limit eyeOpenness{0.17, 0.12};    // P2: eye aspect ratio; lower is more closed (fail below `fail`)
  Limit mouthOpenness{0.06, 0.10};  // P5: inner-lip gap / mouth width
  Limit teethFraction{0.10, 0.20};  // P5: share of the inner-mouth area that looks like teeth

  // Lighting (L1, L2)
  Band faceLuma{70, 215};      // mean face luminance (0-255): outside warns
  Band faceLumaFail{40, 235};      // ... outside fails (wide: dark skin well lit is not underexposed)
  Limit sideBalance{0.12, 0.20};   // |left - right| / mean, cheek regions
  Limit hotSpotFraction{0.02, 0.05};  // share of clipped pixels on the face
  Limit redEyeFraction{0.10, 0.25};

  // Focus (I4) and colour (I1)
  Limit sharpness{0.0, 0.0};       // filled from the profile: warn / fail below
  Limit colourfulness{0.0, 0.0};   // I1: mean chroma below `fail` = greyscale

  // Added border (I5): a flat strip along an edge of the photo ending in a straight line
  Limit borderCoverage{0.80, 0.90};  // share of the edge's length the line runs along
  double borderStep = 16;            // grey levels across the line
  double borderStripStd = 5;         // the strip's greatest spread (grey levels) to count as flat
  double borderMaxWidth = 0.08;      // widest strip looked for, as a share of the photo across it
  // Added text or watermark (I5) on the backdrop: a row of marks that stand out from it
  double textStrokeContrast = 25;    // grey levels a stroke stands out from what is around it
  Limit textScore{1.5, 2.0};         // the strongest row's stroke edges per row, per line height of its width
  // ... and coloured text anywhere (the person included): marks whose chroma stands out from around them,
  // in a row with clean photo above and below it
  double textChromaContrast = 12;    // C* a stroke stands out from what is around it
  double textMaxBusyAround = 0.08;   // strokes just above and below the row, per stroke in it: more is a pattern

  // Background (B1-B3) and clothing (C1)
  Limit backdropNoise{0.0, 0.0};
  Limit backdropGradient{0.0, 0.0};
  Limit backdropFalloff{0.0, 0.0};  // darker beside the head on both sides than above it (a gradient)
  Limit backdropShadow{0.0, 0.0};
  Limit backdropColourDistance{0.0, 0.0};  // a*b* distance to the nearest allowed colour
  Limit backdropMinLightness{0.0, 0.0};    // L* below `warn` warns, below `fail` fails
  Limit clothingContrast{0.0, 0.0};
  // Clothing patterns (C2, estimate: warns only). A 16x16 block of clothing is busy when most of its pixels
  // have a band-pass contrast (grey levels) above patternBlockContrast; C2 warns when more than
  // patternBusyShare of the clothing's blocks are busy.
  double patternBusyShare = 0.5;
  double patternBlockContrast = 2.0;
  std::array<BackdropColour, 3> backdrops{};

  // Glasses glare (A1, estimate)
  Limit glareFraction{0.0, 0.0};
  // Tinted lenses (A1, estimate): the lens area's upper quartile of grey over the cheek's median, brighter eye
  Limit lensLightness{0.0, 0.0};
  // Hair over the brows (A4, estimate): share of hair-coloured pixels in a band just above the brows
  Limit hairOverBrowsShare{0.0, 0.0};

  static Expected<SpecProfile> fromJson(const std::string& json);
  // The compiled-in default, or the file named by the CS_PROFILE environment variable when it is set.
  static Expected<SpecProfile> load();
};

}  // namespace cs
