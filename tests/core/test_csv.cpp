// CSV: RFC 4180 reading and writing, encodings and their detection, located errors.
#include "catchqt.h"

#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/tablesink.h"
#include "io/textencoding.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QStringEncoder>

#include <algorithm>
#include <cstring>

using namespace fd;

namespace {

QList<SourceRecord> readAll(const QByteArray &bytes, CsvReadOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, options);
    QList<SourceRecord> records;
    SourceRecord r;
    while (reader.next(r))
        records.append(r);
    return records;
}

// A device that hands out one to three bytes per read: every record of it spans reads, so
// CsvReader reads it all byte by byte, never through its one-pass path for whole records.
class TrickleDevice final : public QIODevice
{
public:
    explicit TrickleDevice(const QByteArray &bytes)
        : m_bytes(bytes)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, qint64(1 + m_at % 3), qint64(m_bytes.size()) - m_at});
        std::memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_at = 0;
};

// Every record as the reader gives it, or the ParseError that stopped it, as text.
QStringList readOut(QIODevice &device, const CsvReadOptions &options)
{
    QStringList out;
    try {
        CsvReader reader(device, options);
        SourceRecord r;
        while (reader.next(r))
            out << QStringLiteral("%1 [%2] %3:%4")
                       .arg(r.line)
                       .arg(r.fields.join(QStringLiteral("|")), r.error)
                       .arg(r.errorColumn);
    } catch (const ParseError &e) {
        out << QStringLiteral("ParseError %1").arg(e.message());
    }
    return out;
}

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    QByteArray bytes = encoder.encode(text);
    REQUIRE_FALSE(encoder.hasError());
    return bytes;
}

} // namespace

TEST_CASE("CSV written by us reads back field for field", "[csv]")
{
    const QList<QStringList> rows{
        {QStringLiteral("商机名称"), QStringLiteral("金额"), QStringLiteral("备注")},
        {QStringLiteral("含逗号,的商机"), QStringLiteral("1234.50"), QStringLiteral("他说\"好\"")},
        {QStringLiteral("多行\n第二行"), QString(), QStringLiteral("windows\r\nline")},
        {QStringLiteral("  leading space"), QStringLiteral("trailing "), QStringLiteral("=SUM(A1)")},
        {QString(), QString(), QString()},
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    for (const QStringList &r : rows)
        writer.writeRow(r);
    const QByteArray bytes = buffer.data();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\"含逗号,的商机\",1234.50,\"他说\"\"好\"\"\"\r\n"));
    CHECK(bytes.endsWith(",,\r\n"));

    const auto records = readAll(bytes, {TextEncoding::Utf8Bom, ',', 1024 * 1024, 4096, true});
    REQUIRE(records.size() == rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        CHECK(records[i].ok());
        CHECK(records[i].fields == rows[i]);
    }
    // Line numbers count the physical lines: the record after two embedded breaks.
    CHECK(records[3].line == 6);
}

TEST_CASE("formula-like text is guarded on export and unguarded on import", "[csv]")
{
    CHECK(CsvWriter::guardFormula(QStringLiteral("=HYPERLINK(\"x\")")) == QStringLiteral("'=HYPERLINK(\"x\")"));
    CHECK(CsvWriter::guardFormula(QStringLiteral("+86 138-0013-8000")) == QStringLiteral("'+86 138-0013-8000"));
    CHECK(CsvWriter::guardFormula(QStringLiteral("星河")) == QStringLiteral("星河"));
    for (const QString &s :
         {QStringLiteral("=1+1"), QStringLiteral("@cmd"), QStringLiteral("-5"), QStringLiteral("'quoted")})
        CHECK(CsvWriter::stripFormulaGuard(CsvWriter::guardFormula(s)) == s);
    CHECK(csvCellText(QVariant(qint64(-123456)), ColumnType::Money) == QStringLiteral("-1234.56"));
    CHECK(csvCellText(QVariant(qint64(5)), ColumnType::Money) == QStringLiteral("0.05"));
}

