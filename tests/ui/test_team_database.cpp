// File → Open Team Database…: the dialog (remembered without the password), opening and
// migrating a team database on the throwaway PostgreSQL cluster, and background queries
// (pages compute off the GUI thread) on a team database.
#include "catchqt.h"
#include "pgcluster.h"

#include "databaseopener.h"
#include "languagemanager.h"
#include "storage/migrator.h"
#include "storage/sqlquery.h"
#include "team/teamdatabasedialog.h"
#include "widgets/backgroundquery.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace fd;
using namespace fd::test;

TEST_CASE("the team database dialog remembers everything but the password", "[postgres][ui]")
{
    QSettings().remove(QStringLiteral("teamDatabase"));
    TeamDatabaseDialog dialog;
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    PostgresParams p;
    p.host = QStringLiteral("db.office.lan");
    p.port = 6543;
    p.database = QStringLiteral("funneldesk");
    p.user = QStringLiteral("sales");
    p.password = QStringLiteral(" secret with spaces ");
    p.schema = QStringLiteral("east");
    dialog.setParams(p);
    CHECK(ok->isEnabled());
    const PostgresParams read = dialog.params();
    CHECK(read.description() == p.description());
    CHECK(read.password == p.password);
    CHECK(dialog.passwordEdit()->echoMode() == QLineEdit::Password);
    dialog.remember();

    QSettings settings;
    for (const QString &key : settings.allKeys()) {
        INFO(key.toStdString());
        CHECK_FALSE(key.contains(QStringLiteral("password"), Qt::CaseInsensitive));
        CHECK(settings.value(key).toString() != p.password);
    }
    TeamDatabaseDialog again;
    CHECK(again.params().description() == p.description());
    CHECK(again.params().password.isEmpty());

    again.hostEdit()->clear();
    CHECK_FALSE(again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST_CASE("a team database opens, is migrated and answers background queries", "[postgres][ui]")
{
    TempPgDatabase server(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC), /*migrate=*/false);
    std::unique_ptr<Database> db = DatabaseOpener::openTeam(nullptr, server.params());
    REQUIRE(db);
    CHECK(Migrator(*db).currentVersion() == Migrator::latestVersion());
    CHECK(DatabaseOpener::isFresh(*db));
    db->exec(QStringLiteral("INSERT INTO regions (name, created_at) VALUES ('华南', '2026-11-23T09:00:00Z')"));

    // The same address through --db / open(): what `funneldesk --db postgresql://…` does.
    std::unique_ptr<Database> byUrl = DatabaseOpener::open(nullptr, server.path());
    REQUIRE(byUrl);
    CHECK(byUrl->location() == server.path());

    QObject receiver;
    std::optional<QString> got;
    QString error;
    bool finished = false;
    runInBackground<QString>(
        &receiver, *db,
        [](Database &worker) {
            SqlQuery q(worker, QStringLiteral("SELECT name FROM regions"));
            return q.scalar().toString();
        },
        [&](std::optional<QString> result, const QString &message) {
            got = result;
            error = message;
            finished = true;
        });
    REQUIRE(QTest::qWaitFor([&] { return finished; }, 10000));
    INFO(error.toStdString());
    REQUIRE(got.has_value());
    CHECK(*got == QStringLiteral("华南"));
}

TEST_CASE("the team database dialog and its menu entry speak Chinese", "[postgres][ui][i18n]")
{
    LanguageManager languages;
    languages.apply(QStringLiteral("zh_CN"));
    {
        TeamDatabaseDialog dialog;
        CHECK(dialog.windowTitle() == QStringLiteral("打开团队数据库"));
        CHECK(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text() == QStringLiteral("连接"));
        CHECK(QCoreApplication::translate("fd::MainWindow", "Open &Team Database…")
              == QStringLiteral("打开团队数据库(&T)…"));
        if (qEnvironmentVariableIsSet("FD_SCREENSHOTS")) {
            dialog.show();
            dialog.grab().save(QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS"))
                               + QStringLiteral("/team_database.png"));
        }
    }
    languages.apply(QStringLiteral("zh_TW"));
    CHECK(TeamDatabaseDialog().windowTitle() == QStringLiteral("開啟團隊資料庫"));
    languages.apply(QStringLiteral("en"));
    CHECK(TeamDatabaseDialog().windowTitle() == QStringLiteral("Open Team Database"));
}
