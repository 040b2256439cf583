#include "window/error_text.h"

#include "window/language.h"

namespace cs::ui {

namespace {
QString pick(const std::string& english, const std::string& chinese) {
  const bool zh = currentLanguage() == Language::Chinese && !chinese.empty();
  return QString::fromStdString(zh ? chinese : english);
}
}  // namespace

QString errorText(const cs::Error& error) { return pick(error.message, error.messageZh); }

QString rosterProblemsText(const std::vector<cs::batch::RosterProblem>& problems) {
  return QString::fromStdString(currentLanguage() == Language::Chinese ? cs::batch::formatProblemsZh(problems)
                                                                       : cs::batch::formatProblems(problems));
}

QStringList problemLines(const std::vector<cs::batch::Problem>& problems) {
  QStringList lines;
  for (const auto& p : problems) lines << pick(p.message, p.messageZh);
  return lines;
}

}  // namespace cs::ui
