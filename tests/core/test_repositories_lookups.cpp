// The small reads the pages and the CLI ask core for instead of writing SQL themselves:
// customer names by id, records named on the command line, and what a database holds.
// On a real SQLite file (and on PostgreSQL in test_postgres_repositories).
#include "builders.h"
#include "catchqt.h"
#include "tempdatabase.h"

#include "storage/databasecontents.h"
#include "storage/namedrecords.h"
#include "storage/repositories/customerrepository.h"

using namespace fd;
using namespace fd::test;

TEST_CASE("customer names by id leave out ids that match nothing", "[repositories][customers]")
{
    TempDatabase tdb;
    Builders make(tdb.db());
    const qint64 a = make.customer(QStringLiteral("华东精密机械有限公司"));
    const qint64 b = make.customer(QStringLiteral("北方重工集团 '; DROP TABLE customers; --"));
    QList<qint64> ids{b, a + b + 1, a, b};
    for (qint64 id = 1; id <= 1000; ++id)
        ids << a + b + 1 + id; // more than one part of bound ids
    const QHash<qint64, QString> names = CustomerRepository(tdb.db()).names(ids);
    CHECK(names.size() == 2);
    CHECK(names.value(a) == QStringLiteral("华东精密机械有限公司"));
    CHECK(names.value(b) == QStringLiteral("北方重工集团 '; DROP TABLE customers; --"));
    CHECK(CustomerRepository(tdb.db()).names({}).isEmpty());
}

TEST_CASE("records named on the command line: by id, or by an exact name", "[repositories][lookup]")
{
    TempDatabase tdb;
    Builders make(tdb.db());
    const qint64 east = make.region(QStringLiteral("华东"));
    const qint64 team = make.team(QStringLiteral("上海一组"), east);
    const qint64 wang = make.user(QStringLiteral("王芳"), team); // login user1
    const qint64 li = make.user(QStringLiteral("李强"), team);   // login user2
    const qint64 wang2 = make.user(QStringLiteral("王芳"), team);
    make.product(QStringLiteral("MES 标准版"), QStringLiteral("工业软件"));
    const Pipeline pipeline = make.pipeline();
    Database &db = tdb.db();

    CHECK(idsNamed(db, NamedRecord::Region, QStringLiteral("华东")) == QList<qint64>{east});
    CHECK(idsNamed(db, NamedRecord::Region, QString::number(east)) == QList<qint64>{east});
    CHECK(idsNamed(db, NamedRecord::Region, QStringLiteral("华")).isEmpty()); // exact, not a prefix
    CHECK(idsNamed(db, NamedRecord::Region, QString::number(east + 100)).isEmpty());
    CHECK(idsNamed(db, NamedRecord::Team, QStringLiteral("上海一组")) == QList<qint64>{team});
    // Users by login or display name; a shared name gives every match, ascending.
    CHECK(idsNamed(db, NamedRecord::User, QStringLiteral("user2")) == QList<qint64>{li});
    CHECK(idsNamed(db, NamedRecord::User, QStringLiteral("李强")) == QList<qint64>{li});
    CHECK(idsNamed(db, NamedRecord::User, QStringLiteral("王芳")) == QList<qint64>{wang, wang2});
    CHECK(idsNamed(db, NamedRecord::User, QStringLiteral("' OR 1=1 --")).isEmpty());
    CHECK(idsNamed(db, NamedRecord::Pipeline, pipeline.name) == QList<qint64>{pipeline.id});
    CHECK(idsNamed(db, NamedRecord::ProductLine, QStringLiteral("工业软件")).size() == 1);
    CHECK(idsNamed(db, NamedRecord::ProductLine, QStringLiteral("服务")).isEmpty());
}

TEST_CASE("what a database holds: fresh until a pipeline or deal, and every table's rows", "[repositories][contents]")
{
    TempDatabase tdb;
    Builders make(tdb.db());
    Database &db = tdb.db();
    CHECK(contents::isFresh(db));
    CHECK(contents::opportunityCount(db) == 0);
    // Reference data alone does not make a file "in use".
    const qint64 rep = make.user(QStringLiteral("王芳"));
    const qint64 customer = make.customer(QStringLiteral("华东精密机械有限公司"));
    CHECK(contents::isFresh(db));
    const Pipeline pipeline = make.pipeline();
    CHECK_FALSE(contents::isFresh(db));
    make.opportunity(pipeline, customer, rep, 100);
    make.opportunity(pipeline, customer, rep, 200);
    CHECK(contents::opportunityCount(db) == 2);

    const QMap<QString, qint64> counts = contents::tableRowCounts(db);
    for (const char *table : {"opportunities", "customers", "users", "pipelines", "stages", "contracts", "leads"})
        CHECK(counts.contains(QLatin1String(table)));
    CHECK(counts.value(QStringLiteral("opportunities")) == 2);
    CHECK(counts.value(QStringLiteral("customers")) == 1);
    CHECK(counts.value(QStringLiteral("contracts")) == 0);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() == tdb.count(it.key()));
    }
}
