#include "translationfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace fd {

namespace {
// Info messages are off unless asked for (they name files, which only a support case needs).
Q_LOGGING_CATEGORY(lcI18n, "funneldesk.i18n", QtWarningMsg)
} // namespace

QStringList translationDirectories()
{
    QStringList dirs;
    const QString fromEnvironment = qEnvironmentVariable("FUNNELDESK_TRANSLATIONS_DIR");
    if (!fromEnvironment.isEmpty())
        dirs << fromEnvironment;
    dirs << QDir::cleanPath(QCoreApplication::applicationDirPath()
                            + QStringLiteral("/../share/funneldesk/translations"));
    return dirs;
}

QString loadAppTranslation(QTranslator &translator, const QString &code)
{
    const QString name = QStringLiteral("funneldesk_") + code;
    const QStringList dirs = translationDirectories();
    for (const QString &dir : dirs) {
        if (translator.load(name, dir)) {
            qCInfo(lcI18n) << "loaded" << translator.filePath();
            return translator.filePath();
        }
    }
    qCWarning(lcI18n) << "no" << name + QStringLiteral(".qm") << "in" << dirs;
    return {};
}

QString loadQtTranslation(QTranslator &translator, const QString &code)
{
    if (!translator.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        return {};
    qCInfo(lcI18n) << "loaded" << translator.filePath();
    return translator.filePath();
}

} // namespace fd
