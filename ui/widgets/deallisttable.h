#pragma once

#include <QTableWidget>

#include <vector>

namespace fd {

class Database;

// A read-only table of deals for drill-through (funnel stage, forecast period): title,
// customer, owner, stage, amount, expected close, and an optional extra figure column.
class DealListTable final : public QTableWidget
{
    Q_OBJECT

public:
    explicit DealListTable(QWidget *parent = nullptr);

    // Lists `ids` in the given order, read from `db`. `extra` (same length as ids, or
    // empty) fills the last column, titled `extraTitle`; amounts are cents.
    void setDeals(Database &db, const std::vector<qint64> &ids, const QString &extraTitle = QString(),
                  const std::vector<qint64> &extra = {});
    // Fills a last text column titled `title` (same order as the ids; empty hides it).
    void setNotes(const QStringList &notes, const QString &title);
    // Empties the table.
    void clearDeals();
    // The deal ids shown, top to bottom.
    std::vector<qint64> dealIds() const;
    // Re-translates the headers.
    void retranslateUi();

private:
    QString m_extraTitle;
    QString m_notesTitle;
};

} // namespace fd
