#pragma once
// libjpeg reports errors by calling error_exit, which must not return. We longjmp back to a setjmp placed in
// a small function whose frame holds no C++ objects (longjmp skips destructors), and keep the message.
// Warnings (e.g. "Premature end of JPEG file", which libjpeg otherwise papers over with grey) are counted so
// the verifier can treat a damaged file as damaged; a decoder that refuses damaged files anyway can stop at
// the first one instead of decoding the rest into grey.
#include <csetjmp>
#include <string>

#include <cstdio>  // jpeglib.h needs FILE and size_t declared first
#include <jpeglib.h>

namespace cs {

struct LibjpegErrorManager {
  jpeg_error_mgr pub{};  // first member: libjpeg sees only this part
  std::jmp_buf jump{};
  char message[JMSG_LENGTH_MAX]{};
  int warningCount = 0;
  char firstWarning[JMSG_LENGTH_MAX]{};
  bool stopOnWarning = false;  // a warning longjmps like an error, with its text as the message
};

// Installs the handlers on `manager` and returns the jpeg_error_mgr to assign to cinfo.err.
jpeg_error_mgr* installErrorManager(LibjpegErrorManager& manager);

}  // namespace cs
