// Import and export: located row errors, all-or-nothing, encodings, XLSX, history,
// cancel, dry run, the rejected-rows report, round trips, and the CLI commands.
#include "catchqt.h"

#include "builders.h"
#include "cliapp.h"
#include "domain/isotime.h"
#include "domain/money.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "io/importvalues.h"
#include "io/recordsource.h"
#include "io/xlsxfilewriter.h"
#include "storage/repositories/auditrepository.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/sqlquery.h"
#include "tempdatabase.h"

#include <QFile>
#include <QStringEncoder>

using namespace fd;
using namespace fd::test;

namespace {

// A small office: a region, a team, two reps, a customer and the default pipeline.
struct Office
{
    TempDatabase tdb;
    Builders b{tdb.db()};
    Pipeline p = b.pipeline();
    qint64 north = b.region(QStringLiteral("华北"));
    qint64 team = b.team(QStringLiteral("北京一组"), north);
    qint64 zhang = b.user(QStringLiteral("张伟"), team);
    qint64 li = b.user(QStringLiteral("李娜"), team);
    qint64 xinghe = b.customer(QStringLiteral("北京星河科技有限公司"), north, zhang);

    Database &db() { return tdb.db(); }
    QString stage(int i) const { return p.stages.at(i).name; }
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = tdb.dir() + QLatin1Char('/') + name;
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    ImportResult import(const QString &path, DataKind kind = DataKind::Opportunities, ImportOptions o = {})
    {
        o.kind = kind;
        return Importer(db()).run(path, o);
    }
    // Row counts of every table an import may touch: equal before and after = nothing stored.
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

const QString kHeader = QStringLiteral("外部编号,商机名称,客户,负责人,金额,阶段,预计成交日期,状态,成交日期,输单原因\n");

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

} // namespace

TEST_CASE("opportunities import with Chinese headers, typed values and history", "[import]")
{
    Office o;
    const QString csv = kHeader
                        + QStringLiteral(
                              "X1,\"ERP 项目, 一期\",北京星河科技有限公司,张伟,\"1,234,567.50\",%1,2026-12-31,,,\n"
                              "X2,\"多行\n\"\"报价\"\"\",北京星河科技,李娜,12.5万,%2,2026/1/5,赢单,2026-11-01,\n"
                              "X3,丢了,北京星河科技有限公司,user1,800,%1,,lost,2026-10-01T08:00:00+08:00,价格太高\n")
                              .arg(o.stage(0), o.stage(2));
    const ImportResult r = o.import(o.file(QStringLiteral("opps.csv"), utf8(csv)));
    INFO((r.errors.isEmpty() ? QString() : r.errors.first().message()).toStdString());
    REQUIRE(r.committed);
    CHECK(r.rowsImported == 3);
    CHECK(r.rowsRejected == 0);
    CHECK(r.encodingDetected);
    CHECK(r.encoding == TextEncoding::Utf8);
    CHECK(r.created.isEmpty());

    SqlQuery q(o.db(), QStringLiteral("SELECT title, customer_id, owner_id, amount_cents, expected_close_date, status, "
                                      "closed_at, lost_reason, stage_id, id FROM opportunities ORDER BY external_id"));
    q.exec();
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ERP 项目, 一期"));
    CHECK(q.value(1).toLongLong() == o.xinghe);
    CHECK(q.value(2).toLongLong() == o.zhang);
    CHECK(q.value(3).toLongLong() == 123456750);
    CHECK(q.value(4).toString() == QStringLiteral("2026-12-31"));
    CHECK(q.value(5).toString() == QStringLiteral("open"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("多行\n\"报价\""));
    CHECK(q.value(1).toLongLong() == o.xinghe); // same normalized company name
    CHECK(q.value(3).toLongLong() == 12500000);
    CHECK(q.value(4).toString() == QStringLiteral("2026-01-05"));
    CHECK(q.value(5).toString() == QStringLiteral("won"));
    CHECK(q.value(6).toString() == QStringLiteral("2026-11-01T00:00:00Z"));
    const qint64 wonId = q.value(9).toLongLong();
    REQUIRE(q.next());
    CHECK(q.value(2).toLongLong() == o.zhang); // by login
    CHECK(q.value(6).toString() == QStringLiteral("2026-10-01T00:00:00Z"));
    CHECK(q.value(7).toString() == QStringLiteral("价格太高"));

    // The won deal's history: created in its stage, then won at the close date.
    const auto history = OpportunityRepository(o.db()).history(wonId);
    REQUIRE(history.size() == 2);
    CHECK(history[0].fromStageId == 0);
    CHECK(history[1].toStatus == OpportunityStatus::Won);
    CHECK(history[1].changedAt == QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
    CHECK(history[0].changedAt <= history[1].changedAt);
}

TEST_CASE("dates, times and amounts in the stored form read as the general readers read them", "[import]")
{
    // importvalues reads these forms by hand for speed: what it gives must be what the
    // general readers give, refusals included.
    for (const char *text : {"2026-11-23", "1990-01-01", "2200-12-31", "2024-02-29", "2026-02-30", "2025-02-29",
                             "2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01", "2026-1-05", "2026/11/23",
                             "2026-11-2x", "２０２６-11-23", "2026-11-23T00:00:00Z"}) {
        INFO(text);
        const auto fast = importvalues::date(QString::fromUtf8(text), false);
        auto general = isotime::parseDate(QString::fromUtf8(text));
        if (!general && QString::fromUtf8(text).contains(QLatin1Char('/')))
            general = QDate(2026, 11, 23);
        CHECK(fast == general);
    }
    for (const char *text :
         {"2026-11-23T09:30:15Z", "2026-11-23T23:59:59Z", "2026-11-23T24:00:00Z", "2026-11-23T09:60:00Z",
          "2026-11-23T09:30:61Z", "2026-02-30T09:30:00Z", "2026-11-23T09:30:15+08:00", "2026-11-23T9:30:15Z"}) {
        INFO(text);
        const auto fast = importvalues::timestamp(QString::fromUtf8(text), false);
        const auto general = isotime::parseDate(QString::fromUtf8(text).left(10))
                                 ? isotime::parseTimestamp(QString::fromUtf8(text))
                                 : std::nullopt;
        CHECK(fast == general);
    }
    CHECK(importvalues::timestamp(QStringLiteral("2026-11-23T09:30:15Z"), false)
          == QDateTime(QDate(2026, 11, 23), QTime(9, 30, 15), Qt::UTC));
    for (const char *text : {"0",
                             "7",
                             "007",
                             "1234",
                             "1234.5",
                             "1234.56",
                             "1234.567",
                             "1234.",
                             ".5",
                             "1.2.3",
                             "-5",
                             "1,234.56",
                             "¥1234",
                             "12万",
                             "12.3456万",
                             "123456789012345",
                             "1234567890123456",
                             "１２３",
                             "12a",
                             "1e5"}) {
        INFO(text);
        CHECK(importvalues::amount(QString::fromUtf8(text), QStringLiteral("CNY"))
              == money::parse(QString::fromUtf8(text), QStringLiteral("CNY")));
    }
    CHECK(importvalues::amount(QStringLiteral("1234.5"), QStringLiteral("CNY")) == 123450);
    CHECK_FALSE(importvalues::amount(QStringLiteral("$1234.5"), QStringLiteral("CNY")).has_value());
}

TEST_CASE("an import is audited as one event that names every record it created", "[import][audit]")
{
    Office o;
    o.db().setActingUserId(o.zhang);
    const qint64 auditBefore = o.tdb.count(QStringLiteral("audit_log"));
    const QString csv = kHeader
                        + QStringLiteral("A1,一号,北京星河科技有限公司,张伟,100,%1,,,,\n"
                                         "A2,二号,上海新客户有限公司,李娜,200,%1,,,,\n"
                                         "A3,三号,北京星河科技有限公司,李娜,300,%1,,won,2026-10-15,\n")
                              .arg(o.stage(1));
    ImportOptions options;
    options.createMissing = true; // creates 上海新客户有限公司
    const ImportResult r = o.import(o.file(QStringLiteral("新商机.csv"), utf8(csv)), DataKind::Opportunities, options);
    REQUIRE(r.committed);
    REQUIRE(r.batchId > 0);

    // One batch row, one audit row, ranges for the deals and the created customer.
    CHECK(o.tdb.count(QStringLiteral("audit_log")) == auditBefore + 1);
    SqlQuery batch(o.db(),
                   QStringLiteral("SELECT kind, file_name, rows_imported, user_id FROM import_batches WHERE id = ?"));
    batch.add(r.batchId).exec();
    REQUIRE(batch.next());
    CHECK(batch.value(0).toString() == QStringLiteral("opportunities"));
    CHECK(batch.value(1).toString() == QStringLiteral("新商机.csv"));
    CHECK(batch.value(2).toLongLong() == 3);
    CHECK(batch.value(3).toLongLong() == o.zhang);
    SqlQuery ranges(o.db(),
                    QStringLiteral("SELECT entity, first_id, last_id FROM import_batch_ranges WHERE batch_id = ? "
                                   "ORDER BY entity"));
    ranges.add(r.batchId).exec();
    const qint64 newCustomer =
        o.tdb.scalar(QStringLiteral("SELECT id FROM customers WHERE name = '上海新客户有限公司'")).toLongLong();
    REQUIRE(ranges.next());
    CHECK(ranges.value(0).toString() == QStringLiteral("customer"));
    CHECK(ranges.value(1).toLongLong() == newCustomer);
    CHECK(ranges.value(2).toLongLong() == newCustomer);
    REQUIRE(ranges.next());
    CHECK(ranges.value(0).toString() == QStringLiteral("opportunity"));
    const qint64 first = ranges.value(1).toLongLong();
    const qint64 last = ranges.value(2).toLongLong();
    CHECK_FALSE(ranges.next());
    SqlQuery ids(o.db(),
                 QStringLiteral("SELECT min(id), max(id), count(*) FROM opportunities WHERE external_id LIKE 'A%'"));
    ids.exec();
    REQUIRE(ids.next());
    CHECK(first == ids.value(0).toLongLong());
    CHECK(last == ids.value(1).toLongLong());
    CHECK(ids.value(2).toLongLong() == 3);

    // Each imported deal's audit trail shows the import; a deal made by hand does not.
    for (qint64 id = first; id <= last; ++id) {
        const QList<AuditEntry> trail = AuditRepository(o.db()).forEntity(QStringLiteral("opportunity"), id);
        REQUIRE(trail.size() == 1);
        CHECK(trail.first().action == QStringLiteral("insert"));
        CHECK(trail.first().field == QStringLiteral("import_batch"));
        CHECK(trail.first().userId == o.zhang);
        CHECK(trail.first().newValue.contains(QStringLiteral("新商机.csv")));
        CHECK(trail.first().newValue.startsWith(QStringLiteral("#%1 ").arg(r.batchId)));
    }
    const qint64 manual = o.b.opportunity(o.p, o.xinghe, o.zhang, 5000).id;
    for (const AuditEntry &e : AuditRepository(o.db()).forEntity(QStringLiteral("opportunity"), manual))
        CHECK(e.field != QStringLiteral("import_batch"));
    CHECK(AuditRepository(o.db()).forEntity(QStringLiteral("customer"), newCustomer).size() == 1);

    // The won deal still gets its creation and outcome history rows.
    const qint64 won =
        o.tdb.scalar(QStringLiteral("SELECT id FROM opportunities WHERE external_id = 'A3'")).toLongLong();
    const auto history = OpportunityRepository(o.db()).history(won);
    REQUIRE(history.size() == 2);
    CHECK(history[0].toStageId == o.p.stages[1].id);
    CHECK(history[1].toStatus == OpportunityStatus::Won);
    CHECK(history[1].changedBy == o.li);

    // A dry run writes no batch.
    options.dryRun = true;
    const QString again = kHeader + QStringLiteral("B1,四号,北京星河科技有限公司,张伟,100,%1,,,,\n").arg(o.stage(0));
    const ImportResult dry = o.import(o.file(QStringLiteral("dry.csv"), utf8(again)), DataKind::Opportunities, options);
    CHECK_FALSE(dry.committed);
    CHECK(dry.batchId == 0);
    CHECK(o.tdb.count(QStringLiteral("import_batches")) == 1);
}

TEST_CASE("a corpus of malformed input is rejected with a located message and nothing stored", "[import]")
{
    Office o;
    const QString s0 = o.stage(0);
    const QString good = QStringLiteral("X1,好商机,北京星河科技有限公司,张伟,100,%1,,,,\n").arg(s0);
    struct Case
    {
        const char *name;
        QByteArray bytes;
        qint64 line;
        QString column; // empty: a fatal ParseError
        QString reason;
        std::optional<TextEncoding> encoding;
    };
    QByteArray huge = utf8(kHeader + good) + "X9,\"" + QByteArray(10 * 1024 * 1024, 'x')
                      + utf8(QStringLiteral("\",北京星河科技有限公司,张伟,100,%1,,,,\n").arg(s0));
    const QList<Case> cases{
        {"unterminated quote",
         utf8(kHeader + good
              + QStringLiteral("X2,\"没有结束,北京星河科技有限公司,张伟,100,%1,,,,\nX3,a,b,c,1,%1,,,,\n").arg(s0)),
         3, QString(), QStringLiteral("unterminated quote"), std::nullopt},
        {"ragged row", utf8(kHeader + good + QStringLiteral("X2,少一列,北京星河科技有限公司,张伟,100,%1,,,\n").arg(s0)),
         3, QStringLiteral("输单原因"), QStringLiteral("ragged"), std::nullopt},
        {"stray quote",
         utf8(kHeader + good + QStringLiteral("X2,引号\"在中间,北京星河科技有限公司,张伟,100,%1,,,,\n").arg(s0)), 3,
         QStringLiteral("商机名称"), QStringLiteral("stray quote"), std::nullopt},
        {"invalid UTF-8", utf8(kHeader + good) + "X2,\xE6\x98,a,b,1,c,,,,\n", 3, QStringLiteral("商机名称"),
         QStringLiteral("not valid UTF-8"), TextEncoding::Utf8},
        {"invalid GB18030", encode(kHeader + good, "GB18030") + "X2,\x81\x20,a,b,1,c,,,,\n", 3,
         QStringLiteral("商机名称"), QStringLiteral("not valid GB18030"), TextEncoding::Gb18030},
        {"10 MB field", huge, 3, QStringLiteral("商机名称"), QStringLiteral("longer than"), std::nullopt},
        {"2026-02-30",
         utf8(kHeader + good + QStringLiteral("X2,日期,北京星河科技有限公司,张伟,100,%1,2026-02-30,,,\n").arg(s0)), 3,
         QStringLiteral("预计成交日期"), QStringLiteral("not a valid date"), std::nullopt},
        {"negative amount",
         utf8(kHeader + good + QStringLiteral("X2,负数,北京星河科技有限公司,张伟,-5,%1,,,,\n").arg(s0)), 3,
         QStringLiteral("金额"), QStringLiteral("not an amount"), std::nullopt},
        {"non-numeric amount",
         utf8(kHeader + good + QStringLiteral("X2,文字,北京星河科技有限公司,张伟,一百,%1,,,,\n").arg(s0)), 3,
         QStringLiteral("金额"), QStringLiteral("not an amount"), std::nullopt},
        {"unknown stage",
         utf8(kHeader + good + QStringLiteral("X2,阶段,北京星河科技有限公司,张伟,100,不存在的阶段,,,,\n")), 3,
         QStringLiteral("阶段"), QStringLiteral("not a stage"), std::nullopt},
        {"unknown owner", utf8(kHeader + good + QStringLiteral("X2,人,北京星河科技有限公司,王五,100,%1,,,,\n").arg(s0)),
         3, QStringLiteral("负责人"), QStringLiteral("no such user"), std::nullopt},
        // (A lost deal without a reason gets the default one: test_import_history.)
        {"a lost reason on a won deal",
         utf8(kHeader + good + QStringLiteral("X2,赢,北京星河科技有限公司,张伟,100,%1,,won,2026-11-01,价格\n").arg(s0)),
         3, QStringLiteral("输单原因"), QStringLiteral("only allowed for a lost deal"), std::nullopt},
        {"duplicate in the file", utf8(kHeader + good + good), 3, QStringLiteral("外部编号"),
         QStringLiteral("duplicate of line 2"), std::nullopt},
    };
    const QList<qint64> before = o.counts();
    for (const Case &c : cases) {
        INFO(c.name);
        ImportOptions opts;
        opts.encoding = c.encoding;
        const QString path = o.file(QStringLiteral("bad.csv"), c.bytes);
        if (c.column.isEmpty()) {
            try {
                o.import(path, DataKind::Opportunities, opts);
                FAIL("no ParseError");
            } catch (const ParseError &e) {
                CHECK(e.line() == c.line);
                CHECK(e.message().contains(c.reason));
            }
        } else {
            const ImportResult r = o.import(path, DataKind::Opportunities, opts);
            CHECK_FALSE(r.committed);
            CHECK(r.rowsRejected == 1);
            REQUIRE_FALSE(r.errors.isEmpty());
            const FieldError &e = r.errors.first();
            INFO(e.message().toStdString());
            CHECK(e.row == c.line);
            CHECK(e.field == c.column);
            CHECK(e.reason.contains(c.reason));
            CHECK(e.message().startsWith(QStringLiteral("line %1: ").arg(c.line)));
        }
        CHECK(o.counts() == before);
    }

    // The same located error in every encoding, with and without a BOM.
    const QString bad = kHeader + good + QStringLiteral("X2,负数,北京星河科技有限公司,张伟,-5,%1,,,,\n").arg(s0);
    for (const QByteArray &bytes : {utf8(bad), "\xEF\xBB\xBF" + utf8(bad), encode(bad, "GB18030")}) {
        const ImportResult r = o.import(o.file(QStringLiteral("enc.csv"), bytes));
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors.first().row == 3);
        CHECK(r.errors.first().field == QStringLiteral("金额"));
        CHECK(r.errors.first().value == QStringLiteral("-5"));
        CHECK(o.counts() == before);
    }
}

TEST_CASE("files in GB18030, Big5 and UTF-8 with BOM import the same Chinese text", "[import][encoding]")
{
    Office o;
    const QString simplified = QStringLiteral(
                                   "商机名称,客户,负责人,金额,阶段\n华东年度框架,上海蓝海贸易有限公司,张伟,88000,%1\n")
                                   .arg(o.stage(0));
    const QString traditional =
        QStringLiteral("商機名稱,客戶,負責人,金額,階段\n臺北年度框架,高雄藍海貿易股份有限公司,李娜,66000,%1\n")
            .arg(o.stage(0));
    struct Case
    {
        QByteArray bytes;
        TextEncoding expected;
        QString title;
        QString customer;
    };
    const QList<Case> cases{
        {encode(simplified, "GB18030"), TextEncoding::Gb18030, QStringLiteral("华东年度框架"),
         QStringLiteral("上海蓝海贸易有限公司")},
        {encode(traditional, "Big5"), TextEncoding::Big5, QStringLiteral("臺北年度框架"),
         QStringLiteral("高雄藍海貿易股份有限公司")},
        {"\xEF\xBB\xBF" + utf8(traditional).replace("臺北", "台南"), TextEncoding::Utf8Bom,
         QStringLiteral("台南年度框架"), QStringLiteral("高雄藍海貿易股份有限公司 ")},
    };
    for (const Case &c : cases) {
        ImportOptions opts;
        opts.createMissing = true;
        opts.skipInvalid = true;
        const ImportResult r = o.import(o.file(QStringLiteral("enc.csv"), c.bytes), DataKind::Opportunities, opts);
        CHECK(r.encoding == c.expected);
        CHECK(r.rowsImported == 1);
        SqlQuery q(o.db(), QStringLiteral("SELECT c.name FROM opportunities o JOIN customers c ON c.id = o.customer_id "
                                          "WHERE o.title = ?"));
        q.add(c.title);
        CHECK(q.scalar().toString() == c.customer.trimmed());
    }
    // The BOM file's customer was the Big5 file's: matched, not created twice.
    CHECK(o.tdb.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE name LIKE '高雄%'")).toInt() == 1);
    // An encoding given by the user wins over detection: GB18030 bytes read as Big5 give a
    // header of nonsense, refused before any row.
    ImportOptions forced;
    forced.encoding = TextEncoding::Big5;
    const QList<qint64> before = o.counts();
    CHECK_THROWS_WITH(
        o.import(o.file(QStringLiteral("gb.csv"), encode(simplified, "GB18030")), DataKind::Opportunities, forced),
        Catch::Contains("no column for title"));
    CHECK(o.counts() == before);
}

TEST_CASE("imported stage history is ordered, chained and consistent with the deal", "[import][history]")
{
    Office o;
    const QString opps =
        kHeader
        + QStringLiteral(
              "H1,一号,北京星河科技有限公司,张伟,100,%1,,,,\nH2,二号,北京星河科技有限公司,李娜,200,%2,,won,2026-10-15,\n")
              .arg(o.stage(2), o.stage(3));
    REQUIRE(o.import(o.file(QStringLiteral("o.csv"), utf8(opps))).committed);
    // Out of order on purpose; the importer sorts by time.
    const QString history = QStringLiteral("opportunity_external_id,stage,entered_at,changed_by\n"
                                           "H1,%1,2026-09-01T10:00:00Z,张伟\n"
                                           "H1,%3,2026-10-01T10:00:00Z,张伟\n"
                                           "H1,%2,2026-09-15T10:00:00Z,李娜\n"
                                           "H2,%1,2026-08-01,李娜\n"
                                           "H2,%4,2026-09-20,李娜\n")
                                .arg(o.stage(0), o.stage(1), o.stage(2), o.stage(3));
    const ImportResult r = o.import(o.file(QStringLiteral("h.csv"), utf8(history)), DataKind::StageHistory);
    INFO((r.errors.isEmpty() ? QString() : r.errors.first().message()).toStdString());
    REQUIRE(r.committed);

    OpportunityRepository repo(o.db());
    const qint64 h1 =
        o.tdb.scalar(QStringLiteral("SELECT id FROM opportunities WHERE external_id = 'H1'")).toLongLong();
    const qint64 h2 =
        o.tdb.scalar(QStringLiteral("SELECT id FROM opportunities WHERE external_id = 'H2'")).toLongLong();
    for (qint64 id : {h1, h2}) {
        const auto steps = repo.history(id);
        REQUIRE(steps.size() >= 2);
        CHECK(steps.first().fromStageId == 0);
        CHECK_FALSE(steps.first().fromStatus.has_value());
        for (int i = 1; i < steps.size(); ++i) {
            CHECK(steps[i].fromStageId == steps[i - 1].toStageId);
            CHECK(steps[i].fromStatus == steps[i - 1].toStatus);
            CHECK(steps[i - 1].changedAt <= steps[i].changedAt);
        }
        CHECK(steps.last().toStageId == repo.get(id).stageId);
    }
    const auto s1 = repo.history(h1);
    REQUIRE(s1.size() == 3);
    CHECK(s1[1].toStageId == o.p.stages[1].id);
    CHECK(s1[1].changedBy == o.li);
    const auto s2 = repo.history(h2);
    REQUIRE(s2.size() == 3); // the outcome row is kept at the close date
    CHECK(s2[2].toStatus == OpportunityStatus::Won);
    CHECK(s2[2].changedAt == QDateTime(QDate(2026, 10, 15), QTime(0, 0), Qt::UTC));

    // History that ends somewhere else than the deal is refused, all of it.
    const QList<qint64> before = o.counts();
    Office other;
    REQUIRE(other.import(other.file(QStringLiteral("o.csv"), utf8(opps))).committed);
    const QList<qint64> otherBefore = other.counts();
    const QString wrong = QStringLiteral(
                              "opportunity_external_id,stage,entered_at\nH1,%1,2026-09-01\nH1,%2,2026-09-02\n")
                              .arg(other.stage(0), other.stage(1));
    const ImportResult bad = other.import(other.file(QStringLiteral("w.csv"), utf8(wrong)), DataKind::StageHistory);
    CHECK_FALSE(bad.committed);
    REQUIRE(bad.errors.size() == 1);
    CHECK(bad.errors.first().row == 3);
    CHECK(bad.errors.first().reason.contains(QStringLiteral("history ends in stage")));
    CHECK(other.counts() == otherBefore);
    CHECK(o.counts() == before);
}

TEST_CASE("a cancelled import leaves the database exactly as it was", "[import]")
{
    Office o;
    QString csv = QStringLiteral("title,customer,owner,amount,stage\n");
    for (int i = 0; i < 2000; ++i)
        csv += QStringLiteral("商机%1,新客户%2,新销售%3,%4,新阶段%5\n")
                   .arg(i)
                   .arg(i % 50)
                   .arg(i % 7)
                   .arg(i * 10)
                   .arg(i % 3);
    const QString path = o.file(QStringLiteral("big.csv"), utf8(csv));
    const QList<qint64> before = o.counts();
    const QString indexes = QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master "
                                           "WHERE type = 'index' ORDER BY name)");
    const QString indexesBefore = o.tdb.scalar(indexes).toString();
    ImportOptions opts;
    opts.createMissing = true;
    opts.deferIndexes = true; // rebuilt at the end; a rollback must bring them back too
    qint64 calls = 0;
    qint64 lastDone = -1;
    opts.progress = [&](qint64 done, qint64 total) {
        CHECK(done <= total);
        CHECK(done > lastDone);
        lastDone = done;
        return ++calls < 3; // cancel at the third report, mid-file
    };
    const ImportResult r = o.import(path, DataKind::Opportunities, opts);
    CHECK(r.cancelled);
    CHECK_FALSE(r.committed);
    CHECK(r.rowsRead > 256);
    CHECK(r.rowsRead < 2000);
    CHECK(o.counts() == before);
    CHECK(o.tdb.scalar(indexes).toString() == indexesBefore);

    // Without the cancel, the same file goes in completely, creating what it names.
    opts.progress = {};
    const ImportResult ok = o.import(path, DataKind::Opportunities, opts);
    CHECK(ok.committed);
    CHECK(ok.rowsImported == 2000);
    CHECK(ok.created.contains(QStringLiteral("customer: 新客户0")));
    CHECK(ok.created.filter(QStringLiteral("user: ")).size() == 7);
    CHECK(ok.created.filter(QStringLiteral("stage: ")).size() == 3);
    CHECK(o.tdb.count(QStringLiteral("opportunities")) == before[0] + 2000);
    CHECK(o.tdb.scalar(indexes).toString() == indexesBefore);
    CHECK(o.tdb.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    // Every deal got its creation row, in id order (batched ids are consecutive).
    CHECK(o.tdb
              .scalar(QStringLiteral("SELECT count(*) FROM opportunities o JOIN opportunity_stage_history h "
                                     "ON h.opportunity_id = o.id AND h.from_stage_id IS NULL "
                                     "WHERE h.changed_at = o.created_at AND h.to_stage_id = o.stage_id"))
              .toLongLong()
          == before[0] + 2000);
}

TEST_CASE("dry run previews, skip-invalid imports the rest and reports the rejected rows", "[import]")
{
    Office o;
    const QString csv = kHeader
                        + QStringLiteral(
                              "D1,好,北京星河科技有限公司,张伟,100,%1,,,,\nD2,坏,北京星河科技有限公司,张伟,abc,%1,,,,\n"
                              "D3,新客户的,新客户,张伟,300,%1,,,,\n")
                              .arg(o.stage(0));
    const QString path = o.file(QStringLiteral("d.csv"), utf8(csv));
    const QList<qint64> before = o.counts();
    ImportOptions dry;
    dry.dryRun = true;
    dry.createMissing = true;
    dry.previewRows = 2;
    const ImportResult preview = o.import(path, DataKind::Opportunities, dry);
    CHECK_FALSE(preview.committed);
    CHECK(o.counts() == before);
    REQUIRE(preview.preview.size() == 2);
    CHECK(preview.previewColumns.first() == QStringLiteral("external_id"));
    CHECK(preview.preview[1].value(preview.previewColumns.indexOf(QStringLiteral("amount"))) == QStringLiteral("abc"));
    CHECK(preview.created == QStringList{QStringLiteral("customer: 新客户")});
    CHECK(preview.errors.size() == 1);

    ImportOptions skip;
    skip.skipInvalid = true;
    skip.createMissing = true;
    skip.rejectedReportPath = o.tdb.dir() + QStringLiteral("/rejected.csv");
    const ImportResult r = o.import(path, DataKind::Opportunities, skip);
    CHECK(r.committed);
    CHECK(r.rowsImported == 2);
    CHECK(o.tdb.count(QStringLiteral("opportunities")) == before[0] + 2);
    QFile report(skip.rejectedReportPath);
    REQUIRE(report.open(QIODevice::ReadOnly));
    const QByteArray bytes = report.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("line,errors,外部编号,商机名称")));
    CHECK(text.contains(QStringLiteral("3,\"金额: is not an amount of money")));
    CHECK(text.contains(QStringLiteral(",D2,坏,")));
    CHECK(text.count(QStringLiteral("\r\n")) == 2);
}

TEST_CASE("a mapping file overrides the automatic header mapping", "[import]")
{
    Office o;
    const QString csv = QStringLiteral("项目,甲方,销售员,合同额,进度,内部备注\n映射,北京星河科技有限公司,张伟,5,%1,x\n")
                            .arg(o.stage(0));
    const QString mapping = o.file(
        QStringLiteral("m.json"),
        utf8(QStringLiteral(
            R"({"项目":"title","甲方":"customer","销售员":"owner","合同额":"amount","进度":"stage","内部备注":null})")));
    ImportOptions opts;
    opts.mapping = Importer::loadMapping(mapping);
    const ImportResult r = o.import(o.file(QStringLiteral("m.csv"), utf8(csv)), DataKind::Opportunities, opts);
    CHECK(r.committed);
    CHECK(r.ignoredColumns == QStringList{QStringLiteral("内部备注")});
    CHECK(o.tdb.scalar(QStringLiteral("SELECT amount_cents FROM opportunities WHERE title = '映射'")).toLongLong()
          == 500);

    // Without the mapping the required columns are missing: refused before any row.
    CHECK_THROWS_WITH(o.import(o.file(QStringLiteral("m2.csv"), utf8(csv))),
                      Catch::Contains("no column for title, customer, owner, amount, stage"));
    opts.mapping.insert(QStringLiteral("项目"), QStringLiteral("no_such_column"));
    CHECK_THROWS_AS(o.import(o.file(QStringLiteral("m3.csv"), utf8(csv)), DataKind::Opportunities, opts), Error);
}

TEST_CASE("XLSX imports with typed cells and Excel serial dates", "[import][xlsx]")
{
    Office o;
    const QString path = o.tdb.dir() + QStringLiteral("/opps.xlsx");
    {
        XlsxFileWriter w(path, QStringLiteral("商机"));
        w.begin({{QStringLiteral("商机名称"), ColumnType::Text},
                 {QStringLiteral("客户"), ColumnType::Text},
                 {QStringLiteral("负责人"), ColumnType::Text},
                 {QStringLiteral("金额"), ColumnType::Money},
                 {QStringLiteral("阶段"), ColumnType::Text},
                 {QStringLiteral("预计成交日期"), ColumnType::Integer},
                 {QStringLiteral("创建时间"), ColumnType::Date}});
        // A date typed as a plain number is an Excel serial day: 46477 = 2027-03-31.
        w.writeRow({QStringLiteral("表格商机"), QStringLiteral("北京星河科技有限公司"), QStringLiteral("张伟"),
                    qint64(9876543), o.stage(1), qint64(46477), QDate(2026, 11, 23)});
        w.writeRow({QStringLiteral("坏日期"), QStringLiteral("北京星河科技有限公司"), QStringLiteral("张伟"),
                    qint64(100), o.stage(1), qint64(0), QVariant()});
        w.finish();
    }
    const QList<qint64> before = o.counts();
    const ImportResult bad = o.import(path);
    CHECK(bad.format == QStringLiteral("XLSX"));
    INFO(bad.errors.value(0).message().toStdString() + " / " + bad.errors.value(1).message().toStdString());
    REQUIRE(bad.errors.size() == 1);
    CHECK(bad.errors.first().row == 3);
    CHECK(bad.errors.first().field == QStringLiteral("预计成交日期"));
    CHECK(o.counts() == before);

    ImportOptions skip;
    skip.skipInvalid = true;
    const ImportResult r = o.import(path, DataKind::Opportunities, skip);
    REQUIRE(r.rowsImported == 1);
    SqlQuery q(o.db(), QStringLiteral("SELECT amount_cents, expected_close_date, created_at FROM opportunities "
                                      "WHERE title = '表格商机'"));
    q.exec();
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 9876543);
    CHECK(q.value(1).toString() == QStringLiteral("2027-03-31"));
    CHECK(q.value(2).toString() == QStringLiteral("2026-11-23T00:00:00Z"));
}

