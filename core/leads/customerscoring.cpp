#include "customerscoring.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/money.h"
#include "domain/validator.h"
#include "setup/officecurrency.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/repositories/repositorysupport.h"
#include "storage/repositories/settingsrepository.h"
#include "storage/scopefilter.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "storage/viewer.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <optional>

namespace fd {

namespace {

const QStringList kSizes{QStringLiteral("micro"), QStringLiteral("small"), QStringLiteral("medium"),
                         QStringLiteral("large"), QStringLiteral("enterprise")};

QList<ScoringRule> defaultRules()
{
    return {
        {0, QStringLiteral("size"), QStringLiteral("gte"), QStringLiteral("large"), 20, 1},
        {0, QStringLiteral("size"), QStringLiteral("eq"), QStringLiteral("medium"), 10, 2},
        {0, QStringLiteral("won_revenue"), QStringLiteral("gte"), QStringLiteral("100000000"), 30, 3},
        {0, QStringLiteral("won_revenue"), QStringLiteral("gte"), QStringLiteral("10000000"), 15, 4},
        {0, QStringLiteral("open_pipeline"), QStringLiteral("gte"), QStringLiteral("50000000"), 20, 5},
        {0, QStringLiteral("open_pipeline"), QStringLiteral("gte"), QStringLiteral("5000000"), 10, 6},
        {0, QStringLiteral("days_since_activity"), QStringLiteral("lte"), QStringLiteral("30"), 20, 7},
        {0, QStringLiteral("days_since_activity"), QStringLiteral("gte"), QStringLiteral("180"), -20, 8},
    };
}

// The figures a rule can look at.
struct Facts
{
    QString industry;
    QString size;
    qint64 won = 0;
    qint64 open = 0;
    std::optional<qint64> days; // none = no activity ever
};

bool compareNumber(const QString &op, qint64 actual, qint64 wanted)
{
    if (op == QLatin1String("eq"))
        return actual == wanted;
    return op == QLatin1String("gte") ? actual >= wanted : actual <= wanted;
}

// Whether the rule holds, with the customer's value as text for the reason.
bool matches(const ScoringRule &r, const Facts &f, const QString &currency, QString *actual)
{
    if (r.attribute == QLatin1String("industry")) {
        *actual = f.industry;
        return !f.industry.isEmpty() && f.industry.compare(r.value.trimmed(), Qt::CaseInsensitive) == 0;
    }
    if (r.attribute == QLatin1String("size")) {
        *actual = f.size;
        const qsizetype mine = kSizes.indexOf(f.size);
        const qsizetype wanted = kSizes.indexOf(r.value.trimmed());
        return mine >= 0 && wanted >= 0 && compareNumber(r.op, mine, wanted);
    }
    if (r.attribute == QLatin1String("won_revenue") || r.attribute == QLatin1String("open_pipeline")) {
        const qint64 cents = r.attribute == QLatin1String("won_revenue") ? f.won : f.open;
        *actual = money::formatShort(cents, currency);
        return compareNumber(r.op, cents, r.value.toLongLong());
    }
    // days_since_activity: never active counts as infinitely long ago.
    if (!f.days) {
        *actual = QCoreApplication::translate("Scoring", "never");
        return r.op == QLatin1String("gte");
    }
    *actual = QString::number(*f.days);
    return compareNumber(r.op, *f.days, r.value.toLongLong());
}

QString attributeName(const QString &attribute)
{
    if (attribute == QLatin1String("industry"))
        return QCoreApplication::translate("Scoring", "Industry");
    if (attribute == QLatin1String("size"))
        return QCoreApplication::translate("Scoring", "Size");
    if (attribute == QLatin1String("won_revenue"))
        return QCoreApplication::translate("Scoring", "Won revenue");
    if (attribute == QLatin1String("open_pipeline"))
        return QCoreApplication::translate("Scoring", "Open pipeline");
    return QCoreApplication::translate("Scoring", "Days since last activity");
}

// A stored size in the current language ("medium" → 中型).
QString sizeName(const QString &size)
{
    if (size == QLatin1String("micro"))
        return QCoreApplication::translate("Scoring", "micro");
    if (size == QLatin1String("small"))
        return QCoreApplication::translate("Scoring", "small");
    if (size == QLatin1String("medium"))
        return QCoreApplication::translate("Scoring", "medium");
    if (size == QLatin1String("large"))
        return QCoreApplication::translate("Scoring", "large");
    if (size == QLatin1String("enterprise"))
        return QCoreApplication::translate("Scoring", "enterprise");
    return size;
}

} // namespace

QString CustomerScore::explanation() const
{
    QStringList parts;
    for (const ScoreReason &r : reasons) {
        const QString op = r.rule.op == QLatin1String("eq")    ? QStringLiteral("=")
                           : r.rule.op == QLatin1String("gte") ? QStringLiteral("≥")
                                                               : QStringLiteral("≤");
        const bool money = r.rule.attribute == QLatin1String("won_revenue")
                           || r.rule.attribute == QLatin1String("open_pipeline");
        const QString wanted = money ? money::formatShort(r.rule.value.toLongLong(), currency)
                               : r.rule.attribute == QLatin1String("size") ? sizeName(r.rule.value)
                                                                           : r.rule.value;
        parts << QStringLiteral("%1 %2 %3 (%4%5)")
                     .arg(attributeName(r.rule.attribute), op, wanted,
                          r.rule.points >= 0 ? QStringLiteral("+") : QString())
                     .arg(r.rule.points);
    }
    if (parts.isEmpty())
        return QCoreApplication::translate("Scoring", "No rule matched");
    return parts.join(QStringLiteral("; "));
}

QList<ScoringRule> CustomerScoring::rules()
{
    SqlQuery count(m_db, QStringLiteral("SELECT count(*) FROM scoring_rules"));
    if (count.scalar().toLongLong() == 0) {
        // Only an administrator (or setup code) stores the defaults: the server grants no one
        // else writing the rules, and a rep's scores are computed with the same defaults.
        if (Viewer::of(m_db).isRestricted())
            return defaultRules();
        setRules(defaultRules());
    }
    SqlQuery q(m_db, QStringLiteral("SELECT id, attribute, operator, value, points, position FROM scoring_rules "
                                    "ORDER BY position, id"));
    q.exec();
    QList<ScoringRule> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toInt(), q.value(5).toInt()});
    return list;
}

