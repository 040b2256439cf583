// Resident ID numbers (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence, check digit.
// The check digit is (12 - sum(d_i * W_i) mod 11) mod 11 with W_i = 2^(17-i) mod 11, written X for 10.
#include <array>
#include <cctype>
#include <string>

#include "cs/core/batch/roster.h"

namespace cs::batch {
namespace {

constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr const char* kCheckChars = "10X98765432";  // indexed by the weighted sum mod 11

bool allDigits(const std::string& text) {
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return !text.empty();
}

bool isRealDate(int year, int month, int day) {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

// Full-width digits and letters (U+FF10-FF19, U+FF21-FF3A, U+FF41-FF5A) as typed by Chinese input methods.
bool foldFullWidth(const std::string& text, std::size_t i, char& out) {
  if (i + 2 >= text.size() || static_cast<unsigned char>(text[i]) != 0xEF) return false;
  const auto b1 = static_cast<unsigned char>(text[i + 1]);
  const auto b2 = static_cast<unsigned char>(text[i + 2]);
  if (b1 == 0xBC && b2 >= 0x90 && b2 <= 0x99) out = static_cast<char>('0' + (b2 - 0x90));
  else if (b1 == 0xBC && b2 >= 0xA1 && b2 <= 0xBA) out = static_cast<char>('A' + (b2 - 0xA1));
  else if (b1 == 0xBD && b2 >= 0x81 && b2 <= 0x9A) out = static_cast<char>('a' + (b2 - 0x81));
  else return false;
  return true;
}

}  // namespace

char idNumberCheckDigit(const std::string& first17) {
  if (first17.size() != 17 || !allDigits(first17)) return '\0';
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
  return kCheckChars[sum % 11];
}

bool isValidIdNumber(const std::string& idNumber) {
  if (idNumber.size() != 18) return false;
  const std::string body = idNumber.substr(0, 17);
  const char check = idNumberCheckDigit(body);
  if (check == '\0' || idNumber[17] != check) return false;
  return isRealDate(std::stoi(body.substr(6, 4)), std::stoi(body.substr(10, 2)), std::stoi(body.substr(12, 2)));
}

std::string normalizeIdNumber(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char folded = 0;
    if (foldFullWidth(text, i, folded)) {
      out += folded;
      i += 2;
    } else if (!std::isspace(static_cast<unsigned char>(text[i]))) {
      out += text[i];
    }
  }
  for (char& c : out)
    if (c == 'x') c = 'X';
  return out;
}

}  // namespace cs::batch
