#pragma once

#include "auditevent.h"

#include <QHash>
#include <QString>

namespace fd {

class Database;

// Turns audit events into what a reader understands: names for the ids a row holds (people,
// stages, customers, teams, regions), money as money, roles and approval states by title,
// "yes" / "no" for flags. Names are looked up once per instance (keep one per listing); a
// record the reader may not see keeps its number ("#12").
class AuditText final
{
public:
    explicit AuditText(Database &db)
        : m_db(db)
    {
    }

    // Who acted: the display name, else the login, else "Nobody signed in".
    QString who(const AuditEvent &event) const;
    // "Deal #12 华东精密 MES" (the record's kind, number and current name when it still exists).
    QString record(const QString &entity, qint64 id);
    // One side of a change as people read it; "" when the value was not set.
    QString value(const QString &field, const QString &stored, bool set);
    // "Amount: ¥1,000.00 → ¥5,555.00" for one change (amounts in the office's currency) ("Amount: → ¥5,555.00" when it was unset).
    QString change(const AuditChange &change);
    // Every change of the event on one line, "; " between; a sign-in says how ("via Command line").
    QString details(const AuditEvent &event);

private:
    QString name(const char *table, const char *column, qint64 id);

    Database &m_db;
    QHash<QString, QString> m_names; // "table:id" → name ("" when not found)
    // Amounts read in the office's currency (office::currency), looked up once: the trail keeps
    // cents without their record's currency, and nearly every record is in the office's.
    QString m_currency;
};

} // namespace fd
