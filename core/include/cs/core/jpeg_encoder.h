#pragma once
// The certificate JPEG: 480x640, 24-bit, baseline, JFIF 300 dpi, an EXIF block (resolution, capture time,
// software; no personal data), quality >= 60 and 20-40 KB (F1-F7). Written with libjpeg-turbo and libexif.
// What the file contains and why: docs/jpeg-output.md. Implementation: core/src/encode/.
#include <cstdint>
#include <ctime>
#include <span>
#include <string>
#include <vector>

#include "cs/core/expected.h"
#include "cs/core/image.h"
#include "cs/core/spec_profile.h"

namespace cs {

struct EncodeRequest {
  std::time_t captureTime = 0;  // written as EXIF DateTimeOriginal (local time)
  std::string software;         // EXIF Software, e.g. kSoftwareName
};

struct EncodedJpeg {
  std::vector<std::uint8_t> bytes;
  int quality = 0;        // the IJG quality factor used
  int encodeCount = 0;    // how many encodes of the whole photo the size search needed
  int sampleEncodes = 0;  // encodes of a quarter of its rows, which chose where the search started
  bool sizeInRange = false;  // F6: false when even quality minQuality is above maxBytes (or max below minBytes)
  // Huffman tables fitted to this image rather than the standard ones: only for a photo that is over maxBytes
  // at minQuality with the standard tables, where the 2-3 % they save may be what makes it fit.
  bool fittedHuffmanTables = false;
};

// Encodes `image` (must be profile.outputWidth x outputHeight, else ErrorCode::InvalidArgument) at the
// highest quality in [minQuality, maxQuality] whose size is within [minBytes, maxBytes], found by a short
// model-guided search (about 2.2 encodes per portrait after a quarter-size sample), never a linear scan. When no quality fits, returns
// the closest honest attempt with sizeInRange = false: quality minQuality when even that is above maxBytes
// (never lower), quality maxQuality when that is still below minBytes (never padded).
// Thread-safe: no shared state; takes a few milliseconds.
Expected<EncodedJpeg> encodeCertificateJpeg(const Image& image, const EncodeRequest& request,
                                            const SpecProfile& profile);

// One file-level requirement as read back from the bytes (independent of the encoder's own state).
struct FileCheck {
  std::string id;  // F1..F7
  bool ok = false;
  std::string detail;
};

// Reads a written JPEG back and checks F1-F7 against the profile, one FileCheck per id in order F1..F7, each
// with a detail a person can read. Trusts only the bytes (F4 decodes them fully; a truncated or damaged
// file fails). `fileName` gives the extension (F7): ".jpg" in any letter case passes, ".jpeg" does not.
std::vector<FileCheck> verifyCertificateJpeg(std::span<const std::uint8_t> bytes, const std::string& fileName,
                                             const SpecProfile& profile);

// Writes bytes to path atomically and durably: a temporary file in the same folder (mode 0600: owner only,
// W5), fsync, rename, fsync of the folder. An existing file at path is never overwritten unless `replace` is
// true (ErrorCode::WriteFailed naming the path). On any error no temporary file is left behind and the
// message says why in plain words (folder missing, no permission, disk full, file exists).
Status writeFileAtomically(const std::string& path, std::span<const std::uint8_t> bytes, bool replace = false);

}  // namespace cs
