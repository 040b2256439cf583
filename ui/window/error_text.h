#pragma once
// Core's errors and problem lists carry their own English and Chinese sentences (core has no Qt and does
// not know the station's language): these pick the one for currentLanguage(), falling back to English
// where core has no Chinese. Core's sentences never go through tr(): they hold paths, names and numbers.
// The sentence around them ("Cannot open the batch in %1: %2") stays a tr() string of its screen.
#include <QString>
#include <QStringList>
#include <vector>

#include "cs/core/batch/batch_types.h"
#include "cs/core/batch/roster.h"
#include "cs/core/expected.h"

namespace cs::ui {

QString errorText(const cs::Error& error);
// One line per problem: "第 3 行：……" in Chinese, "row 3: ..." in English.
QString rosterProblemsText(const std::vector<cs::batch::RosterProblem>& problems);
QStringList problemLines(const std::vector<cs::batch::Problem>& problems);

}  // namespace cs::ui
