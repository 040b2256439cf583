#include "window/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>
#include <atomic>
#include <memory>
#include <vector>

namespace cs::ui {

namespace {
// Read by worker threads too (capture job, analysis worker, thumbnails) when they word an error.
std::atomic<Language> g_language = Language::Chinese;

// The station's own translation plus those kept beside a screen's code (ui/setup, ui/review, ...).
std::vector<std::unique_ptr<QTranslator>>& translators() {
  static std::vector<std::unique_ptr<QTranslator>> installed;
  return installed;
}
}  // namespace

bool applyLanguage(Language language) {
  for (auto& t : translators()) QCoreApplication::removeTranslator(t.get());
  translators().clear();
  const QString suffix = QStringLiteral("_%1.qm").arg(languageCode(language));
  const QString main = QStringLiteral("capture_station") + suffix;
  QStringList files;
  for (const QString& name : QDir(QStringLiteral(":/i18n")).entryList({QLatin1Char('*') + suffix}, QDir::Files, QDir::Name))
    if (name != main) files << name;
  files << main;  // installed last, searched first: the station's own wins where two translate a text
  bool mainLoaded = false;
  // Qt's own texts (the OK / Cancel buttons of message boxes, file dialogs): Debian's
  // qt6-translations-l10n, a recommended package. Installed first, so searched last.
  if (language != Language::English) {
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + languageCode(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
      QCoreApplication::installTranslator(qt.get());
      translators().push_back(std::move(qt));
    }
  }
  for (const QString& name : files) {
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/") + name)) continue;
    mainLoaded = mainLoaded || name == main;
    QCoreApplication::installTranslator(translator.get());
    translators().push_back(std::move(translator));
  }
  g_language = language;
  return mainLoaded;
}

Language currentLanguage() { return g_language; }

Language languageFromCode(const QString& code) {
  return code.startsWith(QLatin1String("en")) ? Language::English : Language::Chinese;
}

QString languageCode(Language language) {
  return language == Language::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

QString checkMessage(const cs::CheckResult& check) {
  const std::string& text = g_language == Language::English ? check.messageEn : check.messageZh;
  return QString::fromStdString(text.empty() ? check.messageZh : text);
}

}  // namespace cs::ui
