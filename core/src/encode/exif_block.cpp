#include "encode/exif_block.h"

#include <libexif/exif-data.h>

#include <cstdlib>
#include <cstring>
#include <memory>

namespace cs::encode {
namespace {

constexpr ExifByteOrder kByteOrder = EXIF_BYTE_ORDER_INTEL;
constexpr ExifShort kUnitInch = 2;   // ResolutionUnit: 2 = inch
constexpr ExifShort kColourSRGB = 1; // ColorSpace: 1 = sRGB (exif_data_fix writes 0xFFFF, uncalibrated)

struct ExifDataDeleter {
  void operator()(ExifData* data) const { exif_data_unref(data); }
};
using ExifDataPtr = std::unique_ptr<ExifData, ExifDataDeleter>;

// The entry for `tag` in `ifd`, created with libexif's default format when missing.
ExifEntry* entryFor(ExifData* data, ExifIfd ifd, ExifTag tag) {
  if (ExifEntry* existing = exif_content_get_entry(data->ifd[ifd], tag)) return existing;
  ExifEntry* entry = exif_entry_new();
  if (entry == nullptr) return nullptr;
  exif_content_add_entry(data->ifd[ifd], entry);  // the content now holds a reference
  exif_entry_initialize(entry, tag);
  exif_entry_unref(entry);
  return entry;
}

// Replaces the entry's value with an ASCII string (NUL-terminated, as EXIF requires).
bool setAscii(ExifEntry* entry, const std::string& text) {
  if (entry == nullptr) return false;
  auto* value = static_cast<unsigned char*>(std::calloc(text.size() + 1, 1));  // freed by libexif (free)
  if (value == nullptr) return false;
  std::memcpy(value, text.data(), text.size());
  std::free(entry->data);  // NOLINT: libexif's default allocator is malloc/free
  entry->data = value;
  entry->format = EXIF_FORMAT_ASCII;
  entry->components = text.size() + 1;
  entry->size = static_cast<unsigned int>(text.size() + 1);
  return true;
}

bool setRational(ExifEntry* entry, ExifLong numerator) {
  if (entry == nullptr || entry->format != EXIF_FORMAT_RATIONAL || entry->size < 8) return false;
  exif_set_rational(entry->data, kByteOrder, ExifRational{numerator, 1});
  return true;
}

// SHORT or LONG, whichever format libexif gave the tag (pixel dimensions may be either).
bool setInteger(ExifEntry* entry, std::uint32_t value) {
  if (entry == nullptr || entry->data == nullptr) return false;
  if (entry->format == EXIF_FORMAT_SHORT && entry->size >= 2 && value <= 0xFFFF) {
    exif_set_short(entry->data, kByteOrder, static_cast<ExifShort>(value));
    return true;
  }
  if (entry->format == EXIF_FORMAT_LONG && entry->size >= 4) {
    exif_set_long(entry->data, kByteOrder, value);
    return true;
  }
  return false;
}

bool fillFields(ExifData* data, const ExifFields& f) {
  const std::string when = exifDateTime(f.captureTime);
  const auto dpi = static_cast<ExifLong>(f.dotsPerInch);
  bool ok = setRational(entryFor(data, EXIF_IFD_0, EXIF_TAG_X_RESOLUTION), dpi);
  ok = setRational(entryFor(data, EXIF_IFD_0, EXIF_TAG_Y_RESOLUTION), dpi) && ok;
  ok = setInteger(entryFor(data, EXIF_IFD_0, EXIF_TAG_RESOLUTION_UNIT), kUnitInch) && ok;
  ok = setAscii(entryFor(data, EXIF_IFD_0, EXIF_TAG_SOFTWARE), f.software) && ok;
  ok = setAscii(entryFor(data, EXIF_IFD_0, EXIF_TAG_DATE_TIME), when) && ok;
  ok = setAscii(entryFor(data, EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL), when) && ok;
  ok = setAscii(entryFor(data, EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_DIGITIZED), when) && ok;
  ok = setInteger(entryFor(data, EXIF_IFD_EXIF, EXIF_TAG_COLOR_SPACE), kColourSRGB) && ok;
  ok = setInteger(entryFor(data, EXIF_IFD_EXIF, EXIF_TAG_PIXEL_X_DIMENSION), static_cast<std::uint32_t>(f.pixelWidth)) && ok;
  ok = setInteger(entryFor(data, EXIF_IFD_EXIF, EXIF_TAG_PIXEL_Y_DIMENSION), static_cast<std::uint32_t>(f.pixelHeight)) && ok;
  return ok;
}

}  // namespace

std::string exifDateTime(std::time_t time) {
  std::tm local{};
  localtime_r(&time, &local);
  char text[32] = {};
  std::strftime(text, sizeof text, "%Y:%m:%d %H:%M:%S", &local);
  return text;
}

Expected<std::vector<std::uint8_t>> buildExifApp1(const ExifFields& fields) {
  ExifDataPtr data(exif_data_new());
  if (!data)
    return Error{ErrorCode::EncodeFailed, "could not create the EXIF block (out of memory)",
                 "无法生成照片的 EXIF 信息（内存不足）：请关闭其他程序后重试"};
  exif_data_set_option(data.get(), EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
  exif_data_set_data_type(data.get(), EXIF_DATA_TYPE_COMPRESSED);
  exif_data_set_byte_order(data.get(), kByteOrder);
  // Adds the mandatory tags (ExifVersion, YCbCrPositioning, ...). It also writes ColorSpace = uncalibrated
  // and pixel dimensions 0, so our own values must be set after it (platform notes, pitfall 8).
  exif_data_fix(data.get());
  if (!fillFields(data.get(), fields))
    return Error{ErrorCode::EncodeFailed, "could not fill in the EXIF block (libexif gave an unexpected tag format)",
                 "无法填写照片的 EXIF 信息（libexif 返回了意外的格式）：请联系技术支持"};
  unsigned char* saved = nullptr;
  unsigned int savedSize = 0;
  exif_data_save_data(data.get(), &saved, &savedSize);  // includes the "Exif\0\0" header
  if (saved == nullptr || savedSize == 0)
    return Error{ErrorCode::EncodeFailed, "could not write the EXIF block (libexif returned nothing)",
                 "无法写入照片的 EXIF 信息（libexif 没有返回数据）：请联系技术支持"};
  std::vector<std::uint8_t> bytes(saved, saved + savedSize);
  std::free(saved);  // NOLINT: allocated by libexif's default (malloc) allocator
  return bytes;
}

}  // namespace cs::encode
