#pragma once

#include "viewer.h"

#include <QSet>
#include <QString>
#include <QVariantList>

namespace fd {

class Database;

// What a figure, list or report is about: a pipeline, a region, a team, a rep, a product
// line. Unset members (0) do not filter. One meaning everywhere (core/analytics/DEFINITIONS.md
// §1a): a deal, task or contract is in a rep's, team's or region's scope when its owner is
// one of the scope's people, and the people of a region are those of its teams.
struct Scope
{
    qint64 pipelineId = 0;    // 0 = the default pipeline (funnel) / every pipeline (forecast)
    qint64 ownerId = 0;       // the rep (a deal's owner at T)
    qint64 teamId = 0;        // the people of this team
    qint64 regionId = 0;      // the people of the teams of this region
    qint64 productLineId = 0; // a deal with a product line item of this line
};

// A piece of WHERE clause and the values its placeholders ("?") bind, in order.
struct SqlCondition
{
    QString sql; // "" = no restriction
    QVariantList binds;

    bool isEmpty() const { return sql.isEmpty(); }
    // "WHERE <sql>" / "AND <sql>" or "" when there is no restriction.
    QString where() const;
    QString andAlso() const;
};

// Builds every WHERE clause of a scope, and answers the same question in memory, from one
// definition: repositories, engines and the weekly report take their conditions from here.
//
// Team mode: visibleTo(viewer) adds who is looking (storage/viewer.h: a rep their own
// records and their deal teams' deals, a manager their teams', finance the money) to every
// condition deals() and records() build, so no list or figure is computed past it. On a
// SQLite file that is the core's own filter; on PostgreSQL the server's row level security
// filters the same rows and the viewer adds nothing.
class ScopeFilter final
{
public:
    explicit ScopeFilter(const Scope &scope = {})
        : m_scope(scope)
    {
    }

    // The acting user of `db`, as Viewer::of: what every list and load of records uses.
    static ScopeFilter visibleTo(Database &db, const Scope &scope = {})
    {
        return ScopeFilter(scope).visibleTo(Viewer::of(db));
    }
    ScopeFilter &visibleTo(const Viewer &viewer)
    {
        m_viewer = viewer;
        return *this;
    }
    const Viewer &viewer() const { return m_viewer; }

    const Scope &scope() const { return m_scope; }
    // True when rep, team or region is set (the scope names people).
    bool namesPeople() const { return m_scope.ownerId || m_scope.teamId || m_scope.regionId; }

    // A user id column (an owner, a task's assignee) restricted to the scope's people.
    SqlCondition people(const QString &userColumn) const;
    // Deals (table opportunities under `alias`) in scope by their current owner, pipeline
    // and product lines, and visible to the viewer.
    SqlCondition deals(const QString &alias = QStringLiteral("o")) const;
    // Records of `kind` (its table under `alias`) visible to the viewer (the scope's members
    // other than the viewer do not apply to them: see deals() and people()).
    SqlCondition records(RecordType kind, const QString &alias) const { return m_viewer.readCondition(kind, alias); }

    // The ids of the scope's people (every user when it names none: see namesPeople()).
    // For checks in memory against an owner at T (analytics::ScopeMatcher).
    QSet<qint64> peopleIds(Database &db) const;
    // The ids of the deals with a product line item of the scope's product line.
    QSet<qint64> productLineDeals(Database &db) const;

private:
    Scope m_scope;
    Viewer m_viewer = Viewer::everyone();
};

} // namespace fd
