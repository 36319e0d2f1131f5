#pragma once

#include "errors.h"

#include <QList>
#include <QString>

namespace fd {

// Collects located field errors for one record, then throws them all at once.
// Reasons are translated (context "Validation") so the GUI can show them as they are.
class Validator final
{
public:
    // entity: "opportunity", "customer", …; row: input line for imports (0 = none).
    explicit Validator(QString entity, int row = 0);

    // Text that must be present (after trimming) and at most maxLength characters.
    void required(const QString &field, const QString &value, int maxLength);
    // Optional text of at most maxLength characters.
    void maxLength(const QString &field, const QString &value, int maxLength);
    // An amount in cents, ≥ 0.
    void nonNegative(const QString &field, qint64 cents);
    // An integer within [low, high] (a win rate of 140 % fails here).
    void range(const QString &field, qint64 value, qint64 low, qint64 high);
    // A 3-letter upper-case ISO 4217 code.
    void currency(const QString &field, const QString &code);
    // A reference that must be set (id > 0).
    void reference(const QString &field, qint64 id);
    // Any other rule: adds `reason` for `field` when ok is false.
    void check(bool ok, const QString &field, const QString &value, const QString &reason);

    bool ok() const { return m_errors.isEmpty(); }
    const QList<FieldError> &errors() const { return m_errors; }
    // Throws ValidationError with every collected error, if any.
    void throwIfInvalid() const;

    // Longest text any free-text field accepts (a 10 MB paste is refused, not stored).
    static constexpr int kMaxTextLength = 100000;

private:
    QString m_entity;
    int m_row;
    QList<FieldError> m_errors;
};

} // namespace fd
