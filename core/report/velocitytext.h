#pragma once

#include "analytics/velocity.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// Translation context of the sales velocity texts (outside namespace fd, as WeeklyReport).
class SalesVelocityText final
{
    Q_DECLARE_TR_FUNCTIONS(SalesVelocityText)
};

namespace fd::report {

// The texts of a sales velocity (DEFINITIONS.md §11), shared by the Funnel page and the
// weekly report so both say the same thing the same way. A missing figure reads "—".

// Cents per day or per 30 days: the exact amount ("¥1,904.76"), or brief ("¥57.1万").
QString velocityAmount(const std::optional<qint64> &cents, const QString &currency, const QLocale &locale,
                       bool brief = false);
// The change against a week earlier: "↑ 5.2 %", "↓ 55.6 %", "→ 0.0 %"; the amount per 30
// days when the earlier velocity was 0 ("↑ ¥5.7万"); "—" when either velocity is missing.
QString velocityChangeText(const analytics::SalesVelocity &velocity, const QString &currency, const QLocale &locale);
// A change in cents with its arrow: "↑ ¥18,674.01", "↓ ¥3.2万" (brief); "—" when missing.
QString velocityChangeAmount(const std::optional<qint64> &cents, const QString &currency, const QLocale &locale,
                             bool brief = false);
// The factors: "147 open deals × 32.1 % win rate × ¥12.3万 average won deal ÷ 45.0 days median cycle".
QString velocityFactorsText(const analytics::VelocityFigures &figures, const QString &currency, const QLocale &locale);

} // namespace fd::report
