// Reading a roster file from disk: XLSX by its zip signature, anything else as CSV text.
#include "batch/durable_file.h"
#include "cs/core/batch/roster.h"

namespace cs::batch {

inline constexpr std::size_t kMaxRosterFileBytes = 64u << 20;  // far above any real roster

Expected<Roster> readRosterFile(const std::string& path) {
  auto bytes = readWholeFile(path);
  if (!bytes) return bytes.error();
  if (bytes->size() > kMaxRosterFileBytes)
    return Error{ErrorCode::InvalidArgument, path + " is larger than 64 MB: that is not a roster",
                 path + " 超过 64 MB，不是名单文件：请选择考试院下发的名单（CSV 或 XLSX）"};
  const bool zip = bytes->size() >= 4 && (*bytes)[0] == 'P' && (*bytes)[1] == 'K' && (*bytes)[2] == 3 && (*bytes)[3] == 4;
  return zip ? parseRosterXlsx(*bytes) : parseRosterCsv(*bytes);
}

}  // namespace cs::batch
