#include "statementtext.h"

#include "domain/money.h"
#include "domain/trcontext.h"

namespace fd::analytics {

QString statusTitle(StatementStatus status)
{
    switch (status) {
    case StatementStatus::Open:
        return StatementText::tr("Open");
    case StatementStatus::Reviewed:
        return StatementText::tr("Reviewed");
    case StatementStatus::Closed:
        return StatementText::tr("Closed");
    }
    return {};
}

QString ruleTitle(CommissionBase base)
{
    switch (base) {
    case CommissionBase::Won:
        return StatementText::tr("won");
    case CommissionBase::Received:
        return StatementText::tr("received");
    case CommissionBase::Margin:
        return StatementText::tr("margin");
    }
    return {};
}

QString rateText(int basisPoints, const QLocale &l)
{
    QString text = l.toString(basisPoints / 100.0, 'f', 2);
    // 2.00 → 2, 2.50 → 2.5: rates are set in whole or half percents.
    while (text.endsWith(QLatin1Char('0')) && text.contains(l.decimalPoint()))
        text.chop(1);
    if (text.endsWith(l.decimalPoint()))
        text.chop(l.decimalPoint().size());
    return text + QStringLiteral(" %");
}

QString completionText(const std::optional<int> &permille, const QLocale &l)
{
    return permille ? l.toString(*permille / 10.0, 'f', 1) + QStringLiteral(" %") : StatementText::tr("no target");
}

namespace {

QString multiplier(int permille, const QLocale &l)
{
    return QStringLiteral("× ") + l.toString(permille / 1000.0, 'f', permille % 100 == 0 ? 1 : 2);
}

} // namespace

QString componentTitle(const StatementComponent &c, const QLocale &l)
{
    switch (c.kind) {
    case StatementComponent::Base:
        return StatementText::tr("Base pay");
    case StatementComponent::Commission:
        return StatementText::tr("Commission on %1").arg(ruleTitle(c.rule));
    case StatementComponent::Tiers:
        return StatementText::tr("Tier effect");
    case StatementComponent::Band:
        return c.toPercent
                   ? StatementText::tr("Band %1–%2 % %3")
                         .arg(c.fromPercent)
                         .arg(*c.toPercent)
                         .arg(multiplier(c.multiplierPermille, l))
                   : StatementText::tr("Band from %1 % %2").arg(c.fromPercent).arg(multiplier(c.multiplierPermille, l));
    case StatementComponent::Cap:
        return StatementText::tr("Cap");
    case StatementComponent::Clawback:
        return StatementText::tr("Claw-back of commission on %1").arg(ruleTitle(c.rule));
    case StatementComponent::Accuracy:
        return StatementText::tr("Forecast accuracy bonus");
    case StatementComponent::Activity:
        return StatementText::tr("Activity bonus");
    case StatementComponent::Adjustment:
        return StatementText::tr("%1 adjustment").arg(c.period);
    }
    return {};
}

QString componentDetail(const Statement &s, const StatementComponent &c, const QString &currency, const QLocale &l)
{
    const auto m = [&](qint64 cents) { return money::format(cents, currency, l); };
    switch (c.kind) {
    case StatementComponent::Base:
        return s.planName;
    case StatementComponent::Commission:
        return StatementText::tr("%1 of %2").arg(rateText(c.rateBasisPoints, l), m(c.baseCents));
    case StatementComponent::Tiers:
        return StatementText::tr("completion %1 of commission %2")
            .arg(completionText(s.completionPermille, l), m(c.baseCents));
    case StatementComponent::Band:
        return StatementText::tr("slice %1").arg(m(c.baseCents));
    case StatementComponent::Cap:
        return StatementText::tr("commission after tiers at most %1").arg(m(c.baseCents));
    case StatementComponent::Clawback:
        for (const StatementWriteOff &w : s.writeOffs) {
            if (w.adjustmentId == c.refId)
                return StatementText::tr("contract %1 write-off %2: %3 of %4")
                    .arg(w.contractNumber, w.writtenOffOn.toString(Qt::ISODate), rateText(c.rateBasisPoints, l),
                         m(c.baseCents));
        }
        return StatementText::tr("%1 of %2").arg(rateText(c.rateBasisPoints, l), m(c.baseCents));
    case StatementComponent::Accuracy:
        return c.baseCents > 0 ? StatementText::tr("committed %1, won %2").arg(m(c.baseCents), m(c.compareCents))
                               : StatementText::tr("no commitment by the period's 7th day");
    case StatementComponent::Activity:
        return StatementText::tr("%1 of %2 activities").arg(c.baseCents).arg(c.compareCents);
    case StatementComponent::Adjustment: {
        const QString paid = StatementText::tr("now %1, paid %2").arg(m(c.baseCents), m(c.compareCents));
        return c.changes.isEmpty()
                   ? paid
                   : c.changes.join(QStringLiteral("; ")) + QStringLiteral(" (") + paid + QLatin1Char(')');
    }
    }
    return {};
}

QString shareText(qint64 creditCents, qint64 amountCents, const QLocale &l)
{
    if (amountCents <= 0)
        return QStringLiteral("—");
    return l.toString(double(creditCents) * 100.0 / double(amountCents), 'f', 1) + QStringLiteral(" %");
}

} // namespace fd::analytics
