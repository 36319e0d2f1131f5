#include "opportunityrepository.h"
#include "domain/trcontext.h"
#include "repositorysupport.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/margin.h"
#include "domain/splitcredit.h"
#include "domain/validator.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/scopefilter.h"
#include "storage/sqlquery.h"
#include "storage/tables/opportunitytables.h"
#include "storage/tables/stagehistory.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace fd {

namespace {

using repo::exists;

OpportunityStatus statusFrom(const QVariant &v)
{
    OpportunityStatus s = OpportunityStatus::Open;
    parseOpportunityStatus(v.toString(), &s);
    return s;
}
} // namespace

void OpportunityRepository::validate(const Opportunity &o)
{
    Validator v(QStringLiteral("opportunity"));
    v.required(QStringLiteral("title"), o.title, 300);
    v.nonNegative(QStringLiteral("amount"), o.amount.cents);
    v.currency(QStringLiteral("currency"), o.amount.currency);
    if (o.probabilityOverride)
        v.range(QStringLiteral("probability"), *o.probabilityOverride, 0, 100);
    v.check(exists(m_db, "customers", o.customerId), QStringLiteral("customer"), QString::number(o.customerId),
            Validation::tr("does not exist"));
    v.check(exists(m_db, "users", o.ownerId), QStringLiteral("owner"), QString::number(o.ownerId),
            Validation::tr("does not exist"));
    if (o.contactId)
        v.check(exists(m_db, "contacts", o.contactId), QStringLiteral("contact"), QString::number(o.contactId),
                Validation::tr("does not exist"));
    if (o.campaignId)
        v.check(exists(m_db, "campaigns", o.campaignId), QStringLiteral("campaign"), QString::number(o.campaignId),
                Validation::tr("does not exist"));
    SqlQuery stage(m_db, QStringLiteral("SELECT pipeline_id, active FROM stages WHERE id = ?"));
    stage.add(o.stageId).exec();
    if (!stage.next()) {
        v.check(false, QStringLiteral("stage"), QString::number(o.stageId), Validation::tr("does not exist"));
    } else {
        v.check(stage.value(0).toLongLong() == o.pipelineId, QStringLiteral("stage"), QString::number(o.stageId),
                Validation::tr("is not a stage of the deal's pipeline"));
        v.check(stage.value(1).toInt() == 1, QStringLiteral("stage"), QString::number(o.stageId),
                Validation::tr("has been retired"));
    }
    v.check(o.status != OpportunityStatus::Lost || !o.lostReason.trimmed().isEmpty(), QStringLiteral("lost_reason"),
            o.lostReason, Validation::tr("is required for a lost deal"));
    v.check(o.status == OpportunityStatus::Lost || o.lostReason.isEmpty(), QStringLiteral("lost_reason"), o.lostReason,
            Validation::tr("is only allowed for a lost deal"));
    v.maxLength(QStringLiteral("lost_reason"), o.lostReason, 500);
    v.maxLength(QStringLiteral("external_id"), o.externalId, 100);
    v.maxLength(QStringLiteral("source"), o.source, 200);
    v.maxLength(QStringLiteral("description"), o.description, Validator::kMaxTextLength);
    if (o.expectedCloseDate.isValid())
        v.range(QStringLiteral("expected_close"), o.expectedCloseDate.year(), 1990, 2200);
    for (const TeamMember &m : o.team)
        v.check(exists(m_db, "users", m.userId), QStringLiteral("team.user"), QString::number(m.userId),
                Validation::tr("does not exist"));
    splits::check(v, o.splitForm, o.amount.cents, o.team);
    for (const OpportunityProduct &p : o.products) {
        v.check(exists(m_db, "products", p.productId), QStringLiteral("product"), QString::number(p.productId),
                Validation::tr("does not exist"));
        v.range(QStringLiteral("product.quantity"), p.quantity, 1, 1000000);
        v.nonNegative(QStringLiteral("product.unit_price"), p.unitPriceCents);
        v.range(QStringLiteral("product.discount"), p.discountPercent, 0, 100);
        if (p.unitCostCents)
            v.nonNegative(QStringLiteral("product.unit_cost"), *p.unitCostCents);
    }
    v.throwIfInvalid();
}

