#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <utility>

namespace fd {

// The read-only item model behind a RecordTable: one row per record, columns that each
// give a (translated) title and a typed value per record. One rule for every list:
// - a cell sorts by its value (SortRole): numbers as numbers, dates and times in order;
// - it shows the column's own text when the column has one, else the value: whole
//   numbers as they are, fractions with two decimals, dates as yyyy-MM-dd, instants as
//   yyyy-MM-dd HH:mm local time; numbers are right-aligned;
// - it exports typed (ExportValueRole) when its value is a whole number, a date or an
//   instant, else as the text shown;
// - IdRole holds the record's id (0 = none) in every column.
// Subclasses hold the records; RecordListModel<Row> below is the one the pages use.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit RecordTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;
    Qt::ItemFlags flags(const QModelIndex &index) const final;

    // The id of the record in `row` (0 when there is no such row).
    qint64 idAt(int row) const;
    // Asks the column titles again, e.g. after a language change.
    void retranslate();

protected:
    virtual int recordCount() const = 0;
    virtual int fieldCount() const = 0;
    virtual QString title(int column) const = 0;
    virtual qint64 recordId(int row) const = 0;
    virtual QVariant value(int row, int column) const = 0;
    // The column's own text for the cell; a null QString = the value's text.
    virtual QString text(int row, int column) const = 0;
    // The colour of a record's text; an invalid colour = the view's.
    virtual QColor foreground(int row) const = 0;
};

// A RecordTableModel over a list of records of type Row (a summary struct of core or a
// page's own row struct). The columns are fixed at construction; setRows() replaces the
// records (a model reset, so the RecordTable keeps the current record when it is still
// there).
template<typename Row>
class RecordListModel final : public RecordTableModel
{
public:
    struct Column
    {
        Column(std::function<QString()> columnTitle, std::function<QVariant(const Row &)> columnValue,
               std::function<QString(const Row &)> columnText = nullptr)
            : title(std::move(columnTitle))
            , value(std::move(columnValue))
            , text(std::move(columnText))
        {
        }
        std::function<QString()> title;             // translated when asked
        std::function<QVariant(const Row &)> value; // shown, sorted and exported
        std::function<QString(const Row &)> text;   // shown instead of the value's text (optional)
    };

    RecordListModel(QList<Column> columns, std::function<qint64(const Row &)> id, QObject *parent = nullptr)
        : RecordTableModel(parent)
        , m_columns(std::move(columns))
        , m_id(std::move(id))
    {
    }

    // Records whose text is drawn in another colour (e.g. overdue tasks in red).
    void setForeground(std::function<QColor(const Row &)> colour) { m_foreground = std::move(colour); }

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    // The record in `row` of this model (a RecordTable's currentRecord()).
    const Row &row(int row) const { return m_rows.at(row); }

protected:
    int recordCount() const override { return int(m_rows.size()); }
    int fieldCount() const override { return int(m_columns.size()); }
    QString title(int column) const override { return m_columns.at(column).title(); }
    qint64 recordId(int row) const override { return m_id(m_rows.at(row)); }
    QVariant value(int row, int column) const override { return m_columns.at(column).value(m_rows.at(row)); }
    QString text(int row, int column) const override
    {
        const Column &c = m_columns.at(column);
        return c.text ? c.text(m_rows.at(row)) : QString();
    }
    QColor foreground(int row) const override { return m_foreground ? m_foreground(m_rows.at(row)) : QColor(); }

private:
    QList<Column> m_columns;
    std::function<qint64(const Row &)> m_id;
    std::function<QColor(const Row &)> m_foreground;
    QList<Row> m_rows;
};

} // namespace fd
