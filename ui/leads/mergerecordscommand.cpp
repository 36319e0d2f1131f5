#include "mergerecordscommand.h"

#include <QCoreApplication>

namespace fd {

MergeRecordsCommand::MergeRecordsCommand(Database &db, MergeRecord record, Done done)
    : StoredEditCommand(db,
                        QCoreApplication::translate("MergeRecordsCommand", "merge of #%1 into #%2")
                            .arg(record.loserId)
                            .arg(record.keeperId),
                        std::move(done))
    , m_record(std::move(record))
{
}

void MergeRecordsCommand::doUndo(Database &db)
{
    RecordMerger(db).undo(m_record);
}

void MergeRecordsCommand::doRedo(Database &db)
{
    m_record = RecordMerger(db).merge(m_record.kind, m_record.keeperId, m_record.loserId);
}

} // namespace fd
