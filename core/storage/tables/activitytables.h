#pragma once

#include "storage/tables/table.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace fd::tables {

// Follow-up work: activities done and tasks to do.

struct ActivityRow
{
    qint64 id = 0; // 0: the database numbers the row
    QString kind;
    QString subject;
    QString occurredAt;
    std::optional<qint64> durationMinutes;
    QString outcome; // empty: NULL
    QString notes;   // empty: NULL
    qint64 userId = 0;
    qint64 leadId = 0;        // 0: none
    qint64 customerId = 0;    // 0: none
    qint64 contactId = 0;     // 0: none
    qint64 opportunityId = 0; // 0: none
    QString createdAt;

    static const Table &table();
    QVariantList values() const;
};

struct FollowupTaskRow
{
    qint64 id = 0; // 0: the database numbers the row
    QString title;
    QString dueAt;
    QString remindAt; // empty: NULL
    qint64 done = 0;
    QString doneAt; // empty: NULL
    qint64 userId = 0;
    qint64 leadId = 0;        // 0: none
    qint64 customerId = 0;    // 0: none
    qint64 opportunityId = 0; // 0: none
    qint64 activityId = 0;    // 0: none
    QString createdAt;

    static const Table &table();
    QVariantList values() const;
};

} // namespace fd::tables
