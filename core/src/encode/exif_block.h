#pragma once
// The EXIF APP1 block of a certificate photo, built with libexif. It records only what the standard and
// the reviewers need: resolution (F2), capture time, software, sRGB and the pixel size. No personal data
// (W5): no name, exam number, camera serial, GPS or thumbnail.
#include <cstdint>
#include <ctime>
#include <string>
#include <vector>

#include "cs/core/expected.h"

namespace cs::encode {

struct ExifFields {
  std::time_t captureTime = 0;  // written as local time, "YYYY:MM:DD HH:MM:SS"
  std::string software;
  int dotsPerInch = 300;
  int pixelWidth = 480;
  int pixelHeight = 640;
};

// The APP1 payload, starting with "Exif\0\0", ready for jpeg_write_marker(JPEG_APP0 + 1, ...).
Expected<std::vector<std::uint8_t>> buildExifApp1(const ExifFields& fields);

// The EXIF date-time text of `time` in local time, e.g. "2026:06:18 09:30:05".
std::string exifDateTime(std::time_t time);

}  // namespace cs::encode