void CustomerScoring::setRules(const QList<ScoringRule> &rules)
{
    static const QStringList attributes{QStringLiteral("industry"), QStringLiteral("size"),
                                        QStringLiteral("won_revenue"), QStringLiteral("open_pipeline"),
                                        QStringLiteral("days_since_activity")};
    QList<FieldError> errors;
    for (int i = 0; i < rules.size(); ++i) {
        const ScoringRule &r = rules.at(i);
        Validator v(QStringLiteral("scoring_rule"), i + 1);
        v.check(attributes.contains(r.attribute), QStringLiteral("attribute"), r.attribute,
                QCoreApplication::translate("Validation", "is not a known attribute"));
        v.check(r.op == QLatin1String("eq") || r.op == QLatin1String("gte") || r.op == QLatin1String("lte"),
                QStringLiteral("operator"), r.op, QCoreApplication::translate("Validation", "must be eq, gte or lte"));
        v.range(QStringLiteral("points"), r.points, -100, 100);
        v.required(QStringLiteral("value"), r.value, 200);
        bool numeric = false;
        r.value.toLongLong(&numeric);
        if (r.attribute == QLatin1String("size"))
            v.check(kSizes.contains(r.value.trimmed()), QStringLiteral("value"), r.value,
                    QCoreApplication::translate("Validation", "is not a company size"));
        else if (r.attribute != QLatin1String("industry"))
            v.check(numeric, QStringLiteral("value"), r.value,
                    QCoreApplication::translate("Validation", "must be a whole number"));
        errors += v.errors();
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
    Transaction tx(m_db);
    SqlQuery(m_db, QStringLiteral("DELETE FROM scoring_rules")).exec();
    for (int i = 0; i < rules.size(); ++i) {
        const ScoringRule &r = rules.at(i);
        SqlQuery(m_db, QStringLiteral("INSERT INTO scoring_rules (attribute, operator, value, points, position) "
                                      "VALUES (?, ?, ?, ?, ?)"))
            .add(r.attribute)
            .add(r.op)
            .add(r.value.trimmed())
            .add(r.points)
            .add(r.position ? r.position : i + 1)
            .exec();
    }
    audit::record(m_db, QStringLiteral("scoring_rules"), 0, QStringLiteral("update"), QStringLiteral("rules"), {},
                  rules.size());
    tx.commit();
}

QList<CustomerScore> CustomerScoring::compute(qint64 only)
{
    const QList<ScoringRule> ruleList = rules();
    SettingsRepository settings(m_db);
    const qint64 tierA = settings.integer(QString::fromLatin1(kTierAKey), 60);
    const qint64 tierB = settings.integer(QString::fromLatin1(kTierBKey), 30);

    // From the records the acting user sees (ScopeFilter::visibleTo), as the server's row level
    // security computes it on PostgreSQL: a rep's score of a customer counts the deals and
    // activities they see.
    const ScopeFilter visible = ScopeFilter::visibleTo(m_db);
    QHash<qint64, Facts> facts;
    QList<qint64> order;
    const SqlCondition customers = visible.records(RecordType::Customer, QStringLiteral("c"));
    SqlQuery c(m_db, QStringLiteral("SELECT c.id, c.industry, c.size FROM customers c WHERE 1 = 1%1%2 ORDER BY c.id")
                         .arg(only ? QStringLiteral(" AND c.id = ?") : QString(), customers.andAlso()));
    if (only)
        c.add(only);
    repo::execWith(c, customers.binds);
    while (c.next()) {
        const qint64 id = c.value(0).toLongLong();
        facts[id].industry = c.value(1).toString();
        facts[id].size = c.value(2).toString();
        order.append(id);
    }
    if (only && order.isEmpty())
        throw NotFoundError(QStringLiteral("Customer %1 does not exist").arg(only));
    // Revenue in the office's currency: amounts of other currencies cannot be added to it.
    const QString currency = office::currency(m_db);
    const SqlCondition deals = visible.deals(QStringLiteral("o"));
    SqlQuery sums(m_db, QStringLiteral(
                            "SELECT o.customer_id, o.status, SUM(o.amount_cents) FROM opportunities o "
                            "WHERE o.status IN ('won', 'open') AND o.currency = ?%1%2 GROUP BY o.customer_id, o.status")
                            .arg(only ? QStringLiteral(" AND o.customer_id = ?") : QString(), deals.andAlso()));
    sums.add(currency);
    if (only)
        sums.add(only);
    repo::execWith(sums, deals.binds);
    while (sums.next()) {
        auto it = facts.find(sums.value(0).toLongLong());
        if (it == facts.end())
            continue;
        (sums.value(1).toString() == QLatin1String("won") ? it->won : it->open) = sums.value(2).toLongLong();
    }
    const QDateTime now = m_db.clock().now();
    if (visible.viewer().seesAny(RecordType::Activity)) {
        const SqlCondition activities = visible.records(RecordType::Activity, QStringLiteral("a"));
        SqlQuery last(m_db,
                      QStringLiteral("SELECT a.customer_id, MAX(a.occurred_at) FROM activities a "
                                     "WHERE a.customer_id IS NOT NULL%1%2 GROUP BY a.customer_id")
                          .arg(only ? QStringLiteral(" AND a.customer_id = ?") : QString(), activities.andAlso()));
        if (only)
            last.add(only);
        repo::execWith(last, activities.binds);
        while (last.next()) {
            auto it = facts.find(last.value(0).toLongLong());
            const auto at = isotime::parseTimestamp(last.value(1).toString());
            if (it != facts.end() && at)
                it->days = std::max<qint64>(0, at->daysTo(now));
        }
    }

    QList<CustomerScore> out;
    for (qint64 id : order) {
        CustomerScore s;
        s.customerId = id;
        s.currency = currency;
        int total = 0;
        for (const ScoringRule &r : ruleList) {
            QString actual;
            if (matches(r, facts.value(id), currency, &actual)) {
                total += r.points;
                s.reasons.append({r, actual});
            }
        }
        s.score = std::clamp(total, 0, 100);
        s.tier = s.score >= tierA ? QStringLiteral("A") : s.score >= tierB ? QStringLiteral("B") : QStringLiteral("C");
        out.append(s);
    }
    return out;
}

CustomerScore CustomerScoring::score(qint64 customerId)
{
    return compute(customerId).value(0);
}

int CustomerScoring::rescoreAll()
{
    const QList<CustomerScore> scores = compute(0);
    Transaction tx(m_db);
    QHash<qint64, QPair<int, QString>> stored;
    SqlQuery q(m_db, QStringLiteral("SELECT id, score, tier FROM customers"));
    q.exec();
    while (q.next())
        stored.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toString()});
    // Only customers the acting user may change are stored: the ones they merely see (shared
    // with them, or the customer of a deal-team deal) keep their score, as the server's row
    // level security leaves them (an UPDATE there changes no row, and nothing is audited).
    const Viewer viewer = Viewer::of(m_db);
    int changed = 0;
    for (const CustomerScore &s : scores) {
        const auto before = stored.value(s.customerId);
        if (before.first == s.score && before.second == s.tier)
            continue;
        if (viewer.isRestricted() && !viewer.canWrite(m_db, RecordType::Customer, s.customerId))
            continue;
        SqlQuery update(m_db, QStringLiteral("UPDATE customers SET score = ?, tier = ? WHERE id = ?"));
        update.add(s.score).add(s.tier).add(s.customerId).exec();
        if (update.numRowsAffected() == 0)
            continue;
        audit::recordChange(m_db, QStringLiteral("customer"), s.customerId, QStringLiteral("tier"),
                            nullableText(before.second), s.tier);
        audit::recordChange(m_db, QStringLiteral("customer"), s.customerId, QStringLiteral("score"), before.first,
                            s.score);
        ++changed;
    }
    tx.commit();
    return changed;
}

} // namespace fd
