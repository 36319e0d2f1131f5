#include "csvreader.h"
#include "domain/trcontext.h"

#include <QCoreApplication>
#include <QIODevice>

namespace fd {

namespace {

constexpr qint64 kChunk = 64 * 1024;
} // namespace

ParseError::ParseError(qint64 line, int column, const QString &reason)
    : Error(line <= 0    ? reason // the file as a whole (not a zip, a part of the workbook…)
            : column > 0 ? QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(reason)
                         : QStringLiteral("line %1: %2").arg(line).arg(reason))
    , m_line(line)
    , m_column(column)
    , m_reason(reason)
{
}

CsvReader::CsvReader(QIODevice &device, const CsvReadOptions &options)
    : m_device(device)
    , m_options(options)
    , m_decoder(decoderName(options.encoding).constData(), QStringDecoder::Flag::Stateless)
    , m_recordDecoder(decoderName(options.encoding).constData(), QStringDecoder::Flag::Stateless)
{
    m_total = device.isSequential() ? 0 : device.size() - device.pos();
    if (!m_decoder.isValid())
        throw ParseError(0, 0, Import::tr("the encoding %1 is not available").arg(toString(options.encoding)));
    m_field.reserve(256);
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_consumed += m_pos;
    m_buffer = m_device.read(kChunk);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_eof = true;
        return false;
    }
    if (m_atStart) {
        m_atStart = false;
        // A UTF-8 BOM (Excel's "CSV UTF-8") is a marker, not part of the first header.
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        // Files that are no CSV in a supported encoding, said plainly rather than read
        // as one field of mojibake: UTF-16 ("Unicode text" of Excel) and old .xls.
        if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF"))
            throw ParseError(1, 0,
                             Import::tr("the file is UTF-16 text (Excel's \"Unicode text\"): save it as \"CSV UTF-8\" "
                                        "or as an Excel workbook (.xlsx)"));
        // No encoding the reader accepts has NUL bytes: binary (a picture, a PDF…) or
        // UTF-16 without a BOM. (Past the first chunk, the field that has one is refused.)
        if (const qsizetype nul = m_buffer.indexOf('\0'); nul >= 0 && !m_buffer.startsWith("\xD0\xCF\x11\xE0"))
            throw ParseError(m_buffer.left(nul).count('\n') + 1, 0,
                             Import::tr("has NUL bytes: the file is not text in %1 (UTF-16, or not a CSV?)")
                                 .arg(toString(m_options.encoding)));
        if (m_buffer.startsWith("\xD0\xCF\x11\xE0"))
            throw ParseError(1, 0,
                             Import::tr("the file is an old Excel workbook (.xls): save it as .xlsx or as \"CSV "
                                        "UTF-8\""));
    }
    return true;
}

void CsvReader::fail(SourceRecord &record, const QString &reason, int column)
{
    if (record.error.isEmpty()) {
        record.error = reason;
        record.errorColumn = column;
    }
}

void CsvReader::endField(SourceRecord &record)
{
    const int column = int(record.fields.size()) + 1;
    if (column > m_options.maxFields) {
        fail(record, Import::tr("more than %1 fields in one record").arg(m_options.maxFields), column);
        m_field.clear();
        m_fieldTooLong = false;
        return;
    }
    if (m_fieldTooLong) {
        fail(record, Import::tr("field longer than %1 bytes").arg(m_options.maxFieldBytes), column);
        record.fields.append(QString());
    } else if (m_field.contains('\0')) {
        // No text encoding the reader accepts has NUL bytes: UTF-16 without a BOM or binary.
        fail(record,
             Import::tr("has NUL bytes: the file is not text in %1 (UTF-16, or not a CSV?)")
                 .arg(toString(m_options.encoding)),
             column);
        record.fields.append(QString());
    } else {
        QString text = m_decoder.decode(m_field);
        if (m_decoder.hasError()) {
            fail(record, Import::tr("bytes that are not valid %1").arg(toString(m_options.encoding)), column);
            m_decoder.resetState();
        }
        record.fields.append(text);
    }
    m_field.clear();
    m_fieldTooLong = false;
}