TEST_CASE("RFC 4180 details: CRLF, LF, CR, blank lines, BOM, quotes at a buffer edge", "[csv]")
{
    const auto records = readAll("\xEF\xBB\xBF"
                                 "a,b\r\n\r\n1,\"x\"\"y\"\n2,3\r4,5");
    REQUIRE(records.size() == 4);
    CHECK(records[0].fields == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(records[1].fields == QStringList{QStringLiteral("1"), QStringLiteral("x\"y")});
    CHECK(records[1].line == 3);
    CHECK(records[2].fields == QStringList{QStringLiteral("2"), QStringLiteral("3")});
    CHECK(records[3].fields == QStringList{QStringLiteral("4"), QStringLiteral("5")});
    CHECK(records[3].line == 5);

    // A file that is only a BOM, or a BOM and a blank line, has no records (the fuzzer
    // found the BOM-only chunk read one byte past its end).
    CHECK(readAll("\xEF\xBB\xBF").isEmpty());
    CHECK(readAll("\xEF\xBB\xBF\r\n").isEmpty());
    // A record of one empty field survives a write/read round trip (not a blank line).
    {
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        CsvWriter w(b);
        w.writeRow({QString()});
        w.writeRow({QStringLiteral("x")});
        const auto r = readAll(b.data());
        REQUIRE(r.size() == 2);
        CHECK(r[0].fields == QStringList{QString()});
    }

    // A CRLF, a doubled quote and a multi-byte character split across the 64 KiB read
    // boundary must not change what is read.
    for (int pad = 65530; pad <= 65540; ++pad) {
        QByteArray bytes(pad, 'x');
        bytes += ",\"q\"\"z\",星河\r\nnext,\"\",end\r\n";
        const auto r = readAll(bytes);
        REQUIRE(r.size() == 2);
        CHECK(r[0].fields.value(1) == QStringLiteral("q\"z"));
        CHECK(r[0].fields.value(2) == QStringLiteral("星河"));
        CHECK(r[1].fields == QStringList{QStringLiteral("next"), QString(), QStringLiteral("end")});
        CHECK(r[1].line == 2);
    }
}

TEST_CASE("whole records read in one pass give what the byte-by-byte reading gives", "[csv]")
{
    {
        TrickleDevice probe("abcdef");
        CHECK(probe.read(64 * 1024).size() <= 3); // the device really trickles
    }
    // Random files of the pieces that matter: separators, quotes (doubled, stray, around
    // fields, unclosed), CR/LF/CRLF and blank lines, spaces, Chinese in UTF-8, bytes invalid
    // in UTF-8, ragged rows and a field over the limit.
    const QList<QByteArray> pieces = {"a",  "bc", ",",  ",",        "\"",   "\"\"", "\r\n",   "\n",
                                      "\r", " ",  "星", "\xE6\x98", "\xFF", "=1",   "1234567"};
    QRandomGenerator rng(20261204);
    for (int file = 0; file < 400; ++file) {
        QByteArray bytes = "h1,h2,h3\r\n";
        const int n = int(rng.bounded(1, 60));
        for (int i = 0; i < n; ++i)
            bytes += pieces.at(int(rng.bounded(pieces.size())));
        CsvReadOptions options;
        options.requireSameFieldCount = file % 2 == 0;
        options.maxFieldBytes = 6;
        QBuffer whole(&bytes);
        whole.open(QIODevice::ReadOnly);
        TrickleDevice trickle(bytes);
        INFO("file " << file << ": " << bytes.toStdString());
        CHECK(readOut(whole, options) == readOut(trickle, options));
    }
}

TEST_CASE("malformed CSV is reported with line and column", "[csv]")
{
    SECTION("unterminated quote is fatal at the line where the quote opened")
    {
        try {
            readAll("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n");
            FAIL("no error");
        } catch (const ParseError &e) {
            CHECK(e.line() == 3);
            CHECK(e.column() == 2);
            CHECK(e.message().contains(QStringLiteral("unterminated quote")));
        }
    }
    SECTION("stray quotes")
    {
        const auto r = readAll("a,b\nab\"c,d\n\"x\"y,z\n");
        REQUIRE(r.size() == 3);
        CHECK(r[1].errorColumn == 1);
        CHECK(r[1].error.contains(QStringLiteral("stray quote")));
        CHECK(r[2].errorColumn == 1);
        CHECK(r[2].error.contains(QStringLiteral("stray quote")));
    }
    SECTION("ragged rows when every row must match the header")
    {
        CsvReadOptions o;
        o.requireSameFieldCount = true;
        const auto r = readAll("a,b,c\n1,2,3\n1,2\n1,2,3,4\n", o);
        REQUIRE(r.size() == 4);
        CHECK(r[1].ok());
        CHECK(r[2].error.contains(QStringLiteral("ragged")));
        CHECK(r[2].line == 3);
        CHECK(r[2].errorColumn == 3);
        CHECK(r[3].errorColumn == 4);
        CHECK(readAll("a,b,c\n1,2\n")[1].ok()); // allowed unless asked
    }
    SECTION("bytes that are not valid in the encoding")
    {
        const auto r = readAll("a,b\nok,bad\xFF\xFE\n");
        REQUIRE(r.size() == 2);
        CHECK(r[1].errorColumn == 2);
        CHECK(r[1].error.contains(QStringLiteral("not valid UTF-8")));
        CsvReadOptions gb;
        gb.encoding = TextEncoding::Gb18030;
        const auto g = readAll(QByteArray("a,b\n\x81\x20x,y\n"), gb);
        CHECK(g[1].errorColumn == 1);
        CHECK(g[1].error.contains(QStringLiteral("GB18030")));
    }
    SECTION("a 10 MB field is refused without being kept")
    {
        QByteArray bytes = "a,b\n1,\"";
        bytes += QByteArray(10 * 1024 * 1024, 'x');
        bytes += "\"\n2,3\n";
        const auto r = readAll(bytes);
        REQUIRE(r.size() == 3);
        CHECK(r[1].errorColumn == 2);
        CHECK(r[1].error.contains(QStringLiteral("longer than")));
        CHECK(r[1].fields.value(1).isEmpty());
        CHECK(r[2].fields == QStringList{QStringLiteral("2"), QStringLiteral("3")});
        CHECK(r[2].line == 3);
    }
}

TEST_CASE("each encoding, with and without BOM, is detected and decoded", "[csv][encoding]")
{
    const QString simplified = QStringLiteral(
        "商机名称,客户,金额,阶段\n星河科技ERP项目,北京星河科技有限公司,120000,报价\n"
        "华东区域年度框架,上海蓝海贸易有限公司,88000,需求确认\n");
    const QString traditional = QStringLiteral(
        "商機名稱,客戶,金額,階段\n星河科技ERP項目,臺北星河科技有限公司,120000,報價\n"
        "華東區域年度框架,高雄藍海貿易股份有限公司,88000,需求確認\n");
    struct Case
    {
        QByteArray bytes;
        TextEncoding expected;
        QString text;
    };
    const QList<Case> cases{
        {simplified.toUtf8(), TextEncoding::Utf8, simplified},
        {"\xEF\xBB\xBF" + simplified.toUtf8(), TextEncoding::Utf8Bom, simplified},
        {encode(simplified, "GB18030"), TextEncoding::Gb18030, simplified},
        {encode(traditional, "Big5"), TextEncoding::Big5, traditional},
        {encode(traditional, "GB18030"), TextEncoding::Gb18030, traditional},
        {traditional.toUtf8(), TextEncoding::Utf8, traditional},
    };
    for (const Case &c : cases) {
        const TextEncoding detected = encoding::detect(c.bytes);
        CHECK(toString(detected) == toString(c.expected));
        CsvReadOptions o;
        o.encoding = detected;
        const auto records = readAll(c.bytes, o);
        REQUIRE(records.size() == 3);
        QStringList lines;
        for (const SourceRecord &r : records) {
            CHECK(r.ok());
            lines << r.fields.join(QLatin1Char(','));
        }
        CHECK(lines.join(QLatin1Char('\n')) + QLatin1Char('\n') == c.text);
    }
    // Short files still come out right: a header alone.
    CHECK(encoding::detect(encode(QStringLiteral("客户名称,负责人"), "GB18030")) == TextEncoding::Gb18030);
    CHECK(encoding::detect(encode(QStringLiteral("客戶名稱,負責人"), "Big5")) == TextEncoding::Big5);
    CHECK(parseTextEncoding(QStringLiteral("GBK")) == TextEncoding::Gb18030);
    CHECK(parseTextEncoding(QStringLiteral("utf-8-bom")) == TextEncoding::Utf8Bom);
    CHECK_FALSE(parseTextEncoding(QStringLiteral("latin9")).has_value());
}

TEST_CASE("encoding detection peeks a sample and does not consume the file", "[csv][encoding]")
{
    QByteArray bytes = encode(QStringLiteral("客户,金额\n"), "GB18030");
    for (int i = 0; i < 20000; ++i)
        bytes += encode(QStringLiteral("北京星河科技有限公司,%1\n").arg(i), "GB18030");
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CHECK(encoding::detect(buffer) == TextEncoding::Gb18030);
    CHECK(buffer.pos() == 0);
    CsvReader reader(buffer, {TextEncoding::Gb18030});
    SourceRecord r;
    int count = 0;
    while (reader.next(r)) {
        CHECK(r.ok());
        ++count;
    }
    CHECK(count == 20001);
    CHECK(reader.position() == bytes.size());
}
