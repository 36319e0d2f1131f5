#pragma once

#include "analytics/targetprogress.h"

#include <QAbstractItemModel>

namespace fd {

// The target tree of a period (company → regions → teams → reps, DEFINITIONS.md §8) as a
// tree model. The Target column is editable: setData() parses the text (¥, 万 accepted)
// and asks for the change through targetEdited(), or reports why not through
// editRejected(); the page stores it (undoably) and shows the recomputed tree.
class TargetTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Level, Target, Allocated, Unallocated, Achieved, Completion, Weighted, Gap, Columns };
    // Completion as a fraction (double; invalid without target), for the progress delegate.
    static constexpr int CompletionRole = Qt::UserRole + 1;
    // The period's elapsed share (double), for the progress delegate.
    static constexpr int TimeProgressRole = Qt::UserRole + 2;
    // Index of the node in TargetProgress::nodes (int).
    static constexpr int NodeRole = Qt::UserRole + 3;

    explicit TargetTreeModel(QObject *parent = nullptr);

    // Shows a computed tree (resets the model).
    void setProgress(const analytics::TargetProgress &progress);
    // The office currency the amounts are shown in (office::currency).
    void setCurrency(const QString &currency) { m_currency = currency; }
    const analytics::TargetProgress &progress() const { return m_progress; }
    // The node behind an index (nullptr for an invalid one).
    const analytics::TargetNode *node(const QModelIndex &index) const;
    // The index of node `node` in `column`.
    QModelIndex indexOf(int node, int column = Name) const;
    // The node's name as shown ("Company", "No team", a region's name, …).
    QString displayName(const analytics::TargetNode &node) const;
    // Texts follow the language again (headers and fixed names).
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Target column only: parses the text and emits targetEdited or editRejected; the
    // shown value changes when the page shows the recomputed tree. Empty text clears it.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The user entered a valid amount (nullopt = clear the target) for node `node`.
    void targetEdited(int node, std::optional<qint64> cents);
    // The entered text is not an amount: `message` says which target and why.
    void editRejected(const QString &message);

private:
    QString money(qint64 cents) const;

    analytics::TargetProgress m_progress;
    QString m_currency = QStringLiteral("CNY");
    std::vector<int> m_rowInParent;
};

} // namespace fd
