#pragma once

// A small office on a real SQLite file for import tests: the region 华北, the team 北京一组
// with the reps 张伟 and 李娜, the default pipeline; and the row counts of every table an
// import may write (equal before and after = nothing stored).
#include "builders.h"
#include "tempdatabase.h"

#include <QList>

namespace fd::test {

struct ImportOffice
{
    TempDatabase tdb;
    Builders b{tdb.db()};
    Pipeline p = b.pipeline();
    qint64 north = b.region(QStringLiteral("华北"));
    qint64 team = b.team(QStringLiteral("北京一组"), north);
    qint64 zhang = b.user(QStringLiteral("张伟"), team);
    qint64 li = b.user(QStringLiteral("李娜"), team);

    Database &db() { return tdb.db(); }

    QList<qint64> counts()
    {
        QList<qint64> list;
        for (const char *t : {"opportunities", "opportunity_stage_history", "opportunity_products", "customers",
                              "contacts", "leads", "activities", "users", "teams", "regions", "products", "campaigns",
                              "stages", "pipelines", "audit_log", "import_batches", "import_batch_ranges"})
            list << tdb.count(QString::fromLatin1(t));
        return list;
    }
};

} // namespace fd::test
