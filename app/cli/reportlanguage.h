#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QCommandLineParser;
class QTranslator;

namespace fd::cliopts {

// The language a printed report is written in (--lang zh_CN, zh_TW or en; zh_CN by default: a
// report is for the office, so it speaks the office's language while the CLI's own messages stay
// English). Installs the translation and the locale for its lifetime and removes them afterwards.
class ReportLanguage final
{
public:
    explicit ReportLanguage(const QString &code);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

    // False when `code` asked for a translation this build lacks (the report is then English).
    bool translated() const { return m_translated; }

private:
    QLocale m_previousLocale;
    std::unique_ptr<QTranslator> m_translator;
    bool m_translated = true;
};

// Adds --lang LANG to a command that writes reports.
void addReportLanguageOption(QCommandLineParser &parser);
// The --lang value, zh_CN when not given; UsageError for another language.
QString reportLanguage(const QCommandLineParser &parser);

} // namespace fd::cliopts
