#include "statement.h"

#include "dealreplay.h"
#include "dealsplits.h"
#include "forecastcommitments.h"
#include "snapshot.h"
#include "targets.h"
#include "timerange.h"

#include "domain/margin.h"
#include "domain/money.h"
#include "domain/splitcredit.h"
#include "domain/trcontext.h"
#include "domain/validator.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/scopefilter.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace fd::analytics {

QString toString(StatementStatus status)
{
    switch (status) {
    case StatementStatus::Open:
        return QStringLiteral("open");
    case StatementStatus::Reviewed:
        return QStringLiteral("reviewed");
    case StatementStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

namespace {

// a × b / c rounded half away from zero, for an `a` of either sign (c > 0, b ≥ 0).
qint64 signedMulDiv(qint64 a, qint64 b, qint64 c)
{
    return a < 0 ? -money::mulDivRound(-a, b, c) : money::mulDivRound(a, b, c);
}

qint64 commissionOf(qint64 baseCents, int rateBasisPoints)
{
    return signedMulDiv(baseCents, std::max(0, rateBasisPoints), 10000);
}

QDate monthStart(const QString &month)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    const auto m = form.match(month);
    return m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
}

QDate checkedMonthStart(const QString &month)
{
    const QDate first = monthStart(month);
    if (!first.isValid()) {
        Validator v(QStringLiteral("statement"));
        v.check(false, QStringLiteral("period"), month, Validation::tr("is not a month such as 2026-11"));
        v.throwIfInvalid();
    }
    return first;
}

// The tier bands as information lines: each band's slice of `cents` at completion `reached`
// (permille), by cumulative rounding so that the slices add up to applyTiers' result exactly.
QList<StatementComponent> bands(qint64 cents, const QList<Tier> &tiers, int reached)
{
    QList<StatementComponent> out;
    qint64 weighted = 0, paid = 0;
    for (int i = 0; i < tiers.size(); ++i) {
        const qint64 from = qint64(tiers[i].fromPercent) * 10;
        const qint64 to = i + 1 < tiers.size() ? qint64(tiers[i + 1].fromPercent) * 10 : reached;
        const qint64 inside = std::min(to, qint64(reached)) - std::min(from, qint64(reached));
        StatementComponent band;
        band.kind = StatementComponent::Band;
        band.counted = false;
        band.fromPercent = tiers[i].fromPercent;
        if (i + 1 < tiers.size())
            band.toPercent = tiers[i + 1].fromPercent;
        band.multiplierPermille = tiers[i].multiplierPermille;
        if (inside > 0) {
            band.baseCents = signedMulDiv(cents, inside, reached);
            weighted += inside * tiers[i].multiplierPermille;
            const qint64 upTo = signedMulDiv(cents, weighted, qint64(reached) * 1000);
            band.amountCents = upTo - paid;
            paid = upTo;
        }
        out << band;
    }
    return out;
}

// The commission of one rule for the plan period.
StatementComponent commission(const CommissionRule &rule, const StatementInputs &in)
{
    StatementComponent c;
    c.kind = StatementComponent::Commission;
    c.rule = rule.base;
    c.rateBasisPoints = rule.rateBasisPoints;
    switch (rule.base) {
    case CommissionBase::Won:
        for (const StatementDeal &d : in.deals)
            c.baseCents += d.creditCents;
        break;
    case CommissionBase::Received:
        for (const StatementReceipt &r : in.receipts)
            c.baseCents += r.creditCents;
        break;
    case CommissionBase::Margin:
        for (const StatementDeal &d : in.deals)
            c.baseCents += d.marginCredit.value_or(0);
        break;
    }
    c.amountCents = commissionOf(c.baseCents, rule.rateBasisPoints);
    return c;
}

// The claw-backs of one write-off: for each won or margin rule of the version that paid the
// deal, rate × the person's share of the written-off amount, within what that rule paid on the
// deal less what earlier write-offs of the contract took back.
QList<StatementComponent> clawbacks(const StatementWriteOff &w, const StatementInputs &in)
{
    QList<StatementComponent> out;
    const PayPlan *plan = payplans::planFor(in.plans, in.userId, in.role, w.dealWonOn);
    const PlanVersion *version = plan ? payplans::versionOn(*plan, w.dealWonOn) : nullptr;
    if (!version || w.dealWonOn > w.writtenOffOn)
        return out;
    for (const CommissionRule &rule : version->commissions) {
        qint64 paidBase = 0;
        if (rule.base == CommissionBase::Won)
            paidBase = w.dealCreditCents;
        else if (rule.base == CommissionBase::Margin)
            paidBase = w.dealMarginCredit.value_or(0);
        else
            continue; // received commission was paid on money that arrived: never taken back
        const qint64 paid = commissionOf(paidBase, rule.rateBasisPoints);
        const qint64 earlier = std::min(paid, commissionOf(w.priorCreditCents, rule.rateBasisPoints));
        const qint64 claw = std::min(commissionOf(w.creditCents, rule.rateBasisPoints), paid - earlier);
        if (claw <= 0)
            continue;
        StatementComponent c;
        c.kind = StatementComponent::Clawback;
        c.rule = rule.base;
        c.rateBasisPoints = rule.rateBasisPoints;
        c.baseCents = w.creditCents;
        c.amountCents = -claw;
        c.refId = w.adjustmentId;
        out << c;
    }
    return out;
}

} // namespace

QString planPeriodOf(const QString &month, PlanPeriod period, bool *lastMonth)
{
    const QDate first = monthStart(month);
    if (lastMonth)
        *lastMonth = period == PlanPeriod::Month || (first.isValid() && first.month() % 3 == 0);
    if (period == PlanPeriod::Month || !first.isValid())
        return month;
    return QStringLiteral("%1-Q%2").arg(first.year()).arg((first.month() - 1) / 3 + 1);
}

Statement computeStatement(const StatementInputs &in)
{
    Statement s;
    s.userId = in.userId;
    s.userName = in.userName;
    s.login = in.login;
    s.month = in.month;
    s.asOf = in.asOf;
    s.target = in.target;
    s.deals = in.deals;
    s.receipts = in.receipts;
    s.writeOffs = in.writeOffs;
    for (const StatementDeal &d : in.deals)
        s.creditedWon += d.creditCents;
    if (in.target && *in.target > 0)
        s.completionPermille = int(money::mulDivRound(std::max<qint64>(0, s.creditedWon), 1000, *in.target));

    const QDate first = checkedMonthStart(in.month);
    const PayPlan *plan = payplans::planFor(in.plans, in.userId, in.role, first);
    const PlanVersion *version = plan ? payplans::versionOn(*plan, first) : nullptr;
    bool lastMonth = true;
    s.planPeriodLabel = planPeriodOf(in.month, plan ? plan->period : PlanPeriod::Month, &lastMonth);
    if (plan && version) {
        s.planName = plan->name;
        s.planId = plan->id;
        s.planPeriod = plan->period;
        s.versionId = version->id;
        s.versionFrom = version->effectiveFrom;
        s.settles = lastMonth;

        StatementComponent base;
        base.kind = StatementComponent::Base;
        base.amountCents = version->basePayCents;
        s.components << base;
    }
    if (s.settles) {
        qint64 before = 0;
        for (const CommissionRule &rule : version->commissions) {
            const StatementComponent c = commission(rule, in);
            before += c.amountCents;
            s.components << c;
        }
        const qint64 tiered = payplans::applyTiers(before, version->tiers, s.completionPermille);
        if (!version->tiers.isEmpty()) {
            StatementComponent tiers;
            tiers.kind = StatementComponent::Tiers;
            tiers.baseCents = before;
            tiers.amountCents = tiered - before;
            s.components << tiers;
            if (s.completionPermille && *s.completionPermille > 0)
                s.components << bands(before, version->tiers, *s.completionPermille);
        }
        if (version->capCents && tiered > *version->capCents) {
            StatementComponent cap;
            cap.kind = StatementComponent::Cap;
            cap.baseCents = *version->capCents;
            cap.amountCents = *version->capCents - tiered;
            s.components << cap;
        }
        if (version->accuracyBonusCents > 0) {
            StatementComponent accuracy;
            accuracy.kind = StatementComponent::Accuracy;
            accuracy.baseCents = in.committed.value_or(0);
            accuracy.compareCents = s.creditedWon;
            accuracy.amountCents = payplans::accuracyBonus(*version, in.committed, s.creditedWon);
            s.components << accuracy;
        }
        if (version->activityBonusCents > 0) {
            StatementComponent activity;
            activity.kind = StatementComponent::Activity;
            activity.baseCents = in.activities;
            activity.compareCents = version->activityNorm;
            activity.amountCents = payplans::activityBonus(*version, in.activities);
            s.components << activity;
        }
    }
    for (const StatementWriteOff &w : in.writeOffs)
        s.components << clawbacks(w, in);
    for (const StatementComponent &c : std::as_const(s.components)) {
        if (c.counted)
            s.ownCents += c.amountCents;
    }
    s.totalCents = s.ownCents;
    for (const ClosedPeriodChange &closed : in.closedPeriods) {
        const qint64 owed = closed.liveCents - closed.paidCents;
        if (owed == 0)
            continue;
        StatementComponent adjustment;
        adjustment.kind = StatementComponent::Adjustment;
        adjustment.period = closed.period;
        adjustment.baseCents = closed.liveCents;
        adjustment.compareCents = closed.paidCents;
        adjustment.amountCents = owed;
        adjustment.changes = closed.changes;
        s.components << adjustment;
        s.totalCents += owed;
    }
    return s;
}

// ---- JSON: the frozen form of a closed statement --------------------------------------

namespace {

QString kindName(StatementComponent::Kind kind)
{
    static const char *const names[] = {"base",     "commission", "tiers",    "band",      "cap",
                                        "clawback", "accuracy",   "activity", "adjustment"};
    return QString::fromLatin1(names[kind]);
}

StatementComponent::Kind kindOf(const QString &name)
{
    for (int k = StatementComponent::Base; k <= StatementComponent::Adjustment; ++k) {
        if (kindName(StatementComponent::Kind(k)) == name)
            return StatementComponent::Kind(k);
    }
    return StatementComponent::Base;
}

// Cents as JSON numbers: exact up to 2^53 cents, far beyond any pay.
qint64 cents(const QJsonValue &v)
{
    return qint64(v.toDouble());
}

QString date(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate dateOf(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QJsonValue optional(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

std::optional<qint64> optionalOf(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<qint64>(cents(v)) : std::nullopt;
}

} // namespace

QJsonObject toJson(const Statement &s)
{
    QJsonArray deals, receipts, writeOffs, components;
    for (const StatementDeal &d : s.deals) {
        deals.append(QJsonObject{{QStringLiteral("deal_id"), double(d.dealId)},
                                 {QStringLiteral("title"), d.title},
                                 {QStringLiteral("customer"), d.customer},
                                 {QStringLiteral("split_form"), toString(d.form)},
                                 {QStringLiteral("won_on"), date(d.wonOn)},
                                 {QStringLiteral("amount_cents"), double(d.amountCents)},
                                 {QStringLiteral("credit_cents"), double(d.creditCents)},
                                 {QStringLiteral("margin_cents"), optional(d.marginCents)},
                                 {QStringLiteral("margin_credit_cents"), optional(d.marginCredit)}});
    }
    for (const StatementReceipt &r : s.receipts) {
        receipts.append(QJsonObject{{QStringLiteral("receipt_id"), double(r.receiptId)},
                                    {QStringLiteral("contract_id"), double(r.contractId)},
                                    {QStringLiteral("contract"), r.contractNumber},
                                    {QStringLiteral("customer"), r.customer},
                                    {QStringLiteral("deal_id"), double(r.dealId)},
                                    {QStringLiteral("received_on"), date(r.receivedOn)},
                                    {QStringLiteral("amount_cents"), double(r.amountCents)},
                                    {QStringLiteral("credit_cents"), double(r.creditCents)}});
    }
    for (const StatementWriteOff &w : s.writeOffs) {
        writeOffs.append(QJsonObject{{QStringLiteral("write_off_id"), double(w.adjustmentId)},
                                     {QStringLiteral("contract_id"), double(w.contractId)},
                                     {QStringLiteral("contract"), w.contractNumber},
                                     {QStringLiteral("deal_id"), double(w.dealId)},
                                     {QStringLiteral("written_off_on"), date(w.writtenOffOn)},
                                     {QStringLiteral("deal_won_on"), date(w.dealWonOn)},
                                     {QStringLiteral("amount_cents"), double(w.amountCents)},
                                     {QStringLiteral("credit_cents"), double(w.creditCents)},
                                     {QStringLiteral("prior_credit_cents"), double(w.priorCreditCents)},
                                     {QStringLiteral("deal_credit_cents"), double(w.dealCreditCents)},
                                     {QStringLiteral("deal_margin_credit_cents"), optional(w.dealMarginCredit)}});
    }
    for (const StatementComponent &c : s.components) {
        QJsonObject o{{QStringLiteral("kind"), kindName(c.kind)},
                      {QStringLiteral("amount_cents"), double(c.amountCents)},
                      {QStringLiteral("base_cents"), double(c.baseCents)},
                      {QStringLiteral("counted"), c.counted}};
        if (c.kind == StatementComponent::Commission || c.kind == StatementComponent::Clawback) {
            o.insert(QStringLiteral("rule"), toString(c.rule));
            o.insert(QStringLiteral("rate_basis_points"), c.rateBasisPoints);
        }
        if (c.kind == StatementComponent::Band) {
            o.insert(QStringLiteral("from_percent"), c.fromPercent);
            o.insert(QStringLiteral("to_percent"), c.toPercent ? QJsonValue(*c.toPercent) : QJsonValue());
            o.insert(QStringLiteral("multiplier_permille"), c.multiplierPermille);
        }
        if (c.kind == StatementComponent::Accuracy || c.kind == StatementComponent::Activity
            || c.kind == StatementComponent::Adjustment)
            o.insert(QStringLiteral("compare_cents"), double(c.compareCents));
        if (c.kind == StatementComponent::Clawback)
            o.insert(QStringLiteral("write_off_id"), double(c.refId));
        if (c.kind == StatementComponent::Adjustment) {
            o.insert(QStringLiteral("period"), c.period);
            o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(c.changes));
        }
        components.append(o);
    }
    return QJsonObject{
        {QStringLiteral("user_id"), double(s.userId)},
        {QStringLiteral("user"), s.userName},
        {QStringLiteral("login"), s.login},
        {QStringLiteral("period"), s.month},
        {QStringLiteral("as_of"), s.asOf.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("plan"), s.planName},
        {QStringLiteral("plan_id"), double(s.planId)},
        {QStringLiteral("plan_version_id"), double(s.versionId)},
        {QStringLiteral("plan_version_from"), date(s.versionFrom)},
        {QStringLiteral("plan_period"), toString(s.planPeriod)},
        {QStringLiteral("commission_period"), s.planPeriodLabel},
        {QStringLiteral("settles"), s.settles},
        {QStringLiteral("target_cents"), optional(s.target)},
        {QStringLiteral("credited_won_cents"), double(s.creditedWon)},
        {QStringLiteral("completion_permille"),
         s.completionPermille ? QJsonValue(*s.completionPermille) : QJsonValue()},
        {QStringLiteral("deals"), deals},
        {QStringLiteral("receipts"), receipts},
        {QStringLiteral("write_offs"), writeOffs},
        {QStringLiteral("components"), components},
        {QStringLiteral("own_cents"), double(s.ownCents)},
        {QStringLiteral("total_cents"), double(s.totalCents)},
        {QStringLiteral("status"), toString(s.status)},
    };
}

Statement statementFromJson(const QJsonObject &o)
{
    Statement s;
    s.userId = cents(o.value(QStringLiteral("user_id")));
    s.userName = o.value(QStringLiteral("user")).toString();
    s.login = o.value(QStringLiteral("login")).toString();
    s.month = o.value(QStringLiteral("period")).toString();
    s.asOf = QDateTime::fromString(o.value(QStringLiteral("as_of")).toString(), Qt::ISODate).toUTC();
    s.planName = o.value(QStringLiteral("plan")).toString();
    s.planId = cents(o.value(QStringLiteral("plan_id")));
    s.versionId = cents(o.value(QStringLiteral("plan_version_id")));
    s.versionFrom = dateOf(o.value(QStringLiteral("plan_version_from")));
    parsePlanPeriod(o.value(QStringLiteral("plan_period")).toString(), &s.planPeriod);
    s.planPeriodLabel = o.value(QStringLiteral("commission_period")).toString();
    s.settles = o.value(QStringLiteral("settles")).toBool();
    s.target = optionalOf(o.value(QStringLiteral("target_cents")));
    s.creditedWon = cents(o.value(QStringLiteral("credited_won_cents")));
    if (o.value(QStringLiteral("completion_permille")).isDouble())
        s.completionPermille = o.value(QStringLiteral("completion_permille")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("deals")).toArray()) {
        const QJsonObject d = v.toObject();
        StatementDeal deal;
        deal.dealId = cents(d.value(QStringLiteral("deal_id")));
        deal.title = d.value(QStringLiteral("title")).toString();
        deal.customer = d.value(QStringLiteral("customer")).toString();
        parseSplitForm(d.value(QStringLiteral("split_form")).toString(), &deal.form);
        deal.wonOn = dateOf(d.value(QStringLiteral("won_on")));
        deal.amountCents = cents(d.value(QStringLiteral("amount_cents")));
        deal.creditCents = cents(d.value(QStringLiteral("credit_cents")));
        deal.marginCents = optionalOf(d.value(QStringLiteral("margin_cents")));
        deal.marginCredit = optionalOf(d.value(QStringLiteral("margin_credit_cents")));
        s.deals << deal;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("receipts")).toArray()) {
        const QJsonObject r = v.toObject();
        StatementReceipt receipt;
        receipt.receiptId = cents(r.value(QStringLiteral("receipt_id")));
        receipt.contractId = cents(r.value(QStringLiteral("contract_id")));
        receipt.contractNumber = r.value(QStringLiteral("contract")).toString();
        receipt.customer = r.value(QStringLiteral("customer")).toString();
        receipt.dealId = cents(r.value(QStringLiteral("deal_id")));
        receipt.receivedOn = dateOf(r.value(QStringLiteral("received_on")));
        receipt.amountCents = cents(r.value(QStringLiteral("amount_cents")));
        receipt.creditCents = cents(r.value(QStringLiteral("credit_cents")));
        s.receipts << receipt;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("write_offs")).toArray()) {
        const QJsonObject w = v.toObject();
        StatementWriteOff writeOff;
        writeOff.adjustmentId = cents(w.value(QStringLiteral("write_off_id")));
        writeOff.contractId = cents(w.value(QStringLiteral("contract_id")));
        writeOff.contractNumber = w.value(QStringLiteral("contract")).toString();
        writeOff.dealId = cents(w.value(QStringLiteral("deal_id")));
        writeOff.writtenOffOn = dateOf(w.value(QStringLiteral("written_off_on")));
        writeOff.dealWonOn = dateOf(w.value(QStringLiteral("deal_won_on")));
        writeOff.amountCents = cents(w.value(QStringLiteral("amount_cents")));
        writeOff.creditCents = cents(w.value(QStringLiteral("credit_cents")));
        writeOff.priorCreditCents = cents(w.value(QStringLiteral("prior_credit_cents")));
        writeOff.dealCreditCents = cents(w.value(QStringLiteral("deal_credit_cents")));
        writeOff.dealMarginCredit = optionalOf(w.value(QStringLiteral("deal_margin_credit_cents")));
        s.writeOffs << writeOff;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("components")).toArray()) {
        const QJsonObject c = v.toObject();
        StatementComponent component;
        component.kind = kindOf(c.value(QStringLiteral("kind")).toString());
        component.amountCents = cents(c.value(QStringLiteral("amount_cents")));
        component.baseCents = cents(c.value(QStringLiteral("base_cents")));
        component.counted = c.value(QStringLiteral("counted")).toBool(true);
        parseCommissionBase(c.value(QStringLiteral("rule")).toString(), &component.rule);
        component.rateBasisPoints = c.value(QStringLiteral("rate_basis_points")).toInt();
        component.fromPercent = c.value(QStringLiteral("from_percent")).toInt();
        if (c.value(QStringLiteral("to_percent")).isDouble())
            component.toPercent = c.value(QStringLiteral("to_percent")).toInt();
        component.multiplierPermille = c.value(QStringLiteral("multiplier_permille")).toInt(1000);
        component.compareCents = cents(c.value(QStringLiteral("compare_cents")));
        component.refId = cents(c.value(QStringLiteral("write_off_id")));
        component.period = c.value(QStringLiteral("period")).toString();
        for (const QJsonValue &change : c.value(QStringLiteral("changes")).toArray())
            component.changes << change.toString();
        s.components << component;
    }
    s.ownCents = cents(o.value(QStringLiteral("own_cents")));
    s.totalCents = cents(o.value(QStringLiteral("total_cents")));
    return s;
}

