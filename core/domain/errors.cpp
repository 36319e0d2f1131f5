#include "errors.h"

#include <QStringList>

namespace fd {

namespace {
// Long values (a 10 MB text field) are shortened so that a message stays readable.
QString shortened(const QString &value)
{
    constexpr int maxShown = 60;
    if (value.size() <= maxShown)
        return value;
    return value.left(maxShown) + QStringLiteral("… (%1 characters)").arg(value.size());
}
} // namespace

QString FieldError::message() const
{
    QString where = entity;
    if (!field.isEmpty())
        where += QLatin1Char('.') + field;
    QString text = QStringLiteral("%1 = \"%2\": %3").arg(where, shortened(value), reason);
    if (row > 0)
        text = QStringLiteral("line %1: ").arg(row) + text;
    return text;
}

Error::Error(const QString &message)
    : std::runtime_error(message.toStdString())
    , m_message(message)
{
}

static QString joinMessages(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << e.message();
    return lines.join(QLatin1Char('\n'));
}

ValidationError::ValidationError(QList<FieldError> errors)
    : Error(joinMessages(errors))
    , m_errors(std::move(errors))
{
}

ValidationError::ValidationError(const FieldError &error)
    : ValidationError(QList<FieldError>{error})
{
}

} // namespace fd
