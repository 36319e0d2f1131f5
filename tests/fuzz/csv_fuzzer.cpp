// libFuzzer target for the CSV reader (clang only: -DFD_FUZZ=ON, how to run: tests/fuzz/CMakeLists.txt).
// Any input must be read without a crash, a hang or a sanitizer report; when every record
// of an input is well formed, writing the records with CsvWriter and reading them back
// must give the same fields (the writer and the reader agree on RFC 4180).
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/textencoding.h"

#include <QBuffer>
#include <QCoreApplication>

#include <cstdlib>

using namespace fd;

namespace {

QList<SourceRecord> readAll(const QByteArray &bytes, const CsvReadOptions &options, bool *allOk)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, options);
    QList<SourceRecord> records;
    SourceRecord r;
    *allOk = true;
    try {
        while (reader.next(r)) {
            *allOk = *allOk && r.ok();
            if (r.line <= 0 || (!r.ok() && r.errorColumn <= 0))
                abort(); // every record and every error is located
            records.append(r);
            if (reader.position() > bytes.size())
                abort();
        }
    } catch (const ParseError &e) {
        *allOk = false;
        if (e.line() <= 0)
            abort();
    }
    return records;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t control = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    CsvReadOptions options;
    const TextEncoding encodings[] = {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Gb18030,
                                      TextEncoding::Big5};
    options.encoding = (control & 4) ? encoding::detect(bytes) : encodings[control & 3];
    options.requireSameFieldCount = control & 8;
    options.separator = (control & 16) ? ';' : ',';
    options.maxFieldBytes = (control & 32) ? 7 : 1024 * 1024; // small limits reach the refusal paths
    options.maxFields = (control & 64) ? 3 : 4096;

    bool allOk = false;
    const QList<SourceRecord> records = readAll(bytes, options, &allOk);
    if (!allOk || records.isEmpty())
        return 0;

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CsvWriteOptions w;
    w.separator = options.separator;
    CsvWriter writer(out, w);
    for (const SourceRecord &r : records)
        writer.writeRow(r.fields);
    CsvReadOptions again;
    again.encoding = TextEncoding::Utf8Bom;
    again.separator = options.separator;
    bool againOk = false;
    const QList<SourceRecord> back = readAll(out.data(), again, &againOk);
    if (!againOk || back.size() != records.size())
        abort();
    for (qsizetype i = 0; i < back.size(); ++i) {
        if (back[i].fields != records[i].fields)
            abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QStringDecoder for GB18030/Big5 goes through ICU; no event loop is needed.
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    return 0;
}
