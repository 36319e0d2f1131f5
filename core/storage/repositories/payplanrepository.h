#pragma once

#include "domain/payplan.h"

#include <QList>
#include <QString>

namespace fd {

class Database;

// Performance-pay plans (绩效方案, migration 0022): each plan with its versions, and each
// version with its commission rules and tiers.
//
// The contract:
// - Reading gives the plans the acting user may read, pay being confidential (the rule of
//   Viewer::readPayPlans: admins and finance all, a rep their role's plan and their own, a
//   manager also their teams' people's): on a SQLite file the core filters, on PostgreSQL the
//   server's row level security (0023) does.
// - Only finance and admins write (PermissionError; on PostgreSQL the server refuses as well).
//   Each write is checked first (payplans::check, then what needs the database: a name used
//   by another plan, a person who does not exist, a second active plan for one role or person,
//   a second version on one date), throwing ValidationError located at the field with nothing
//   stored; then runs in one transaction and is written to the audit journal (entity
//   "pay_plan": "insert" for a new plan, "update" of field "version" for each version, of
//   "name" and "active" for a rename and a (de)activation).
// - Versions are append-only: stored once, never changed or deleted. A statement paid on a
//   version must compute the same pay from it whenever it is read again, so a change of terms
//   is a new version from a date (payplans::versionOn then picks it for the periods from that
//   date) and the periods before it keep theirs. Whom a plan pays and its period are fixed
//   for the same reason; its name and whether it is active may change.
class PayPlanRepository final
{
public:
    explicit PayPlanRepository(Database &db)
        : m_db(db)
    {
    }

    // Every plan the acting user may read, by name, each with its versions in ascending
    // effectiveFrom (rules in the order written, tiers by ascending fromPercent).
    QList<PayPlan> all();
    // One plan as all() gives it. Throws NotFoundError (also for one the user may not read).
    PayPlan get(qint64 planId);

    // Stores a new plan with its first version and returns it as stored (ids, createdBy and
    // createdAt filled in; plan.versions is replaced by `first`).
    PayPlan create(PayPlan plan, PlanVersion first);
    // Adds a version to a plan, taking effect on version.effectiveFrom; returns it as stored.
    // Refused at effective_from when the plan already has a version on that date.
    PlanVersion addVersion(qint64 planId, PlanVersion version);
    // Renames a plan (refused at name when empty, too long or another plan's name).
    void rename(qint64 planId, const QString &name);
    // Activates or deactivates a plan. Activating is refused (at role or user) while another
    // active plan pays the same role or person.
    void setActive(qint64 planId, bool active);

private:
    // The checks of create and addVersion that read the database (ValidationError).
    void validate(const PayPlan &plan, const PlanVersion &version);
    PlanVersion insertVersion(qint64 planId, PlanVersion version);
    QList<PayPlan> load(qint64 onlyPlanId);

    Database &m_db;
};

} // namespace fd
