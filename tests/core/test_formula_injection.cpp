// Formula injection (OWASP "CSV injection"): text that begins like a formula is exported
// so that Excel and WPS show it as text, and our own import gives back the exact text.
// The real files are read back: the CSV's bytes, the .xlsx's sheet XML, both imported.
#include "catchqt.h"

#include "importoffice.h"
#include "io/csvwriter.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "io/tablesink.h"
#include "io/xlsxfilewriter.h"
#include "recordfiles.h"
#include "storage/sqlquery.h"

using namespace fd;
using namespace fd::test;

namespace {

// What a spreadsheet would run (=, +, -, @, tab, CR first), apostrophes that must survive
// (before a formula character or before anything else) and plain text.
const QStringList kNasty{
    QStringLiteral("=1+1"),
    QStringLiteral("=HYPERLINK(\"http://evil.example\",\"点我\")"),
    QStringLiteral("=cmd|' /C calc'!A0"),
    QStringLiteral("+86 138 0013 8000"),
    QStringLiteral("-5%"),
    QStringLiteral("-"),
    QStringLiteral("@SUM(A1:A9)"),
    QStringLiteral("'=already guarded by hand"),
    QStringLiteral("''+two apostrophes"),
    QStringLiteral("'80后客户"),
    QStringLiteral("普通公司"),
};
// Leading tab / CR: only stored through the editors (an import trims cells), set by SQL here.
const QStringList kWhitespaceFirst{QStringLiteral("\t=tab first"), QStringLiteral("\r=CR first")};

bool startsLikeFormula(const QString &s)
{
    return !s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.front()); // what Excel and WPS would evaluate
}

