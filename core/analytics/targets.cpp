#include "targets.h"

#include "storage/sqlquery.h"

#include <QRegularExpression>
#include <QStringList>

namespace fd::analytics {

namespace {

std::optional<qint64> sumRows(Database &db, const QStringList &periods, const QString &level, qint64 subject)
{
    QStringList marks;
    for (int i = 0; i < periods.size(); ++i)
        marks << QStringLiteral("?");
    QString sql = QStringLiteral("SELECT count(*), sum(amount_cents) FROM targets WHERE period IN (%1) AND level = ? ")
                      .arg(marks.join(QLatin1Char(',')));
    sql += subject ? QStringLiteral("AND subject_id = ?") : QStringLiteral("AND subject_id IS NULL");
    SqlQuery q(db, sql);
    for (const QString &p : periods)
        q.add(p);
    q.add(level);
    if (subject)
        q.add(subject);
    q.exec();
    if (!q.next() || q.value(0).toLongLong() == 0)
        return std::nullopt;
    return q.value(1).toLongLong();
}

} // namespace

std::optional<qint64> targetFor(Database &db, const QString &period, const Scope &scope)
{
    QString level = QStringLiteral("company");
    qint64 subject = 0;
    if (scope.ownerId) {
        level = QStringLiteral("rep");
        subject = scope.ownerId;
    } else if (scope.teamId) {
        level = QStringLiteral("team");
        subject = scope.teamId;
    } else if (scope.regionId) {
        level = QStringLiteral("region");
        subject = scope.regionId;
    } else if (scope.productLineId) {
        level = QStringLiteral("product_line");
        subject = scope.productLineId;
    }
    if (auto own = sumRows(db, {period}, level, subject))
        return own;
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    const auto m = quarter.match(period);
    if (!m.hasMatch())
        return std::nullopt;
    const int first = (m.captured(2).toInt() - 1) * 3 + 1;
    QStringList months;
    for (int i = 0; i < 3; ++i)
        months << QStringLiteral("%1-%2").arg(m.captured(1)).arg(first + i, 2, 10, QLatin1Char('0'));
    return sumRows(db, months, level, subject);
}

} // namespace fd::analytics
