#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace fd {

// A file attached to a customer, contact, lead, opportunity, contract or activity.
// The bytes live in the database so a backup of the database keeps them.
struct Attachment
{
    qint64 id = 0;
    QString entity;
    qint64 entityId = 0;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0; // also set when the content is not loaded (lists)
    QByteArray content;
    QString sha256; // hex, computed on insert
    qint64 uploadedBy = 0;
    QDateTime uploadedAt;
};

// One row of the audit trail: who changed which field of what, from what to what.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime occurredAt;
    qint64 userId = 0;
    QString entity;
    qint64 entityId = 0;
    QString action; // insert, update, delete, merge, move, reassign, pool_return
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace fd