QStringList column(Database &db, const char *sql)
{
    SqlQuery q(db, QString::fromLatin1(sql));
    q.exec();
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

struct Office : ImportOffice
{
    void import(DataKind kind, const QString &path)
    {
        ImportOptions o;
        o.kind = kind;
        o.createMissing = true;
        const ImportResult r = Importer(db()).run(path, o);
        INFO(toString(kind).toStdString() << " " << path.toStdString());
        INFO((r.errors.isEmpty() ? QString() : r.errors.first().message()).toStdString());
        REQUIRE(r.committed);
    }
    // Every text an office can hold in these columns, in id order.
    QList<QStringList> texts()
    {
        return {column(db(), "SELECT name FROM customers ORDER BY id"),
                column(db(), "SELECT notes FROM customers ORDER BY id"),
                column(db(), "SELECT title FROM contacts ORDER BY id"),
                column(db(), "SELECT company FROM leads ORDER BY id"),
                column(db(), "SELECT title FROM opportunities ORDER BY id"),
                column(db(), "SELECT source FROM opportunities ORDER BY id"),
                column(db(), "SELECT subject FROM activities ORDER BY id")};
    }
};

// Writes the nasty texts into every kind of office A through an .xlsx (which keeps text as
// it is), so that A holds them exactly.
void fill(Office &a)
{
    const QString dir = a.tdb.dir() + QLatin1Char('/');
    auto sheet = [&](const QString &name, const QList<TableColumn> &columns, const QList<QVariantList> &rows) {
        const QString path = dir + name + QStringLiteral(".xlsx");
        XlsxFileWriter w(path, name);
        w.begin(columns);
        for (const QVariantList &r : rows)
            w.writeRow(r);
        w.finish();
        return path;
    };
    auto cols = [&](std::initializer_list<const char *> names) {
        QList<TableColumn> list;
        for (const char *n : names)
            list.append({QString::fromLatin1(n), ColumnType::Text});
        return list;
    };
    QList<QVariantList> customers, contacts, leads, deals, activities;
    for (int i = 0; i < kNasty.size(); ++i) {
        const QString s = kNasty[i];
        const QString customer = s + QStringLiteral(" #%1").arg(i); // names are unique
        customers.append({customer, s});
        contacts.append({customer, QStringLiteral("联系人%1").arg(i), s});
        leads.append({QStringLiteral("线索%1").arg(i), s});
        deals.append({customer, s, QStringLiteral("张伟"), QStringLiteral("100"), a.p.stages.first().name, s});
        activities.append({QStringLiteral("call"), s, QStringLiteral("2026-11-%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                           QStringLiteral("张伟"), customer});
    }
    a.import(DataKind::Customers, sheet(QStringLiteral("customers"), cols({"name", "notes"}), customers));
    a.import(DataKind::Contacts, sheet(QStringLiteral("contacts"), cols({"customer", "name", "title"}), contacts));
    a.import(DataKind::Leads, sheet(QStringLiteral("leads"), cols({"name", "company"}), leads));
    a.import(DataKind::Opportunities,
             sheet(QStringLiteral("deals"), cols({"customer", "title", "owner", "amount", "stage", "source"}), deals));
    a.import(DataKind::Activities, sheet(QStringLiteral("activities"),
                                         cols({"kind", "subject", "occurred_at", "user", "customer"}), activities));
    for (int i = 0; i < kWhitespaceFirst.size(); ++i) {
        SqlQuery q(a.db(), QStringLiteral("UPDATE customers SET notes = ? WHERE id = ?"));
        q.add(kWhitespaceFirst[i]).add(qint64(i + 1)).exec();
    }
}

} // namespace

TEST_CASE("the formula guard rule keeps every text exact, apostrophes included", "[export][injection]")
{
    QStringList all = kNasty + kWhitespaceFirst;
    all << QStringLiteral("'") << QStringLiteral("''") << QStringLiteral("'''=") << QString() << QStringLiteral("a=b");
    for (const QString &s : std::as_const(all)) {
        INFO(s.toStdString());
        const QString guarded = CsvWriter::guardFormula(s);
        CHECK_FALSE(startsLikeFormula(guarded));
        CHECK(CsvWriter::stripFormulaGuard(guarded) == s);
    }
    CHECK(CsvWriter::guardFormula(QStringLiteral("'=x")) == QStringLiteral("''=x"));
    CHECK(CsvWriter::guardFormula(QStringLiteral("'80后")) == QStringLiteral("'80后"));
    CHECK(CsvWriter::stripFormulaGuard(QStringLiteral("'80后")) == QStringLiteral("'80后"));
    // Only text columns are guarded: a negative amount stays a number Excel can add up.
    CHECK(csvCellText(QVariant(qint64(-500)), ColumnType::Money) == QStringLiteral("-5.00"));
    CHECK(csvCellText(QVariant(QStringLiteral("-5")), ColumnType::Text) == QStringLiteral("'-5"));
}

TEST_CASE("exported CSV and XLSX text cannot run as a formula and imports back exactly", "[export][injection]")
{
    Office a;
    fill(a);
    const QList<QStringList> original = a.texts();
    REQUIRE(original.first().size() == kNasty.size());
    CHECK(original[1].mid(0, 2) == kWhitespaceFirst);
    CHECK(original[4] == kNasty);

    const QList<DataKind> kinds{DataKind::Customers, DataKind::Contacts, DataKind::Leads, DataKind::Opportunities,
                                DataKind::Activities};
    Office fromCsv;
    Office fromXlsx;
    for (DataKind kind : kinds) {
        INFO(toString(kind).toStdString());
        const QString csv = a.tdb.dir() + QStringLiteral("/out-%1.csv").arg(toString(kind));
        const QString xlsx = a.tdb.dir() + QStringLiteral("/out-%1.xlsx").arg(toString(kind));
        REQUIRE(Exporter(a.db()).exportKind(kind, ExportFormat::Csv, csv) > 0);
        REQUIRE(Exporter(a.db()).exportKind(kind, ExportFormat::Xlsx, xlsx) > 0);

        // CSV: no cell of the file begins like a formula; the guarded ones begin with '.
        const QList<QStringList> raw = readCsvFile(csv);
        int guarded = 0;
        for (const QStringList &row : raw) {
            for (const QString &cell : row) {
                INFO(cell.toStdString());
                CHECK_FALSE(startsLikeFormula(cell));
                guarded += cell.startsWith(QLatin1Char('\'')) ? 1 : 0;
            }
        }
        CHECK(guarded >= 7); // at least one per nasty text of the kind's text column

        // XLSX: text is a string cell (inline string), never a formula; the text is exact.
        const QByteArray xml = zipPart(xlsx, "xl/worksheets/sheet1.xml");
        CHECK_FALSE(xml.contains("<f>"));
        CHECK_FALSE(xml.contains("<f "));
        CHECK(xml.contains("t=\"inlineStr\"><is><t>=")); // text beginning with =, as a string
        const QList<QStringList> cells = readXlsxFile(xlsx);
        QSet<QString> texts;
        for (const QStringList &row : cells)
            for (const QString &c : row)
                texts.insert(c);
        // (The first two customers' notes hold the tab and CR texts instead.)
        for (const QString &s : kind == DataKind::Customers ? kNasty.mid(2) + kWhitespaceFirst : kNasty)
            CHECK(texts.contains(s));

        fromCsv.import(kind, csv);
        fromXlsx.import(kind, xlsx);
    }
    // Through the CSV: exact, leading tab and CR included (the guard keeps them in).
    CHECK(fromCsv.texts() == original);
    // Through the .xlsx: exact except that an import trims the cell (the tab and the CR).
    QList<QStringList> trimmed = original;
    for (QString &s : trimmed[1])
        s = s.trimmed();
    CHECK(fromXlsx.texts() == trimmed);
}
