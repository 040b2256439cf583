#pragma once
// Reads a whole file for decoding, refusing folders, devices, empty and oversized files with a clear error.
#include <cstdint>
#include <string>
#include <vector>

#include "cs/core/photo_loader.h"

namespace cs {

// A photo file larger than this is refused before reading (a 12 MP camera JPEG is ~5-10 MB).
inline constexpr std::uintmax_t kMaxPhotoFileBytes = 200u * 1024u * 1024u;
// (readPhotoFile itself is declared in cs/core/photo_loader.h.)

}  // namespace cs
