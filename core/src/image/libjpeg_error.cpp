#include "image/libjpeg_error.h"

#include <cstring>

namespace cs {
namespace {

LibjpegErrorManager& managerOf(j_common_ptr cinfo) {
  // Safe: pub is the first member of the standard-layout LibjpegErrorManager.
  return *reinterpret_cast<LibjpegErrorManager*>(cinfo->err);
}

[[noreturn]] void onError(j_common_ptr cinfo) {
  LibjpegErrorManager& manager = managerOf(cinfo);
  (*cinfo->err->format_message)(cinfo, manager.message);
  std::longjmp(manager.jump, 1);
}

// msgLevel -1 is a warning (corrupt data that libjpeg chose to survive); 0.. are trace messages.
void onMessage(j_common_ptr cinfo, int msgLevel) {
  if (msgLevel >= 0) return;
  LibjpegErrorManager& manager = managerOf(cinfo);
  if (manager.warningCount++ == 0) (*cinfo->err->format_message)(cinfo, manager.firstWarning);
  if (manager.stopOnWarning) onError(cinfo);
}

}  // namespace

jpeg_error_mgr* installErrorManager(LibjpegErrorManager& manager) {
  jpeg_error_mgr* err = jpeg_std_error(&manager.pub);
  err->error_exit = onError;
  err->emit_message = onMessage;
  return err;
}

}  // namespace cs
