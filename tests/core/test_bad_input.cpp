// The bad-input corpus (tests/data/bad-input: manifest.json, the files under cases/ and
// make_corpus.py that writes them): every case goes through the real importer into a real
// SQLite file and must be refused with the located message the manifest states, leaving
// every table's row count as it was, in bounded time and memory. The large and binary
// cases (a 10 MB field, zip bombs) are generated here rather than committed.
#include "catchqt.h"

#include "importoffice.h"
#include "io/importer.h"
#include "io/recordsource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <zip.h>

#include <cstring>

using namespace fd;
using namespace fd::test;

namespace {

const QString kCorpus = QStringLiteral(FD_SOURCE_DIR "/tests/data/bad-input/");

// The office every case imports into: the names make_corpus.py's valid rows refer to.
struct Office : ImportOffice
{
    qint64 chen = b.user(QStringLiteral("陳美玲"), team);
    qint64 xinghe = b.customer(QStringLiteral("北京星河科技有限公司"), north, zhang);
    Opportunity deal = b.opportunity(p, xinghe, zhang, 100000); // FD-1
};

// Text that does not compress much (a long cell is not a zip bomb).
QByteArray noise(qsizetype size, quint32 seed = 12345)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) {
        seed = seed * 1103515245u + 12345u;
        out[i] = char('a' + (seed >> 16) % 26);
    }
    return out;
}

// A zip whose parts are given whole, or as a prefix, `repeat` MiB of one byte, and a suffix.
struct Part
{
    const char *name;
    QByteArray prefix;
    qint64 repeatMiB = 0;
    QByteArray suffix = {};
};

void writeZip(const QString &path, const QList<Part> &parts)
{
    zipFile z = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    REQUIRE(z != nullptr);
    const QByteArray mib(1024 * 1024, ' ');
    for (const Part &p : parts) {
        zip_fileinfo info{};
        REQUIRE(zipOpenNewFileInZip64(z, p.name, &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 9, 1) == ZIP_OK);
        zipWriteInFileInZip(z, p.prefix.constData(), unsigned(p.prefix.size()));
        for (qint64 i = 0; i < p.repeatMiB; ++i)
            zipWriteInFileInZip(z, mib.constData(), unsigned(mib.size()));
        zipWriteInFileInZip(z, p.suffix.constData(), unsigned(p.suffix.size()));
        zipCloseFileInZip(z);
    }
    REQUIRE(zipClose(z, nullptr) == ZIP_OK);
}

// Sets the uncompressed size the zip declares for `name` (local header and central
// directory alike, so that minizip finds them consistent): a lying zip.
void declareSize(const QString &path, const char *name, quint32 size)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const QByteArray n(name);
    int patched = 0;
    for (const auto &[signature, sizeAt, nameAt] :
         {std::tuple<QByteArray, int, int>{QByteArray("PK\x03\x04", 4), 22, 30},
          std::tuple<QByteArray, int, int>{QByteArray("PK\x01\x02", 4), 24, 46}}) {
        for (qsizetype at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 4)) {
            if (bytes.mid(at + nameAt, n.size()) != n)
                continue;
            for (int i = 0; i < 4; ++i)
                bytes[at + sizeAt + i] = char((size >> (8 * i)) & 0xFF);
            ++patched;
        }
    }
    REQUIRE(patched == 2);
    f.seek(0);
    f.write(bytes);
}

const QByteArray kWorkbook = "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                             "</workbook>";
const QByteArray kRels = "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

QByteArray inlineRow(int row, const QStringList &cells)
{
    QByteArray xml = "<row r=\"" + QByteArray::number(row) + "\">";
    for (int c = 0; c < cells.size(); ++c) {
        if (cells[c].isEmpty())
            continue;
        xml += "<c r=\"" + QByteArray(1, char('A' + c)) + QByteArray::number(row) + "\" t=\"inlineStr\"><is><t>"
               + cells[c].toHtmlEscaped().toUtf8() + "</t></is></c>";
    }
    return xml + "</row>";
}

