// Linked into the team-mode copies of the SQLite test suites: every TempDatabase of the
// process is a fresh database on the throwaway PostgreSQL cluster instead of a file.
#include "catchqt.h"
#include "tempdatabase.h"

namespace {
const bool selected = (fd::test::setTestBackend(fd::test::TestBackend::Postgres), true);
} // namespace

TEST_CASE("this suite runs on the PostgreSQL test cluster", "[postgres]")
{
    CHECK(selected);
    fd::test::TempDatabase t;
    CHECK(t.onPostgres());
    CHECK(t.db().dialect().kind() == fd::Dialect::Kind::Postgres);
    CHECK(t.scalar(QStringLiteral("SELECT version()")).toString().startsWith(QStringLiteral("PostgreSQL 15")));
    CHECK(t.path().startsWith(QStringLiteral("postgresql://")));
}
