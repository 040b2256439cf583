#pragma once
// Errors are values in core: every fallible call returns Expected<T>, holding either the value or an Error
// a person can read. (std::expected is C++23; this is the small subset we need.) Each error is worded
// twice: in English (the CLI, logs and tests use it) and in Simplified Chinese (the station and review
// windows show it when their language is zh_CN). Core has no notion of the current language.
#include <string>
#include <utility>
#include <variant>

namespace cs {

enum class ErrorCode {
  FileNotFound,     // the path does not exist
  NotAFile,         // a folder or a device
  UnreadableFile,   // permission, I/O error
  UnsupportedFormat,// not JPEG or PNG
  CorruptImage,     // header or data cannot be decoded
  ImageTooLarge,    // dimensions beyond what the station will decode
  ModelMissing,     // landmark model file not found
  EncodeFailed,     // JPEG encoder error
  WriteFailed,      // the output could not be written
  InvalidArgument,  // a caller passed something meaningless
  Internal,         // a library threw something unexpected
};

struct Error {
  // A constructor rather than an aggregate: Error{code, english} stays valid (and warning-free) where no
  // Chinese has been written yet.
  Error(ErrorCode errorCode, std::string english, std::string chinese = {})
      : code(errorCode), message(std::move(english)), messageZh(std::move(chinese)) {}

  ErrorCode code;
  std::string message;    // English, one line: what is wrong and what to do
  std::string messageZh;  // the same in plain Simplified Chinese; "" when none was written (show English)
};

// The Chinese sentence, or the English one where no Chinese was written: for errors built from others
// ("照片没有保存：" + the cause) so the cause keeps what it has.
inline const std::string& chineseOrEnglish(const Error& error) {
  return error.messageZh.empty() ? error.message : error.messageZh;
}

template <typename T>
class [[nodiscard]] Expected {
 public:
  Expected(T value) : data_(std::move(value)) {}         // NOLINT: implicit by design
  Expected(Error error) : data_(std::move(error)) {}     // NOLINT
  bool ok() const { return std::holds_alternative<T>(data_); }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<Error>(data_); }

 private:
  std::variant<T, Error> data_;
};

struct Ok {};
using Status = Expected<Ok>;

}  // namespace cs