const QStringList kOppHeader{QStringLiteral("external_id"), QStringLiteral("title"),  QStringLiteral("customer"),
                             QStringLiteral("owner"),       QStringLiteral("amount"), QStringLiteral("stage")};
QStringList oppRow(const QString &id, const QString &title)
{
    return {id,
            title,
            QStringLiteral("北京星河科技有限公司"),
            QStringLiteral("张伟"),
            QStringLiteral("100"),
            QStringLiteral("Initial contact")};
}
const QByteArray kSheetHead = "<worksheet><sheetData>" + inlineRow(1, kOppHeader)
                              + inlineRow(2, oppRow(QStringLiteral("C-1"), QStringLiteral("好商机")));
const QByteArray kSheetTail = "</sheetData></worksheet>";

// Writes the file of a generated case into `dir`; returns its path.
QString generate(const QString &recipe, const QString &dir)
{
    if (recipe == QLatin1String("csv-field-10mb")) {
        const QString path = dir + QStringLiteral("/field.csv");
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("外部编号,商机名称,客户,负责人,金额,阶段\r\nC-1,好商机,北京星河科技有限公司,张伟,100,"
                               "Initial contact\r\nC-2,\"")
                    .toUtf8());
        f.write(noise(10 * 1024 * 1024));
        f.write(QStringLiteral("\",北京星河科技有限公司,张伟,100,Initial contact\r\n").toUtf8());
        return path;
    }
    const QString path = dir + QStringLiteral("/generated.xlsx");
    QFile::remove(path);
    const Part workbook{"xl/workbook.xml", kWorkbook};
    const Part rels{"xl/_rels/workbook.xml.rels", kRels};
    const Part sheet{"xl/worksheets/sheet1.xml", kSheetHead + kSheetTail};
    if (recipe == QLatin1String("xlsx-cell-10mb")) {
        const QByteArray row = inlineRow(3, oppRow(QStringLiteral("C-2"), QStringLiteral("@BIG@")));
        const qsizetype at = row.indexOf("@BIG@");
        writeZip(path, {workbook,
                        rels,
                        {"xl/worksheets/sheet1.xml", kSheetHead + row.left(at) + noise(10 * 1024 * 1024), 0,
                         row.mid(at + 5) + kSheetTail}});
    } else if (recipe == QLatin1String("xlsx-shared-string-2m-chars")) {
        writeZip(path, {workbook,
                        rels,
                        sheet,
                        {"xl/sharedStrings.xml", "<sst><si><t>" + noise(2 * 1024 * 1024) + "</t></si></sst>"}});
    } else if (recipe == QLatin1String("xlsx-zip-bomb-sheet")) {
        // 64 MiB of spaces between two rows deflate to ~64 KiB (1000:1).
        writeZip(path, {workbook, rels, {"xl/worksheets/sheet1.xml", kSheetHead, 64, kSheetTail}});
    } else if (recipe == QLatin1String("xlsx-zip-bomb-shared-strings")) {
        writeZip(path, {workbook, rels, sheet, {"xl/sharedStrings.xml", "<sst><si><t>", 64, "</t></si></sst>"}});
    } else if (recipe == QLatin1String("xlsx-zip-bomb-styles")) {
        writeZip(path, {workbook, rels, sheet, {"xl/styles.xml", "<styleSheet>", 64, "</styleSheet>"}});
    } else if (recipe == QLatin1String("xlsx-zip-bomb-lying-sizes")) {
        // The zip says the sheet inflates to 4 GiB - 16 (a lie in the other direction is
        // cut at the declared size by minizip itself).
        writeZip(path, {workbook, rels, {"xl/worksheets/sheet1.xml", kSheetHead, 2, kSheetTail}});
        declareSize(path, "xl/worksheets/sheet1.xml", 0xFFFFFFF0u);
    } else if (recipe == QLatin1String("xlsx-far-columns")) {
        // 2,000 refused rows, each with a value in column XFD: every record spans 16,384
        // fields, which must not pile up in memory while the rows are validated.
        QByteArray rows;
        for (int r = 3; r < 2003; ++r) {
            QStringList cells = oppRow(QStringLiteral("C-%1").arg(r), QString::fromLatin1(noise(24, quint32(r))));
            cells[4] = QStringLiteral("-5");
            rows += inlineRow(r, cells).replace("</row>",
                                                "<c r=\"XFD" + QByteArray::number(r) + "\"><v>1</v></c></row>");
        }
        writeZip(path, {workbook, rels, {"xl/worksheets/sheet1.xml", kSheetHead + rows + kSheetTail}});
    } else {
        FAIL("unknown recipe " << recipe.toStdString());
    }
    return path;
}