StageHistoryEntry OpportunityRepository::writeHistory(qint64 oppId, qint64 fromStage, qint64 toStage,
                                                      std::optional<OpportunityStatus> fromStatus,
                                                      OpportunityStatus toStatus, const QString &note)
{
    StageHistoryEntry e;
    e.opportunityId = oppId;
    e.fromStageId = fromStage;
    e.toStageId = toStage;
    e.fromStatus = fromStatus;
    e.toStatus = toStatus;
    // Stored text has whole seconds; keep the entry equal to what a reload returns.
    e.changedAt = isotime::parseTimestamp(isotime::toStored(m_db.clock().now())).value_or(QDateTime());
    e.changedBy = m_db.actingUserId();
    e.note = note;
    e.id = insertHistory(e);
    return e;
}

qint64 OpportunityRepository::insertHistory(const StageHistoryEntry &e)
{
    // An id of 0 lets the database number the row; redo and restore pass the original id.
    return tables::recordStageChange(m_db, tables::stageChangeRow(e));
}

void OpportunityRepository::replaceChildren(Opportunity &o)
{
    SqlQuery delProducts(m_db, QStringLiteral("DELETE FROM opportunity_products WHERE opportunity_id = ?"));
    delProducts.add(o.id).exec();
    for (OpportunityProduct &p : o.products) {
        if (!p.unitCostCents) { // copied, so a later change of the catalog never rewrites this line's margin
            SqlQuery cost(m_db, QStringLiteral("SELECT cost_cents FROM products WHERE id = ?"));
            p.unitCostCents = cost.add(p.productId).scalar().toLongLong();
        }
        tables::OpportunityProductRow row = tables::productLineRow(o.id, p);
        row.id = 0;
        p.id = tables::insert(m_db, row);
    }
    SqlQuery delTeam(m_db, QStringLiteral("DELETE FROM opportunity_team_members WHERE opportunity_id = ?"));
    delTeam.add(o.id).exec();
    o.team = splits::normalized(o.splitForm, o.team);
    for (TeamMember &m : o.team) {
        tables::TeamMemberRow row = tables::teamMemberRow(o.id, m);
        row.id = 0;
        m.id = tables::insert(m_db, row);
    }
}

qint64 OpportunityRepository::create(Opportunity &o)
{
    validate(o);
    Viewer::of(m_db).requireCreate(m_db, RecordType::Deal, o.ownerId);
    const QDateTime now = m_db.clock().now();
    const bool closed = o.status == OpportunityStatus::Won || o.status == OpportunityStatus::Lost;
    Transaction tx(m_db);
    const QDateTime createdAt = o.createdAt.isValid() ? o.createdAt.toUTC() : now;
    const QDateTime closedAt = closed ? (o.closedAt.isValid() ? o.closedAt.toUTC() : now) : QDateTime();
    tables::OpportunityRow row = tables::opportunityRow(o);
    row.id = 0;
    row.closedAt = closed ? isotime::toStored(closedAt) : QString();
    row.createdAt = isotime::toStored(createdAt);
    row.createdBy = o.createdBy ? o.createdBy : m_db.actingUserId();
    row.updatedAt = isotime::toStored(now);
    row.rowVersion = 1;
    o.id = tables::insert(m_db, row);
    writeHistory(o.id, 0, o.stageId, std::nullopt, o.status, {});
    replaceChildren(o);
    audit::record(m_db, QStringLiteral("opportunity"), o.id, QStringLiteral("insert"));
    tx.commit();
    o.createdAt = createdAt;
    o.updatedAt = now;
    o.closedAt = closedAt;
    o.rowVersion = 1;
    return o.id;
}

std::optional<margin::Figures> OpportunityRepository::dealMargin(qint64 id)
{
    return margin::ofDeal(get(id).products);
}

