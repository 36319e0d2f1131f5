#pragma once

#include <QCoreApplication>

// Translation contexts for core code that is not a QObject. Calling
// `Validation::tr("…")` makes lupdate file the string under "Validation", the very
// context looked up at run time (a local `tr()` helper would be filed under the
// enclosing namespace instead, and the translation would never be found).
// Declared outside namespace fd so the context names stay short and stable.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

class Import
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// The performance split forms (domain/splitcredit.h).
class Splits
{
    Q_DECLARE_TR_FUNCTIONS(Splits)
};

class DefaultPipeline
{
    Q_DECLARE_TR_FUNCTIONS(DefaultPipeline)
};

// Who may do what, and signing in (core/auth).
class Access
{
    Q_DECLARE_TR_FUNCTIONS(Access)
};

// Contract approval: status, step and level titles (core/approval).
class Approval
{
    Q_DECLARE_TR_FUNCTIONS(Approval)
};

// The audit trail as people read it: record kinds, actions and field names (core/audit).
class Audit
{
    Q_DECLARE_TR_FUNCTIONS(Audit)
};

// The monthly statement (绩效单, core/analytics/statement.h): what changed in a closed period.
class StatementText
{
    Q_DECLARE_TR_FUNCTIONS(StatementText)
};
