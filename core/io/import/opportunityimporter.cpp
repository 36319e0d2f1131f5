#include "kindimporterbase.h"

#include "domain/clock.h"
#include "domain/isotime.h"
#include "domain/trcontext.h"
#include "io/importlog.h"
#include "io/importvalues.h"
#include "storage/batchinsert.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/tables/opportunitytables.h"
#include "storage/tables/stagehistory.h"

#include <algorithm>

namespace fd {

namespace {

// Opportunities: deals with their product line and the history of their creation (and outcome).
class OpportunityImporter final : public KindImporterBase
{
    enum {
        ExtId,
        Title,
        Customer,
        Owner,
        Team,
        Region,
        Product,
        Amount,
        Currency,
        Stage,
        Status,
        CreatedAt,
        ExpectedClose,
        ClosedAt,
        LostReason,
        Source,
        Campaign,
        Probability
    };

public:
    OpportunityImporter(Database &db, ImportRefs &refs, const KindImportSettings &s)
        : KindImporterBase(db, refs, s)
    {
        SqlQuery q(db, QStringLiteral("SELECT external_id, customer_id, title FROM opportunities"));
        q.exec();
        while (q.next()) {
            if (!q.value(0).isNull())
                m_extIds.insert(q.value(0).toString(), 0);
            m_titles.insert(titleKey(QString::number(q.value(1).toLongLong()), q.value(2).toString()), 0);
        }
        m_opps = std::make_unique<BatchInsert>(db, tables::OpportunityRow::table());
        m_products = std::make_unique<BatchInsert>(db, tables::OpportunityProductRow::table());
        m_check = prepare("SELECT title FROM opportunities WHERE id = ?");
    }

