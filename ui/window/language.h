#pragma once
// The station's language: Simplified Chinese by default, English selectable. Qt's own translation
// system (tr() + .qm files embedded under :/i18n); the core's checks carry both languages themselves.
#include <QString>

#include "cs/core/check_result.h"

namespace cs::ui {

enum class Language { Chinese, English };

// Loads the translation for `language` into the running application (replacing the previous one).
bool applyLanguage(Language language);
Language currentLanguage();
Language languageFromCode(const QString& code);  // "en*" -> English, everything else Chinese
QString languageCode(Language language);         // "zh_CN", "en"

// The check's own instruction in the current language.
QString checkMessage(const cs::CheckResult& check);

}  // namespace cs::ui
