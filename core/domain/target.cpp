#include "target.h"

#include <QRegularExpression>

namespace fd {

bool parsePeriod(const QString &period, QDate *start, QDate *end)
{
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    QDate s;
    QDate e;
    if (const auto y = year.match(period); y.hasMatch()) {
        s = QDate(y.captured(1).toInt(), 1, 1);
        e = QDate(s.year(), 12, 31);
    } else if (const auto q = quarter.match(period); q.hasMatch()) {
        s = QDate(q.captured(1).toInt(), (q.captured(2).toInt() - 1) * 3 + 1, 1);
        e = s.addMonths(3).addDays(-1);
    } else if (const auto m = month.match(period); m.hasMatch()) {
        s = QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        e = s.addMonths(1).addDays(-1);
    } else {
        return false;
    }
    if (start)
        *start = s;
    if (end)
        *end = e;
    return true;
}

} // namespace fd
