#pragma once

#include "analytics/receivables.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace fd {

// The contracts list of the Contracts & Payments page: one row per contract with its money
// figures as of a day. Money shows as ¥1,234,567.00 and exports as cents (ExportValueRole).
class ContractTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The money a finance clerk chases comes first after who; the rest follows.
    enum Column {
        Number,
        Customer,
        Title,
        Amount,
        Received,
        Balance,
        Overdue,
        NextDue,
        Invoiced,
        WrittenOff,
        Status,
        Owner,
        Signed,
        ColumnCount
    };
    // The contract id of a row (Qt::UserRole on any column).
    static constexpr int IdRole = Qt::UserRole + 1;
    // Stored approval status ("draft", …) and customer id, for the filter.
    static constexpr int StatusRole = Qt::UserRole + 2;
    static constexpr int CustomerRole = Qt::UserRole + 3;
    static constexpr int OverdueRole = Qt::UserRole + 4; // bool

    explicit ContractTableModel(QObject *parent = nullptr);

    // Replaces the rows.
    void setContracts(const QList<ContractReceivable> &contracts);
    const QList<ContractReceivable> &contracts() const { return m_rows; }
    // Translated approval status text.
    static QString statusText(const QString &stored);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ContractReceivable> m_rows;
};

// Search text over number/title/customer/owner, an approval status, a customer and
// "overdue only".
class ContractFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ContractFilterProxy(QObject *parent = nullptr);
    void setSearch(const QString &text);
    // Empty = every status.
    void setStatus(const QString &stored);
    // 0 = every customer.
    void setCustomer(qint64 customerId);
    void setOverdueOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QString m_status;
    qint64 m_customer = 0;
    bool m_overdueOnly = false;
};

} // namespace fd