// ---- What changed in a closed period -----------------------------------------------------

namespace {

// Compares two keyed lists and describes the lines added, removed or changed.
template<typename Line, typename Key, typename Describe>
void compareLines(const QList<Line> &closed, const QList<Line> &live, Key key, Describe describe, QStringList *out)
{
    std::map<qint64, const Line *> before, after;
    for (const Line &l : closed)
        before[key(l)] = &l;
    for (const Line &l : live)
        after[key(l)] = &l;
    for (const auto &[id, line] : before) {
        const auto it = after.find(id);
        if (it == after.end())
            *out << describe(*line, nullptr);
        else if (it->second->creditCents != line->creditCents)
            *out << describe(*line, it->second);
    }
    for (const auto &[id, line] : after) {
        if (!before.count(id))
            *out << describe(*line, nullptr, true);
    }
}

} // namespace

QStringList describeChanges(const Statement &closed, const Statement &live, const QString &currency)
{
    const auto m = [&](qint64 c) { return money::format(c, currency); };
    QStringList out;
    compareLines(
        closed.deals, live.deals, [](const StatementDeal &d) { return d.dealId; },
        [&](const StatementDeal &d, const StatementDeal *now, bool added = false) {
            if (added)
                return StatementText::tr("deal %1 credited %2").arg(d.title, m(d.creditCents));
            if (!now)
                return StatementText::tr("deal %1 no longer credited %2").arg(d.title, m(-d.creditCents));
            return StatementText::tr("deal %1 credit %2 → %3").arg(d.title, m(d.creditCents), m(now->creditCents));
        },
        &out);
    compareLines(
        closed.receipts, live.receipts, [](const StatementReceipt &r) { return r.receiptId; },
        [&](const StatementReceipt &r, const StatementReceipt *now, bool added = false) {
            const QString day = r.receivedOn.toString(Qt::ISODate);
            if (added)
                return StatementText::tr("contract %1 receipt %2 added, credited %3")
                    .arg(r.contractNumber, day, m(r.creditCents));
            if (!now)
                return StatementText::tr("contract %1 receipt %2 removed %3")
                    .arg(r.contractNumber, day, m(-r.creditCents));
            return StatementText::tr("contract %1 receipt %2 credit %3 → %4")
                .arg(r.contractNumber, day, m(r.creditCents), m(now->creditCents));
        },
        &out);
    compareLines(
        closed.writeOffs, live.writeOffs, [](const StatementWriteOff &w) { return w.adjustmentId; },
        [&](const StatementWriteOff &w, const StatementWriteOff *now, bool added = false) {
            const QString day = w.writtenOffOn.toString(Qt::ISODate);
            if (added)
                return StatementText::tr("contract %1 write-off %2 added %3")
                    .arg(w.contractNumber, day, m(w.amountCents));
            if (!now)
                return StatementText::tr("contract %1 write-off %2 removed %3")
                    .arg(w.contractNumber, day, m(w.amountCents));
            return StatementText::tr("contract %1 write-off %2 credit %3 → %4")
                .arg(w.contractNumber, day, m(w.creditCents), m(now->creditCents));
        },
        &out);
    if (out.isEmpty() && closed.ownCents != live.ownCents)
        out << StatementText::tr("plan, target or forecast changed");
    return out;
}

