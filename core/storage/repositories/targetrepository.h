#pragma once

#include "domain/target.h"

#include <QDate>
#include <QList>

#include <optional>

namespace fd {

class Database;

// Sales targets (目标) per period ("2026", "2026-Q4", "2026-11") and level (company,
// region, team, rep, product line). One target per period, level and subject.
class TargetRepository final
{
public:
    explicit TargetRepository(Database &db)
        : m_db(db)
    {
    }

    // Inserts or replaces the target of target.period/level/subject; fills in id and the
    // period's first and last day. Throws ValidationError. Returns the id.
    qint64 set(Target &target);
    // One target. Throws NotFoundError.
    Target get(qint64 id);
    // The target of exactly this period, level and subject, if any.
    std::optional<Target> find(const QString &period, TargetLevel level, qint64 subjectId = 0);
    // The monthly target ("YYYY-MM") of the month containing `date`, if any.
    std::optional<Target> targetFor(TargetLevel level, qint64 subjectId, const QDate &date);
    // Targets of a period (every level), by level then subject.
    QList<Target> forPeriod(const QString &period);
    // Targets of one level and subject (0 = all subjects) whose period overlaps [from, to].
    QList<Target> forLevel(TargetLevel level, qint64 subjectId, const QDate &from, const QDate &to);
    // Deletes a target. Throws NotFoundError.
    void remove(qint64 id);

    // Validation of set(); throws ValidationError.
    void validate(const Target &target);

private:
    QList<Target> query(const QString &where, const QVariantList &binds);

    Database &m_db;
};

} // namespace fd
