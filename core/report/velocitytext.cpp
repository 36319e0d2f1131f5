#include "velocitytext.h"

#include "domain/money.h"

namespace fd::report {

namespace {

const QString kDash = QStringLiteral("—");

QString arrow(qint64 change)
{
    return change > 0 ? QStringLiteral("↑") : change < 0 ? QStringLiteral("↓") : QStringLiteral("→");
}

} // namespace

QString velocityAmount(const std::optional<qint64> &cents, const QString &currency, const QLocale &locale, bool brief)
{
    if (!cents)
        return kDash;
    return brief ? money::formatShort(*cents, currency, locale) : money::format(*cents, currency, locale);
}

QString velocityChangeAmount(const std::optional<qint64> &cents, const QString &currency, const QLocale &locale,
                             bool brief)
{
    if (!cents)
        return kDash;
    return QStringLiteral("%1 %2").arg(arrow(*cents), velocityAmount(std::abs(*cents), currency, locale, brief));
}

QString velocityChangeText(const analytics::SalesVelocity &v, const QString &currency, const QLocale &locale)
{
    if (!v.changePerDay)
        return kDash;
    const QString a = arrow(*v.changePerDay);
    if (v.changeShare)
        return QStringLiteral("%1 %2%").arg(a, locale.toString(std::abs(*v.changeShare) * 100.0, 'f', 1));
    return velocityChangeAmount(v.changePer30Days, currency, locale, true);
}

QString velocityFactorsText(const analytics::VelocityFigures &f, const QString &currency, const QLocale &locale)
{
    const QString rate = f.winRate ? locale.toString(*f.winRate * 100.0, 'f', 1) + QLatin1Char('%') : kDash;
    const QString deal = f.averageDeal ? money::formatShort(*f.averageDeal, currency, locale) : kDash;
    const QString cycle = f.medianCycleDays ? locale.toString(*f.medianCycleDays, 'f', 1) : kDash;
    return SalesVelocityText::tr("%1 open deals × %2 win rate × %3 average won deal ÷ %4 days median cycle")
        .arg(locale.toString(f.openCount), rate, deal, cycle);
}

} // namespace fd::report
