// verifyCertificateJpeg: reads a written certificate JPEG back from its own bytes and checks F1-F7
// (../shared/spec/photo-spec.md). Shares no state with the encoder; the quality estimate follows
// ../shared/tools/verify_photo.py so both tools agree.
#include <libexif/exif-data.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "cs/core/jpeg_encoder.h"
#include "encode/ijg_quality.h"
#include "encode/jpeg_decode_check.h"
#include "encode/jpeg_markers.h"

namespace cs {
namespace {

using encode::JpegMarkers;

std::string str(int v) { return std::to_string(v); }

FileCheck checkSize(const JpegMarkers& m, const SpecProfile& p) {  // F1
  if (!m.frame) return {"F1", false, "no frame header (SOF): the image size cannot be read"};
  const bool ok = m.frame->width == p.outputWidth && m.frame->height == p.outputHeight;
  return {"F1", ok, str(m.frame->width) + "x" + str(m.frame->height) + " pixels" +
                        (ok ? "" : " (must be " + str(p.outputWidth) + "x" + str(p.outputHeight) + ")")};
}

// EXIF X/YResolution (rational) and ResolutionUnit, read with libexif; nullopt when the file has no EXIF
// resolution (then JFIF alone records the density, which F2 allows).
struct ExifResolution { double x = 0, y = 0; int unit = 2; };
std::optional<ExifResolution> readExifResolution(std::span<const std::uint8_t> app1) {
  if (app1.empty()) return std::nullopt;
  std::unique_ptr<ExifData, void (*)(ExifData*)> data(
      exif_data_new_from_data(app1.data(), static_cast<unsigned int>(app1.size())), exif_data_unref);
  if (!data) return std::nullopt;
  const ExifByteOrder order = exif_data_get_byte_order(data.get());
  ExifEntry* xr = exif_content_get_entry(data->ifd[EXIF_IFD_0], EXIF_TAG_X_RESOLUTION);
  ExifEntry* yr = exif_content_get_entry(data->ifd[EXIF_IFD_0], EXIF_TAG_Y_RESOLUTION);
  if (!xr || !yr || xr->format != EXIF_FORMAT_RATIONAL || yr->format != EXIF_FORMAT_RATIONAL) return std::nullopt;
  auto value = [order](ExifEntry* e) {
    const ExifRational r = exif_get_rational(e->data, order);
    return r.denominator ? static_cast<double>(r.numerator) / r.denominator : 0.0;
  };
  ExifResolution res{value(xr), value(yr), 2};  // EXIF's default unit is inch
  ExifEntry* unit = exif_content_get_entry(data->ifd[EXIF_IFD_0], EXIF_TAG_RESOLUTION_UNIT);
  if (unit && unit->format == EXIF_FORMAT_SHORT) res.unit = exif_get_short(unit->data, order);
  return res;
}

FileCheck checkDensity(const JpegMarkers& m, const SpecProfile& p) {  // F2
  if (!m.jfif) return {"F2", false, "no JFIF header: the 300 dpi resolution is not recorded"};
  const auto& d = *m.jfif;
  bool ok = d.units == 1 && d.x == p.dpi && d.y == p.dpi;
  std::string detail = "JFIF density " + str(d.x) + "x" + str(d.y) +
                       (d.units == 1 ? " dots per inch" : d.units == 2 ? " dots per cm" : " (no unit, aspect ratio only)");
  if (const auto exif = readExifResolution(m.exifApp1)) {
    const bool exifOk = exif->unit == 2 && exif->x == p.dpi && exif->y == p.dpi;
    char text[96];
    std::snprintf(text, sizeof text, "; EXIF resolution %gx%g %s", exif->x, exif->y,
                  exif->unit == 2 ? "per inch" : exif->unit == 3 ? "per cm" : "(unit unknown)");
    detail += text;
    ok = ok && exifOk;
  }
  return {"F2", ok, detail + (ok ? "" : " (must be " + str(p.dpi) + " dpi)")};
}

FileCheck checkColour(const JpegMarkers& m) {  // F3
  if (!m.frame) return {"F3", false, "no frame header (SOF): the colour depth cannot be read"};
  const bool ok = m.frame->components == 3 && m.frame->precision == 8;
  const std::string what = m.frame->components == 1 ? " (greyscale)" : m.frame->components == 4 ? " (CMYK)" : "";
  return {"F3", ok, str(m.frame->components) + " colour components" + what + ", " + str(m.frame->precision) +
                        " bits each" + (ok ? " (24-bit true colour)" : " (must be 3 components of 8 bits)")};
}

FileCheck checkStandard(const JpegMarkers& m, std::span<const std::uint8_t> bytes) {  // F4
  if (!m.frame) return {"F4", false, "no frame header (SOF): not a complete JPEG"};
  char marker[8];
  std::snprintf(marker, sizeof marker, "0x%02X", m.frame->marker);
  if (m.frame->marker != 0xC0)
    return {"F4", false, std::string("SOF marker ") + marker +
                             (m.frame->marker == 0xC2 ? " (progressive)" : " (not baseline)") +
                             ": must be a baseline JPEG (SOF0) that every reader can open"};
  if (!m.endsWithEoi) return {"F4", false, "the file is truncated: no end-of-image marker (FF D9) at its end"};
  const auto decoded = encode::decodeCompletely(bytes);
  if (!decoded.ok) return {"F4", false, "baseline JPEG, but " + decoded.problem};
  return {"F4", true, "baseline JPEG (SOF0), decodes completely"};
}

FileCheck checkQuality(const JpegMarkers& m, const SpecProfile& p) {  // F5
  if (!m.lumaTableNatural) return {"F5", false, "no luminance quantisation table: the quality cannot be estimated"};
  const auto estimate = encode::estimateIjgQuality(*m.lumaTableNatural);
  const bool ok = estimate.quality >= p.minQuality;
  return {"F5", ok, "estimated quality " + str(estimate.quality) +
                        (estimate.exact ? " (standard IJG table)" : " (non-IJG table, nearest match)") +
                        (ok ? "" : " (must be at least " + str(p.minQuality) + ")")};
}

FileCheck checkFileSize(std::size_t size, const SpecProfile& p) {  // F6
  const bool ok = size >= static_cast<std::size_t>(p.minBytes) && size <= static_cast<std::size_t>(p.maxBytes);
  char text[64];
  std::snprintf(text, sizeof text, "%zu bytes (%.1f KiB)", size, size / 1024.0);
  const std::string window = str(p.minBytes) + "-" + str(p.maxBytes) + " bytes";
  return {"F6", ok, text + (ok ? " (within " + window + ")" : " (outside " + window + ")")};
}

// F7: the standard says "JPG". We accept the extension in any letter case (.jpg or .JPG: the same file on
// the Windows machines that receive the batch), and reject .jpeg, .jpe and anything else.
FileCheck checkExtension(const std::string& fileName) {
  std::string ext = std::filesystem::path(fileName).extension().string();
  std::string lower = ext;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  const bool ok = lower == ".jpg";
  return {"F7", ok, "extension " + (ext.empty() ? std::string("(none)") : ext) + (ok ? "" : " (must be .jpg)")};
}

}  // namespace

std::vector<FileCheck> verifyCertificateJpeg(std::span<const std::uint8_t> bytes, const std::string& fileName,
                                             const SpecProfile& profile) {
  const auto parsed = encode::parseJpegMarkers(bytes);
  if (!parsed.error.empty()) {  // every header check fails, each saying why
    const std::string unreadable = "cannot be read: " + parsed.error;
    return {{"F1", false, unreadable}, {"F2", false, unreadable},         {"F3", false, unreadable},
            {"F4", false, parsed.error}, {"F5", false, unreadable},       checkFileSize(bytes.size(), profile),
            checkExtension(fileName)};
  }
  const JpegMarkers& m = parsed.markers;
  return {checkSize(m, profile),     checkDensity(m, profile), checkColour(m),
          checkStandard(m, bytes),   checkQuality(m, profile), checkFileSize(bytes.size(), profile),
          checkExtension(fileName)};
}

}  // namespace cs