Opportunity OpportunityRepository::get(qint64 id)
{
    QVariantList binds{id};
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT id, external_id, title, customer_id, contact_id, owner_id, pipeline_id, stage_id, "
                       "amount_cents, currency, probability_override, expected_close_date, status, lost_reason, "
                       "closed_at, source, campaign_id, description, created_at, created_by, updated_at, "
                       "row_version, updated_by, split_form FROM opportunities o")
            + repo::visibleOnly(m_db, RecordType::Deal, QStringLiteral("o"), QStringLiteral("WHERE o.id = ?"), binds));
    repo::execWith(q, binds);
    if (!q.next())
        throw NotFoundError(QStringLiteral("Opportunity %1 does not exist").arg(id));
    Opportunity o;
    o.id = q.value(0).toLongLong();
    o.externalId = q.value(1).toString();
    o.title = q.value(2).toString();
    o.customerId = q.value(3).toLongLong();
    o.contactId = rows::id(q.value(4));
    o.ownerId = q.value(5).toLongLong();
    o.pipelineId = q.value(6).toLongLong();
    o.stageId = q.value(7).toLongLong();
    o.amount = {q.value(8).toLongLong(), q.value(9).toString()};
    o.probabilityOverride = rows::optionalInt(q.value(10));
    o.expectedCloseDate = rows::date(q.value(11));
    o.status = statusFrom(q.value(12));
    o.lostReason = q.value(13).toString();
    o.closedAt = rows::timestamp(q.value(14));
    o.source = q.value(15).toString();
    o.campaignId = rows::id(q.value(16));
    o.description = q.value(17).toString();
    o.createdAt = rows::timestamp(q.value(18));
    o.createdBy = rows::id(q.value(19));
    o.updatedAt = rows::timestamp(q.value(20));
    o.rowVersion = q.value(21).toInt();
    o.updatedBy = rows::id(q.value(22));
    parseSplitForm(q.value(23).toString(), &o.splitForm);

    // A line written before costs were recorded (NULL) costs what its product costs now.
    SqlQuery p(m_db, QStringLiteral("SELECT op.id, op.product_id, op.quantity, op.unit_price_cents, "
                                    "op.discount_percent, COALESCE(op.unit_cost_cents, pr.cost_cents, 0) "
                                    "FROM opportunity_products op LEFT JOIN products pr ON pr.id = op.product_id "
                                    "WHERE op.opportunity_id = ? ORDER BY op.id"));
    p.add(id).exec();
    while (p.next())
        o.products.append({p.value(0).toLongLong(), p.value(1).toLongLong(), p.value(2).toInt(),
                           p.value(3).toLongLong(), p.value(4).toInt(), p.value(5).toLongLong()});
    SqlQuery t(m_db, QStringLiteral("SELECT id, user_id, role, split_percent, split_amount_cents "
                                    "FROM opportunity_team_members WHERE opportunity_id = ? ORDER BY id"));
    t.add(id).exec();
    while (t.next()) {
        TeamMember m;
        m.id = t.value(0).toLongLong();
        m.userId = t.value(1).toLongLong();
        m.role = t.value(2).toString();
        m.splitPercent = rows::optionalInt(t.value(3));
        m.splitAmountCents = rows::optionalInt64(t.value(4));
        o.team.append(m);
    }
    return o;
}

