#include "kindimporterbase.h"

#include "domain/isotime.h"
#include "domain/trcontext.h"
#include "domain/validator.h"
#include "io/importvalues.h"
#include "storage/bulkinsert.h"
#include "storage/sqlquery.h"
#include "storage/tables/activitytables.h"

namespace fd {

namespace {

// Activities (calls, visits...) of a rep with a customer, deal or lead.
class ActivityImporter final : public KindImporterBase
{
    enum { Kind, Subject, OccurredAt, Duration, Outcome, Notes, User, Customer, OppExt, LeadExt };

public:
    ActivityImporter(Database &db, ImportRefs &refs, const KindImportSettings &s)
        : KindImporterBase(db, refs, s)
    {
        m_insert = bulk(tables::ActivityRow::table());
        m_stored = prepare("SELECT count(*) FROM activities WHERE user_id = ? AND occurred_at = ? AND kind = ? "
                           "AND subject = ?");
    }

    bool importRow(ImportRow &row) override
    {
        const QString kind = canonicalWord(row.value(Kind), {{"call", "电话|電話|致电|致電|打电话|phone"},
                                                             {"visit", "拜访|拜訪|上门|上門|走访|走訪"},
                                                             {"meeting", "会议|會議|会面|會面|开会|開會"},
                                                             {"proposal", "方案|报价|報價|提案"},
                                                             {"email", "邮件|郵件|电邮|電郵|e-mail|mail"}});
        if (kind.isEmpty())
            row.error(Kind, row.value(Kind),
                      Import::tr("is not an activity kind (call, visit, meeting, proposal, email)"));
        const QString subject = text(row, Subject, 500, true);
        const auto at = timestamp(row, OccurredAt, true);
        std::optional<qint64> minutes;
        if (!row.value(Duration).isEmpty()) {
            minutes = importvalues::integer(row.value(Duration));
            if (!minutes || *minutes > 100000)
                row.error(Duration, row.value(Duration), Import::tr("is not a number of minutes"));
        }
        const QString outcome = text(row, Outcome, 500, false);
        const QString notes = text(row, Notes, Validator::kMaxTextLength, false);
        Ref user = ref(row, User, RefKind::User, true);
        Ref customer = ref(row, Customer, RefKind::Customer, false);
        qint64 oppId = 0;
        qint64 leadId = 0;
        if (!row.value(OppExt).isEmpty()) {
            oppId = m_refs.deal(row.value(OppExt)).id;
            if (!oppId)
                row.error(OppExt, row.value(OppExt), Import::tr("no opportunity has this external id"));
        }
        if (!row.value(LeadExt).isEmpty()) {
            leadId = m_refs.lead(row.value(LeadExt));
            if (!leadId)
                row.error(LeadExt, row.value(LeadExt), Import::tr("no lead has this external id"));
        }
        if (customer.name.isEmpty() && row.value(OppExt).isEmpty() && row.value(LeadExt).isEmpty())
            row.error(-1, QString(), Import::tr("needs a customer, an opportunity or a lead"));
        QString key;
        if (row.ok()) {
            key = QStringList{user.name.toLower(), isotime::toStored(*at), kind, subject}.join(QChar(0x1F));
            if (m_seen.contains(key))
                row.error(Subject, subject, duplicateOf(m_seen.value(key)));
            else if (user.id > 0) {
                m_stored->add(user.id).add(isotime::toStored(*at)).add(kind).add(subject);
                if (m_stored->scalar().toLongLong() > 0)
                    row.error(Subject, subject, duplicateOf(0));
            }
        }
        if (!row.ok())
            return false;
        const qint64 userId = realize(user);
        const qint64 customerId = realize(customer);
        tables::ActivityRow activity;
        activity.kind = kind;
        activity.subject = subject;
        activity.occurredAt = isotime::toStored(*at);
        activity.durationMinutes = minutes;
        activity.outcome = outcome;
        activity.notes = notes;
        activity.userId = userId;
        activity.leadId = leadId;
        activity.customerId = customerId;
        activity.opportunityId = oppId;
        activity.createdAt = m_nowText;
        const qint64 id = m_insert->exec(activity.values());
        audit("activity", id);
        m_seen.insert(key, row.line());
        return true;
    }

private:
    QHash<QString, qint64> m_seen;
    std::unique_ptr<BulkInsert> m_insert;
    std::unique_ptr<SqlQuery> m_stored;
};

} // namespace

std::unique_ptr<KindImporter> makeActivityImporter(Database &db, ImportRefs &refs, const KindImportSettings &settings)
{
    return std::make_unique<ActivityImporter>(db, refs, settings);
}

} // namespace fd
