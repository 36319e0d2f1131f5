// One row definition per table (core/storage/tables/): every INSERT of a defined table is
// made from its definition, so a column is added in one place. This reads the sources of
// core/ (FD_SOURCE_DIR, set by tests/core/CMakeLists.txt) and fails on an "INSERT INTO
// <table>" written anywhere else, and checks each definition against the migrated schema.
#include "catchqt.h"
#include "domain/errors.h"
#include "storage/database.h"
#include "storage/tables/alltables.h"
#include "storage/tables/table.h"
#include "tempdatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QStringList>

#include <catch2/catch.hpp>

using namespace fd;

namespace {

// The tables a source text inserts into, one "line: table" each. Comments are dropped
// and adjacent string literals joined ("INSERT INTO t " "(a, b)"), line numbers kept.
QStringList insertsIn(const QString &source)
{
    QString text = source;
    const auto keepLines = [](const QString &dropped) {
        return QString(int(dropped.count(QLatin1Char('\n'))), QLatin1Char('\n'));
    };
    static const QRegularExpression block(QStringLiteral("/\\*.*?\\*/"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression line(QStringLiteral("//[^\\n]*"));
    static const QRegularExpression adjacent(QStringLiteral("\"\\s*\""));
    for (const QRegularExpression *re : {&block, &line, &adjacent}) {
        QString out;
        qsizetype at = 0;
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(at, m.capturedStart() - at) + keepLines(m.captured());
            at = m.capturedEnd();
        }
        text = out + text.mid(at);
    }
    static const QRegularExpression insert(QStringLiteral("\\bINSERT\\s+(?:OR\\s+\\w+\\s+)?INTO\\s+(\\w+|%\\d)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (auto it = insert.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        found << QStringLiteral("%1: %2")
                     .arg(text.left(m.capturedStart()).count(QLatin1Char('\n')) + 1)
                     .arg(m.captured(1));
    }
    return found;
}

// Every INSERT in core/, as "file:line" by table ("%1" for a table name filled in).
QHash<QString, QStringList> insertsInCore(int *files)
{
    const QDir root(QStringLiteral(FD_SOURCE_DIR));
    QHash<QString, QStringList> byTable;
    QDirIterator it(root.filePath(QStringLiteral("core")), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        ++*files;
        for (const QString &hit : insertsIn(QString::fromUtf8(f.readAll()))) {
            const qsizetype colon = hit.indexOf(QLatin1Char(':'));
            const QString table = hit.mid(colon + 2).startsWith(QLatin1Char('%')) ? QStringLiteral("%1")
                                                                                  : hit.mid(colon + 2);
            byTable[table] << root.relativeFilePath(path) + QLatin1Char(':') + hit.left(colon);
        }
    }
    return byTable;
}

} // namespace

TEST_CASE("the INSERT detector finds statements, split or not, and skips comments", "[architecture]")
{
    CHECK(insertsIn(QStringLiteral("q(\"INSERT INTO leads (name) VALUES (?)\");"))
          == QStringList{QStringLiteral("1: leads")});
    CHECK(insertsIn(QStringLiteral("int a;\nq(\"INSERT \"\n  \"INTO customers (name) \"\n \"VALUES (?)\");"))
          == QStringList{QStringLiteral("2: customers")});
    CHECK(insertsIn(QStringLiteral("x(\"INSERT OR IGNORE INTO settings (key) VALUES (?)\");"))
          == QStringList{QStringLiteral("1: settings")});
    CHECK(insertsIn(QStringLiteral("x(\"INSERT INTO %1 (%2) VALUES %3\");")) == QStringList{QStringLiteral("1: %1")});
    CHECK(insertsIn(QStringLiteral("// INSERT INTO leads (name)\n/* INSERT INTO customers\n (a) */ int b;")).isEmpty());
    CHECK(insertsIn(QStringLiteral("tr(\"Insert a row\"); f(\"INSERTED INTO\");")).isEmpty());
}

TEST_CASE("a table with a row definition is inserted into only through it", "[architecture]")
{
    int files = 0;
    const QHash<QString, QStringList> inserts = insertsInCore(&files);
    // The tree was really read (a wrong FD_SOURCE_DIR must not pass as "nothing found").
    REQUIRE(files > 200);

    QStringList offences;
    for (const tables::Table *table : tables::allTables()) {
        for (const QString &at : inserts.value(table->name()))
            offences << QStringLiteral(
                            "%1: INSERT INTO %2 — fill its row struct (core/storage/tables/) and insert that")
                            .arg(at, table->name());
    }
    // INSERTs with a table name filled in are the definitions' own (table.cpp).
    const QString own = QStringLiteral("core/storage/tables/table.cpp");
    for (const QString &at : inserts.value(QStringLiteral("%1"))) {
        if (!at.startsWith(own + QLatin1Char(':')))
            offences << at + QStringLiteral(": INSERT INTO a table named at run time");
    }
    CHECK(!inserts.value(QStringLiteral("%1")).isEmpty());
    // A table without a definition yet is written from one place at most.
    for (auto it = inserts.cbegin(); it != inserts.cend(); ++it) {
        if (it.key() != QLatin1String("%1") && it.value().size() > 1)
            offences << QStringLiteral("%1 is inserted into from %2 places (%3): give it a row definition")
                            .arg(it.key())
                            .arg(it.value().size())
                            .arg(it.value().join(QStringLiteral(", ")));
    }
    INFO(offences.join(QLatin1Char('\n')).toStdString());
    CHECK(offences.isEmpty());
}

TEST_CASE("each row definition has exactly the columns of its table in the migrated schema", "[architecture]")
{
    test::TempDatabase tmp;
    REQUIRE(tables::allTables().size() >= 30);
    for (const tables::Table *table : tables::allTables()) {
        INFO(table->name().toStdString());
        const QSqlRecord record = tmp.db().connection().record(table->name());
        REQUIRE(!record.isEmpty());
        QStringList stored;
        for (int i = 0; i < record.count(); ++i)
            stored << record.fieldName(i);
        QStringList defined = table->columns();
        if (table->hasId())
            defined.prepend(QStringLiteral("id"));
        stored.sort();
        defined.sort();
        CHECK(defined == stored);
    }
}

TEST_CASE("a row definition writes its row and a restored row keeps its id", "[storage]")
{
    test::TempDatabase tmp;
    const tables::Table &regions = *tables::allTables().first();
    REQUIRE(regions.name() == QLatin1String("regions"));
    const qint64 id = tables::insertRow(tmp.db(), regions,
                                        {QStringLiteral("华东"), QStringLiteral("2026-11-23T09:00:00Z")});
    CHECK(id > 0);
    CHECK(tables::insertRow(tmp.db(), regions, {QStringLiteral("华南"), QStringLiteral("2026-11-23T09:00:00Z")}, 40)
          == 40);
    CHECK(tmp.scalar(QStringLiteral("SELECT name FROM regions WHERE id = 40")).toString() == QStringLiteral("华南"));
    // Whole rows come back by column name; a column the definition lacks is refused.
    CHECK(tables::restoreRow(tmp.db(), regions,
                             {{QStringLiteral("created_at"), QStringLiteral("2026-11-23T09:00:00Z")},
                              {QStringLiteral("id"), 41},
                              {QStringLiteral("name"), QStringLiteral("西南")}})
          == 41);
    CHECK_THROWS_AS(tables::restoreRow(tmp.db(), regions,
                                       {{QStringLiteral("id"), 42},
                                        {QStringLiteral("name"), QStringLiteral("华北")},
                                        {QStringLiteral("created_at"), QStringLiteral("2026-11-23T09:00:00Z")},
                                        {QStringLiteral("manager_id"), 1}}),
                    StorageError);
    CHECK(tmp.count(QStringLiteral("regions")) == 3);
    // Values and columns must match in number (a stale caller cannot shift columns).
    CHECK_THROWS_AS(tables::insertRow(tmp.db(), regions, {QStringLiteral("华北")}), StorageError);
}
