#pragma once

#include "money.h"

#include <QDate>
#include <QString>

namespace fd {

enum class TargetLevel { Company, Region, Team, Rep, ProductLine };

QString toString(TargetLevel level);
bool parseTargetLevel(const QString &text, TargetLevel *level);

// A sales target (目标) for a period at one level. subjectId is the region, team, user
// or product line id; 0 for the company.
struct Target
{
    qint64 id = 0;
    QString period; // "2026", "2026-Q4" or "2026-11"
    QDate periodStart;
    QDate periodEnd;
    TargetLevel level = TargetLevel::Company;
    qint64 subjectId = 0;
    Money amount;
};

// Parses "2026", "2026-Q4" or "2026-11" into its first and last day; false if malformed.
bool parsePeriod(const QString &period, QDate *start, QDate *end);

} // namespace fd
