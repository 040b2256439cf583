#include "window/language.h"

#include <QCoreApplication>
#include <QTranslator>

namespace cs::ui {

namespace {
Language g_language = Language::Chinese;

QTranslator& translator() {
  static QTranslator* instance = new QTranslator(QCoreApplication::instance());
  return *instance;
}
}  // namespace

bool applyLanguage(Language language) {
  QCoreApplication::removeTranslator(&translator());
  const bool loaded = translator().load(QStringLiteral(":/i18n/capture_station_%1.qm").arg(languageCode(language)));
  if (loaded) QCoreApplication::installTranslator(&translator());
  g_language = language;
  return loaded;
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
