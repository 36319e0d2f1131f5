#include "languagemanager.h"

#include "i18n/translationfiles.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QTranslator>

namespace fd {

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");
const QString kZhCN = QStringLiteral("zh_CN");
const QString kZhTW = QStringLiteral("zh_TW");
const QString kEnglish = QStringLiteral("en");

QLocale localeFor(const QString &code)
{
    if (code == kZhCN)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    if (code == kZhTW)
        return QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    // Keep the user's English variant (en_GB dates) if the system is English.
    const QLocale system = QLocale::system();
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
}
} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::languages()
{
    return {kZhCN, kZhTW, kEnglish};
}

QString LanguageManager::languageFor(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return kEnglish;
    if (locale.script() == QLocale::TraditionalChineseScript)
        return kZhTW;
    if (locale.script() == QLocale::SimplifiedChineseScript)
        return kZhCN;
    // No explicit script: Taiwan, Hong Kong and Macau write Traditional characters.
    switch (locale.territory()) {
    case QLocale::Taiwan:
    case QLocale::HongKong:
    case QLocale::Macau:
        return kZhTW;
    default:
        return kZhCN;
    }
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == kZhCN)
        return QStringLiteral("简体中文");
    if (code == kZhTW)
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

QString LanguageManager::configuredLanguage()
{
    const QString code = QSettings().value(kSettingsKey).toString();
    return languages().contains(code) ? code : QString();
}

void LanguageManager::setConfiguredLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty() || !languages().contains(code))
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, code);
    applyConfigured();
}

void LanguageManager::applyConfigured(const QLocale &system)
{
    const QString configured = configuredLanguage();
    apply(configured.isEmpty() ? languageFor(system) : configured);
}

void LanguageManager::apply(const QString &requested)
{
    const QString code = languages().contains(requested) ? requested : kEnglish;
    removeTranslators();
    m_appTranslationLoaded = false;
    QLocale::setDefault(localeFor(code));

    if (code != kEnglish) {
        // Qt's own strings (standard buttons, dialogs); absent on some systems, that is fine.
        auto *qt = new QTranslator(this);
        if (!loadQtTranslation(*qt, code).isEmpty()) {
            QCoreApplication::installTranslator(qt);
            m_installed.append(qt);
        } else {
            delete qt;
        }
        auto *app = new QTranslator(this);
        if (!loadAppTranslation(*app, code).isEmpty()) {
            QCoreApplication::installTranslator(app);
            m_installed.append(app);
            m_appTranslationLoaded = true;
        } else {
            delete app;
        }
    }
    // Installing a translator posts LanguageChange; deliver it now so every widget shows
    // the new language when apply() returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const bool changed = code != m_current;
    m_current = code;
    if (changed)
        emit languageChanged(code);
}

void LanguageManager::removeTranslators()
{
    for (QTranslator *t : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    m_installed.clear();
}

} // namespace fd
