#include "importkinds.h"
#include "domain/trcontext.h"

#include "batchinsert.h"
#include "bulkinsert.h"
#include "csvwriter.h"
#include "domain/clock.h"
#include "domain/isotime.h"
#include "domain/money.h"
#include "domain/normalize.h"
#include "domain/validator.h"
#include "importlog.h"
#include "importvalues.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace fd {

namespace {


using RefKind = ImportRefs::Kind;

// Duplicate keys of a big file, kept as 64-bit hashes with the line they came from
// (0 = a stored record): ~40 bytes a row instead of the key text. Two different keys
// sharing a hash (odds ~1e-9 for a million rows) would be reported as duplicates.
class KeyLines final
{
public:
    using Map = QHash<quint64, qint64>;
    void insert(const QString &key, qint64 line) { m_map.insert(hash(key), line); }
    Map::const_iterator constFind(const QString &key) const { return m_map.constFind(hash(key)); }
    Map::const_iterator constEnd() const { return m_map.constEnd(); }

private:
    static quint64 hash(const QString &key)
    {
        return (quint64(qHash(key, 0x2545F491u)) << 32) ^ quint64(qHash(key, 0x9E3779B9u));
    }
    Map m_map;
};

// Spellings accepted for enum columns, Chinese (both scripts) and English.
QString canonicalWord(const QString &text, const std::initializer_list<std::pair<const char *, const char *>> &table)
{
    const QString t = text.trimmed().toLower();
    for (const auto &[canonical, spellings] : table) {
        if (t == QLatin1String(canonical))
            return QString::fromLatin1(canonical);
        for (const QString &s : QString::fromUtf8(spellings).split(QLatin1Char('|'))) {
            if (t == s)
                return QString::fromLatin1(canonical);
        }
    }
    return {};
}

QString oppStatus(const QString &text)
{
    return canonicalWord(text, {{"open", "进行中|跟进中|進行中|跟進中|打开|開啟|open"},
                                {"won", "win|赢单|贏單|成交|已成交|赢|贏|签约|簽約"},
                                {"lost", "lose|输单|輸單|丢单|丟單|失败|失敗|输|輸"},
                                {"on_hold", "onhold|hold|暂停|暫停|搁置|擱置|挂起|掛起"}});
}

// Common pieces of every kind: typed cells with located errors, and references that
// are either found, or (with --create-missing) created once the row is known valid.
class Base : public KindImporter
{
public:
    Base(Database &db, ImportRefs &refs, const KindImportSettings &settings)
        : m_db(db)
        , m_refs(refs)
        , m_settings(settings)
        , m_nowText(isotime::toStored(db.clock().now()))
    {
    }

protected:
    struct Ref
    {
        RefKind kind = RefKind::Region;
        QString name;
        qint64 id = 0;
        bool pending = false;
    };

    QString text(ImportRow &row, int column, int maxLength, bool required)
    {
        const QString v = row.value(column);
        if (required && v.isEmpty())
            row.error(column, v, Import::tr("is required"));
        else if (v.size() > maxLength)
            row.error(column, v, Import::tr("is longer than %1 characters").arg(maxLength));
        return v;
    }

    Ref ref(ImportRow &row, int column, RefKind kind, bool required)
    {
        Ref r;
        r.kind = kind;
        r.name = row.value(column);
        if (r.name.isEmpty()) {
            if (required)
                row.error(column, r.name, Import::tr("is required"));
            return r;
        }
        if (r.name.size() > 200) {
            row.error(column, r.name, Import::tr("is longer than %1 characters").arg(200));
            return r;
        }
        r.id = m_refs.find(kind, r.name);
        if (r.id == ImportRefs::kAmbiguous) {
            row.error(column, r.name, Import::tr("matches more than one %1").arg(ImportRefs::label(kind)));
            r.id = 0;
        } else if (r.id == 0) {
            if (m_settings.createMissing)
                r.pending = true;
            else
                row.error(column, r.name,
                          Import::tr("no such %1 (use --create-missing to create it)").arg(ImportRefs::label(kind)));
        }
        return r;
    }

