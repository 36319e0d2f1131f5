#include "validator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fd {

Validator::Validator(QString entity, int row)
    : m_entity(std::move(entity))
    , m_row(row)
{
}

void Validator::check(bool ok, const QString &field, const QString &value, const QString &reason)
{
    if (!ok)
        m_errors.append({m_entity, field, value, reason, m_row});
}

void Validator::required(const QString &field, const QString &value, int max)
{
    if (value.trimmed().isEmpty()) {
        check(false, field, value, QCoreApplication::translate("Validation", "is required"));
        return;
    }
    maxLength(field, value, max);
}

void Validator::maxLength(const QString &field, const QString &value, int max)
{
    check(value.size() <= max, field, value,
          QCoreApplication::translate("Validation", "is too long (%1 characters, at most %2)")
              .arg(value.size())
              .arg(max));
}

void Validator::nonNegative(const QString &field, qint64 cents)
{
    check(cents >= 0, field, QString::number(cents), QCoreApplication::translate("Validation", "must not be negative"));
}

void Validator::range(const QString &field, qint64 value, qint64 low, qint64 high)
{
    check(value >= low && value <= high, field, QString::number(value),
          QCoreApplication::translate("Validation", "must be between %1 and %2").arg(low).arg(high));
}

void Validator::currency(const QString &field, const QString &code)
{
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    check(iso.match(code).hasMatch(), field, code,
          QCoreApplication::translate("Validation", "is not a currency code such as CNY"));
}

void Validator::reference(const QString &field, qint64 id)
{
    check(id > 0, field, QString::number(id), QCoreApplication::translate("Validation", "must be chosen"));
}

void Validator::throwIfInvalid() const
{
    if (!m_errors.isEmpty())
        throw ValidationError(m_errors);
}

} // namespace fd
