#include "encode/io_reason.h"

#include <cerrno>
#include <cstring>

namespace cs {

std::string ioReason(int err) {
  switch (err) {
    case ENOENT: return "the folder does not exist";
    case ENOTDIR: return "part of the path is not a folder";
    case EACCES:
    case EPERM: return "no permission to write there";
    case EROFS: return "the disk is read-only";
    case ENOSPC:
    case EDQUOT: return "the disk is full (free some space and try again)";
    case EEXIST: return "a file with that name already exists";
    case EIO: return "the disk reported an input/output error";
    case EFBIG: return "the file is larger than this system allows";
    default: return std::strerror(err);
  }
}

std::string ioReasonZh(int err) {
  switch (err) {
    case ENOENT: return "文件夹不存在（请检查路径，或把磁盘重新插好）";
    case ENOTDIR: return "路径中有一部分不是文件夹";
    case EACCES:
    case EPERM: return "没有在这里写入的权限";
    case EROFS: return "磁盘是只读的";
    case ENOSPC:
    case EDQUOT: return "磁盘已满（请腾出空间后重试）";
    case EEXIST: return "已有同名文件";
    case EIO: return "磁盘读写出错（请换一个磁盘或检查连接）";
    case EFBIG: return "文件超出了系统允许的大小";
    default: return std::string("系统错误：") + std::strerror(err);
  }
}

}  // namespace cs
