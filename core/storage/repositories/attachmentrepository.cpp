#include "attachmentrepository.h"
#include "domain/trcontext.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/validator.h"
#include "repositorysupport.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QHash>

namespace fd {

namespace {
// Entity name (as in the schema's CHECK) → the table its id refers to.
const QHash<QString, const char *> &entityTables()
{
    static const QHash<QString, const char *> tables{
        {QStringLiteral("customer"), "customers"}, {QStringLiteral("contact"), "contacts"},
        {QStringLiteral("lead"), "leads"},         {QStringLiteral("opportunity"), "opportunities"},
        {QStringLiteral("contract"), "contracts"}, {QStringLiteral("activity"), "activities"}};
    return tables;
}

const QString kMetaColumns = QStringLiteral(
    "id, entity, entity_id, file_name, mime_type, size_bytes, sha256, uploaded_by, uploaded_at");

// Everything but the content, from a row that starts with kMetaColumns.
Attachment metadataFromRow(const SqlQuery &q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.entity = q.value(1).toString();
    a.entityId = q.value(2).toLongLong();
    a.fileName = q.value(3).toString();
    a.mimeType = q.value(4).toString();
    a.sizeBytes = q.value(5).toLongLong();
    a.sha256 = q.value(6).toString();
    a.uploadedBy = rows::id(q.value(7));
    a.uploadedAt = rows::timestamp(q.value(8));
    return a;
}
} // namespace

void AttachmentRepository::validate(const Attachment &a)
{
    Validator v(QStringLiteral("attachment"));
    const char *table = entityTables().value(a.entity, nullptr);
    v.check(table != nullptr, QStringLiteral("entity"), a.entity,
            Validation::tr("must be customer, contact, lead, opportunity, contract or activity"));
    if (table)
        v.check(repo::exists(m_db, table, a.entityId), QStringLiteral("entity_id"), QString::number(a.entityId),
                Validation::tr("does not exist"));
    v.required(QStringLiteral("file_name"), a.fileName, 255);
    v.maxLength(QStringLiteral("mime_type"), a.mimeType, 200);
    v.check(a.content.size() <= kMaxBytes, QStringLiteral("content"), QStringLiteral("%1 bytes").arg(a.content.size()),
            Validation::tr("is larger than the %1 MB limit for attachments").arg(kMaxBytes / (1024 * 1024)));
    v.throwIfInvalid();
}

qint64 AttachmentRepository::add(Attachment &a)
{
    validate(a);
    const QDateTime now = m_db.clock().now();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(a.content, QCryptographicHash::Sha256).toHex());
    a.sizeBytes = a.content.size();
    a.uploadedAt = now;
    if (!a.uploadedBy)
        a.uploadedBy = m_db.actingUserId();
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("INSERT INTO attachments (entity, entity_id, file_name, mime_type, size_bytes, "
                                    "sha256, content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                    "RETURNING id"));
    a.id = q.add(a.entity)
               .add(a.entityId)
               .add(a.fileName.trimmed())
               .add(nullableText(a.mimeType.trimmed()))
               .add(a.sizeBytes)
               .add(a.sha256)
               .add(a.content.isNull() ? QByteArray("") : a.content) // a null QByteArray would bind NULL
               .add(nullableId(a.uploadedBy))
               .add(isotime::toStored(now))
               .insert();
    audit::record(m_db, QStringLiteral("attachment"), a.id, QStringLiteral("insert"), QStringLiteral("file_name"),
                  QVariant(), a.fileName.trimmed());
    tx.commit();
    return a.id;
}

Attachment AttachmentRepository::get(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1, content FROM attachments WHERE id = ?").arg(kMetaColumns));
    q.add(id).exec();
    if (!q.next())
        throw NotFoundError(QStringLiteral("Attachment %1 does not exist").arg(id));
    Attachment a = metadataFromRow(q);
    a.content = q.value(9).toByteArray();
    return a;
}

QList<Attachment> AttachmentRepository::list(const QString &entity, qint64 entityId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM attachments WHERE entity = ? AND entity_id = ? "
                                    "ORDER BY uploaded_at DESC, id DESC")
                         .arg(kMetaColumns));
    q.add(entity).add(entityId).exec();
    QList<Attachment> list;
    while (q.next())
        list.append(metadataFromRow(q));
    return list;
}

void AttachmentRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("DELETE FROM attachments WHERE id = ?"));
    q.add(id).exec();
    if (q.numRowsAffected() != 1)
        throw NotFoundError(QStringLiteral("Attachment %1 does not exist").arg(id));
    audit::record(m_db, QStringLiteral("attachment"), id, QStringLiteral("delete"));
    tx.commit();
}

} // namespace fd
