#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

// Translation context of the conflict texts (outside namespace fd: see domain/trcontext.h).
class Conflicts
{
    Q_DECLARE_TR_FUNCTIONS(Conflicts)
};

namespace fd {

class Database;
struct Contract;
struct Opportunity;

// Two desktops save the same deal or contract: the repositories refuse the second save
// (row_version, ConflictError) and nothing is lost. What the person whose save was refused
// is then shown comes from here: who saved last and when ("changed by NAME at TIME"), and
// every field where the stored version and theirs differ, with the value they opened. They
// choose to reload (their edit is dropped) or to overwrite knowingly (overwriteDeal /
// overwriteContract: their version is saved over the other and the audit trail says so).

// Who saved a record last (updated_by, updated_at, row_version of its row).
struct LastSave
{
    qint64 userId = 0; // 0 = not known (saved by no signed-in person, or before it was kept)
    QString userName;  // the user's display name; empty when not known
    QDateTime at;      // UTC
    int rowVersion = 0;
};

// One field the two versions disagree on, as the person reads it (names, ¥, dates).
struct FieldDifference
{
    QString field;  // stored name: "amount_cents", "expected_close_date", …
    QString label;  // translated: "Amount"
    QString opened; // when the person opened the record
    QString theirs; // stored now (the other person's save)
    QString yours;  // what the person is saving

    bool changedByYou() const { return opened != yours; }
    bool changedByThem() const { return opened != theirs; }
};

struct SaveConflict
{
    QString entity; // "opportunity" or "contract" (as in the audit trail)
    qint64 id = 0;
    QString recordName; // the deal's title, the contract's number
    LastSave lastSave;
    int yourVersion = 0;                // the row_version the person opened
    QList<FieldDifference> differences; // fields whose stored value differs from theirs

    // "Changed by 李四 at 2026-12-04 17:15" (local time; "by someone else" when not known).
    QString headline() const;
    // The stored names of the differing fields, comma separated.
    QString fieldList() const;
};

namespace conflicts {

// The last save of a row of opportunities ("opportunity") or contracts ("contract").
// Throws NotFoundError when it was deleted meanwhile.
LastSave lastSave(Database &db, const QString &entity, qint64 id);

// The conflict of saving `yours` over the stored deal / contract; `opened` is what the
// editor loaded. Only the fields an editor saves are compared (a deal's stage and status
// change through moves; a contract's approval through its steps).
SaveConflict forDeal(Database &db, const Opportunity &opened, const Opportunity &yours);
SaveConflict forContract(Database &db, const Contract &opened, const Contract &yours);

// Records, in the caller's transaction, that the acting user saved over `conflict`'s other
// version knowingly: one audit row (action "update", field "conflict_overwrite", the other
// version as old value, the fields overwritten as new value).
void recordOverwrite(Database &db, const SaveConflict &conflict);

// Overwrite knowingly, all or nothing: in one transaction, `save` is called with the stored
// version (conflict.lastSave.rowVersion: the record is saved over exactly the version the
// person was shown) and recordOverwrite follows. Throws ConflictError, and writes nothing,
// when the record was saved once more since the conflict was read (show the new one).
void saveOver(Database &db, const SaveConflict &conflict, const std::function<void(int storedVersion)> &save);

} // namespace conflicts
} // namespace fd
