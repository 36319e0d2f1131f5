#include "kindimporterbase.h"

#include "setup/officecurrency.h"

#include "domain/clock.h"
#include "domain/isotime.h"
#include "domain/money.h"
#include "domain/splitcredit.h"
#include "domain/trcontext.h"
#include "domain/validator.h"
#include "io/importlog.h"
#include "io/importvalues.h"
#include "storage/batchinsert.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/tables/opportunitytables.h"
#include "storage/tables/stagehistory.h"

#include <QRegularExpression>

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
        Probability,
        SplitFormColumn,
        Splits
    };

public:
    OpportunityImporter(Database &db, ImportRefs &refs, const KindImportSettings &s)
        : KindImporterBase(db, refs, s)
        , m_officeCurrency(office::currency(db))
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
        m_team = std::make_unique<BatchInsert>(db, tables::TeamMemberRow::table());
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

        QString currency = row.value(Currency).toUpper();
        if (currency.isEmpty())
            currency = m_officeCurrency; // a file without currencies is in the office's
        else if (currency == QStringLiteral("RMB") || currency == QStringLiteral("人民币")
                 || currency == QStringLiteral("¥"))
            currency = QStringLiteral("CNY");
        if (!isCurrencyCode(currency))
            row.error(Currency, row.value(Currency), Import::tr("is not a 3-letter currency code"));

        // The amount is read in the row's currency, so that "$100" in a yuan row is refused
        // rather than stored as ¥100.
        const QString amountText = row.value(Amount);
        std::optional<qint64> cents;
        if (amountText.isEmpty()) {
            row.error(Amount, amountText, Import::tr("is required"));
        } else {
            cents = importvalues::amount(amountText, currency);
            const QString written = cents ? QString() : money::writtenCurrency(amountText, currency);
            if (!written.isEmpty())
                row.error(Amount, amountText,
                          Import::tr("is an amount in %1, but the deal's currency is %2: give the currency "
                                     "column, or convert the amount")
                              .arg(written, currency));
            else if (!cents)
                row.error(Amount, amountText,
                          Import::tr("is not an amount of money (a number ≥ 0, at most 2 decimals)"));
        }

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
        SplitForm splitForm = SplitForm::Percent;
        const QList<SplitEntry> splitEntries = readSplits(row, owner, cents.value_or(0), currency, &splitForm);

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
        const bool customerKnown = customer.id > 0;
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
        QList<TeamMember> members;
        for (const SplitEntry &e : splitEntries) {
            TeamMember m = e.member;
            m.userId = e.isOwner ? ownerId : m.userId;
            m.role = e.isOwner ? QStringLiteral("owner") : QStringLiteral("supporter");
            members.append(m);
        }
        m_pending.append({title, productId, *cents, splits::normalized(splitForm, members)});
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
        deal.splitForm = toString(splitForm);
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
        // The key looked up above, unless the customer was only created now.
        m_titles.insert(customerKnown && !dupKey.isEmpty() ? dupKey : titleKey(QString::number(customerId), title),
                        row.line());
        return true;
    }

    void finish(QList<FieldError> &errors) override
    {
        Q_UNUSED(errors);
        if (const qint64 first = m_opps->flush())
            stored(first);
        m_products->flush();
        m_team->flush();
        writeHistory();
    }