// Peak resident memory of this process (VmHWM), in MiB.
qint64 peakRssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return 0;
}

} // namespace

TEST_CASE("every case of the bad-input corpus is refused with a located message and nothing stored", "[import][corpus]")
{
    QFile manifestFile(kCorpus + QStringLiteral("manifest.json"));
    REQUIRE(manifestFile.open(QIODevice::ReadOnly));
    const QJsonArray manifest = QJsonDocument::fromJson(manifestFile.readAll()).array();
    REQUIRE(manifest.size() >= 200);

    Office office;
    const QList<qint64> before = office.counts();
    QSet<QString> kinds;
    QSet<QString> formats;
    qint64 slowestMs = 0;
    QString slowest;
    for (const QJsonValue &v : manifest) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(QLatin1String("id")).toString();
        INFO("case " << id.toStdString());
        const QString path = c.value(QLatin1String("generate")).isString()
                                 ? generate(c.value(QLatin1String("generate")).toString(), office.tdb.dir())
                                 : kCorpus + c.value(QLatin1String("file")).toString();
        REQUIRE(QFile::exists(path));
        ImportOptions options;
        options.kind = *parseDataKind(c.value(QLatin1String("kind")).toString());
        if (c.value(QLatin1String("encoding")).isString()) {
            options.encoding = parseTextEncoding(c.value(QLatin1String("encoding")).toString());
            REQUIRE(options.encoding.has_value());
        }
        kinds.insert(toString(options.kind));
        formats.insert(path.endsWith(QLatin1String(".xlsx")) ? QStringLiteral("xlsx") : QStringLiteral("csv"));
        const qint64 line = c.value(QLatin1String("line")).toInteger();
        const QString field = c.value(QLatin1String("field")).toString();
        const QString fragment = c.value(QLatin1String("message")).toString();

        QElapsedTimer timer;
        timer.start();
        if (c.value(QLatin1String("fatal")).toBool()) {
            try {
                Importer(office.tdb.db()).run(path, options);
                FAIL_CHECK("the file was read without an error");
            } catch (const ParseError &e) {
                INFO(e.message().toStdString());
                CHECK(e.line() == line);
                CHECK(e.message().contains(fragment));
                if (line > 0)
                    CHECK(e.message().startsWith(QStringLiteral("line %1").arg(line)));
            } catch (const Error &e) {
                INFO(e.message().toStdString());
                CHECK(line == 0); // about the file as a whole (its header), not one line
                CHECK(e.message().contains(fragment));
            }
        } else {
            const ImportResult r = Importer(office.tdb.db()).run(path, options);
            CHECK_FALSE(r.committed);
            CHECK(r.rowsRejected >= 1);
            QStringList messages;
            bool found = false;
            for (const FieldError &e : r.errors) {
                messages << e.message();
                found = found
                        || (e.row == line && e.field == field && e.reason.contains(fragment)
                            && e.message().startsWith(QStringLiteral("line %1: ").arg(line)));
            }
            INFO(messages.join(QLatin1Char('\n')).toStdString());
            CHECK(found);
        }
        const qint64 ms = timer.elapsed();
        if (ms > slowestMs) {
            slowestMs = ms;
            slowest = id;
        }
        CHECK(ms < 15000); // refused promptly (a Debug build), not inflated or expanded
        CHECK(office.counts() == before);
    }
    CHECK(kinds.size() == allDataKinds().size());
    CHECK(formats.size() == 2);
    const qint64 peak = peakRssMiB();
    WARN(manifest.size() << " cases; slowest " << slowest.toStdString() << " " << slowestMs << " ms; peak RSS " << peak
                         << " MiB");
    CHECK(peak < 1024);
}
