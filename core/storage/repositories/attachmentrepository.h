#pragma once

#include "domain/record.h"

#include <QList>
#include <QString>

namespace fd {

class Database;

// Files attached to customers, contacts, leads, deals, contracts and activities. The
// bytes are stored as a BLOB (a backup of the database keeps them) with their SHA-256.
class AttachmentRepository final
{
public:
    explicit AttachmentRepository(Database &db)
        : m_db(db)
    {
    }

    // Largest file accepted, in bytes (a bigger file is refused with a located error).
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    // Validates and stores; computes sha256 and sizeBytes, fills in id, uploader and time.
    qint64 add(Attachment &attachment);
    // One attachment with its content. Throws NotFoundError.
    Attachment get(qint64 id);
    // Attachments of one record, without content (sizeBytes and sha256 are set), newest first.
    QList<Attachment> list(const QString &entity, qint64 entityId);
    // Deletes an attachment. Throws NotFoundError.
    void remove(qint64 id);

    // Validation of add(); throws ValidationError.
    void validate(const Attachment &attachment);

private:
    Database &m_db;
};

} // namespace fd
