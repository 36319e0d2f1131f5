#include "reportlanguage.h"

#include "clicommand.h"

#include "i18n/translationfiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTranslator>

namespace fd::cliopts {

ReportLanguage::ReportLanguage(const QString &code)
    : m_previousLocale(QLocale())
{
    if (code == QLatin1String("en"))
        return;
    QLocale::setDefault(QLocale(code));
    m_translator = std::make_unique<QTranslator>();
    if (!loadAppTranslation(*m_translator, code).isEmpty()) {
        QCoreApplication::installTranslator(m_translator.get());
    } else {
        m_translator.reset();
        m_translated = false;
    }
}

ReportLanguage::~ReportLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    QLocale::setDefault(m_previousLocale);
}

void addReportLanguageOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Report language: zh_CN (default), zh_TW or en."),
                      QStringLiteral("LANG")});
}

QString reportLanguage(const QCommandLineParser &parser)
{
    const QString lang = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                              : QStringLiteral("zh_CN");
    if (lang != QLatin1String("zh_CN") && lang != QLatin1String("zh_TW") && lang != QLatin1String("en"))
        throw UsageError(QStringLiteral("--lang must be zh_CN, zh_TW or en"));
    return lang;
}

} // namespace fd::cliopts
