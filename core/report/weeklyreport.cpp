#include "weeklyreport.h"

#include "setup/officecurrency.h"

#include "reporttext.h"

#include "analytics/dealreplay.h"
#include "analytics/receivables.h"
#include "analytics/snapshot.h"
#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "storage/database.h"
#include "storage/repositories/settingsrepository.h"
#include "storage/scopefilter.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace fd::report {

namespace {

[[noreturn]] void refuse(const QString &field, const QString &value, const QString &reason)
{
    throw ValidationError(FieldError{QStringLiteral("report"), field, value, reason});
}

qint64 lookupId(Database &db, const QString &sql, const QString &name)
{
    SqlQuery q(db, sql);
    q.add(name);
    const QVariant v = q.exec().scalar();
    return v.isValid() ? v.toLongLong() : 0;
}

// Titles, customers, currencies and lost reasons of deals, read in chunks.
struct DealText
{
    QString title, customer, currency, lostReason;
};

QHash<qint64, DealText> dealTexts(Database &db, const QList<qint64> &ids)
{
    QHash<qint64, DealText> out;
    constexpr int kChunk = 400;
    for (int i = 0; i < ids.size(); i += kChunk) {
        const QList<qint64> part = ids.mid(i, kChunk);
        QStringList marks;
        for (int k = 0; k < part.size(); ++k)
            marks << QStringLiteral("?");
        SqlQuery q(db, QStringLiteral("SELECT o.id, o.title, c.name, o.currency, o.lost_reason FROM opportunities o "
                                      "JOIN customers c ON c.id = o.customer_id WHERE o.id IN (%1)")
                           .arg(marks.join(QLatin1Char(','))));
        for (qint64 id : part)
            q.add(id);
        q.exec();
        while (q.next())
            out.insert(q.value(0).toLongLong(),
                       {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    }
    return out;
}

// The scope's people as a condition on a user column: the same definition as the deals'
// (storage/scopefilter.h), so follow-ups and payments follow the funnel and the forecast.
SqlCondition peopleInScope(const ReportScope &scope, const QString &userColumn)
{
    return ScopeFilter(scope.analyticsScope()).people(userColumn);
}

void loadFollowups(Database &db, WeeklyReportData &r)
{
    const ScopeFilter filter = ScopeFilter::visibleTo(db);
    // Finance sees no follow-up task; on PostgreSQL its group may not even name the table.
    if (!filter.viewer().seesAny(RecordType::Task))
        return;
    const QString asOf = isotime::toStored(r.asOf);
    SqlCondition inScope = peopleInScope(r.scope, QStringLiteral("f.user_id"));
    const SqlCondition visible = filter.records(RecordType::Task, QStringLiteral("f"));
    if (!visible.isEmpty()) {
        inScope.sql = inScope.isEmpty() ? visible.sql : inScope.sql + QStringLiteral(" AND ") + visible.sql;
        inScope.binds += visible.binds;
    }
    SqlQuery q(db, QStringLiteral("SELECT f.title, f.due_at, u.display_name, "
                                  "COALESCE(o.title, c.name, l.name, '') FROM followup_tasks f "
                                  "JOIN users u ON u.id = f.user_id "
                                  "LEFT JOIN opportunities o ON o.id = f.opportunity_id "
                                  "LEFT JOIN customers c ON c.id = f.customer_id "
                                  "LEFT JOIN leads l ON l.id = f.lead_id "
                                  "WHERE f.due_at < ? AND (f.done = 0 OR f.done_at > ?)%1 "
                                  "ORDER BY f.due_at, f.id")
                       .arg(inScope.andAlso()));
    q.add(asOf).add(asOf);
    for (const QVariant &v : inScope.binds)
        q.add(v);
    q.exec();
    while (q.next()) {
        ++r.followupTotal;
        if (r.followups.size() >= size_t(kOverdueListLimit))
            continue;
        OverdueFollowup f;
        f.title = q.value(0).toString();
        const auto due = isotime::parseTimestamp(q.value(1).toString());
        f.due = due ? due->date() : QDate();
        f.owner = q.value(2).toString();
        f.subject = q.value(3).toString();
        f.daysOverdue = due ? int(due->daysTo(r.asOf)) : 0;
        r.followups.push_back(f);
    }
}

void loadPayments(Database &db, WeeklyReportData &r)
{
    // The receivables engine decides what is overdue (receipts reconciled against
    // instalments, named first then oldest due first; write-offs from the tail), so the
    // report and the Contracts & Payments page always agree (DEFINITIONS.md).
    const QDate day = r.asOf.date();
    const ReceivablesReport receivables = computeReceivables(db, day);
    QSet<qint64> owners; // in scope; empty = everybody
    const bool everybody = r.scope.kind == ReportScope::Kind::Company;
    if (!everybody)
        owners = ScopeFilter(r.scope.analyticsScope()).peopleIds(db);
    QHash<qint64, const ContractReceivable *> contracts;
    for (const ContractReceivable &c : receivables.contracts)
        contracts.insert(c.contractId, &c);
    for (const InstalmentBalance &i : receivables.overdue) {
        const ContractReceivable *c = contracts.value(i.contractId);
        if (!c || (!everybody && !owners.contains(c->ownerId)))
            continue;
        ++r.paymentTotal;
        r.paymentOutstanding += i.outstanding;
        if (r.payments.size() >= size_t(kOverdueListLimit))
            continue;
        OverduePayment p;
        p.contract = i.contractNumber;
        p.customer = i.customerName;
        p.owner = c->ownerName;
        p.seq = i.seq;
        p.due = i.due;
        p.amount = i.amount;
        p.currency = i.currency;
        p.outstanding = i.outstanding;
        p.daysOverdue = i.daysPastDue;
        r.payments.push_back(p);
    }
}

// The week's won and lost (summary), and the funnel, its stage table and the sales velocity
// over the stated window ending on the as-of day: never a one-week cohort (DEFINITIONS.md §3).
void gatherFunnel(Database &db, const analytics::Snapshot &snap, const WeeklyReportQuery &query, WeeklyReportData &r)
{
    using namespace analytics;
    FunnelQuery week;
    week.scope = r.scope.analyticsScope();
    week.from = r.weekStart;
    week.to = r.weekEnd;
    week.asOf = r.asOf;
    r.weekFunnel = computeFunnel(db, snap, week);

    FunnelQuery window = week;
    r.funnelTo = r.asOf.date();
    r.funnelFrom = windowStart(r.funnelTo, query.funnelWindowDays);
    window.from = r.funnelFrom;
    window.to = r.funnelTo;
    r.funnel = computeFunnel(db, snap, window);
    r.velocity = computeVelocity(db, snap, window, r.funnel);
}

QString quarterOf(const QDate &d)
{
    return QStringLiteral("%1-Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
}

} // namespace

QString ReportScope::spec() const
{
    switch (kind) {
    case Kind::Company:
        return QStringLiteral("company");
    case Kind::Region:
        return QStringLiteral("region:") + name;
    case Kind::Team:
        return QStringLiteral("team:") + name;
    case Kind::Rep:
        return QStringLiteral("rep:") + name;
    }
    return {};
}

analytics::Scope ReportScope::analyticsScope() const
{
    analytics::Scope s;
    switch (kind) {
    case Kind::Company:
        break;
    case Kind::Region:
        s.regionId = id;
        break;
    case Kind::Team:
        s.teamId = id;
        break;
    case Kind::Rep:
        s.ownerId = id;
        break;
    }
    return s;
}

ReportScope parseReportScope(Database &db, const QString &text)
{
    const QString spec = text.trimmed();
    ReportScope s;
    if (spec.isEmpty() || spec == QLatin1String("company"))
        return s;
    const int colon = spec.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? spec : spec.left(colon);
    s.name = colon < 0 ? QString() : spec.mid(colon + 1).trimmed();
    if (s.name.isEmpty()
        || (kind != QLatin1String("region") && kind != QLatin1String("team") && kind != QLatin1String("rep")))
        refuse(QStringLiteral("scope"), text, WeeklyReport::tr("expected company, region:NAME, team:NAME or rep:NAME"));
    if (kind == QLatin1String("region")) {
        s.kind = ReportScope::Kind::Region;
        s.id = lookupId(db, QStringLiteral("SELECT id FROM regions WHERE name = ?"), s.name);
    } else if (kind == QLatin1String("team")) {
        s.kind = ReportScope::Kind::Team;
        s.id = lookupId(db, QStringLiteral("SELECT id FROM teams WHERE name = ?"), s.name);
    } else {
        s.kind = ReportScope::Kind::Rep;
        s.id = lookupId(db, QStringLiteral("SELECT id FROM users WHERE login = ?"), s.name);
        if (s.id == 0)
            s.id = lookupId(db, QStringLiteral("SELECT MIN(id) FROM users WHERE display_name = ?"), s.name);
        if (s.id != 0) {
            SqlQuery q(db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"));
            q.add(s.id);
            s.name = q.exec().scalar().toString();
        }
    }
    if (s.id == 0)
        refuse(QStringLiteral("scope"), text, WeeklyReport::tr("no such region, team or rep"));
    return s;
}

QDate parseIsoWeek(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-?W(\\d{1,2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        refuse(QStringLiteral("week"), text, WeeklyReport::tr("expected an ISO week such as 2026-W47"));
    const int year = m.captured(1).toInt();
    const int week = m.captured(2).toInt();
    const int weeks = QDate(year, 12, 28).weekNumber(); // 28 December is always in the last week
    if (week < 1 || week > weeks)
        refuse(QStringLiteral("week"), text, WeeklyReport::tr("week must be between 1 and %1").arg(weeks));
    const QDate jan4(year, 1, 4); // always in week 1
    return jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
}

QString isoWeekText(const QDate &date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

WeeklyReportData buildWeeklyReport(Database &db, const WeeklyReportQuery &query)
{
    using namespace analytics;
    WeeklyReportData r;
    r.weekStart = parseIsoWeek(query.week);
    r.weekEnd = r.weekStart.addDays(6);
    r.week = isoWeekText(r.weekStart);
    r.scope = parseReportScope(db, query.scope);
    if (query.funnelWindowDays < 1)
        refuse(QStringLiteral("window_days"), QString::number(query.funnelWindowDays),
               WeeklyReport::tr("the funnel window must be at least one day"));
    r.companyName = SettingsRepository(db).text(QStringLiteral("company_name"), QStringLiteral("FunnelDesk"));
    r.currency = office::currency(db);

    const QDateTime now = db.clock().now().toUTC();
    const QDateTime weekStartAt(r.weekStart, QTime(0, 0), Qt::UTC);
    if (weekStartAt > now)
        refuse(QStringLiteral("week"), query.week, WeeklyReport::tr("the week has not started yet"));
    r.asOf = std::min(QDateTime(r.weekEnd, QTime(23, 59, 59), Qt::UTC), now);
    r.previousAsOf = weekStartAt.addSecs(-1);
    const qint64 t1 = toInstant(r.asOf);
    const qint64 t0 = toInstant(r.previousAsOf);

    // First, so that the receivables engine's every contract and instalment are gone before
    // the snapshot of the history is read: the two are never held at once.
    loadFollowups(db, r);
    loadPayments(db, r);

    Snapshot::Options options;
    options.until = t1;
    const Snapshot snap = Snapshot::load(db, options);
    const Scope scope = r.scope.analyticsScope();

    gatherFunnel(db, snap, query, r);

    ForecastQuery month;
    month.method = ForecastMethod::Auto; // the method with the best track record (§4c)
    month.scope = scope;
    month.asOf = r.asOf;
    month.runs = query.runs;
    month.period = r.asOf.date().toString(QStringLiteral("yyyy-MM"));
    r.month = computeForecast(db, snap, month);
    ForecastQuery quarter = month;
    quarter.period = quarterOf(r.asOf.date());
    r.quarter = computeForecast(db, snap, quarter);
    r.closingGap = computeGapClosing(db, snap, r.month, scope);

    RepQuery rq;
    rq.scope = scope;
    rq.from = r.weekStart;
    rq.to = r.weekEnd;
    rq.asOf = r.asOf;
    r.reps = computeReps(db, snap, rq);

    // Replay every deal in scope at both ends of the week and compare.
    r.changes.resize(6);
    for (int k = 0; k < 6; ++k)
        r.changes[size_t(k)].kind = ChangeKind(k);
    std::vector<ReportDeal> open;
    const ScopeMatcher matcher(db, snap, scope);
    DealReplay now1, before;
    for (const DealRow &deal : snap.deals) {
        if (deal.createdAt > t1)
            continue;
        const DealFields f1 = snap.fieldsAt(deal, t1);
        if (!matcher.matches(deal, f1))
            continue;
        now1.run(snap, deal, t1);
        if (!now1.exists)
            continue;
        const PipelineInfo &pipe = snap.pipelines[size_t(deal.pipeline)];
        const auto stageName = [&](int rank) {
            return rank >= 0 && size_t(rank) < pipe.stages.size() ? pipe.stages[size_t(rank)].name : QString();
        };
        ReportDeal d;
        d.id = deal.id;
        d.amount = f1.amount;
        d.owner = snap.users.value(f1.ownerId).displayName;
        d.stage = stageName(now1.rank);
        d.expectedClose = f1.closeDay == kNoDay ? QDate() : fromDay(f1.closeDay);
        d.probability = f1.probabilityOverride >= 0 ? f1.probabilityOverride
                                                    : (now1.rank >= 0 ? pipe.stages[size_t(now1.rank)].probability : 0);
        if (now1.status == DealStatus::Open)
            open.push_back(d);

        const auto add = [&](ChangeKind kind, const ReportDeal &rd) {
            ChangeGroup &g = r.changes[size_t(kind)];
            g.amount += rd.amount;
            g.deals.push_back(rd);
        };
        const bool closed1 = now1.status == DealStatus::Won || now1.status == DealStatus::Lost;
        if (deal.createdAt > t0) {
            // A deal created and closed in the same week is new and won (or lost): the
            // lists then agree with the week's won and lost totals.
            add(ChangeKind::New, d);
            if (closed1)
                add(now1.status == DealStatus::Won ? ChangeKind::Won : ChangeKind::Lost, d);
        } else {
            before.run(snap, deal, t0);
            const DealFields f0 = snap.fieldsAt(deal, t0);
            d.previousStage = stageName(before.rank);
            d.previousClose = f0.closeDay == kNoDay ? QDate() : fromDay(f0.closeDay);
            if (closed1 && before.status != now1.status) {
                add(now1.status == DealStatus::Won ? ChangeKind::Won : ChangeKind::Lost, d);
            } else if (!closed1) {
                if (now1.rank > before.rank)
                    add(ChangeKind::Advanced, d);
                else if (now1.rank < before.rank)
                    add(ChangeKind::MovedBack, d);
                if (f0.closeDay != kNoDay && f1.closeDay != kNoDay && f1.closeDay > f0.closeDay)
                    add(ChangeKind::Slipped, d);
            }
        }
    }

    const auto byAmount = [](const ReportDeal &a, const ReportDeal &b) {
        return a.amount != b.amount ? a.amount > b.amount : a.id < b.id;
    };
    std::sort(open.begin(), open.end(), byAmount);
    if (open.size() > 10)
        open.resize(10);
    r.topDeals = std::move(open);

    QList<qint64> ids;
    for (auto &g : r.changes) {
        std::sort(g.deals.begin(), g.deals.end(), byAmount);
        for (const auto &d : g.deals)
            ids << d.id;
    }
    for (const auto &d : r.topDeals)
        ids << d.id;
    const QHash<qint64, DealText> texts = dealTexts(db, ids);
    const auto fill = [&](ReportDeal &d) {
        const DealText t = texts.value(d.id);
        d.title = t.title;
        d.customer = t.customer;
        d.currency = t.currency.isEmpty() ? r.currency : t.currency;
        d.lostReason = t.lostReason;
    };
    for (auto &g : r.changes)
        for (auto &d : g.deals)
            fill(d);
    for (auto &d : r.topDeals)
        fill(d);

    return r;
}

} // namespace fd::report
