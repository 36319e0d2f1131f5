#pragma once

#include "builders.h"
#include "tempdatabase.h"

#include <QDir>
#include <QList>

namespace fd::test {

// A temporary database with the builders' pipeline, one rep (王芳, the acting user), one
// customer and `dealCount` open deals in the first stage (amounts 1,000.00, 2,000.00, …):
// the least an office needs for tests of whole-database tools (backup, the CLI's deal moves).
struct SmallOffice
{
    TempDatabase tdb;
    Builders make{tdb.db()};
    Pipeline pipeline;
    qint64 owner = 0;
    qint64 customer = 0;
    QList<qint64> deals;

    explicit SmallOffice(int dealCount = 1)
    {
        pipeline = make.pipeline();
        owner = make.user(QStringLiteral("王芳"));
        customer = make.customer(QStringLiteral("华东精密机械有限公司"));
        tdb.db().setActingUserId(owner);
        for (int i = 0; i < dealCount; ++i)
            addDeal(100000 * (i + 1));
    }
    qint64 addDeal(qint64 cents)
    {
        deals.append(make.opportunity(pipeline, customer, owner, cents).id);
        return deals.last();
    }
    // A path in the database's temporary folder.
    QString file(const QString &name) const { return QDir(tdb.dir()).filePath(name); }
};

} // namespace fd::test
