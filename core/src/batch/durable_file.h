#pragma once
// Files of a batch, written so that a crash or power cut never leaves a half-written one: a temporary
// file in the same folder, fsync, rename, fsync of the folder. Everything is private to the user running
// the station (files 0600, folders 0700: W5).
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "cs/core/expected.h"

namespace cs::batch {

inline constexpr unsigned kPrivateFileMode = 0600;
inline constexpr unsigned kPrivateFolderMode = 0700;

// Writes `bytes` to `path` durably; an existing file is refused unless `replace`.
Status writeFileDurably(const std::string& path, std::span<const std::uint8_t> bytes, bool replace = false);
Status writeTextDurably(const std::string& path, const std::string& text, bool replace = false);
Status syncFolder(const std::string& folder);
// Creates the folder (and parents) with mode 0700; fine when it exists.
Status makePrivateFolder(const std::string& folder);
// True when `folder` does not exist or is an empty folder.
bool isMissingOrEmptyFolder(const std::string& folder);
Expected<std::vector<std::uint8_t>> readWholeFile(const std::string& path);

// Lower-case hex SHA-256 (libsodium).
std::string sha256Hex(std::span<const std::uint8_t> bytes);
std::string sha256Hex(const std::string& text);

}  // namespace cs::batch
