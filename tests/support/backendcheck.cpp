// Linked into every test program that CTest runs on both databases (fd_add_test
// ALSO_ON_POSTGRES): the backend FD_TEST_BACKEND names is the one every TempDatabase uses,
// so the "<program>:postgres" run really exercises PostgreSQL.
#include "catchqt.h"
#include "tempdatabase.h"

#include <QFileInfo>

using namespace fd::test;

TEST_CASE("every TempDatabase is on the backend FD_TEST_BACKEND selects", "[backend]")
{
    const bool wantPostgres = qEnvironmentVariable("FD_TEST_BACKEND") == QLatin1String("postgres");
    CHECK((testBackend() == TestBackend::Postgres) == wantPostgres);
    TempDatabase t;
    CHECK(t.onPostgres() == wantPostgres);
    if (wantPostgres) {
        CHECK(t.db().dialect().kind() == fd::Dialect::Kind::Postgres);
        CHECK(t.scalar(QStringLiteral("SELECT version()")).toString().startsWith(QStringLiteral("PostgreSQL 15")));
        CHECK(t.path().startsWith(QStringLiteral("postgresql://")));
    } else {
        CHECK(t.db().dialect().kind() == fd::Dialect::Kind::Sqlite);
        CHECK(QFileInfo::exists(t.path()));
    }
}
