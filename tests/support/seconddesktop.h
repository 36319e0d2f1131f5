#pragma once

// Another desktop on the same database: its own connection to the same SQLite file (or
// PostgreSQL server) as `t`, on `t`'s clock, with its own signed-in user. What two people
// saving the same record at once need.
#include "builders.h"
#include "tempdatabase.h"

#include "storage/database.h"

#include <memory>

namespace fd::test {

inline std::unique_ptr<Database> secondDesktop(TempDatabase &t, qint64 user)
{
    std::unique_ptr<Database> db = t.db().connector()();
    db->setClock(&t.clock());
    db->setActingUserId(user);
    return db;
}

// 王芳 signed in on this desktop (t.db()) and 李强, her team's manager (who may change her
// deals under team scoping), on another (`other`); one deal of hers, "MES 一期", ¥120,000.
struct SharedDeal
{
    TempDatabase t;
    Builders make{t.db()};
    qint64 team = make.team(QStringLiteral("华东一组"));
    qint64 wang = make.user(QStringLiteral("王芳"), team);
    qint64 li = make.user(QStringLiteral("李强"), team, QStringLiteral("manager"));
    qint64 customer = make.customer(QStringLiteral("苏州精工"), 0, wang);
    Pipeline pipeline = make.pipeline();
    qint64 id = make.opportunity(pipeline, customer, wang, 12000000, QStringLiteral("MES 一期")).id;
    std::unique_ptr<Database> other = secondDesktop(t, li);

    SharedDeal() { t.db().setActingUserId(wang); }
};

} // namespace fd::test
