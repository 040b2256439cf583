#pragma once
// Reading entries of a zip archive held in memory (libzip), with a size cap so that a "zip bomb" in a
// roster cannot exhaust memory.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>

namespace cs::batch {

class ZipArchive {
 public:
  static std::unique_ptr<ZipArchive> open(std::span<const std::uint8_t> bytes);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;
  // The entry's uncompressed bytes; nullopt when absent, unreadable or larger than maxBytes.
  std::optional<std::string> read(const std::string& name, std::size_t maxBytes) const;

 private:
  explicit ZipArchive(void* archive) : archive_(archive) {}
  void* archive_;  // zip_t*
};

}  // namespace cs::batch