// ---- Gathering the inputs from the database -------------------------------------------------

namespace {

struct WonDeal
{
    qint64 id = 0;
    qint32 wonDay = kNoDay;
    qint64 amount = 0;
    qint64 owner = 0;
};

struct DealInfo
{
    QString title;
    QString customer;
};

struct ContractInfo
{
    QString number;
    QString customer;
    qint64 dealId = 0;
};

struct Payment
{
    qint64 id = 0;
    qint64 contractId = 0;
    qint32 day = kNoDay;
    qint64 cents = 0;
};

} // namespace

struct StatementSource::Impl
{
    Database &db;
    qint64 t = 0;
    QDate asOfDay;
    QHash<qint64, UserInfo> users; // the snapshot's, kept: the snapshot itself is not
    Splits splits;
    QHash<qint64, WonDeal> won; // won deals at T, by id
    QHash<qint64, DealInfo> dealInfo;
    QHash<qint64, std::optional<margin::Figures>> margins;
    QHash<qint64, ContractInfo> contracts;
    std::vector<Payment> receipts;  // received by T, by contract then date
    std::vector<Payment> writeOffs; // adjusted by T, by contract then time

    // `given`: a snapshot reaching T to replay instead of loading one (results analysis has it).
    Impl(Database &database, const QDateTime &asOf, const Snapshot *given)
        : db(database)
        , t(asOfInstant(database, asOf))
    {
        asOfDay = fromInstant(t).date();
        std::optional<Snapshot> own;
        if (!given) {
            Snapshot::Options options;
            options.until = t;
            own = Snapshot::load(db, options);
        }
        const Snapshot &snapshot = given ? *given : *own;
        users = snapshot.users;
        splits = loadSplits(db);
        DealReplay replay;
        for (const DealRow &deal : snapshot.deals) {
            if (deal.createdAt > t)
                continue;
            replay.run(snapshot, deal, t);
            if (!replay.exists || replay.status != DealStatus::Won || replay.closedAt == kNoTime || replay.closedAt > t)
                continue;
            const DealFields fields = snapshot.fieldsAt(deal, t);
            won.insert(deal.id, {deal.id, toDay(fromInstant(replay.closedAt).date()), fields.amount, fields.ownerId});
        }
        loadDeals();
        loadContracts();
    }

