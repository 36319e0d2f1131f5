#include "tablesink.h"

#include "csvwriter.h"
#include "domain/isotime.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace fd {

namespace {

class CsvTableSink final : public TableSink
{
public:
    explicit CsvTableSink(QIODevice &device)
        : m_writer(device)
    {
    }

    void begin(const QList<TableColumn> &columns) override
    {
        m_columns = columns;
        QStringList names;
        for (const TableColumn &c : columns)
            names << CsvWriter::guardFormula(c.name); // a list's header can be user text too
        m_writer.writeRow(names);
    }

    void writeRow(const QVariantList &cells) override
    {
        QStringList fields;
        fields.reserve(m_columns.size());
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            fields << csvCellText(i < cells.size() ? cells[i] : QVariant(), m_columns[i].type);
        m_writer.writeRow(fields);
    }

    void finish() override {}

private:
    CsvWriter m_writer;
    QList<TableColumn> m_columns;
};

} // namespace

QString csvCellText(const QVariant &value, ColumnType type)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (type) {
    case ColumnType::Text:
        return CsvWriter::guardFormula(value.toString());
    case ColumnType::Integer:
        return QString::number(value.toLongLong());
    case ColumnType::Money: {
        // Plain decimal: Excel reads it as a number and money::parse reads it back exactly.
        const qint64 cents = value.toLongLong();
        const qint64 a = cents < 0 ? -cents : cents;
        return QStringLiteral("%1%2.%3")
            .arg(cents < 0 ? QStringLiteral("-") : QString())
            .arg(a / 100)
            .arg(a % 100, 2, 10, QLatin1Char('0'));
    }
    case ColumnType::Date:
        return isotime::toStored(value.toDate());
    case ColumnType::Timestamp:
        return isotime::toStored(value.toDateTime());
    }
    return value.toString();
}

std::unique_ptr<TableSink> makeCsvSink(QIODevice &device)
{
    return std::make_unique<CsvTableSink>(device);
}

} // namespace fd
