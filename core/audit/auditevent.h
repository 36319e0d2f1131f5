#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace fd {

// Which audit events to list (AuditReader::list). Unset members do not filter.
struct AuditFilter
{
    QString entity;      // record kind: "opportunity", "customer", "contact", "lead", "contract", "user", …
    qint64 entityId = 0; // one record of that kind (needs entity)
    qint64 userId = 0;   // who acted
    QString action; // insert, update, delete, merge, move, reassign, pool_return, sign_in, sign_out, sign_in_failed
    QDate since;    // first UTC day, inclusive
    QDate until;    // last UTC day, inclusive
    int limit = 0;  // at most this many events, newest kept (0 = all)
};

// One field of a record going from one value to another, as stored (text; empty = none).
struct AuditChange
{
    QString field; // the column name ("amount_cents", "owner_id", …)
    QString oldValue;
    QString newValue;
    bool hadOld = false; // the old value was set (not NULL / absent)
    bool hasNew = false; // the new value is set
};

// One thing that happened to one record: who, when, what, and the fields it changed.
struct AuditEvent
{
    qint64 id = 0; // the first journal row of the event
    QDateTime occurredAt;
    qint64 userId = 0; // 0 = nobody signed in (a CLI run without --user, the installer)
    QString userLogin; // the acting user's login, or on PostgreSQL the session's login
    QString userName;  // display name ("" when nobody)
    QString entity;    // record kind (see AuditFilter::entity)
    qint64 entityId = 0;
    QString action;
    QList<AuditChange> changes;
};

} // namespace fd
