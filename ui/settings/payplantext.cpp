#include "payplantext.h"

#include "auth/roletitles.h"
#include "storage/repositories/organizationrepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace fd::payplantext {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("fd::payplantext", text);
}

// 1.5, 1, 0.125: a number without trailing zeros.
QString brief(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}
} // namespace

QString period(PlanPeriod p)
{
    return p == PlanPeriod::Quarter ? tr("Quarterly") : tr("Monthly");
}

QString commissionBase(CommissionBase base)
{
    switch (base) {
    case CommissionBase::Won:
        return tr("Won amount");
    case CommissionBase::Received:
        return tr("Received amount");
    case CommissionBase::Margin:
        return tr("Margin");
    }
    return {};
}

QString rate(int basisPoints)
{
    return brief(basisPoints / 100.0) + QStringLiteral(" %");
}

QString commissions(const QList<CommissionRule> &rules)
{
    QStringList parts;
    for (const CommissionRule &r : rules) {
        switch (r.base) {
        case CommissionBase::Won:
            parts << tr("%1 of won").arg(rate(r.rateBasisPoints));
            break;
        case CommissionBase::Received:
            parts << tr("%1 of received").arg(rate(r.rateBasisPoints));
            break;
        case CommissionBase::Margin:
            parts << tr("%1 of margin").arg(rate(r.rateBasisPoints));
            break;
        }
    }
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(tr(", "));
}

QString tiers(const QList<Tier> &list)
{
    QStringList parts;
    for (const Tier &t : list)
        parts << QStringLiteral("%1 %: × %2").arg(t.fromPercent).arg(brief(t.multiplierPermille / 1000.0));
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(" · "));
}

QString appliesTo(const PayPlan &plan, const QHash<qint64, QString> &names)
{
    if (plan.role)
        return tr("Everyone: %1").arg(roleTitle(*plan.role));
    return names.value(plan.userId, QString::number(plan.userId));
}

QHash<qint64, QString> personNames(Database &db)
{
    QHash<qint64, QString> names;
    for (const User &u : OrganizationRepository(db).users(true))
        names.insert(u.id, u.displayName);
    return names;
}

} // namespace fd::payplantext
