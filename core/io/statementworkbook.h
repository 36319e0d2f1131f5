#pragma once

#include "analytics/statement.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace fd {

// The payroll workbook of a month's statements (绩效单): a first sheet with one row per person
// (base pay, commission after tiers and cap, bonuses, claw-backs, adjustments, total — what
// payroll pays), then one sheet per person with every component and every credited deal,
// receipt and write-off. Money cells are numbers in the currency's format; text is written as
// text, never as a formula. Throws Error when the file cannot be written.
void writeStatementWorkbook(const QString &path, const QList<analytics::Statement> &statements, const QString &currency,
                            const QLocale &locale = QLocale());

// The payroll figures of one statement, as the first sheet lists them.
struct PayrollFigures
{
    qint64 base = 0;
    qint64 commission = 0; // commission after tiers and the cap
    qint64 bonuses = 0;    // forecast accuracy + activity
    qint64 clawbacks = 0;
    qint64 adjustments = 0;
    qint64 total = 0;
};
PayrollFigures payrollFigures(const analytics::Statement &statement);

} // namespace fd
