#pragma once
// From a source photo to a verified certificate JPEG in memory: analyse, crop, encode, read back and
// check F1-F7. The CLI's `crop`, the station's shutter and the batch's `add` all go through here.
#include <ctime>
#include <optional>
#include <vector>

#include "cs/core/analyzer.h"
#include "cs/core/jpeg_encoder.h"

namespace cs {

struct Certificate {
  Analysis analysis;                 // of the source photo, with the file checks F1-F7 appended
  std::optional<Image> photo;        // the 480x640 crop, when the crop fits
  std::optional<EncodedJpeg> jpeg;   // the encoded file, when the crop fits
  bool meetsStandard() const { return jpeg.has_value() && analysis.meetsStandard(); }
};

Certificate makeCertificate(PhotoAnalyzer& analyzer, const Image& source, std::time_t captureTime,
                            const PhotoSource* sourceInfo = nullptr);

}  // namespace cs