    void loadDeals()
    {
        const SqlCondition visible = ScopeFilter::visibleTo(db).deals(QStringLiteral("o"));
        RowReader r(db,
                    QStringLiteral("SELECT o.id, o.title, c.name FROM opportunities o "
                                   "JOIN customers c ON c.id = o.customer_id WHERE o.status = 'won'%1")
                        .arg(visible.isEmpty() ? QString() : QStringLiteral(" AND ") + visible.sql),
                    visible.binds);
        while (r.next())
            dealInfo.insert(r.integer(0), {r.text(1), r.text(2)});
        RowReader lines(db, QStringLiteral("SELECT op.opportunity_id, op.quantity, op.unit_price_cents, "
                                           "op.discount_percent, COALESCE(op.unit_cost_cents, p.cost_cents) "
                                           "FROM opportunity_products op JOIN products p ON p.id = op.product_id"));
        while (lines.next()) {
            if (!won.contains(lines.integer(0)))
                continue;
            OpportunityProduct item;
            item.quantity = int(lines.integer(1));
            item.unitPriceCents = lines.integer(2);
            item.discountPercent = int(lines.integer(3));
            item.unitCostCents = lines.integer(4);
            auto &m = margins[lines.integer(0)];
            if (!m)
                m = margin::Figures{};
            *m += margin::ofLine(item);
        }
    }