bool CsvReader::nextCommon(SourceRecord &record)
{
    const char *b = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    qsizetype p = m_pos;
    if (m_pendingCr && p < n && b[p] == '\n')
        ++p; // the LF of the last record's CRLF
    const char sep = m_options.separator;
    if (p >= n || b[p] == '\r' || b[p] == '\n' || sep == '"' || sep == '\r' || sep == '\n' || sep == '\0')
        return false; // more to read first, a blank line, or a separator the scan cannot tell apart
    m_joined.clear();
    int fields = 0;
    for (;;) {
        const qsizetype start = m_joined.size();
        if (b[p] == '"') {
            qsizetype q = p + 1;
            for (;;) {
                while (q < n && b[q] != '"' && b[q] != '\r' && b[q] != '\n' && b[q] != '\0')
                    ++q;
                if (q + 1 >= n || b[q] != '"')
                    return false; // a line break or NUL inside quotes, or the chunk ends
                m_joined.append(b + p + 1, q - p - 1);
                if (b[q + 1] != '"')
                    break;
                m_joined.append('"'); // "" inside quotes
                p = q + 1;
                q = p + 1;
            }
            p = q + 1;
            if (b[p] != sep && b[p] != '\r' && b[p] != '\n')
                return false; // text after the closing quote
        } else {
            qsizetype q = p;
            while (q < n && b[q] != sep && b[q] != '\r' && b[q] != '\n' && b[q] != '"' && b[q] != '\0')
                ++q;
            if (q >= n || b[q] == '"' || b[q] == '\0')
                return false; // the chunk ends, a stray quote or a NUL byte
            m_joined.append(b + p, q - p);
            p = q;
        }
        if (m_joined.size() - start > m_options.maxFieldBytes || ++fields > m_options.maxFields)
            return false;
        m_joined.append('\0');
        if (b[p] != sep)
            break; // the line ends
        if (++p >= n)
            return false;
    }
    // One decoder call for the whole record; NUL bytes stay NUL in every supported encoding.
    m_text.resize(m_recordDecoder.requiredSpace(m_joined.size()));
    const QChar *end = m_recordDecoder.appendToBuffer(m_text.data(), m_joined);
    if (m_recordDecoder.hasError()) {
        m_recordDecoder = QStringDecoder(decoderName(m_options.encoding).constData(), QStringDecoder::Flag::Stateless);
        return false;
    }
    record.fields.clear();
    record.fields.reserve(fields);
    const QChar *from = m_text.constData();
    for (const QChar *c = from; c < end; ++c) {
        if (c->unicode() == 0) {
            record.fields.append(QString(from, c - from));
            from = c + 1;
        }
    }
    if (record.fields.size() != fields) { // a decoder that made a NUL of something else
        record.fields.clear();
        m_recordDecoder = QStringDecoder(decoderName(m_options.encoding).constData(), QStringDecoder::Flag::Stateless);
        return false;
    }
    record.error.clear();
    record.errorColumn = 0;
    record.line = m_line++;
    m_pendingCr = b[p] == '\r';
    m_pos = p + 1;
    return true;
}

bool CsvReader::next(SourceRecord &record)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    while (!m_eof && m_pos >= m_buffer.size())
        fill();
    if (nextCommon(record)) {
        checkFieldCount(record);
        return true;
    }
    record.fields.clear();
    record.error.clear();
    record.errorColumn = 0;
    m_field.clear();
    m_fieldTooLong = false;

    State state = State::FieldStart;
    bool started = false; // any byte of this record seen
    qint64 quoteLine = 0;
    const char sep = m_options.separator;
    const qsizetype maxBytes = m_options.maxFieldBytes;

    auto append = [&](char c) {
        if (m_field.size() < maxBytes)
            m_field.append(c);
        else
            m_fieldTooLong = true;
    };

    for (;;) {
        // A loop, not an if: a chunk can be used up by the BOM alone (found by the fuzzer).
        bool more = true;
        while (more && m_pos >= m_buffer.size())
            more = fill();
        if (!more) {
            // End of input.
            if (!started)
                return false;
            if (state == State::Quoted)
                throw ParseError(quoteLine, int(record.fields.size()) + 1,
                                 Import::tr("quoted field is never closed (unterminated quote)"));
            endField(record);
            break;
        }
        const char c = m_buffer.at(m_pos++);
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == '\n')
                continue; // the LF of a CRLF already counted
        }
        if (!started) {
            started = true;
            record.line = m_line;
        }
        bool endOfRecord = false;
        switch (state) {
        case State::FieldStart:
            if (c == '"') {
                state = State::Quoted;
                quoteLine = m_line;
            } else if (c == sep) {
                endField(record);
            } else if (c == '\r' || c == '\n') {
                endOfRecord = true;
            } else {
                append(c);
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == sep) {
                endField(record);
                state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                endOfRecord = true;
            } else {
                if (c == '"')
                    fail(record, Import::tr("quote inside an unquoted field (stray quote)"),
                         int(record.fields.size()) + 1);
                append(c);
            }
            break;
        case State::Quoted:
            if (c == '"') {
                state = State::QuoteInQuoted;
            } else {
                if (c == '\n' || c == '\r') {
                    ++m_line;
                    if (c == '\r')
                        m_pendingCr = true;
                }
                append(c);
                if (c == '\r' && m_pendingCr) {
                    // Keep CRLF inside a quoted field as it was written.
                    while (m_pos >= m_buffer.size() && fill()) {
                    }
                    if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n') {
                        append('\n');
                        ++m_pos;
                    }
                    m_pendingCr = false;
                }
            }
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                append('"');
                state = State::Quoted;
            } else if (c == sep) {
                endField(record);
                state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                endOfRecord = true;
            } else {
                fail(record, Import::tr("text after the closing quote of a field (stray quote)"),
                     int(record.fields.size()) + 1);
                append(c);
                state = State::Unquoted;
            }
            break;
        }
        if (endOfRecord) {
            ++m_line;
            if (c == '\r')
                m_pendingCr = true;
            if (state == State::FieldStart && record.fields.isEmpty()) {
                // A blank line: not a record.
                started = false;
                continue;
            }
            endField(record);
            break;
        }
    }

    checkFieldCount(record);
    return true;
}

void CsvReader::checkFieldCount(SourceRecord &record)
{
    if (m_options.requireSameFieldCount && record.ok()) {
        const int count = int(record.fields.size());
        if (m_expectedFields < 0) {
            m_expectedFields = count;
        } else if (count != m_expectedFields) {
            fail(record,
                 Import::tr("has %1 fields where the header has %2 (ragged row)").arg(count).arg(m_expectedFields),
                 qMin(count, m_expectedFields) + 1);
        }
    }
}

} // namespace fd