void OpportunityRepository::update(Opportunity &o)
{
    const Opportunity before = get(o.id);
    const Viewer viewer = Viewer::of(m_db);
    viewer.requireWrite(m_db, RecordType::Deal, o.id);
    if (o.ownerId != before.ownerId)
        viewer.requireReassign(RecordType::Deal, o.id);
    // Stage and status change only through moveToStage / setOutcome (they write history).
    o.stageId = before.stageId;
    o.pipelineId = before.pipelineId;
    o.status = before.status;
    if (o.status != OpportunityStatus::Lost)
        o.lostReason.clear();
    validate(o);
    if (before.rowVersion != o.rowVersion)
        throw ConflictError(QStringLiteral("Opportunity %1 was changed by someone else (version %2, yours %3)")
                                .arg(o.id)
                                .arg(before.rowVersion)
                                .arg(o.rowVersion));
    const QDateTime now = m_db.clock().now();
    Transaction tx(m_db);
    SqlQuery q(m_db,
               QStringLiteral("UPDATE opportunities SET external_id = ?, title = ?, customer_id = ?, contact_id = ?, "
                              "owner_id = ?, amount_cents = ?, currency = ?, probability_override = ?, "
                              "expected_close_date = ?, lost_reason = ?, source = ?, campaign_id = ?, description = ?, "
                              "split_form = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                              "WHERE id = ? AND row_version = ?"));
    q.add(nullableText(o.externalId))
        .add(o.title.trimmed())
        .add(o.customerId)
        .add(nullableId(o.contactId))
        .add(o.ownerId)
        .add(o.amount.cents)
        .add(o.amount.currency)
        .add(nullable(o.probabilityOverride))
        .add(rows::toStored(o.expectedCloseDate))
        .add(nullableText(o.lostReason.trimmed()))
        .add(nullableText(o.source))
        .add(nullableId(o.campaignId))
        .add(nullableText(o.description))
        .add(toString(o.splitForm))
        .add(isotime::toStored(now))
        .add(nullableId(m_db.actingUserId()))
        .add(o.id)
        .add(o.rowVersion)
        .exec();
    if (q.numRowsAffected() != 1)
        throw ConflictError(QStringLiteral("Opportunity %1 was changed by someone else").arg(o.id));
    replaceChildren(o);
    const QString entity = QStringLiteral("opportunity");
    audit::recordChange(m_db, entity, o.id, QStringLiteral("title"), before.title, o.title.trimmed());
    audit::recordChange(m_db, entity, o.id, QStringLiteral("customer_id"), before.customerId, o.customerId);
    audit::recordChange(m_db, entity, o.id, QStringLiteral("owner_id"), before.ownerId, o.ownerId);
    audit::recordChange(m_db, entity, o.id, QStringLiteral("amount_cents"), before.amount.cents, o.amount.cents);
    audit::recordChange(m_db, entity, o.id, QStringLiteral("currency"), before.amount.currency, o.amount.currency);
    audit::recordChange(m_db, entity, o.id, QStringLiteral("probability_override"),
                        nullable(before.probabilityOverride), nullable(o.probabilityOverride));
    audit::recordChange(m_db, entity, o.id, QStringLiteral("expected_close_date"),
                        rows::toStored(before.expectedCloseDate), rows::toStored(o.expectedCloseDate));
    audit::recordChange(m_db, entity, o.id, QStringLiteral("contact_id"), nullableId(before.contactId),
                        nullableId(o.contactId));
    audit::recordChange(m_db, entity, o.id, QStringLiteral("source"), nullableText(before.source),
                        nullableText(o.source));
    audit::recordChange(m_db, entity, o.id, QStringLiteral("campaign_id"), nullableId(before.campaignId),
                        nullableId(o.campaignId));
    audit::recordChange(m_db, entity, o.id, QStringLiteral("description"), nullableText(before.description),
                        nullableText(o.description));
    audit::recordChange(m_db, entity, o.id, QStringLiteral("split_form"), toString(before.splitForm),
                        toString(o.splitForm));
    audit::recordChange(m_db, entity, o.id, QStringLiteral("external_id"), nullableText(before.externalId),
                        nullableText(o.externalId));
    // The line items' cost (Σ quantity × unit cost): what a cost override changes in the margin.
    const auto lineCost = [](const Opportunity &deal) {
        const auto m = margin::ofDeal(deal.products);
        return m ? QVariant(m->cost) : QVariant();
    };
    audit::recordChange(m_db, entity, o.id, QStringLiteral("line_cost_cents"), lineCost(before), lineCost(o));
    tx.commit();
    o.updatedAt = now;
    o.updatedBy = m_db.actingUserId();
    o.rowVersion += 1;
}

int OpportunityRepository::moveToStage(qint64 id, qint64 stageId, const QString &note)
{
    return changeStage(id, stageId, note).rowVersion;
}

int OpportunityRepository::setOutcome(qint64 id, OpportunityStatus status, const QString &lostReason)
{
    return changeOutcome(id, status, lostReason).rowVersion;
}

void OpportunityRepository::remove(qint64 id)
{
    repo::requireWrite(m_db, RecordType::Deal, id);
    Transaction tx(m_db);
    // Activities and tasks stay with the customer (an activity must belong to something).
    for (const char *table : {"activities", "followup_tasks"}) {
        SqlQuery detach(m_db, QStringLiteral("UPDATE %1 SET opportunity_id = NULL, customer_id = COALESCE(customer_id, "
                                             "(SELECT customer_id FROM opportunities WHERE id = ?)) "
                                             "WHERE opportunity_id = ?")
                                  .arg(QLatin1String(table)));
        detach.add(id).add(id).exec();
    }
    SqlQuery q(m_db, QStringLiteral("DELETE FROM opportunities WHERE id = ?"));
    q.add(id).exec();
    if (q.numRowsAffected() != 1)
        throw NotFoundError(QStringLiteral("Opportunity %1 does not exist").arg(id));
    audit::record(m_db, QStringLiteral("opportunity"), id, QStringLiteral("delete"));
    tx.commit();
}

QList<StageHistoryEntry> OpportunityRepository::history(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, opportunity_id, from_stage_id, to_stage_id, from_status, to_status, "
                                    "changed_at, changed_by, note FROM opportunity_stage_history "
                                    "WHERE opportunity_id = ? ORDER BY changed_at, id"));
    q.add(id).exec();
    QList<StageHistoryEntry> list;
    while (q.next()) {
        StageHistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.opportunityId = q.value(1).toLongLong();
        e.fromStageId = rows::id(q.value(2));
        e.toStageId = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            e.fromStatus = statusFrom(q.value(4));
        e.toStatus = statusFrom(q.value(5));
        e.changedAt = rows::timestamp(q.value(6));
        e.changedBy = rows::id(q.value(7));
        e.note = q.value(8).toString();
        list.append(e);
    }
    return list;
}

