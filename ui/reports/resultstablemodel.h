#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>
#include <QVariant>

namespace fd {

// A read-only table of figures for the results analysis: each column has a kind that
// decides how its raw values are shown (money brief in ¥/万 with the full amount as tool
// tip, counts, percentages) and sorted (by the raw value, "—" lowest) and exported
// (money as typed cents through ExportValueRole). A row may be marked as the total row.
class ResultsTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind { Text, Money, Count, Percent, Decimal };
    struct Column
    {
        Column(const QString &headerText, Kind columnKind = Kind::Text, const QString &toolTipText = {})
            : header(headerText)
            , kind(columnKind)
            , toolTip(toolTipText)
        {
        }
        QString header;
        Kind kind = Kind::Text;
        QString toolTip;
    };
    // Raw values per column: QString (Text), qint64 cents (Money), qint64 (Count), double
    // fraction (Percent), double shown to one decimal (Decimal: days, ratios); an invalid
    // QVariant shows "—".
    struct Row
    {
        Row(const QVariantList &rowValues, bool isTotal = false)
            : values(rowValues)
            , total(isTotal)
        {
        }
        QVariantList values;
        bool total = false;
    };
    // The raw value (for sorting) and "is the total row" roles.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int TotalRole = Qt::UserRole + 2;

    explicit ResultsTableModel(QObject *parent = nullptr);

    // Replaces columns and rows; money is shown in `currency`.
    void setTable(const QList<Column> &columns, const QList<Row> &rows, const QString &currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Column> m_columns;
    QList<Row> m_rows;
    QString m_currency;
};

// Sorts by ResultsTableModel::SortRole and keeps the total row last in either order.
class ResultsSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ResultsSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace fd
