#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace fd {

// Chooses and installs the UI language: 简体中文 (zh_CN), 繁體中文 (zh_TW) or English (en).
// The system locale decides unless the user picked one (QSettings "ui/language").
// Installs Qt's own translations (qtbase_*.qm) and FunnelDesk's (installed files, see
// i18n/translationfiles.h), sets the
// default QLocale so money and dates follow the language, and switches live: widgets
// receive QEvent::LanguageChange.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // The language codes offered, in menu order: "zh_CN", "zh_TW", "en".
    static QStringList languages();
    // The language to use for a system locale: zh_CN (and other Simplified Chinese),
    // zh_TW / zh_HK / zh_MO (Traditional), English otherwise.
    static QString languageFor(const QLocale &locale);
    // The language's own name ("简体中文", "繁體中文", "English"); never translated.
    static QString nativeName(const QString &code);

    // What the user chose in Settings; empty = follow the system.
    static QString configuredLanguage();
    // Stores the choice (empty = follow the system) and switches to it now.
    void setConfiguredLanguage(const QString &code);

    // Installs the configured language, or the one for `system` when none is configured.
    void applyConfigured(const QLocale &system = QLocale::system());
    // Installs `code` for this run (not stored). Unknown codes fall back to English.
    void apply(const QString &code);

    // The language in use ("zh_CN", "zh_TW", "en").
    QString current() const { return m_current; }
    // Whether our own translation for the current language was found and installed.
    bool hasAppTranslation() const { return m_appTranslationLoaded; }

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_current;
    QList<QTranslator *> m_installed;
    bool m_appTranslationLoaded = false;
};

} // namespace fd