    // Creates a pending reference (the row is valid by now).
    qint64 realize(Ref &r, qint64 parentId = 0, qint64 ownerId = 0)
    {
        if (r.pending) {
            // An earlier row of this file may have created it meanwhile.
            r.id = m_refs.find(r.kind, r.name);
            if (r.id <= 0)
                r.id = m_refs.create(r.kind, r.name, parentId, ownerId);
            r.pending = false;
        }
        return r.id;
    }

    std::optional<QDateTime> timestamp(ImportRow &row, int column, bool required)
    {
        const QString v = row.value(column);
        if (v.isEmpty()) {
            if (required)
                row.error(column, v, Import::tr("is required"));
            return std::nullopt;
        }
        auto t = importvalues::timestamp(v, row.serialDates());
        if (!t)
            row.error(column, v, Import::tr("is not a valid date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)"));
        else if (t->date().year() < 1990 || t->date().year() > 2200)
            row.error(column, v, Import::tr("is outside the years 1990 to 2200")), t.reset();
        return t;
    }

    std::optional<QDate> date(ImportRow &row, int column)
    {
        const QString v = row.value(column);
        if (v.isEmpty())
            return std::nullopt;
        auto d = importvalues::date(v, row.serialDates());
        if (!d)
            row.error(column, v, Import::tr("is not a valid date (YYYY-MM-DD)"));
        else if (d->year() < 1990 || d->year() > 2200)
            row.error(column, v, Import::tr("is outside the years 1990 to 2200")), d.reset();
        return d;
    }

    QString email(ImportRow &row, int column)
    {
        static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        const QString v = text(row, column, 200, false);
        if (!v.isEmpty() && !shape.match(v).hasMatch())
            row.error(column, v, Import::tr("is not an e-mail address"));
        return v;
    }

    QString stamp(const std::optional<QDateTime> &t) const { return t ? isotime::toStored(*t) : m_nowText; }

    // The stored text of a parsed value: the input itself when it is already in the
    // stored form (formatting 100,000 dates again costs more than validating them).
    static QString storedText(const QString &input, const QDateTime &t)
    {
        if (input.size() == 20 && input.at(10) == QLatin1Char('T') && input.at(19) == QLatin1Char('Z'))
            return input;
        if (input.size() == 10 && input.at(4) == QLatin1Char('-') && input.at(7) == QLatin1Char('-')
            && t.time() == QTime(0, 0))
            return input + QLatin1String("T00:00:00Z"); // a date alone is midnight UTC
        return isotime::toStored(t);
    }
    static QString storedText(const QString &input, const QDate &d)
    {
        return input.size() == 10 && input.at(4) == QLatin1Char('-') ? input : isotime::toStored(d);
    }

    // "line 12" or "a stored record": where the earlier copy of a duplicate is.
    static QString duplicateOf(qint64 line)
    {
        return line > 0 ? Import::tr("duplicate of line %1").arg(line) : Import::tr("duplicate of a stored record");
    }

    std::unique_ptr<SqlQuery> prepare(const char *sql) { return std::make_unique<SqlQuery>(m_db, QString::fromLatin1(sql)); }
    std::unique_ptr<BulkInsert> bulk(const char *sql) { return std::make_unique<BulkInsert>(m_db, QString::fromLatin1(sql)); }

    // Notes a created record in the import's audit event (one event per import).
    void audit(const char *entity, qint64 id) { m_settings.log->created(QString::fromLatin1(entity), id); }

