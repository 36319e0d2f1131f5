#pragma once

#include "duplicatefinder.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace fd {

class Database;

// Everything a merge changed, so that undo() can put it back exactly.
struct MergeRecord
{
    // Rows of `table` whose `column` was pointed from the loser to the keeper.
    struct Moved
    {
        QString table;
        QString column;
        QList<qint64> ids;
    };

    RecordKind kind = RecordKind::Leads;
    qint64 keeperId = 0;
    qint64 loserId = 0;
    QList<QPair<QString, QVariant>> keeperBefore; // every column of the keeper before
    QList<QPair<QString, QVariant>> loserRow;     // every column of the deleted loser
    QList<Moved> moved;
    QList<qint64> demotedContacts; // loser's primary contacts, now secondary
    int keeperVersionAfter = 0;    // undo refuses when someone edited since
};

// Merges two leads or two customers (合并重复): every activity, task, attachment —
// and for customers every contact, opportunity, contract and converted lead — of the
// loser moves to the keeper; the keeper's empty fields take the loser's values; the
// loser is deleted. One transaction with 'merge' audit entries; undo() is the exact inverse.
class RecordMerger final
{
public:
    explicit RecordMerger(Database &db)
        : m_db(db)
    {
    }

    // Merges loser into keeper. Throws ValidationError (same record, converted lead),
    // NotFoundError, StorageError; nothing is changed when it throws.
    MergeRecord merge(RecordKind kind, qint64 keeperId, qint64 loserId);
    // Restores the loser with its id and everything that was moved. Throws ConflictError
    // when the keeper was changed after the merge; nothing is changed when it throws.
    void undo(const MergeRecord &record);

private:
    Database &m_db;
};

} // namespace fd
