#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace fd {

class Database;

// Where a month's target came from.
enum class TargetSource {
    None,    // no target recorded for the month
    Company, // the company-level target (targets.level = 'company')
    RepSum,  // no company target: the sum of the reps' targets for the month
};

// The headline figures of the dashboard, in one currency. Months are calendar months
// in UTC (closed_at is stored in UTC).
struct DashboardFigures
{
    QString currency = QStringLiteral("CNY");
    QDate asOf;

    qint64 openCount = 0;     // deals with status 'open' (on-hold deals excluded)
    qint64 openCents = 0;     // Σ amount of the open deals
    qint64 weightedCents = 0; // Σ amount × (override, else stage 赢率), rounded per deal

    qint64 wonThisMonthCount = 0; // won deals whose closed_at falls in asOf's month
    qint64 wonThisMonthCents = 0;

    QString period; // "YYYY-MM" of asOf
    TargetSource targetSource = TargetSource::None;
    qint64 targetCents = 0; // 0 when targetSource is None

    qint64 otherCurrencyDeals = 0; // open or won-this-month deals left out: other currency

    // Won this month ÷ target × 100; nullopt when there is no (or a zero) target.
    std::optional<double> completionPercent() const;
};

// Won amount and target of one calendar month (for the "won vs target" chart).
struct MonthFigures
{
    QString period; // "YYYY-MM"
    qint64 wonCount = 0;
    qint64 wonCents = 0;
    TargetSource targetSource = TargetSource::None;
    qint64 targetCents = 0;
};

// Computes the dashboard figures as of `asOf` (normally db.clock().now().date()),
// counting only amounts in `currency`. Read-only; throws StorageError.
DashboardFigures dashboardFigures(Database &db, const QDate &asOf, const QString &currency = QStringLiteral("CNY"));

// Won amount and target for the `months` calendar months ending with asOf's month,
// oldest first. Read-only; throws StorageError.
QList<MonthFigures> monthlyWonAndTarget(Database &db, const QDate &asOf, int months,
                                        const QString &currency = QStringLiteral("CNY"));

// The target of one month: the company target for "YYYY-MM", else the sum of the rep
// targets for that month, else none.
std::pair<TargetSource, qint64> monthTarget(Database &db, const QString &period,
                                            const QString &currency = QStringLiteral("CNY"));

} // namespace fd
