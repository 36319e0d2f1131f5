#pragma once

// Reading back the table files the tests write or export: every record of a CSV or an
// .xlsx (each must be well formed), and one part of an .xlsx's zip as it is stored.
#include "catchqt.h"

#include "io/csvreader.h"
#include "io/xlsxfilereader.h"

#include <QFile>

#include <unzip.h>

namespace fd::test {

inline QList<QStringList> readRecords(RecordSource &source)
{
    QList<QStringList> rows;
    SourceRecord r;
    while (source.next(r)) {
        INFO(r.error.toStdString());
        REQUIRE(r.ok());
        rows << r.fields;
    }
    return rows;
}

// A CSV as written by our export (UTF-8 with a BOM), fields exactly as in the file.
inline QList<QStringList> readCsvFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CsvReadOptions o;
    o.encoding = TextEncoding::Utf8Bom;
    CsvReader reader(f, o);
    return readRecords(reader);
}

inline QList<QStringList> readXlsxFile(const QString &path)
{
    XlsxFileReader reader(path);
    return readRecords(reader);
}

// The inflated bytes of `part` ("xl/worksheets/sheet1.xml") of a zip file.
inline QByteArray zipPart(const QString &zipPath, const char *part)
{
    unzFile z = unzOpen64(QFile::encodeName(zipPath).constData());
    REQUIRE(z != nullptr);
    REQUIRE(unzLocateFile(z, part, 2) == UNZ_OK);
    REQUIRE(unzOpenCurrentFile(z) == UNZ_OK);
    QByteArray data;
    char buf[16384];
    int n = 0;
    while ((n = unzReadCurrentFile(z, buf, sizeof buf)) > 0)
        data.append(buf, n);
    unzCloseCurrentFile(z);
    unzClose(z);
    return data;
}

} // namespace fd::test