    Database &m_db;
    ImportRefs &m_refs;
    KindImportSettings m_settings;
    QString m_nowText;
};

// Opportunities ------------------------------------------------------------------

class OpportunityImporter final : public Base
{
    enum { ExtId, Title, Customer, Owner, Team, Region, Product, Amount, Currency, Stage, Status, CreatedAt,
           ExpectedClose, ClosedAt, LostReason, Source, Campaign };

public:
    OpportunityImporter(Database &db, ImportRefs &refs, const KindImportSettings &s)
        : Base(db, refs, s)
    {
        SqlQuery q(db, QStringLiteral("SELECT external_id, customer_id, title FROM opportunities"));
        q.exec();
        while (q.next()) {
            if (!q.value(0).isNull())
                m_extIds.insert(q.value(0).toString(), 0);
            m_titles.insert(titleKey(QString::number(q.value(1).toLongLong()), q.value(2).toString()), 0);
        }
        m_opps = std::make_unique<BatchInsert>(
            db, QStringLiteral("opportunities"),
            QStringList{QStringLiteral("external_id"), QStringLiteral("title"), QStringLiteral("customer_id"),
                        QStringLiteral("owner_id"), QStringLiteral("pipeline_id"), QStringLiteral("stage_id"),
                        QStringLiteral("amount_cents"), QStringLiteral("currency"), QStringLiteral("expected_close_date"),
                        QStringLiteral("status"), QStringLiteral("lost_reason"), QStringLiteral("closed_at"),
                        QStringLiteral("source"), QStringLiteral("campaign_id"), QStringLiteral("created_at"),
                        QStringLiteral("created_by"), QStringLiteral("updated_at"), QStringLiteral("row_version")});
        m_products = std::make_unique<BatchInsert>(
            db, QStringLiteral("opportunity_products"),
            QStringList{QStringLiteral("opportunity_id"), QStringLiteral("product_id"), QStringLiteral("quantity"),
                        QStringLiteral("unit_price_cents"), QStringLiteral("discount_percent")});
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
            cents = money::parse(amountText);
            if (!cents)
                row.error(Amount, amountText, Import::tr("is not an amount of money (a number ≥ 0, at most 2 decimals)"));
        }
        QString currency = row.value(Currency).toUpper();
        if (currency.isEmpty())
            currency = QStringLiteral("CNY");
        else if (currency == QStringLiteral("RMB") || currency == QStringLiteral("人民币") || currency == QStringLiteral("¥"))
            currency = QStringLiteral("CNY");
        static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
        if (!code.match(currency).hasMatch())
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
        const auto closedAt = timestamp(row, ClosedAt, false);
        const bool closed = status == QLatin1String("won") || status == QLatin1String("lost");
        if (closed && !closedAt && row.value(ClosedAt).isEmpty())
            row.error(ClosedAt, QString(), Import::tr("is required for a won or lost deal"));
        if (!closed && !row.value(ClosedAt).isEmpty())
            row.error(ClosedAt, row.value(ClosedAt), Import::tr("is only allowed for a won or lost deal"));
        if (closedAt && createdAt && *closedAt < *createdAt)
            row.error(ClosedAt, row.value(ClosedAt), Import::tr("is before the deal was created"));
        const QString lostReason = text(row, LostReason, 500, false);
        if (status == QLatin1String("lost") && lostReason.isEmpty())
            row.error(LostReason, lostReason, Import::tr("is required for a lost deal"));
        if (status != QLatin1String("lost") && !lostReason.isEmpty() && !status.isEmpty())
            row.error(LostReason, lostReason, Import::tr("is only allowed for a lost deal"));
        const QString source = text(row, Source, 200, false);

