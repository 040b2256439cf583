#pragma once
// The batch store (core, no Qt) words its refusals in English. The review window shows the lines a
// supervisor meets most (why export is refused, why a decision was refused) in the current language by
// recognising their fixed wording; any other line is shown as it is.
#include <QString>
#include <QStringList>

namespace cs::ui {

QString localizedProblem(const QString& line);
QStringList localizedProblems(const QStringList& lines);

}  // namespace cs::ui
