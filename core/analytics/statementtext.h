#pragma once

#include "statement.h"

#include <QLocale>
#include <QString>

namespace fd::analytics {

// The monthly statement as people read it, one wording for the page, the PDF, the workbook and
// the command line (translated, context StatementText).

// "Open", "Reviewed", "Closed".
QString statusTitle(StatementStatus status);
// "won", "received", "margin" as a commission rule's base.
QString ruleTitle(CommissionBase base);
// A rate in basis points as a percent: 250 → "2.5 %".
QString rateText(int basisPoints, const QLocale &locale = QLocale());
// A completion in permille as a percent: 1400 → "140.0 %"; "no target" when none.
QString completionText(const std::optional<int> &permille, const QLocale &locale = QLocale());

// A component's title ("Commission on won", "Band 80–100 % × 1.0", "2026-10 adjustment") and what
// it was computed from ("2 % of ¥700,000.00", "contract HT-1 receipt 2026-10-20 removed …").
QString componentTitle(const StatementComponent &c, const QLocale &locale = QLocale());
QString componentDetail(const Statement &s, const StatementComponent &c, const QString &currency,
                        const QLocale &locale = QLocale());

// The split form's short name and the person's share, as the deal lines show them.
QString shareText(qint64 creditCents, qint64 amountCents, const QLocale &locale = QLocale());

} // namespace fd::analytics
