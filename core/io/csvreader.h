#pragma once

#include "recordsource.h"
#include "textencoding.h"

#include <QByteArray>
#include <QStringDecoder>

class QIODevice;

namespace fd {

struct CsvReadOptions
{
    TextEncoding encoding = TextEncoding::Utf8;
    char separator = ',';
    // A longer field is refused (its record gets an error) and never held in memory.
    qsizetype maxFieldBytes = 1024 * 1024;
    // More fields than this in one record is refused the same way.
    int maxFields = 4096;
    // Every record must have as many fields as the first (the header).
    bool requireSameFieldCount = false;
};

// RFC 4180 reader over a QIODevice: quoted fields with "" escapes, embedded separators
// and line breaks, CRLF / LF / CR line ends, blank lines skipped, a UTF-8 BOM dropped.
// Works on bytes (separator, quote and line ends are ASCII, which no GB18030 or Big5
// trail byte can be) and decodes each field, so it streams any file in bounded memory.
// Refused with a ParseError at its line: a UTF-16 file (BOM), an old .xls, NUL bytes in
// the first 64 KiB (binary, or UTF-16 without a BOM); later NUL bytes and bytes invalid
// in the encoding are errors of their field.
class CsvReader final : public RecordSource
{
public:
    CsvReader(QIODevice &device, const CsvReadOptions &options = {});

    bool next(SourceRecord &record) override;
    qint64 position() const override { return m_consumed + m_pos; }
    qint64 total() const override { return m_total; }

private:
    // The common record, read in one pass: wholly inside the buffer, on one line, quotes
    // only around fields, no NUL bytes, fields within the limits, valid in the encoding.
    // Its fields are decoded together (one decoder call per record, not per field). False,
    // with nothing consumed, for anything else: next() then reads it byte by byte and
    // reports what is wrong exactly as before.
    bool nextCommon(SourceRecord &record);
    bool fill();
    // The ragged-row check (every record as many fields as the first).
    void checkFieldCount(SourceRecord &record);
    void endField(SourceRecord &record);
    void fail(SourceRecord &record, const QString &reason, int column);

    QIODevice &m_device;
    CsvReadOptions m_options;
    QStringDecoder m_decoder;
    // nextCommon's own: a record it gives up on leaves m_decoder as it was (an ICU decoder
    // that met invalid bytes kept reporting them on the next field).
    QStringDecoder m_recordDecoder;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_total = 0;
    qint64 m_line = 1;
    bool m_pendingCr = false;
    bool m_atStart = true;
    bool m_eof = false;
    QByteArray m_field;
    QByteArray m_joined; // nextCommon: the fields' bytes, each ended by a NUL byte
    QString m_text;      // nextCommon: m_joined decoded
    bool m_fieldTooLong = false;
    int m_expectedFields = -1;
};

} // namespace fd
