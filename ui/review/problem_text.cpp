#include "review/problem_text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cs::ui {

namespace {

struct Pattern {
  const char* regex;     // core's wording (core/src/batch/export.cpp, store_review.cpp); captures become %1..%3
  const char* template_;  // translated in context "ReviewProblem"
};

const Pattern kPatterns[] = {
    {R"(^(.+ \(\S+\)): no photo yet$)", QT_TRANSLATE_NOOP("ReviewProblem", "%1: no photo yet (capture at the station)")},
    {R"(^(.+ \(\S+\)): the latest photo is not reviewed yet$)",
     QT_TRANSLATE_NOOP("ReviewProblem", "%1: photo not reviewed yet (approve or reject it)")},
    {R"(^(.+ \(\S+\)): the photo was rejected and needs a re-take$)",
     QT_TRANSLATE_NOOP("ReviewProblem", "%1: photo rejected, waiting for the re-take at the station")},
    {R"(^(.+ \(\S+\)) and (.+ \(\S+\)) would both be named (.+)$)",
     QT_TRANSLATE_NOOP("ReviewProblem", "%1 and %2 would get the same file name %3")},
    {R"(^nothing was exported; (\d+) problem\(s\):$)", QT_TRANSLATE_NOOP("ReviewProblem", "Nothing was exported; %1 problem(s):")},
    {R"(^the export folder (.+) is not empty; choose a new folder$)",
     QT_TRANSLATE_NOOP("ReviewProblem", "The folder %1 is not empty: choose a new or empty folder.")},
    {R"(^the export was cancelled$)", QT_TRANSLATE_NOOP("ReviewProblem", "The export was cancelled; nothing was kept.")},
    {R"(^(.+) is not a supervisor of this batch; only supervisors review$)",
     QT_TRANSLATE_NOOP("ReviewProblem", "%1 is not a supervisor of this batch: only supervisors review.")},
};

}  // namespace

QString localizedProblem(const QString& line) {
  for (const Pattern& p : kPatterns) {
    const QRegularExpressionMatch m = QRegularExpression(QString::fromLatin1(p.regex)).match(line);
    if (!m.hasMatch()) continue;
    QString text = QCoreApplication::translate("ReviewProblem", p.template_);
    for (int i = 1; i <= m.lastCapturedIndex(); ++i) text = text.arg(m.captured(i));
    return text;
  }
  return line;
}

QStringList localizedProblems(const QStringList& lines) {
  QStringList out;
  for (const QString& line : lines) out << localizedProblem(line);
  return out;
}

}  // namespace cs::ui
