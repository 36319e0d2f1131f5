// libFuzzer target for the XLSX reader (clang only: -DFD_FUZZ=ON, how to run: tests/fuzz/CMakeLists.txt).
// The first byte chooses what the rest is:
//   bit 0 clear: the XML parts of a workbook, separated by 0xFF bytes (never in UTF-8):
//                sheet1.xml, sharedStrings.xml, styles.xml, workbook.xml, workbook.xml.rels
//                (an absent workbook or rels part gets a minimal one, an empty part is left
//                out), zipped here (bit 1: deflated, else stored) so that the fuzzer reaches
//                the XML readers instead of failing at the zip directory;
//   bit 0 set:   the bytes of the .xlsx file itself (zip-level damage).
// Any input must be read without a crash, a hang, a sanitizer report or unbounded memory
// (the CTest run has -rss_limit_mb), and every record and every error must be located.
#include "io/xlsxfilereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <zip.h>

#include <cstdlib>
#include <unistd.h>

using namespace fd;

namespace {

const QString &scratchPath()
{
    static const QString path = QDir::temp().filePath(QStringLiteral("xlsx_fuzzer_%1.xlsx").arg(getpid()));
    return path;
}

void writeZip(const QList<QPair<const char *, QByteArray>> &parts, bool deflate)
{
    zipFile z = zipOpen64(QFile::encodeName(scratchPath()).constData(), APPEND_STATUS_CREATE);
    if (!z)
        abort();
    for (const auto &[name, data] : parts) {
        zip_fileinfo info{};
        zipOpenNewFileInZip64(z, name, &info, nullptr, 0, nullptr, 0, nullptr, deflate ? Z_DEFLATED : 0, 6, 0);
        zipWriteInFileInZip(z, data.constData(), unsigned(data.size()));
        zipCloseFileInZip(z);
    }
    zipClose(z, nullptr);
}

void writeRaw(const QByteArray &bytes)
{
    QFile f(scratchPath());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        abort();
}

void readAll()
{
    try {
        XlsxFileReader reader(scratchPath());
        SourceRecord r;
        while (reader.next(r)) {
            if (r.line < 1 || r.line > 1048576 || (!r.ok() && r.errorColumn < 1))
                abort(); // every record and every error is located
            if (r.fields.size() > 16384)
                abort();
            for (const QString &f : std::as_const(r.fields)) {
                if (f.size() > 1024 * 1024)
                    abort();
            }
            if (reader.cellTypes().size() > r.fields.size())
                abort();
        }
    } catch (const ParseError &e) {
        if (e.reason().isEmpty())
            abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t control = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (control & 1) {
        writeRaw(bytes);
    } else {
        const QList<QByteArray> given = bytes.split('\xFF');
        const char *names[] = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
                               "xl/_rels/workbook.xml.rels"};
        const QByteArray defaults[] = {
            {},
            {},
            {},
            "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"};
        QList<QPair<const char *, QByteArray>> parts;
        for (int i = 0; i < 5; ++i) {
            const QByteArray part = i < given.size() ? given.at(i) : defaults[i];
            if (!part.isEmpty())
                parts.append({names[i], part});
        }
        writeZip(parts, control & 2);
    }
    readAll();
    // Pure functions on arbitrary text.
    const QString text = QString::fromUtf8(bytes.left(16));
    const int column = XlsxFileReader::columnIndex(text);
    if (column < -1 || column > 26 + 26 * 26 + 26 * 26 * 26)
        abort();
    XlsxFileReader::referencedRow(text);
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    return 0;
}