    void loadContracts()
    {
        const SqlCondition visible = ScopeFilter::visibleTo(db).records(RecordType::Contract, QStringLiteral("k"));
        RowReader r(db,
                    QStringLiteral("SELECT k.id, k.number, c.name, k.opportunity_id FROM contracts k "
                                   "JOIN customers c ON c.id = k.customer_id WHERE k.opportunity_id IS NOT NULL "
                                   "AND k.approval_status <> 'rejected'%1")
                        .arg(visible.isEmpty() ? QString() : QStringLiteral(" AND ") + visible.sql),
                    visible.binds);
        while (r.next())
            contracts.insert(r.integer(0), {r.text(1), r.text(2), r.integer(3)});
        RowReader rr(db,
                     QStringLiteral("SELECT id, contract_id, received_date, amount_cents FROM receipts "
                                    "WHERE received_date <= ? ORDER BY contract_id, received_date, id"),
                     {asOfDay.toString(Qt::ISODate)});
        while (rr.next()) {
            if (contracts.contains(rr.integer(1)))
                receipts.push_back({rr.integer(0), rr.integer(1), rr.day(2), rr.integer(3)});
        }
        RowReader wr(db, QStringLiteral("SELECT id, contract_id, adjusted_at, amount_cents FROM receivable_adjustments "
                                        "ORDER BY contract_id, adjusted_at, id"));
        while (wr.next()) {
            const qint64 at = wr.instant(2);
            if (contracts.contains(wr.integer(1)) && at != kNoTime && at <= t)
                writeOffs.push_back({wr.integer(0), wr.integer(1), toDay(fromInstant(at).date()), wr.integer(3)});
        }
    }

