#include "capture/id_number_check.h"

#include <QCoreApplication>
#include <algorithm>

#include "cs/core/batch/roster.h"

namespace cs::ui {

QString idNumberProblem(const QString& text) {
  const std::string id = cs::batch::normalizeIdNumber(text.toStdString());
  if (id.empty()) return {};
  if (id.size() != 18)
    return QCoreApplication::translate("IdNumber", "The ID number must have 18 characters; this one has %1. Check it against the ID card.")
        .arg(QString::fromStdString(id).size());
  const std::string first17 = id.substr(0, 17);
  if (!std::all_of(first17.begin(), first17.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return QCoreApplication::translate("IdNumber", "The first 17 characters of an ID number are digits. Check it against the ID card.");
  const char expected = cs::batch::idNumberCheckDigit(first17);
  if (expected != id[17])
    return QCoreApplication::translate("IdNumber", "Wrong check digit: with these first 17 digits the last character must be %1. One digit is "
              "probably mistyped: check it against the ID card.")
        .arg(QChar(expected));
  if (!cs::batch::isValidIdNumber(id))
    return QCoreApplication::translate("IdNumber", "The birth date in this ID number (digits 7-14) is not a real date. Check it against the ID card.");
  return {};
}

}  // namespace cs::ui