    bool importRow(ImportRow &row) override
    {
        const QString ext = text(row, ExtId, 100, false);
        const QString title = text(row, Title, 300, true);
        Ref customer = ref(row, Customer, RefKind::Customer, true);
        Ref owner = ref(row, Owner, RefKind::User, true);
        Ref team = ref(row, Team, RefKind::Team, false);
        Ref region = ref(row, Region, RefKind::Region, false);
        Ref product = ref(row, Product, RefKind::Product, false);
        Ref campaign = ref(row, Campaign, RefKind::Campaign, false);

        const QString amountText = row.value(Amount);
        std::optional<qint64> cents;
        if (amountText.isEmpty()) {
            row.error(Amount, amountText, Import::tr("is required"));
        } else {
            cents = importvalues::amount(amountText);
            if (!cents)
                row.error(Amount, amountText,
                          Import::tr("is not an amount of money (a number ≥ 0, at most 2 decimals)"));
        }
        QString currency = row.value(Currency).toUpper();
        if (currency.isEmpty())
            currency = QStringLiteral("CNY");
        else if (currency == QStringLiteral("RMB") || currency == QStringLiteral("人民币")
                 || currency == QStringLiteral("¥"))
            currency = QStringLiteral("CNY");
        if (!isCurrencyCode(currency))
            row.error(Currency, row.value(Currency), Import::tr("is not a 3-letter currency code"));

        const QString stageName = row.value(Stage);
        qint64 stageId = 0;
        bool stagePending = false;
        if (stageName.isEmpty()) {
            row.error(Stage, stageName, Import::tr("is required"));
        } else {
            stageId = m_refs.findStage(m_refs.defaultPipeline(), stageName, true);
            if (!stageId) {
                if (m_settings.createMissing && stageName.size() <= 200)
                    stagePending = true;
                else
                    row.error(Stage, stageName, Import::tr("is not a stage of the sales process"));
            }
        }
        QString status = QStringLiteral("open");
        if (!row.value(Status).isEmpty()) {
            status = oppStatus(row.value(Status));
            if (status.isEmpty())
                row.error(Status, row.value(Status), Import::tr("is not a status (open, won, lost, on_hold)"));
        }
        const auto createdAt = timestamp(row, CreatedAt, false);
        const auto expectedClose = date(row, ExpectedClose);
        auto closedAt = timestamp(row, ClosedAt, false);
        const bool closed = status == QLatin1String("won") || status == QLatin1String("lost");
        // Exports with one "close date" column: for a closed deal it is the day it closed.
        if (closed && !closedAt && row.value(ClosedAt).isEmpty() && expectedClose)
            closedAt = QDateTime(*expectedClose, QTime(0, 0), Qt::UTC);
        if (closed && !closedAt && row.value(ClosedAt).isEmpty())
            row.error(ClosedAt, QString(), Import::tr("is required for a won or lost deal"));
        if (!closed && !row.value(ClosedAt).isEmpty())
            row.error(ClosedAt, row.value(ClosedAt), Import::tr("is only allowed for a won or lost deal"));
        if (closedAt && createdAt && *closedAt < *createdAt)
            row.error(ClosedAt, row.value(ClosedAt), Import::tr("is before the deal was created"));
        QString lostReason = text(row, LostReason, 500, false);
        // Old CRMs never asked why a deal was lost: such a deal gets the office's default.
        const bool lostReasonDefaulted = status == QLatin1String("lost") && lostReason.isEmpty();
        if (lostReasonDefaulted)
            lostReason = m_settings.defaultLostReason;
        if (status != QLatin1String("lost") && !lostReason.isEmpty() && !status.isEmpty())
            row.error(LostReason, lostReason, Import::tr("is only allowed for a lost deal"));
        const QString source = text(row, Source, 200, false);
        const std::optional<qint64> probability = percent(row, Probability);

        // Duplicates: the same external id; the same title for the same customer only
        // among rows without one (a customer buys the same product many times, each deal
        // with its own id in the old CRM: that is only worth a notice).
        QString dupKey;
        if (!ext.isEmpty()) {
            const auto it = m_extIds.constFind(ext);
            if (it != m_extIds.constEnd())
                row.error(ExtId, ext, duplicateOf(*it));
            else if (ext.startsWith(QLatin1String("FD-")) && m_refs.deal(ext).id)
                row.error(ExtId, ext, duplicateOf(0));
        }
        if (!title.isEmpty() && !customer.name.isEmpty()) {
            dupKey = titleKey(customer.id > 0
                                  ? QString::number(customer.id)
                                  : QStringLiteral("new:") + ImportRefs::key(RefKind::Customer, customer.name),
                              title);
            const auto it = m_titles.constFind(dupKey);
            if (it != m_titles.constEnd()) {
                if (ext.isEmpty())
                    row.error(Title, title, duplicateOf(*it) + Import::tr(" (same customer and title)"));
                else
                    row.notice(Title, title,
                               Import::tr("same customer and title as %1, imported: its external id differs")
                                   .arg(*it > 0 ? Import::tr("line %1").arg(*it) : Import::tr("a stored deal")));
            }
        }
        if (!row.ok())
            return false;
        if (lostReasonDefaulted)
            ++m_settings.tally->lostReasonsDefaulted; // counted, not noted: ten years of them are common

        // Valid: create what is missing, then store.
        const qint64 regionId = realize(region);
        const qint64 teamId = realize(team, regionId);
        const qint64 ownerId = realize(owner, teamId);
        const qint64 customerId = realize(customer, regionId, ownerId);
        const qint64 productId = realize(product);
        const qint64 campaignId = realize(campaign);
        const qint64 pipelineId = m_refs.defaultPipeline() ? m_refs.defaultPipeline() : m_refs.ensurePipeline();
        if (stagePending) {
            stageId = m_refs.findStage(pipelineId, stageName, true);
            if (!stageId)
                stageId = m_refs.createStage(pipelineId, stageName);
        }
        // Without a creation time, a deal closed in the past was created no later than that.
        const QString closedStored = closedAt ? storedText(row.value(ClosedAt), *closedAt) : QString();
        const QString created = createdAt ? storedText(row.value(CreatedAt), *createdAt)
                                : closedAt && *closedAt <= m_db.clock().now() ? closedStored
                                                                              : m_nowText;
        m_pending.append({title, productId, *cents});
        tables::OpportunityRow deal;
        deal.externalId = ext;
        deal.title = title;
        deal.customerId = customerId;
        deal.ownerId = ownerId;
        deal.pipelineId = pipelineId;
        deal.stageId = stageId;
        deal.amountCents = *cents;
        deal.currency = currency;
        deal.probabilityOverride = probability;
        if (expectedClose)
            deal.expectedCloseDate = storedText(row.value(ExpectedClose), *expectedClose);
        deal.status = status;
        if (status == QLatin1String("lost"))
            deal.lostReason = lostReason;
        if (closed)
            deal.closedAt = closedStored;
        deal.source = source;
        deal.campaignId = campaignId;
        deal.createdAt = created;
        deal.createdBy = m_db.actingUserId();
        deal.updatedAt = m_nowText;
        const qint64 first = m_opps->addRow(deal.values());
        if (first)
            stored(first);
        if (!ext.isEmpty())
            m_extIds.insert(ext, row.line());
        m_titles.insert(titleKey(QString::number(customerId), title), row.line());
        return true;
    }