QList<DealSummary> OpportunityRepository::querySummaries(const QString &where, const QVariantList &binds)
{
    // Days in stage start at the last history row that changed the stage (or created the deal).
    QVariantList allBinds = binds;
    // The next follow-up only for those who see tasks (finance does not: see Viewer::seesAny).
    const QString nextFollowUp =
        Viewer::of(m_db).seesAny(RecordType::Task) ? QStringLiteral(
            "(SELECT MIN(t.due_at) FROM followup_tasks t WHERE t.opportunity_id = o.id AND t.done = 0)")
                                                   : QStringLiteral("NULL");
    const QString sql =
        QStringLiteral(
            "SELECT o.id, o.title, o.customer_id, c.name, o.owner_id, u.display_name, u.team_id, "
            "(SELECT tm.region_id FROM teams tm WHERE tm.id = u.team_id), "
            "o.pipeline_id, o.stage_id, o.amount_cents, o.currency, o.probability_override, s.win_probability, "
            "o.expected_close_date, o.status, o.row_version, "
            "(SELECT MAX(h.changed_at) FROM opportunity_stage_history h WHERE h.opportunity_id = o.id "
            "  AND (h.from_stage_id IS NULL OR h.from_stage_id <> h.to_stage_id)), "
            "%2 "
            "FROM opportunities o "
            "JOIN customers c ON c.id = o.customer_id "
            "JOIN users u ON u.id = o.owner_id "
            "JOIN stages s ON s.id = o.stage_id "
            "%1 ORDER BY s.position, o.amount_cents DESC, o.id")
            .arg(repo::visibleOnly(m_db, RecordType::Deal, QStringLiteral("o"), where, allBinds), nextFollowUp);
    SqlQuery q(m_db, sql);
    repo::execWith(q, allBinds);
    QList<DealSummary> list;
    while (q.next()) {
        DealSummary d;
        d.id = q.value(0).toLongLong();
        d.title = q.value(1).toString();
        d.customerId = q.value(2).toLongLong();
        d.customerName = q.value(3).toString();
        d.ownerId = q.value(4).toLongLong();
        d.ownerName = q.value(5).toString();
        d.teamId = rows::id(q.value(6));
        d.regionId = rows::id(q.value(7));
        d.pipelineId = q.value(8).toLongLong();
        d.stageId = q.value(9).toLongLong();
        d.amount = {q.value(10).toLongLong(), q.value(11).toString()};
        d.probabilityOverridden = !q.value(12).isNull();
        d.probability = d.probabilityOverridden ? q.value(12).toInt() : q.value(13).toInt();
        d.expectedCloseDate = rows::date(q.value(14));
        d.status = statusFrom(q.value(15));
        d.rowVersion = q.value(16).toInt();
        d.stageEnteredAt = rows::timestamp(q.value(17));
        d.nextFollowUpAt = rows::timestamp(q.value(18));
        list.append(d);
    }
    return list;
}

