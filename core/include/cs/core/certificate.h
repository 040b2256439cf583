#pragma once
// From a source photo to a verified certificate JPEG in memory: analyse, crop, encode, read back and
// check F1-F7. The CLI's `crop`, the station's shutter and the batch's `add` all go through here.
#include <cstdint>
#include <ctime>
#include <span>
#include <string>
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

struct PhotoCertificate {
  PhotoSource source;       // how the file was stored (and the reduced-size decode used)
  Certificate certificate;
};

// From a photo file's bytes: decodes at a reduced size where that loses nothing (libjpeg-turbo's DCT
// scaling: a 12 MP still is analysed at ~1000 px), and again at the size the crop needs when the reduced
// copy would have to be enlarged. Bad input is an Error; a photo that fails the standard is not.
Expected<PhotoCertificate> makeCertificateFromBytes(PhotoAnalyzer& analyzer, std::span<const std::uint8_t> bytes,
                                                    std::time_t captureTime);
// The two halves of makeCertificateFromBytes, for a caller that wants to refuse bad input before it
// creates an analyzer (loading the landmark model takes most of a second).
Expected<LoadedPhoto> decodeForCertificate(std::span<const std::uint8_t> bytes);
PhotoCertificate makeCertificateFromDecoded(PhotoAnalyzer& analyzer, std::span<const std::uint8_t> bytes,
                                            LoadedPhoto first, std::time_t captureTime);
Expected<PhotoCertificate> makeCertificateFromFile(PhotoAnalyzer& analyzer, const std::string& path,
                                                   std::time_t captureTime);

}  // namespace cs
