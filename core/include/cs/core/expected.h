#pragma once
// Errors are values in core: every fallible call returns Expected<T>, holding either the value or an Error
// a person can read. (std::expected is C++23; this is the small subset we need.)
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
  ErrorCode code;
  std::string message;  // one line: what is wrong and what to do
};

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
