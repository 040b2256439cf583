#pragma once
// Loads a JPEG or PNG file into an upright RGB Image.
// The EXIF orientation tag is honoured (the photo is shown as the camera meant it); no other rotation or
// mirroring is ever applied (I2). Bad input of every kind is an Error with one readable line, never a crash.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "cs/core/expected.h"
#include "cs/core/image.h"

namespace cs {

enum class PhotoFormat { Jpeg, Png };

struct PhotoSource {
  PhotoFormat format = PhotoFormat::Jpeg;
  Size storedSize;          // width x height as stored in the file, before orientation
  int channels = 3;         // as stored: 1 grey, 2 grey+alpha, 3 RGB, 4 RGBA
  int exifOrientation = 1;  // 1..8; 1 = upright
  int decodeScaleDenom = 1; // 1 = full size; 2, 4, 8 when a reduced-size decode was asked for
};

struct LoadedPhoto {
  Image image;          // upright, RGB
  PhotoSource source;
};

struct LoadOptions {
  // Decode at reduced size (JPEG only, libjpeg-turbo's DCT scaling) while the result's longer side stays
  // at least this many pixels. 0 = always full size.
  int minLongSide = 0;
};

// The largest image the station will decode: 100 megapixels and 20000 px per side (a 12 MP camera
// still is far inside; a header claiming 100000x100000 is refused before any allocation).
inline constexpr std::int64_t kMaxPixels = 100'000'000;
inline constexpr int kMaxSide = 20'000;

// The whole file, refusing folders, devices, empty and oversized (> 200 MB) files with a clear error.
Expected<std::vector<std::uint8_t>> readPhotoFile(const std::string& path);

Expected<LoadedPhoto> loadPhoto(const std::string& path, const LoadOptions& options = {});
Expected<LoadedPhoto> decodePhoto(std::span<const std::uint8_t> bytes, const LoadOptions& options = {});

}  // namespace cs
