#include "kindimporterbase.h"

#include "domain/isotime.h"
#include "domain/trcontext.h"
#include "storage/sqlquery.h"
#include "storage/tables/stagehistory.h"

namespace fd {

namespace {

// Stage history: the stage moves of deals already stored, rebuilt into one chain per deal.
class StageHistoryImporter final : public KindImporterBase
{
    enum { OppExt, Stage, EnteredAt, ChangedBy, Status, Note };

public:
    StageHistoryImporter(Database &db, ImportRefs &refs, const KindImportSettings &s)
        : KindImporterBase(db, refs, s)
    {
        m_maxIdBefore = SqlQuery(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM opportunity_stage_history"))
                            .scalar()
                            .toLongLong();
        m_history = std::make_unique<tables::StageHistoryWriter>(db);
        m_storedDup = prepare("SELECT count(*) FROM opportunity_stage_history WHERE opportunity_id = ? "
                              "AND to_stage_id = ? AND changed_at = ? AND to_status = ?");
        m_moved = prepare("SELECT count(*) FROM opportunity_stage_history WHERE opportunity_id = ? "
                          "AND from_stage_id IS NOT NULL AND from_stage_id <> to_stage_id");
    }

    bool importRow(ImportRow &row) override
    {
        const QString ext = text(row, OppExt, 100, true);
        ImportRefs::Deal deal;
        if (!ext.isEmpty()) {
            deal = m_refs.deal(ext);
            if (!deal.id)
                row.error(OppExt, ext, Import::tr("no opportunity has this external id"));
        }
        const QString stageName = text(row, Stage, 200, true);
        qint64 stageId = 0;
        if (deal.id && !stageName.isEmpty()) {
            stageId = m_refs.findStage(deal.pipelineId, stageName, false);
            if (!stageId && !m_settings.createMissing)
                row.error(Stage, stageName, Import::tr("is not a stage of the deal's sales process"));
        }
        const auto at = timestamp(row, EnteredAt, true);
        Ref by = ref(row, ChangedBy, RefKind::User, false);
        QString status = QStringLiteral("open");
        if (!row.value(Status).isEmpty()) {
            status = oppStatus(row.value(Status));
            if (status.isEmpty())
                row.error(Status, row.value(Status), Import::tr("is not a status (open, won, lost, on_hold)"));
        }
        const QString note = text(row, Note, 500, false);
        if (!row.ok())
            return false;

        // Existing history that only records creation (and outcome) is replaced by the
        // imported one; a deal that has really moved keeps its history, merged.
        auto aff = m_affected.find(deal.id);
        if (aff == m_affected.end()) {
            m_moved->add(deal.id);
            aff = m_affected.insert(deal.id, {ext, 0, m_moved->scalar().toLongLong() == 0, deal});
        }
        const QString key =
            QStringLiteral("%1|%2|%3|%4").arg(deal.id).arg(stageName.toLower(), isotime::toStored(*at), status);
        const auto seen = m_seen.constFind(key);
        if (seen != m_seen.constEnd()) {
            row.error(EnteredAt, row.value(EnteredAt), duplicateOf(*seen));
            return false;
        }
        if (stageId && !aff->replace) {
            m_storedDup->add(deal.id).add(stageId).add(isotime::toStored(*at)).add(status);
            if (m_storedDup->scalar().toLongLong() > 0) {
                row.error(EnteredAt, row.value(EnteredAt), duplicateOf(0));
                return false;
            }
        }
        if (!stageId)
            stageId = m_refs.createStage(deal.pipelineId, stageName);
        const qint64 byId = realize(by);
        // Linked to the previous step by finish(), once the whole chain is known.
        tables::StageChangeRow change;
        change.opportunityId = deal.id;
        change.toStageId = stageId;
        change.toStatus = status;
        change.changedAt = isotime::toStored(*at);
        change.changedBy = byId;
        change.note = note;
        m_history->record(change);
        m_seen.insert(key, row.line());
        aff->lastLine = row.line();
        return true;
    }

    // Rebuilds each touched deal's chain: ordered by time, the first row from NULL, each
    // next row from the previous row's stage and status; it must end where the deal is.
    void finish(QList<FieldError> &errors) override
    {
        SqlQuery drop(m_db,
                      QStringLiteral("DELETE FROM opportunity_stage_history WHERE opportunity_id = ? AND id <= ?"));
        SqlQuery list(m_db,
                      QStringLiteral("SELECT id, to_stage_id, to_status, changed_at FROM opportunity_stage_history "
                                     "WHERE opportunity_id = ? ORDER BY changed_at, id"));
        SqlQuery link(m_db, QStringLiteral("UPDATE opportunity_stage_history SET from_stage_id = ?, from_status = ? "
                                           "WHERE id = ?"));
        for (auto it = m_affected.cbegin(); it != m_affected.cend(); ++it) {
            const Affected &a = it.value();
            const qint64 dealId = it.key();
            auto fail = [&](const QString &value, const QString &reason) {
                errors.append({QStringLiteral("stage-history"), QStringLiteral("opportunity_external_id"), value,
                               reason, int(a.lastLine)});
            };
            if (a.replace)
                drop.add(dealId).add(m_maxIdBefore).exec();
            struct Step
            {
                qint64 id;
                qint64 stage;
                QString status;
                QString at;
            };
            QList<Step> steps;
            list.add(dealId).exec();
            while (list.next())
                steps.append({list.value(0).toLongLong(), list.value(1).toLongLong(), list.value(2).toString(),
                              list.value(3).toString()});
            const bool closed = a.deal.status == QLatin1String("won") || a.deal.status == QLatin1String("lost");
            if (!steps.isEmpty() && closed && steps.last().status != a.deal.status) {
                const QString closedAt = isotime::toStored(a.deal.closedAt);
                if (closedAt < steps.last().at) {
                    fail(a.ext, Import::tr("history continues after the deal was closed (%1)").arg(closedAt));
                    continue;
                }
                tables::StageChangeRow change;
                change.opportunityId = dealId;
                change.fromStageId = steps.last().stage;
                change.toStageId = steps.last().stage;
                change.fromStatus = steps.last().status;
                change.toStatus = a.deal.status;
                change.changedAt = closedAt;
                m_history->record(change);
                steps.append({0, steps.last().stage, a.deal.status, closedAt});
            }
            for (qsizetype i = 0; i < steps.size(); ++i) {
                if (!steps[i].id)
                    continue;
                link.add(i ? QVariant(steps[i - 1].stage) : QVariant())
                    .add(i ? QVariant(steps[i - 1].status) : QVariant())
                    .add(steps[i].id)
                    .exec();
            }
            if (steps.isEmpty())
                continue;
            if (steps.last().stage != a.deal.stageId)
                fail(a.ext, Import::tr("history ends in stage %1 but the deal is in stage %2")
                                .arg(m_refs.stageName(steps.last().stage), m_refs.stageName(a.deal.stageId)));
            else if (!closed && steps.last().status != a.deal.status)
                fail(a.ext, Import::tr("history ends %1 but the deal is %2").arg(steps.last().status, a.deal.status));
        }
    }

private:
    struct Affected
    {
        QString ext;
        qint64 lastLine = 0;
        bool replace = false;
        ImportRefs::Deal deal;
    };
    qint64 m_maxIdBefore = 0;
    QHash<qint64, Affected> m_affected;
    QHash<QString, qint64> m_seen;
    std::unique_ptr<tables::StageHistoryWriter> m_history;
    std::unique_ptr<SqlQuery> m_storedDup;
    std::unique_ptr<SqlQuery> m_moved;
};

} // namespace

std::unique_ptr<KindImporter> makeStageHistoryImporter(Database &db, ImportRefs &refs,
                                                       const KindImportSettings &settings)
{
    return std::make_unique<StageHistoryImporter>(db, refs, settings);
}

} // namespace fd
