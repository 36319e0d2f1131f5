#pragma once

#include "storededitcommand.h"

#include "leads/recordmerger.h"

namespace fd {

// A merge of two leads or two customers (合并重复). Undo is RecordMerger::undo from the
// merge's recorded details: the loser comes back under its id with every activity, task,
// contact, deal, contract and converted lead that moved, and the keeper gets its fields
// back. Redo merges the same pair again (and records the new details).
class MergeRecordsCommand final : public StoredEditCommand
{
public:
    // `record` is what RecordMerger::merge returned.
    MergeRecordsCommand(Database &db, MergeRecord record, Done done);

protected:
    void doUndo(Database &db) override;
    void doRedo(Database &db) override;

private:
    MergeRecord m_record;
};

} // namespace fd
