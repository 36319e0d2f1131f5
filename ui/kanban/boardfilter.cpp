#include "boardfilter.h"

#include <QSettings>

namespace fd {

namespace {
QDate quarterStart(const QDate &d)
{
    return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
}
} // namespace

bool BoardFilter::matches(const DealSummary &d, const QDate &today) const
{
    if (ownerId && d.ownerId != ownerId)
        return false;
    if (teamId && d.teamId != teamId)
        return false;
    if (regionId && d.regionId != regionId)
        return false;
    if (productLineId && !productLineDeals.contains(d.id))
        return false;
    const QDate close = d.expectedCloseDate;
    switch (period) {
    case Period::Any:
        break;
    case Period::Overdue:
        if (!close.isValid() || close >= today)
            return false;
        break;
    case Period::ThisMonth:
    case Period::NextMonth: {
        const QDate month = QDate(today.year(), today.month(), 1).addMonths(period == Period::NextMonth ? 1 : 0);
        if (!close.isValid() || close < month || close >= month.addMonths(1))
            return false;
        break;
    }
    case Period::ThisQuarter:
    case Period::NextQuarter: {
        const QDate quarter = quarterStart(today).addMonths(period == Period::NextQuarter ? 3 : 0);
        if (!close.isValid() || close < quarter || close >= quarter.addMonths(3))
            return false;
        break;
    }
    case Period::ThisYear:
        if (!close.isValid() || close.year() != today.year())
            return false;
        break;
    case Period::NoDate:
        if (close.isValid())
            return false;
        break;
    }
    if (!text.isEmpty() && !d.title.contains(text, Qt::CaseInsensitive)
        && !d.customerName.contains(text, Qt::CaseInsensitive) && !d.ownerName.contains(text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool BoardFilter::isEmpty() const
{
    return !ownerId && !teamId && !regionId && !productLineId && period == Period::Any && text.isEmpty();
}

void BoardFilter::save(QSettings &s) const
{
    s.beginGroup(QStringLiteral("kanban/filter"));
    s.setValue(QStringLiteral("owner"), ownerId);
    s.setValue(QStringLiteral("team"), teamId);
    s.setValue(QStringLiteral("region"), regionId);
    s.setValue(QStringLiteral("productLine"), productLineId);
    s.setValue(QStringLiteral("period"), int(period));
    s.setValue(QStringLiteral("text"), text);
    s.endGroup();
}

BoardFilter BoardFilter::load(QSettings &s)
{
    BoardFilter f;
    s.beginGroup(QStringLiteral("kanban/filter"));
    f.ownerId = s.value(QStringLiteral("owner")).toLongLong();
    f.teamId = s.value(QStringLiteral("team")).toLongLong();
    f.regionId = s.value(QStringLiteral("region")).toLongLong();
    f.productLineId = s.value(QStringLiteral("productLine")).toLongLong();
    const int period = s.value(QStringLiteral("period")).toInt();
    if (period >= int(Period::Any) && period <= int(Period::NoDate))
        f.period = Period(period);
    f.text = s.value(QStringLiteral("text")).toString();
    s.endGroup();
    return f;
}

} // namespace fd