TEST_CASE("every kind exported from one office imports into another and exports the same", "[import][export]")
{
    Office a;
    auto load = [&](DataKind kind, const QString &csv) {
        ImportOptions opts;
        opts.createMissing = true;
        const ImportResult r = a.import(a.file(QStringLiteral("in.csv"), utf8(csv)), kind, opts);
        INFO((r.errors.isEmpty() ? QString() : r.errors.first().message()).toStdString());
        REQUIRE(r.committed);
    };
    load(DataKind::Customers,
         QStringLiteral("客户名称,客户等级,行业,规模,区域,负责人,电话,邮箱,备注,创建时间\n"
                        "上海蓝海贸易有限公司,A,制造,大型,华东,王芳,021-5555,info@lanhai.cn,\"=危险公式\",2026-01-02\n"
                        "深圳鹏程电子,B,电子,small,华南,,,,,2026-03-04T05:06:07Z\n"));
    load(DataKind::Contacts,
         QStringLiteral("客户,联系人,职位,手机,主要联系人\n上海蓝海贸易有限公司,赵敏,采购经理,+86 138-0013-8000,是\n"));
    load(DataKind::Leads,
         QStringLiteral(
             "姓名,公司,电话,来源,状态,负责人\n钱进,杭州钱塘科技,13900001111,展会,已联系,王芳\n孙丽,,,官网,,\n"));
    load(DataKind::Opportunities,
         kHeader
             + QStringLiteral("R1,蓝海扩容,上海蓝海贸易有限公司,王芳,250000,%1,2027-01-31,,,\n"
                              ",鹏程试点,深圳鹏程电子,李娜,80000.5,%2,,lost,2026-11-20,预算取消\n")
                   .arg(a.stage(2), a.stage(1)));
    load(DataKind::StageHistory,
         QStringLiteral(
             "opportunity_external_id,stage,entered_at,changed_by\nR1,%1,2026-10-01,王芳\nR1,%2,2026-11-01,王芳\n")
             .arg(a.stage(0), a.stage(2)));
    load(
        DataKind::Activities,
        QStringLiteral(
            "类型,主题,时间,时长,负责人,客户,商机编号\n拜访,现场演示,2026-11-02 14:00,90,王芳,上海蓝海贸易有限公司,R1\n"
            "电话,回访,2026-11-03T01:00:00Z,,李娜,深圳鹏程电子,\n"));

    // Another office imports the XLSX exports in dependency order; its CSV exports must equal A's.
    TempDatabase c;
    for (DataKind kind : {DataKind::Customers, DataKind::Contacts, DataKind::Leads, DataKind::Opportunities,
                          DataKind::StageHistory, DataKind::Activities}) {
        INFO(toString(kind).toStdString());
        const QString xlsx = a.tdb.dir() + QStringLiteral("/%1.xlsx").arg(toString(kind));
        REQUIRE(Exporter(a.db()).exportKind(kind, ExportFormat::Xlsx, xlsx) > 0);
        ImportOptions opts;
        opts.kind = kind;
        opts.createMissing = true;
        const ImportResult r = Importer(c.db()).run(xlsx, opts);
        INFO((r.errors.isEmpty() ? QString() : r.errors.first().message()).toStdString());
        REQUIRE(r.committed);
    }
    for (DataKind kind : {DataKind::Customers, DataKind::Contacts, DataKind::Leads, DataKind::Opportunities,
                          DataKind::StageHistory, DataKind::Activities}) {
        INFO(toString(kind).toStdString());
        const QString fromA = a.tdb.dir() + QStringLiteral("/cmp-a.csv");
        const QString fromC = c.dir() + QStringLiteral("/cmp-c.csv");
        Exporter(a.db()).exportKind(kind, ExportFormat::Csv, fromA);
        Exporter(c.db()).exportKind(kind, ExportFormat::Csv, fromC);
        QFile fa(fromA), fc(fromC);
        REQUIRE(fa.open(QIODevice::ReadOnly));
        REQUIRE(fc.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(fc.readAll()) == QString::fromUtf8(fa.readAll()));
    }
}