    // The person's credit of `cents` of deal `dealId` (its split, else its owner at T).
    qint64 creditOf(qint64 dealId, qint64 cents, qint64 userId) const
    {
        const DealSplit split = splits.value(dealId);
        const qint64 owner = won.value(dealId).owner;
        const bool negative = cents < 0;
        qint64 sum = 0;
        for (const splits::Credit &c : splits::credits(split.form, negative ? -cents : cents, 100, split.team, owner)) {
            if (c.userId == userId)
                sum += c.cents;
        }
        return negative ? -sum : sum;
    }

    bool credited(qint64 dealId, qint64 userId) const { return creditOf(dealId, 1000000, userId) != 0; }
};

StatementSource::StatementSource(Database &db, const QDateTime &asOf)
    : d(std::make_unique<Impl>(db, asOf, nullptr))
{
}

StatementSource::StatementSource(Database &db, const QDateTime &asOf, const Snapshot *snapshot)
    : d(std::make_unique<Impl>(db, asOf, snapshot))
{
}

StatementSource::~StatementSource() = default;

StatementInputs StatementSource::inputs(qint64 userId, const QString &month, const QList<PayPlan> &plans)
{
    const QDate first = checkedMonthStart(month);
    StatementInputs in;
    in.userId = userId;
    in.month = month;
    in.asOf = fromInstant(d->t);
    in.plans = plans;
    const UserInfo user = d->users.value(userId);
    in.userName = user.displayName;
    in.login = user.login;
    parseUserRole(user.role, &in.role);

    const PayPlan *plan = payplans::planFor(plans, userId, in.role, first);
    const QString planPeriod = planPeriodOf(month, plan ? plan->period : PlanPeriod::Month);
    QDate periodFirst = first;
    TimeRange range;
    periodRange(planPeriod, &range, &periodFirst);
    const qint32 from = toDay(periodFirst);
    const qint32 to = std::min(toDay(first.addMonths(1).addDays(-1)), toDay(d->asOfDay));

    in.target = targetFor(d->db, planPeriod, [&] {
        Scope scope;
        scope.ownerId = userId;
        return scope;
    }());

    for (const WonDeal &w : std::as_const(d->won)) {
        if (w.wonDay < from || w.wonDay > to)
            continue;
        const qint64 credit = d->creditOf(w.id, w.amount, userId);
        if (credit == 0)
            continue;
        StatementDeal deal;
        deal.dealId = w.id;
        deal.title = d->dealInfo.value(w.id).title;
        deal.customer = d->dealInfo.value(w.id).customer;
        deal.form = d->splits.value(w.id).form;
        deal.wonOn = fromDay(w.wonDay);
        deal.amountCents = w.amount;
        deal.creditCents = credit;
        if (const auto m = d->margins.value(w.id)) {
            deal.marginCents = m->margin();
            deal.marginCredit = d->creditOf(w.id, m->margin(), userId);
        }
        in.deals << deal;
    }
    std::sort(in.deals.begin(), in.deals.end(), [](const StatementDeal &a, const StatementDeal &b) {
        return a.wonOn != b.wonOn ? a.wonOn < b.wonOn : a.dealId < b.dealId;
    });

    for (const Payment &p : d->receipts) {
        if (p.day < from || p.day > to)
            continue;
        const ContractInfo contract = d->contracts.value(p.contractId);
        const qint64 credit = d->creditOf(contract.dealId, p.cents, userId);
        if (credit == 0 || !d->won.contains(contract.dealId))
            continue;
        in.receipts << StatementReceipt{
            p.id, p.contractId, contract.number, contract.customer, contract.dealId, fromDay(p.day), p.cents, credit};
    }

    const qint32 monthFrom = toDay(first);
    QHash<qint64, qint64> prior; // contract → the person's share of its earlier write-offs
    for (const Payment &p : d->writeOffs) {
        const ContractInfo contract = d->contracts.value(p.contractId);
        if (!d->won.contains(contract.dealId) || p.day > to)
            continue;
        const qint64 credit = d->creditOf(contract.dealId, p.cents, userId);
        if (credit == 0)
            continue;
        if (p.day >= monthFrom) {
            const WonDeal w = d->won.value(contract.dealId);
            StatementWriteOff off;
            off.adjustmentId = p.id;
            off.contractId = p.contractId;
            off.contractNumber = contract.number;
            off.dealId = contract.dealId;
            off.writtenOffOn = fromDay(p.day);
            off.dealWonOn = fromDay(w.wonDay);
            off.amountCents = p.cents;
            off.creditCents = credit;
            off.priorCreditCents = prior.value(p.contractId);
            off.dealCreditCents = d->creditOf(w.id, w.amount, userId);
            if (const auto m = d->margins.value(w.id))
                off.dealMarginCredit = d->creditOf(w.id, m->margin(), userId);
            in.writeOffs << off;
        }
        prior[p.contractId] += credit;
    }

    const QString periodFrom = periodFirst.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z");
    const QString periodTo = fromDay(to).toString(Qt::ISODate) + QStringLiteral("T23:59:59Z");
    // On PostgreSQL through fd_completed_activities (migration 0025): finance, who closes
    // everyone's statements, is granted no activities, only their count.
    RowReader activities(d->db,
                         d->db.dialect().kind() == Dialect::Kind::Postgres
                             ? QStringLiteral("SELECT fd_completed_activities(?, ?, ?)")
                             : QStringLiteral("SELECT count(*) FROM activities WHERE user_id = ? AND occurred_at >= ? "
                                              "AND occurred_at <= ?"),
                         {userId, periodFrom, periodTo});
    if (activities.next())
        in.activities = int(activities.integer(0));

    // The commitment the plan counts (their own, made early: forecastcommitments.h), if made by T.
    if (const auto commitment = ForecastCommitments(d->db).counted(userId, planPeriod);
        commitment && toInstant(commitment->recordedAt) <= d->t)
        in.committed = commitment->cents;
    return in;
}

QDate StatementSource::asOfDay() const
{
    return d->asOfDay;
}

QList<qint64> StatementSource::people(const QString &month, const QList<PayPlan> &plans)
{
    const QDate first = checkedMonthStart(month);
    QList<qint64> out;
    for (const UserInfo &u : std::as_const(d->users)) {
        UserRole role = UserRole::Rep;
        parseUserRole(u.role, &role);
        if (u.active && payplans::planFor(plans, u.id, role, first))
            out << u.id;
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace fd::analytics
