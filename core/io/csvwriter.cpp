#include "csvwriter.h"

#include "domain/errors.h"

#include <QIODevice>

namespace fd {

namespace {
bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
           || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Number of leading apostrophes when they are followed by a formula character, else -1.
qsizetype apostrophesBeforeFormula(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    return i < text.size() && isFormulaStart(text.at(i)) ? i : -1;
}
} // namespace

CsvWriter::CsvWriter(QIODevice &device, const CsvWriteOptions &options)
    : m_device(device)
    , m_options(options)
{
}

void CsvWriter::write(const QByteArray &bytes)
{
    if (m_device.write(bytes) != bytes.size())
        throw Error(QStringLiteral("Cannot write: %1").arg(m_device.errorString()));
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QByteArray line;
    if (!m_started) {
        m_started = true;
        if (m_options.byteOrderMark)
            line += "\xEF\xBB\xBF";
    }
    const QChar sep = QLatin1Char(m_options.separator);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_options.separator;
        const QString &f = fields[i];
        const bool quote = f.contains(sep) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
                           || f.contains(QLatin1Char('\r'))
                           || (!f.isEmpty() && (f.front().isSpace() || f.back().isSpace()));
        if (quote) {
            QString escaped = f;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            line += '"' + escaped.toUtf8() + '"';
        } else {
            line += f.toUtf8();
        }
    }
    // A record of one empty field would be a blank line, which readers skip.
    if (fields.size() == 1 && fields.front().isEmpty())
        line += "\"\"";
    line += "\r\n";
    write(line);
}

bool CsvWriter::needsFormulaGuard(const QString &text)
{
    return apostrophesBeforeFormula(text) >= 0;
}

QString CsvWriter::guardFormula(const QString &text)
{
    return needsFormulaGuard(text) ? QLatin1Char('\'') + text : text;
}

QString CsvWriter::stripFormulaGuard(const QString &text)
{
    return apostrophesBeforeFormula(text) > 0 ? text.mid(1) : text;
}

} // namespace fd
