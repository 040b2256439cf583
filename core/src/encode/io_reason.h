#pragma once
// Plain words for an errno, for the person at the station, in English and in Chinese (cs::Error carries
// both). Used wherever core writes files: certificates (atomic_write.cpp) and batches (durable_file.cpp).
#include <string>

namespace cs {

std::string ioReason(int err);    // e.g. "the disk is full (free some space and try again)"
std::string ioReasonZh(int err);  // e.g. "磁盘已满（请腾出空间后重试）"

}  // namespace cs
