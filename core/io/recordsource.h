#pragma once

#include "domain/errors.h"

#include <QStringList>

namespace fd {

// One record of an input file, decoded to text: the fields, where it starts, and the
// first thing wrong with it (a stray quote, bytes invalid in the encoding, a ragged row…).
// A record with an error is still returned so that the caller can report it and go on.
struct SourceRecord
{
    QStringList fields;
    qint64 line = 0;     // 1-based line (CSV) or row (XLSX) where the record starts
    QString error;       // empty when the record is well formed
    int errorColumn = 0; // 1-based field the error is in

    bool ok() const { return error.isEmpty(); }
};

// A fatal, located problem: the rest of the file cannot be read (an unterminated
// quote runs to the end of the file; an .xlsx that is not a zip…).
class ParseError : public Error
{
public:
    ParseError(qint64 line, int column, const QString &reason);
    qint64 line() const { return m_line; }
    int column() const { return m_column; }
    QString reason() const { return m_reason; }

private:
    qint64 m_line;
    int m_column;
    QString m_reason;
};

// Records streamed from a CSV or XLSX file, one at a time (memory stays bounded).
class RecordSource
{
public:
    virtual ~RecordSource() = default;
    // Reads the next record into `record`; false at the end. Throws ParseError.
    virtual bool next(SourceRecord &record) = 0;
    // Progress: units (bytes) consumed so far out of total (0 when unknown).
    virtual qint64 position() const = 0;
    virtual qint64 total() const = 0;
    // Date cells of a spreadsheet may arrive as serial numbers (46349 = 2026-11-23).
    virtual bool hasSerialDates() const { return false; }
};

} // namespace fd