TEST_CASE("funneldesk-cli export and import", "[import][cli]")
{
    Office o;
    o.tdb.reopen();
    const QString db = o.tdb.path();
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const QString good = o.file(
        QStringLiteral("g.csv"),
        utf8(kHeader + QStringLiteral("C1,命令行,北京星河科技有限公司,张伟,100,%1,,,,\n").arg(o.stage(0))));
    const QString bad = o.file(
        QStringLiteral("b.csv"),
        utf8(kHeader + QStringLiteral("C2,坏,北京星河科技有限公司,张伟,-1,%1,,,,\n").arg(o.stage(0))));

    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--kind"),
                  QStringLiteral("opportunities"), QStringLiteral("--file"), bad},
                 out, err)
          == 1);
    CHECK(errText.contains(QStringLiteral("line 2: opportunities.金额 = \"-1\"")));
    CHECK(errText.contains(QStringLiteral("nothing was imported")));
    CHECK(o.tdb.count(QStringLiteral("opportunities")) == 0);

    errText.clear();
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--kind"),
                  QStringLiteral("opportunities"), QStringLiteral("--file"), good, QStringLiteral("--dry-run")},
                 out, err)
          == 0);
    CHECK(outText.contains(QStringLiteral("UTF-8 detected")));
    CHECK(o.tdb.count(QStringLiteral("opportunities")) == 0);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--kind"),
                  QStringLiteral("opportunities"), QStringLiteral("--file"), good, QStringLiteral("--encoding"),
                  QStringLiteral("utf-8")},
                 out, err)
          == 0);
    CHECK(outText.contains(QStringLiteral("Imported 1 opportunities")));
    CHECK(outText.contains(QStringLiteral("(import #1 in the audit trail)")));
    CHECK(o.tdb.count(QStringLiteral("opportunities")) == 1);

    const QString xlsx = o.tdb.dir() + QStringLiteral("/out.xlsx");
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--kind"),
                  QStringLiteral("opportunities"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                  QStringLiteral("--out"), xlsx},
                 out, err)
          == 0);
    CHECK(QFile(xlsx).size() > 0);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--kind"),
                  QStringLiteral("deals"), QStringLiteral("--out"), xlsx},
                 out, err)
          == 2);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--kind"),
                  QStringLiteral("opportunities"), QStringLiteral("--file"), good, QStringLiteral("--encoding"),
                  QStringLiteral("ebcdic")},
                 out, err)
          == 2);
}

TEST_CASE("a cancelled export leaves no file behind", "[export]")
{
    Office o;
    QString csv = QStringLiteral("title,customer,owner,amount,stage\n");
    for (int i = 0; i < 1200; ++i)
        csv += QStringLiteral("导出%1,北京星河科技有限公司,张伟,%2,%3\n").arg(i).arg(i).arg(o.stage(0));
    REQUIRE(o.import(o.file(QStringLiteral("e.csv"), utf8(csv))).committed);
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        const QString path = o.tdb.dir() + QStringLiteral("/cancel.") + toString(format);
        qint64 seen = 0;
        const qint64 rows = Exporter(o.db()).exportKind(DataKind::Opportunities, format, path,
                                                        [&](qint64 done, qint64 total) {
                                                            CHECK(total == 1200);
                                                            seen = done;
                                                            return false;
                                                        });
        CHECK(rows == -1);
        CHECK(seen == 500);
        CHECK_FALSE(QFile::exists(path));
        CHECK(Exporter(o.db()).exportKind(DataKind::Opportunities, format, path) == 1200);
        CHECK(QFile::exists(path));
    }
}