    void finish(QList<FieldError> &errors) override
    {
        Q_UNUSED(errors);
        if (const qint64 first = m_opps->flush())
            stored(first);
        m_products->flush();
        writeHistory();
    }

private:
    // What the rows after the deal itself need, kept until its batch has ids.
    struct Pending
    {
        QString title;
        qint64 productId;
        qint64 cents;
    };

    // The batch starting at `first` is stored: check that its ids are consecutive, note
    // them, and write the product lines.
    void stored(qint64 first)
    {
        m_check->add(first);
        if (m_pending.isEmpty() || m_check->scalar().toString() != m_pending.first().title)
            throw StorageError(QStringLiteral("Imported opportunities did not get consecutive ids"));
        const qint64 last = first + m_pending.size() - 1;
        m_settings.log->createdRange(QStringLiteral("opportunity"), first, last);
        if (!m_ranges.isEmpty() && m_ranges.last().second + 1 == first)
            m_ranges.last().second = last;
        else
            m_ranges.append({first, last});
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            const Pending &p = m_pending[i];
            if (!p.productId)
                continue;
            tables::OpportunityProductRow line;
            line.opportunityId = first + qint64(i);
            line.productId = p.productId;
            line.unitPriceCents = p.cents;
            m_products->addRow(line.values());
        }
        m_pending.clear();
    }

    // Each imported deal's history, set-based from the stored rows (SQLite copies them
    // without a round trip per row).
    void writeHistory()
    {
        for (const auto &[first, last] : std::as_const(m_ranges))
            tables::recordImportedDeals(m_db, first, last);
        m_ranges.clear();
    }

    // A win probability in percent: "60", "60%", "60.0" (0 to 100, rounded to a whole
    // percent); nullopt when empty or wrong (then with an error).
    static std::optional<qint64> percent(ImportRow &row, int column)
    {
        QString v = row.value(column);
        if (v.isEmpty())
            return std::nullopt;
        const QString given = v;
        if (v.endsWith(QLatin1Char('%')) || v.endsWith(QChar(0xFF05)))
            v.chop(1);
        bool ok = false;
        const double p = v.trimmed().toDouble(&ok);
        if (!ok || !(p >= 0.0 && p <= 100.0)) {
            row.error(column, given, Import::tr("is not a probability from 0 to 100 %"));
            return std::nullopt;
        }
        return qRound64(p);
    }

    // Three letters A to Z, checked by hand (a regular expression per row is measurable).
    static bool isCurrencyCode(const QString &c)
    {
        return c.size() == 3 && std::all_of(c.begin(), c.end(), [](QChar ch) {
                   return ch >= QLatin1Char('A') && ch <= QLatin1Char('Z');
               });
    }

    static QString titleKey(const QString &customer, const QString &title)
    {
        return customer + QChar(0x1F) + title.simplified().toLower();
    }

    KeyLines m_extIds;
    KeyLines m_titles;
    QList<Pending> m_pending;
    std::unique_ptr<BatchInsert> m_opps;
    std::unique_ptr<BatchInsert> m_products;
    QList<QPair<qint64, qint64>> m_ranges; // ids of the stored deals, first…last
    std::unique_ptr<SqlQuery> m_check;
};

} // namespace

std::unique_ptr<KindImporter> makeOpportunityImporter(Database &db, ImportRefs &refs,
                                                      const KindImportSettings &settings)
{
    return std::make_unique<OpportunityImporter>(db, refs, settings);
}

} // namespace fd
