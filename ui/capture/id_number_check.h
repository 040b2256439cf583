#pragma once
// What is wrong with a typed ID-card number, in words a photographer can act on (GB 11643-1999: 17 digits
// and a check digit 0-9 or X). The rules themselves are the batch's (cs::batch::isValidIdNumber).
#include <QString>

namespace cs::ui {

// "" when the number is valid or still empty; otherwise one translated sentence.
QString idNumberProblem(const QString& text);

}  // namespace cs::ui