        // Duplicates: the same external id, or the same title for the same customer.
        QString dupKey;
        if (!ext.isEmpty()) {
            const auto it = m_extIds.constFind(ext);
            if (it != m_extIds.constEnd())
                row.error(ExtId, ext, duplicateOf(*it));
            else if (ext.startsWith(QLatin1String("FD-")) && m_refs.deal(ext).id)
                row.error(ExtId, ext, duplicateOf(0));
        }
        if (!title.isEmpty() && !customer.name.isEmpty()) {
            dupKey = titleKey(customer.id > 0 ? QString::number(customer.id)
                                              : QStringLiteral("new:") + ImportRefs::key(RefKind::Customer, customer.name),
                              title);
            const auto it = m_titles.constFind(dupKey);
            if (it != m_titles.constEnd())
                row.error(Title, title, duplicateOf(*it) + Import::tr(" (same customer and title)"));
        }
        if (!row.ok())
            return false;

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
        const QVariant closedText = closed ? QVariant(closedStored) : QVariant();
        m_pending.append({title, productId, *cents});
        const qint64 first = m_opps->addRow({nullableText(ext), title, customerId, ownerId, pipelineId, stageId, *cents,
                                             currency,
                                             expectedClose ? QVariant(storedText(row.value(ExpectedClose), *expectedClose))
                                                           : QVariant(),
                                             status,
                                             nullableText(status == QLatin1String("lost") ? lostReason : QString()),
                                             closedText, nullableText(source), nullableId(campaignId), created,
                                             nullableId(m_db.actingUserId()), m_nowText, 1});
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
            if (p.productId)
                m_products->addRow({first + qint64(i), p.productId, 1, p.cents, 0});
        }
        m_pending.clear();
    }

    // Each imported deal's history, set-based from the stored rows (SQLite copies them
    // without a round trip per row): created in its stage (on hold when imported so),
    // then the outcome of a won or lost deal at its close time. changed_by is the owner.
    void writeHistory()
    {
        SqlQuery created(m_db, QStringLiteral(
            "INSERT INTO opportunity_stage_history (opportunity_id, from_stage_id, to_stage_id, from_status, "
            "to_status, changed_at, changed_by) SELECT id, NULL, stage_id, NULL, "
            "CASE WHEN status = 'on_hold' THEN 'on_hold' ELSE 'open' END, created_at, owner_id "
            "FROM opportunities WHERE id BETWEEN ? AND ? ORDER BY id"));
        SqlQuery outcome(m_db, QStringLiteral(
            "INSERT INTO opportunity_stage_history (opportunity_id, from_stage_id, to_stage_id, from_status, "
            "to_status, changed_at, changed_by) SELECT id, stage_id, stage_id, 'open', status, closed_at, owner_id "
            "FROM opportunities WHERE id BETWEEN ? AND ? AND status IN ('won', 'lost') ORDER BY id"));
        for (const auto &[first, last] : std::as_const(m_ranges)) {
            created.add(first).add(last).exec();
            outcome.add(first).add(last).exec();
        }
        m_ranges.clear();
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

// Stage history --------------------------------------------------------------------

class StageHistoryImporter final : public Base
{
    enum { OppExt, Stage, EnteredAt, ChangedBy, Status, Note };

public:
    StageHistoryImporter(Database &db, ImportRefs &refs, const KindImportSettings &s)
        : Base(db, refs, s)
    {
        m_maxIdBefore = SqlQuery(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM opportunity_stage_history"))
                            .scalar()
                            .toLongLong();
        m_insert = bulk("INSERT INTO opportunity_stage_history (opportunity_id, from_stage_id, to_stage_id, "
                           "from_status, to_status, changed_at, changed_by, note) VALUES (?, NULL, ?, NULL, ?, ?, ?, ?)");
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
        const QString key = QStringLiteral("%1|%2|%3|%4").arg(deal.id).arg(stageName.toLower(), isotime::toStored(*at), status);
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
        m_insert->add(deal.id).add(stageId).add(status).add(isotime::toStored(*at)).add(nullableId(byId)).add(nullableText(note)).exec();
        m_seen.insert(key, row.line());
        aff->lastLine = row.line();
        return true;
    }

    // Rebuilds each touched deal's chain: ordered by time, the first row from NULL, each
    // next row from the previous row's stage and status; it must end where the deal is.
    void finish(QList<FieldError> &errors) override
    {
        SqlQuery drop(m_db, QStringLiteral("DELETE FROM opportunity_stage_history WHERE opportunity_id = ? AND id <= ?"));
        SqlQuery list(m_db, QStringLiteral("SELECT id, to_stage_id, to_status, changed_at FROM opportunity_stage_history "
                                           "WHERE opportunity_id = ? ORDER BY changed_at, id"));
        SqlQuery link(m_db, QStringLiteral("UPDATE opportunity_stage_history SET from_stage_id = ?, from_status = ? "
                                           "WHERE id = ?"));
        SqlQuery outcome(m_db, QStringLiteral("INSERT INTO opportunity_stage_history (opportunity_id, from_stage_id, "
                                              "to_stage_id, from_status, to_status, changed_at) VALUES (?, ?, ?, ?, ?, ?)"));
        for (auto it = m_affected.cbegin(); it != m_affected.cend(); ++it) {
            const Affected &a = it.value();
            const qint64 dealId = it.key();
            auto fail = [&](const QString &value, const QString &reason) {
                errors.append({QStringLiteral("stage-history"), QStringLiteral("opportunity_external_id"), value, reason,
                               int(a.lastLine)});
            };
            if (a.replace)
                drop.add(dealId).add(m_maxIdBefore).exec();
            struct Step { qint64 id; qint64 stage; QString status; QString at; };
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
                outcome.add(dealId).add(steps.last().stage).add(steps.last().stage).add(steps.last().status)
                    .add(a.deal.status).add(closedAt).exec();
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
    std::unique_ptr<BulkInsert> m_insert;
    std::unique_ptr<SqlQuery> m_storedDup;
    std::unique_ptr<SqlQuery> m_moved;
};

// Customers ------------------------------------------------------------------------

class CustomerImporter final : public Base
{
    enum { ExtId, Name, Tier, Score, Industry, Size, Region, Owner, Phone, Email, Address, Website, Source, Notes,
           CreatedAt };

public:
    CustomerImporter(Database &db, ImportRefs &refs, const KindImportSettings &s)
        : Base(db, refs, s)
    {
        SqlQuery q(db, QStringLiteral("SELECT external_id FROM customers WHERE external_id IS NOT NULL"));
        q.exec();
        while (q.next())
            m_extIds.insert(q.value(0).toString(), 0);
        m_insert = bulk("INSERT INTO customers (external_id, name, normalized_name, tier, score, industry, size, "
                           "region_id, owner_id, phone, email, address, website, source, notes, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    bool importRow(ImportRow &row) override
    {
        const QString ext = text(row, ExtId, 100, false);
        const QString name = text(row, Name, 300, true);
        const QString tier = row.value(Tier).toUpper();
        if (!tier.isEmpty() && tier != QLatin1String("A") && tier != QLatin1String("B") && tier != QLatin1String("C"))
            row.error(Tier, row.value(Tier), Import::tr("is not a tier (A, B or C)"));
        qint64 score = 0;
        if (!row.value(Score).isEmpty()) {
            const auto v = importvalues::integer(row.value(Score));
            if (!v || *v > 100)
                row.error(Score, row.value(Score), Import::tr("is not a score from 0 to 100"));
            else
                score = *v;
        }
        const QString industry = text(row, Industry, 200, false);
        QString size;
        if (!row.value(Size).isEmpty()) {
            size = canonicalWord(row.value(Size), {{"micro", "微型|微"}, {"small", "小型|小"}, {"medium", "中型|中"},
                                                   {"large", "大型|大"}, {"enterprise", "集团|集團|超大型|特大型"}});
            if (size.isEmpty())
                row.error(Size, row.value(Size), Import::tr("is not a size (micro, small, medium, large, enterprise)"));
        }
        Ref region = ref(row, Region, RefKind::Region, false);
        Ref owner = ref(row, Owner, RefKind::User, false);
        const QString phone = text(row, Phone, 100, false);
        const QString mail = email(row, Email);
        const QString address = text(row, Address, 500, false);
        const QString website = text(row, Website, 300, false);
        const QString source = text(row, Source, 200, false);
        const QString notes = text(row, Notes, Validator::kMaxTextLength, false);
        const auto createdAt = timestamp(row, CreatedAt, false);
        if (!ext.isEmpty() && m_extIds.contains(ext))
            row.error(ExtId, ext, duplicateOf(m_extIds.value(ext)));
        if (!name.isEmpty()) {
            const auto inFile = m_names.constFind(ImportRefs::key(RefKind::Customer, name));
            if (inFile != m_names.constEnd())
                row.error(Name, name, duplicateOf(*inFile));
            else if (m_refs.find(RefKind::Customer, name) != 0)
                row.error(Name, name, duplicateOf(0));
        }
        if (!row.ok())
            return false;
        const qint64 regionId = realize(region);
        const qint64 ownerId = realize(owner);
        const QString created = stamp(createdAt);
        const qint64 id = m_insert->add(nullableText(ext))
                              .add(name)
                              .add(normalize::companyName(name))
                              .add(nullableText(tier))
                              .add(score)
                              .add(nullableText(industry))
                              .add(nullableText(size))
                              .add(nullableId(regionId))
                              .add(nullableId(ownerId))
                              .add(nullableText(phone))
                              .add(nullableText(mail))
                              .add(nullableText(address))
                              .add(nullableText(website))
                              .add(nullableText(source))
                              .add(nullableText(notes))
                              .add(created)
                              .add(m_nowText)
                              .exec();
        audit("customer", id);
        m_refs.remember(RefKind::Customer, name, id);
        m_names.insert(ImportRefs::key(RefKind::Customer, name), row.line());
        if (!ext.isEmpty())
            m_extIds.insert(ext, row.line());
        return true;
    }

private:
    QHash<QString, qint64> m_extIds;
    QHash<QString, qint64> m_names;
    std::unique_ptr<BulkInsert> m_insert;
};

// Contacts -------------------------------------------------------------------------

class ContactImporter final : public Base
{
    enum { Customer, Name, Title, Phone, Mobile, Email, Wechat, IsPrimary, Notes };

public:
    ContactImporter(Database &db, ImportRefs &refs, const KindImportSettings &s)
        : Base(db, refs, s)
    {
        SqlQuery q(db, QStringLiteral("SELECT customer_id, name FROM contacts"));
        q.exec();
        while (q.next())
            m_keys.insert(QString::number(q.value(0).toLongLong()) + QChar(0x1F) + q.value(1).toString().simplified().toLower(), 0);
        m_insert = bulk("INSERT INTO contacts (customer_id, name, title, phone, mobile, email, wechat, is_primary, "
                           "notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    bool importRow(ImportRow &row) override
    {
        Ref customer = ref(row, Customer, RefKind::Customer, true);
        const QString name = text(row, Name, 200, true);
        const QString title = text(row, Title, 200, false);
        const QString phone = text(row, Phone, 100, false);
        const QString mobile = text(row, Mobile, 100, false);
        const QString mail = email(row, Email);
        const QString wechat = text(row, Wechat, 100, false);
        const auto primary = importvalues::boolean(row.value(IsPrimary));
        if (!primary)
            row.error(IsPrimary, row.value(IsPrimary), Import::tr("is not yes/no (1/0)"));
        const QString notes = text(row, Notes, Validator::kMaxTextLength, false);
        QString key;
        if (!name.isEmpty() && !customer.name.isEmpty()) {
            key = (customer.id > 0 ? QString::number(customer.id) : QStringLiteral("new:") + customer.name.toLower())
                + QChar(0x1F) + name.simplified().toLower();
            if (m_keys.contains(key))
                row.error(Name, name, duplicateOf(m_keys.value(key)) + Import::tr(" (same customer and name)"));
        }
        if (!row.ok())
            return false;
        const qint64 customerId = realize(customer);
        const qint64 id = m_insert->add(customerId)
                              .add(name)
                              .add(nullableText(title))
                              .add(nullableText(phone))
                              .add(nullableText(mobile))
                              .add(nullableText(mail))
                              .add(nullableText(wechat))
                              .add(*primary ? 1 : 0)
                              .add(nullableText(notes))
                              .add(m_nowText)
                              .add(m_nowText)
                              .exec();
        audit("contact", id);
        m_keys.insert(key, row.line());
        m_keys.insert(QString::number(customerId) + QChar(0x1F) + name.simplified().toLower(), row.line());
        return true;
    }

private:
    QHash<QString, qint64> m_keys;
    std::unique_ptr<BulkInsert> m_insert;
};

// Leads ----------------------------------------------------------------------------

class LeadImporter final : public Base
{
    enum { ExtId, Name, Company, Title, Phone, Email, Source, Campaign, Status, Owner, Region, Notes, CreatedAt };

public:
    LeadImporter(Database &db, ImportRefs &refs, const KindImportSettings &s)
        : Base(db, refs, s)
    {
        SqlQuery q(db, QStringLiteral("SELECT external_id, normalized_phone, normalized_company, name FROM leads"));
        q.exec();
        while (q.next()) {
            if (!q.value(0).isNull())
                m_extIds.insert(q.value(0).toString(), 0);
            if (!q.value(1).toString().isEmpty())
                m_phones.insert(q.value(1).toString(), 0);
            m_names.insert(q.value(2).toString() + QChar(0x1F) + q.value(3).toString().simplified().toLower(), 0);
        }
        m_insert = bulk("INSERT INTO leads (external_id, name, company, normalized_company, title, phone, "
                           "normalized_phone, email, source, campaign_id, status, owner_id, region_id, assigned_at, "
                           "notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    bool importRow(ImportRow &row) override
    {
        const QString ext = text(row, ExtId, 100, false);
        const QString name = text(row, Name, 200, true);
        const QString company = text(row, Company, 300, false);
        const QString title = text(row, Title, 200, false);
        const QString phone = text(row, Phone, 100, false);
        const QString mail = email(row, Email);
        const QString source = text(row, Source, 200, false);
        Ref campaign = ref(row, Campaign, RefKind::Campaign, false);
        QString status = QStringLiteral("new");
        if (!row.value(Status).isEmpty()) {
            status = canonicalWord(row.value(Status),
                                   {{"new", "新建|新线索|新線索|未处理|未處理|新"},
                                    {"contacted", "已联系|已聯繫|联系中|聯繫中|跟进中|跟進中"},
                                    {"qualified", "合格|有效|已确认|已確認"},
                                    {"disqualified", "无效|無效|不合格"},
                                    {"converted", "已转化|已轉化|转化|轉化"}});
            if (status.isEmpty())
                row.error(Status, row.value(Status), Import::tr("is not a lead status (new, contacted, qualified, disqualified, converted)"));
        }
        Ref owner = ref(row, Owner, RefKind::User, false);
        Ref region = ref(row, Region, RefKind::Region, false);
        const QString notes = text(row, Notes, Validator::kMaxTextLength, false);
        const auto createdAt = timestamp(row, CreatedAt, false);
        const QString normPhone = normalize::phone(phone);
        const QString normCompany = company.isEmpty() ? QString() : normalize::companyName(company);
        const QString nameKey = normCompany + QChar(0x1F) + name.simplified().toLower();
        if (!ext.isEmpty() && (m_extIds.contains(ext) || (ext.startsWith(QLatin1String("FD-")) && m_refs.lead(ext))))
            row.error(ExtId, ext, duplicateOf(m_extIds.value(ext)));
        else if (!normPhone.isEmpty() && m_phones.contains(normPhone))
            row.error(Phone, phone, duplicateOf(m_phones.value(normPhone)) + Import::tr(" (same phone)"));
        else if (!name.isEmpty() && m_names.contains(nameKey))
            row.error(Name, name, duplicateOf(m_names.value(nameKey)) + Import::tr(" (same company and name)"));
        if (!row.ok())
            return false;
        const qint64 campaignId = realize(campaign);
        const qint64 regionId = realize(region);
        const qint64 ownerId = realize(owner);
        const QString created = stamp(createdAt);
        const qint64 id = m_insert->add(nullableText(ext))
                              .add(name)
                              .add(nullableText(company))
                              .add(nullableText(normCompany))
                              .add(nullableText(title))
                              .add(nullableText(phone))
                              .add(nullableText(normPhone))
                              .add(nullableText(mail))
                              .add(nullableText(source))
                              .add(nullableId(campaignId))
                              .add(status)
                              .add(nullableId(ownerId))
                              .add(nullableId(regionId))
                              .add(ownerId ? QVariant(created) : QVariant())
                              .add(nullableText(notes))
                              .add(created)
                              .add(m_nowText)
                              .exec();
        audit("lead", id);
        if (!ext.isEmpty()) {
            m_extIds.insert(ext, row.line());
            m_refs.addLead(ext, id);
        }
        if (!normPhone.isEmpty())
            m_phones.insert(normPhone, row.line());
        m_names.insert(nameKey, row.line());
        return true;
    }

private:
    QHash<QString, qint64> m_extIds;
    QHash<QString, qint64> m_phones;
    QHash<QString, qint64> m_names;
    std::unique_ptr<BulkInsert> m_insert;
};

// Activities -----------------------------------------------------------------------

class ActivityImporter final : public Base
{
    enum { Kind, Subject, OccurredAt, Duration, Outcome, Notes, User, Customer, OppExt, LeadExt };

public:
    ActivityImporter(Database &db, ImportRefs &refs, const KindImportSettings &s)
        : Base(db, refs, s)
    {
        m_insert = bulk("INSERT INTO activities (kind, subject, occurred_at, duration_minutes, outcome, notes, "
                           "user_id, lead_id, customer_id, opportunity_id, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
            row.error(Kind, row.value(Kind), Import::tr("is not an activity kind (call, visit, meeting, proposal, email)"));
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
        const qint64 id = m_insert->add(kind)
                              .add(subject)
                              .add(isotime::toStored(*at))
                              .add(nullable(minutes))
                              .add(nullableText(outcome))
                              .add(nullableText(notes))
                              .add(userId)
                              .add(nullableId(leadId))
                              .add(nullableId(customerId))
                              .add(nullableId(oppId))
                              .add(m_nowText)
                              .exec();
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

ImportRow::ImportRow(const QString &entity, const QStringList &canonical, const QList<int> &sourceIndex,
                     const QStringList &sourceHeader, bool serialDates)
    : m_entity(entity)
    , m_canonical(canonical)
    , m_sourceIndex(sourceIndex)
    , m_sourceHeader(sourceHeader)
    , m_serialDates(serialDates)
{
}

void ImportRow::reset(const SourceRecord &record)
{
    m_record = &record;
    m_errors.clear();
}

QString ImportRow::value(int column) const
{
    const int i = m_sourceIndex.at(column);
    if (i < 0 || i >= m_record->fields.size())
        return {};
    return CsvWriter::stripFormulaGuard(m_record->fields.at(i).trimmed());
}

void ImportRow::error(int column, const QString &value, const QString &reason)
{
    QString field;
    if (column >= 0) {
        const int i = m_sourceIndex.at(column);
        field = i >= 0 ? m_sourceHeader.value(i) : QString();
        if (field.isEmpty())
            field = m_canonical.value(column);
    }
    m_errors.append({m_entity, field, value, reason, int(m_record->line)});
}

void ImportRow::sourceError(int sourceColumn, const QString &reason)
{
    const QString value = m_record->fields.value(sourceColumn - 1);
    m_errors.append({m_entity, m_sourceHeader.value(sourceColumn - 1, QString::number(sourceColumn)),
                     value.left(200), reason, int(m_record->line)});
}

std::unique_ptr<KindImporter> makeKindImporter(DataKind kind, Database &db, ImportRefs &refs,
                                               const KindImportSettings &settings)
{
    switch (kind) {
    case DataKind::Opportunities:
        return std::make_unique<OpportunityImporter>(db, refs, settings);
    case DataKind::StageHistory:
        return std::make_unique<StageHistoryImporter>(db, refs, settings);
    case DataKind::Customers:
        return std::make_unique<CustomerImporter>(db, refs, settings);
    case DataKind::Contacts:
        return std::make_unique<ContactImporter>(db, refs, settings);
    case DataKind::Leads:
        return std::make_unique<LeadImporter>(db, refs, settings);
    case DataKind::Activities:
        return std::make_unique<ActivityImporter>(db, refs, settings);
    }
    return nullptr;
}

} // namespace fd
