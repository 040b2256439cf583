// libzip over a memory buffer (see zip_archive.h).
#include "batch/zip_archive.h"

#include <zip.h>

namespace cs::batch {

std::unique_ptr<ZipArchive> ZipArchive::open(std::span<const std::uint8_t> bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) {
    zip_error_fini(&error);
    return nullptr;
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  zip_error_fini(&error);
  if (!archive) {
    zip_source_free(source);
    return nullptr;
  }
  return std::unique_ptr<ZipArchive>(new ZipArchive(archive));
}

ZipArchive::~ZipArchive() { zip_discard(static_cast<zip_t*>(archive_)); }

std::optional<std::string> ZipArchive::read(const std::string& name, std::size_t maxBytes) const {
  auto* archive = static_cast<zip_t*>(archive_);
  zip_file_t* file = zip_fopen(archive, name.c_str(), 0);
  if (!file) return std::nullopt;
  std::string content;
  char buffer[16384];
  bool ok = true;
  while (true) {
    const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
    if (n < 0) ok = false;
    if (n <= 0) break;
    content.append(buffer, static_cast<std::size_t>(n));
    if (content.size() > maxBytes) {
      ok = false;
      break;
    }
  }
  zip_fclose(file);
  if (!ok) return std::nullopt;
  return content;
}

}  // namespace cs::batch