QList<DealSummary> OpportunityRepository::summaries(const DealFilter &f)
{
    // Pipeline, team, region and product line: the one scope definition (scopefilter.h).
    Scope scope;
    scope.pipelineId = f.pipelineId;
    scope.teamId = f.teamId;
    scope.regionId = f.regionId;
    scope.productLineId = f.productLineId;
    const SqlCondition inScope = ScopeFilter(scope).deals(QStringLiteral("o"));
    QStringList where;
    QVariantList binds;
    if (!inScope.isEmpty()) {
        where << inScope.sql;
        binds += inScope.binds;
    }
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (OpportunityStatus s : f.statuses) {
            marks << QStringLiteral("?");
            binds << toString(s);
        }
        where << QStringLiteral("o.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!f.ownerIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : f.ownerIds) {
            marks << QStringLiteral("?");
            binds << id;
        }
        where << QStringLiteral("o.owner_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (f.closeFrom.isValid()) {
        where << QStringLiteral("o.expected_close_date >= ?");
        binds << isotime::toStored(f.closeFrom);
    }
    if (f.closeTo.isValid()) {
        where << QStringLiteral("o.expected_close_date <= ?");
        binds << isotime::toStored(f.closeTo);
    }
    if (!f.text.trimmed().isEmpty()) {
        const QString like = m_db.dialect().likeOperator();
        where << QStringLiteral("(o.title %1 ? OR c.name %1 ?)").arg(like);
        const QString pattern = QLatin1Char('%') + f.text.trimmed() + QLatin1Char('%');
        binds << pattern << pattern;
    }
    const QString clause = where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    return querySummaries(clause, binds);
}

DealSummary OpportunityRepository::summary(qint64 id)
{
    const auto list = querySummaries(QStringLiteral("WHERE o.id = ?"), {id});
    if (list.isEmpty())
        throw NotFoundError(QStringLiteral("Opportunity %1 does not exist").arg(id));
    return list.first();
}

QList<DealLine> OpportunityRepository::queryLines(const QString &whereAndOrder, const QVariantList &binds)
{
    QVariantList allBinds = binds;
    SqlQuery q(m_db, QStringLiteral("SELECT o.id, o.title, c.name, o.owner_id, u.display_name, s.name, o.status, "
                                    "o.amount_cents, o.currency, o.expected_close_date FROM opportunities o "
                                    "JOIN customers c ON c.id = o.customer_id JOIN users u ON u.id = o.owner_id "
                                    "JOIN stages s ON s.id = o.stage_id ")
                         + repo::visibleOnly(m_db, RecordType::Deal, QStringLiteral("o"), whereAndOrder, allBinds));
    repo::execWith(q, allBinds);
    QList<DealLine> list;
    while (q.next()) {
        DealLine l;
        l.id = q.value(0).toLongLong();
        l.title = q.value(1).toString();
        l.customerName = q.value(2).toString();
        l.ownerId = q.value(3).toLongLong();
        l.ownerName = q.value(4).toString();
        l.stageName = q.value(5).toString();
        l.status = statusFrom(q.value(6));
        l.amount = {q.value(7).toLongLong(), q.value(8).toString()};
        l.expectedCloseDate = rows::date(q.value(9));
        list.append(l);
    }
    return list;
}

QHash<qint64, DealLine> OpportunityRepository::lines(const QList<qint64> &ids)
{
    QHash<qint64, DealLine> found;
    for (const QVariantList &part : repo::idChunks(ids)) {
        QVariantList binds;
        const QString where = QStringLiteral("WHERE o.id IN (%1)").arg(repo::placeholders(part, binds));
        for (const DealLine &l : queryLines(where, binds))
            found.insert(l.id, l);
    }
    return found;
}

QList<DealLine> OpportunityRepository::linesOfCustomer(qint64 customerId)
{
    return queryLines(QStringLiteral("WHERE o.customer_id = ? ORDER BY o.status = 'open' DESC, o.created_at DESC"),
                      {customerId});
}

} // namespace fd
