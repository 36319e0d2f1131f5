#include "payplanrepository.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/trcontext.h"
#include "domain/validator.h"
#include "repositorysupport.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/scopefilter.h"
#include "storage/sqlquery.h"
#include "storage/tables/payplantables.h"
#include "storage/transaction.h"
#include "storage/viewer.h"

#include <QHash>

#include <algorithm>

namespace fd {

namespace {

const QString kEntity = QStringLiteral("pay_plan");

// A version must not take effect in or before a pay period finance has closed (migration
// 0024): a closed period is never recomputed, its statements read back as they were closed,
// and later changes reach the next period as adjustments — new terms for it could only be
// paid by rewriting it. Located at "effective_from".
void refuseVersionInClosedPeriod(Database &db, Validator &v, const PayPlan &plan, const PlanVersion &version)
{
    Q_UNUSED(plan);
    if (!version.effectiveFrom.isValid())
        return;
    SqlQuery q(db, QStringLiteral("SELECT max(period) FROM pay_period_closes"));
    const QString lastClosed = q.scalar().toString();
    v.check(lastClosed.isEmpty() || version.effectiveFrom.toString(QStringLiteral("yyyy-MM")) > lastClosed,
            QStringLiteral("effective_from"), version.effectiveFrom.toString(Qt::ISODate),
            Validation::tr("falls in or before %1, a closed pay period (a closed period is never reopened: let the "
                           "new terms take effect after it)")
                .arg(lastClosed));
}

// The other active plan that pays the same role or person as `plan`, if any (its name).
QString activeRival(Database &db, const PayPlan &plan)
{
    SqlQuery q(db, plan.userId
                       ? QStringLiteral("SELECT name FROM pay_plans WHERE active = 1 AND user_id = ? AND id <> ?")
                       : QStringLiteral("SELECT name FROM pay_plans WHERE active = 1 AND user_id IS NULL "
                                        "AND role = ? AND id <> ?"));
    q.add(plan.userId ? QVariant(plan.userId) : QVariant(plan.role ? toString(*plan.role) : QString()))
        .add(plan.id)
        .exec();
    return q.next() ? q.value(0).toString() : QString();
}

void checkNotRivalled(Database &db, Validator &v, const PayPlan &plan)
{
    if (!plan.active || plan.role.has_value() == (plan.userId != 0))
        return;
    const QString rival = activeRival(db, plan);
    v.check(rival.isEmpty(), plan.userId ? QStringLiteral("user") : QStringLiteral("role"),
            plan.userId ? QString::number(plan.userId) : toString(*plan.role),
            Validation::tr("is already paid by the active plan \"%1\"").arg(rival));
}

// Refused at name when another plan has it (its emptiness and length: payplans::check).
void checkNameFree(Database &db, Validator &v, const QString &name, qint64 planId)
{
    if (!name.trimmed().isEmpty())
        v.check(!repo::taken(db, "pay_plans", "name", name.trimmed(), planId), QStringLiteral("name"), name,
                Validation::tr("is already used by another plan"));
}

void recordVersion(Database &db, qint64 planId, const PlanVersion &version)
{
    audit::record(db, kEntity, planId, QStringLiteral("update"), QStringLiteral("version"), QVariant(),
                  isotime::toStored(version.effectiveFrom));
}

} // namespace

void PayPlanRepository::validate(const PayPlan &plan, const PlanVersion &version)
{
    Validator v(kEntity);
    payplans::check(v, plan, version);
    checkNameFree(m_db, v, plan.name, plan.id);
    if (plan.userId)
        v.check(repo::exists(m_db, "users", plan.userId), QStringLiteral("user"), QString::number(plan.userId),
                Validation::tr("does not exist"));
    if (!plan.id)
        checkNotRivalled(m_db, v, plan);
    if (plan.id && version.effectiveFrom.isValid()) {
        SqlQuery q(m_db, QStringLiteral("SELECT 1 FROM pay_plan_versions WHERE plan_id = ? AND effective_from = ?"));
        q.add(plan.id).add(isotime::toStored(version.effectiveFrom)).exec();
        v.check(!q.next(), QStringLiteral("effective_from"), isotime::toStored(version.effectiveFrom),
                Validation::tr("this plan already has a version taking effect on this date"));
    }
    refuseVersionInClosedPeriod(m_db, v, plan, version);
    v.throwIfInvalid();
}

PlanVersion PayPlanRepository::insertVersion(qint64 planId, PlanVersion version)
{
    version.planId = planId;
    version.createdBy = m_db.actingUserId();
    version.createdAt = m_db.clock().now();
    tables::PayPlanVersionRow row;
    row.planId = planId;
    row.effectiveFrom = isotime::toStored(version.effectiveFrom);
    row.basePayCents = version.basePayCents;
    row.capCents = version.capCents;
    row.accuracyBonusCents = version.accuracyBonusCents;
    row.accuracyTolerancePercent = version.accuracyTolerancePercent;
    row.activityBonusCents = version.activityBonusCents;
    row.activityNorm = version.activityNorm;
    row.note = version.note;
    row.createdBy = version.createdBy;
    row.createdAt = isotime::toStored(version.createdAt);
    version.id = tables::insert(m_db, row);
    for (const CommissionRule &rule : version.commissions) {
        tables::PayPlanCommissionRow r;
        r.versionId = version.id;
        r.base = toString(rule.base);
        r.rateBasisPoints = rule.rateBasisPoints;
        tables::insert(m_db, r);
    }
    for (const Tier &tier : version.tiers) {
        tables::PayPlanTierRow t;
        t.versionId = version.id;
        t.fromPercent = tier.fromPercent;
        t.multiplierPermille = tier.multiplierPermille;
        tables::insert(m_db, t);
    }
    recordVersion(m_db, planId, version);
    return version;
}

PayPlan PayPlanRepository::create(PayPlan plan, PlanVersion first)
{
    Viewer::of(m_db).requirePayPlans();
    plan.id = 0;
    plan.name = plan.name.trimmed();
    validate(plan, first);
    Transaction tx(m_db);
    const QString now = isotime::toStored(m_db.clock().now());
    tables::PayPlanRow row;
    row.name = plan.name;
    row.role = plan.role ? toString(*plan.role) : QString();
    row.userId = plan.userId;
    row.period = toString(plan.period);
    row.active = plan.active ? 1 : 0;
    row.createdBy = m_db.actingUserId();
    row.createdAt = now;
    row.updatedAt = now;
    plan.id = tables::insert(m_db, row);
    audit::record(m_db, kEntity, plan.id, QStringLiteral("insert"));
    plan.versions = {insertVersion(plan.id, first)};
    tx.commit();
    return plan;
}

PlanVersion PayPlanRepository::addVersion(qint64 planId, PlanVersion version)
{
    Viewer::of(m_db).requirePayPlans();
    const PayPlan plan = get(planId);
    validate(plan, version);
    Transaction tx(m_db);
    version = insertVersion(planId, version);
    SqlQuery q(m_db, QStringLiteral("UPDATE pay_plans SET updated_at = ? WHERE id = ?"));
    q.add(isotime::toStored(m_db.clock().now())).add(planId).exec();
    tx.commit();
    return version;
}

void PayPlanRepository::rename(qint64 planId, const QString &name)
{
    Viewer::of(m_db).requirePayPlans();
    const PayPlan plan = get(planId);
    Validator v(kEntity);
    v.required(QStringLiteral("name"), name, 100);
    checkNameFree(m_db, v, name, planId);
    v.throwIfInvalid();
    if (plan.name == name.trimmed())
        return;
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE pay_plans SET name = ?, updated_at = ? WHERE id = ?"));
    q.add(name.trimmed()).add(isotime::toStored(m_db.clock().now())).add(planId).exec();
    audit::recordChange(m_db, kEntity, planId, QStringLiteral("name"), plan.name, name.trimmed());
    tx.commit();
}

void PayPlanRepository::setActive(qint64 planId, bool active)
{
    Viewer::of(m_db).requirePayPlans();
    PayPlan plan = get(planId);
    if (plan.active == active)
        return;
    plan.active = active;
    Validator v(kEntity);
    checkNotRivalled(m_db, v, plan);
    v.throwIfInvalid();
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE pay_plans SET active = ?, updated_at = ? WHERE id = ?"));
    q.add(active ? 1 : 0).add(isotime::toStored(m_db.clock().now())).add(planId).exec();
    audit::recordChange(m_db, kEntity, planId, QStringLiteral("active"), active ? 0 : 1, active ? 1 : 0);
    tx.commit();
}

QList<PayPlan> PayPlanRepository::all()
{
    return load(0);
}

PayPlan PayPlanRepository::get(qint64 planId)
{
    const QList<PayPlan> plans = load(planId);
    if (plans.isEmpty())
        throw NotFoundError(QStringLiteral("Pay plan %1 does not exist").arg(planId));
    return plans.first();
}

QList<PayPlan> PayPlanRepository::load(qint64 onlyPlanId)
{
    // The plans first, filtered for the reader; then every version, rule and tier of them.
    // The office has a few dozen plans at most, so the children are read whole and matched
    // here (on PostgreSQL the server has left out those of plans the reader may not see).
    const SqlCondition visible = Viewer::of(m_db).readPayPlans(QStringLiteral("p"));
    QStringList where;
    QVariantList binds;
    if (!visible.isEmpty()) {
        where << visible.sql;
        binds += visible.binds;
    }
    if (onlyPlanId) {
        where << QStringLiteral("p.id = ?");
        binds << onlyPlanId;
    }
    SqlQuery plans(m_db, QStringLiteral("SELECT p.id, p.name, p.role, p.user_id, p.period, p.active FROM pay_plans p ")
                             + repo::where(where));
    repo::execWith(plans, binds);
    QList<PayPlan> list;
    QHash<qint64, qsizetype> planAt;
    while (plans.next()) {
        PayPlan p;
        p.id = plans.value(0).toLongLong();
        p.name = plans.value(1).toString();
        UserRole role{};
        if (!plans.value(2).isNull() && parseUserRole(plans.value(2).toString(), &role))
            p.role = role;
        p.userId = rows::id(plans.value(3));
        parsePlanPeriod(plans.value(4).toString(), &p.period);
        p.active = plans.value(5).toInt() == 1;
        list.append(p);
    }
    std::sort(list.begin(), list.end(),
              [](const PayPlan &a, const PayPlan &b) { return a.name != b.name ? a.name < b.name : a.id < b.id; });
    for (qsizetype i = 0; i < list.size(); ++i)
        planAt.insert(list[i].id, i);
    if (list.isEmpty())
        return list;

    const QString onePlan = onlyPlanId ? QStringLiteral(" WHERE plan_id = ?") : QString();
    SqlQuery versions(m_db, QStringLiteral("SELECT id, plan_id, effective_from, base_pay_cents, cap_cents, "
                                           "accuracy_bonus_cents, accuracy_tolerance_percent, activity_bonus_cents, "
                                           "activity_norm, note, created_by, created_at FROM pay_plan_versions")
                                + onePlan + QStringLiteral(" ORDER BY effective_from, id"));
    if (onlyPlanId)
        versions.add(onlyPlanId);
    versions.exec();
    // Where each version sits: its plan's index and its own index in that plan.
    QHash<qint64, std::pair<qsizetype, qsizetype>> versionAt;
    while (versions.next()) {
        const auto plan = planAt.constFind(versions.value(1).toLongLong());
        if (plan == planAt.cend())
            continue;
        PlanVersion v;
        v.id = versions.value(0).toLongLong();
        v.planId = versions.value(1).toLongLong();
        v.effectiveFrom = rows::date(versions.value(2));
        v.basePayCents = versions.value(3).toLongLong();
        v.capCents = rows::optionalInt64(versions.value(4));
        v.accuracyBonusCents = versions.value(5).toLongLong();
        v.accuracyTolerancePercent = versions.value(6).toInt();
        v.activityBonusCents = versions.value(7).toLongLong();
        v.activityNorm = versions.value(8).toInt();
        v.note = versions.value(9).toString();
        v.createdBy = rows::id(versions.value(10));
        v.createdAt = rows::timestamp(versions.value(11));
        QList<PlanVersion> &into = list[*plan].versions;
        versionAt.insert(v.id, {*plan, into.size()});
        into.append(v);
    }

    const QString oneVersionSet = onlyPlanId ? QStringLiteral(
                                      " WHERE version_id IN (SELECT id FROM pay_plan_versions WHERE plan_id = ?)")
                                             : QString();
    SqlQuery rules(m_db, QStringLiteral("SELECT version_id, base, rate_basis_points FROM pay_plan_commissions")
                             + oneVersionSet + QStringLiteral(" ORDER BY version_id, id"));
    if (onlyPlanId)
        rules.add(onlyPlanId);
    rules.exec();
    while (rules.next()) {
        const auto at = versionAt.constFind(rules.value(0).toLongLong());
        if (at == versionAt.cend())
            continue;
        CommissionRule rule;
        parseCommissionBase(rules.value(1).toString(), &rule.base);
        rule.rateBasisPoints = rules.value(2).toInt();
        list[at->first].versions[at->second].commissions.append(rule);
    }
    SqlQuery tiers(m_db, QStringLiteral("SELECT version_id, from_percent, multiplier_permille FROM pay_plan_tiers")
                             + oneVersionSet + QStringLiteral(" ORDER BY version_id, from_percent"));
    if (onlyPlanId)
        tiers.add(onlyPlanId);
    tiers.exec();
    while (tiers.next()) {
        const auto at = versionAt.constFind(tiers.value(0).toLongLong());
        if (at == versionAt.cend())
            continue;
        list[at->first].versions[at->second].tiers.append({tiers.value(1).toInt(), tiers.value(2).toInt()});
    }
    return list;
}

} // namespace fd