private:
    // What the rows after the deal itself need, kept until its batch has ids.
    struct Pending
    {
        QString title;
        qint64 productId;
        qint64 cents;
        QList<TeamMember> team;
    };

    // A member of a row's split: a stored user, or the row's owner (who may be created by
    // this very row).
    struct SplitEntry
    {
        TeamMember member;
        bool isOwner = false;
    };

    // The row's split: members separated by ";" (or "；", "、", a line break), each "NAME"
    // or "NAME:SHARE" ("：" and "=" too), the share a percent ("70", "70%") or, for the
    // amount form, an amount ("300000", "30万"); the form from the split_form column
    // (default: by percentage). Members are stored users by display name or login, or the
    // row's owner; amounts in the deal's currency. Errors are located in the splits or split_form
    // column.
    QList<SplitEntry> readSplits(ImportRow &row, const Ref &owner, qint64 amount, const QString &currency,
                                 SplitForm *form)
    {
        QList<SplitEntry> out;
        const QString formText = row.value(SplitFormColumn);
        if (!formText.isEmpty() && !splits::parseAnyName(formText, form))
            row.error(SplitFormColumn, formText,
                      Import::tr("is not a split form (百分比 percent, 按金额 amount, 整额 whole, 超额 over)"));
        const QString text = row.value(Splits);
        if (text.trimmed().isEmpty())
            return out;
        static const QRegularExpression between(QStringLiteral("[;；、\\n]"));
        static const QRegularExpression pair(QStringLiteral("^(.+?)\\s*[:：=]\\s*(.*)$"));
        bool readable = true;
        for (const QString &part : text.split(between, Qt::SkipEmptyParts)) {
            const QString item = part.trimmed();
            if (item.isEmpty())
                continue;
            SplitEntry e;
            QString name = item;
            QString share;
            if (const auto m = pair.match(item); m.hasMatch()) {
                name = m.captured(1).trimmed();
                share = m.captured(2).trimmed();
            }
            if (owner.name.compare(name, Qt::CaseInsensitive) == 0 && owner.id <= 0) {
                e.isOwner = true; // the owner, created by this row
            } else {
                e.member.userId = m_refs.find(RefKind::User, name);
                if (e.member.userId == ImportRefs::kAmbiguous) {
                    row.error(Splits, item, Import::tr("names two people: use the login"));
                    readable = false;
                } else if (e.member.userId == 0) {
                    row.error(Splits, item, Import::tr("is not a person of the office"));
                    readable = false;
                }
                e.isOwner = e.member.userId > 0 && e.member.userId == owner.id;
            }
            if (*form == SplitForm::Whole) {
                if (!share.isEmpty())
                    row.error(Splits, item, Import::tr("has a share, but 整额 (whole) credits each member in full"));
            } else if (share.isEmpty()) {
                row.error(Splits, item, Import::tr("needs a share (NAME:70% or, by amount, NAME:300000)"));
                readable = false;
            } else if (*form == SplitForm::Amount) {
                e.member.splitAmountCents = importvalues::amount(share, currency);
                if (!e.member.splitAmountCents) {
                    row.error(Splits, item, Import::tr("has a share that is not an amount of money"));
                    readable = false;
                }
            } else {
                QString p = share;
                if (p.endsWith(QLatin1Char('%')) || p.endsWith(QChar(0xFF05)))
                    p.chop(1);
                bool ok = false;
                const int value = p.trimmed().toInt(&ok);
                if (!ok) {
                    row.error(Splits, item, Import::tr("has a share that is not a whole percent"));
                    readable = false;
                }
                e.member.splitPercent = value;
            }
            out.append(e);
        }
        if (!readable)
            return out;
        // The core's own rules (each form's totals, bounds, a member listed twice), located
        // in the splits column. The owner created by this row counts as one more person.
        Validator v(QStringLiteral("opportunity"), row.line());
        QList<TeamMember> team;
        for (const SplitEntry &e : std::as_const(out)) {
            team.append(e.member);
            if (e.isOwner)
                team.last().userId = -1;
        }
        splits::check(v, *form, amount, team);
        for (const FieldError &e : v.errors())
            row.error(Splits, text, e.reason);
        return out;
    }

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
            for (const TeamMember &m : p.team)
                m_team->addRow(tables::teamMemberRow(first + qint64(i), m).values());
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
        for (const auto &[first, last] : std::as_const(m_ranges)) {
            tables::recordImportedDeals(m_db, first, last);
            tables::copyProductCosts(m_db, first, last);
        }
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

    const QString m_officeCurrency;
    KeyLines m_extIds;
    KeyLines m_titles;
    QList<Pending> m_pending;
    std::unique_ptr<BatchInsert> m_opps;
    std::unique_ptr<BatchInsert> m_products;
    std::unique_ptr<BatchInsert> m_team;
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
