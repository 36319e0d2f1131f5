#include "deallisttable.h"

#include "exportaction.h"

#include "domain/errors.h"
#include "domain/money.h"
#include "storage/repositories/opportunityrepository.h"

#include <QDate>
#include <QHash>
#include <QHeaderView>
#include <QLocale>

namespace fd {

namespace {
enum Column { Title, Customer, Owner, Stage, Amount, Close, Extra, Notes, ColumnCount };

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}
} // namespace

DealListTable::DealListTable(QWidget *parent)
    : QTableWidget(parent)
{
    setColumnCount(ColumnCount);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(Customer, QHeaderView::Stretch);
    setColumnHidden(Extra, true);
    setColumnHidden(Notes, true);
    // Right-click → Export… writes the deals listed.
    new ExportAction(this, QStringLiteral("deals"), this);
    retranslateUi();
}

void DealListTable::retranslateUi()
{
    setHorizontalHeaderLabels({tr("Deal"), tr("Customer"), tr("Owner"), tr("Stage"), tr("Amount"), tr("Expected close"),
                               m_extraTitle, m_notesTitle});
    // Amounts export as money cells (cents in ExportValueRole), not as the formatted text.
    for (int c : {int(Amount), int(Extra)})
        horizontalHeaderItem(c)->setData(ExportTypeRole, int(ColumnType::Money));
}

void DealListTable::clearDeals()
{
    setRowCount(0);
}

void DealListTable::setNotes(const QStringList &notes, const QString &title)
{
    m_notesTitle = title;
    setColumnHidden(Notes, notes.isEmpty());
    if (QTableWidgetItem *header = horizontalHeaderItem(Notes))
        header->setText(title);
    for (int row = 0; row < rowCount() && row < notes.size(); ++row) {
        QTableWidgetItem *note = cell(notes.at(row), Qt::AlignLeft | Qt::AlignVCenter);
        note->setToolTip(notes.at(row));
        setItem(row, Notes, note);
    }
}

std::vector<qint64> DealListTable::dealIds() const
{
    std::vector<qint64> ids;
    for (int row = 0; row < rowCount(); ++row)
        ids.push_back(item(row, Title)->data(Qt::UserRole).toLongLong());
    return ids;
}

void DealListTable::setDeals(Database &db, const std::vector<qint64> &ids, const QString &extraTitle,
                             const std::vector<qint64> &extra)
{
    m_extraTitle = extraTitle;
    setColumnHidden(Extra, extra.empty());
    retranslateUi();
    setSortingEnabled(false);
    setRowCount(0);

    QHash<qint64, DealLine> lines;
    try {
        lines = OpportunityRepository(db).lines(QList<qint64>(ids.begin(), ids.end()));
    } catch (const Error &) {
        // Unreadable rows stay out of the list; the caller's figures are still shown.
    }

    const QLocale locale;
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    setRowCount(int(ids.size()));
    for (size_t i = 0; i < ids.size(); ++i) {
        const DealLine r = lines.value(ids[i]);
        const int row = int(i);
        QTableWidgetItem *title = cell(r.title);
        title->setData(Qt::UserRole, ids[i]);
        setItem(row, Title, title);
        setItem(row, Customer, cell(r.customerName));
        setItem(row, Owner, cell(r.ownerName));
        setItem(row, Stage, cell(r.stageName));
        const QString currency = r.amount.currency.isEmpty() ? QStringLiteral("CNY") : r.amount.currency;
        QTableWidgetItem *amount = cell(money::format(r.amount.cents, currency, locale), right);
        amount->setData(ExportValueRole, r.amount.cents);
        setItem(row, Amount, amount);
        const QDate close = r.expectedCloseDate;
        QTableWidgetItem *closeItem = cell(close.isValid() ? locale.toString(close, QLocale::ShortFormat) : QString());
        if (close.isValid())
            closeItem->setData(ExportValueRole, close);
        setItem(row, Close, closeItem);
        if (i < extra.size()) {
            QTableWidgetItem *figure = cell(money::format(extra[i], currency, locale), right);
            figure->setData(ExportValueRole, extra[i]);
            setItem(row, Extra, figure);
        }
    }
    resizeColumnToContents(Owner);
    resizeColumnToContents(Stage);
    resizeColumnToContents(Amount);
    resizeColumnToContents(Close);
    resizeColumnToContents(Extra);
}

} // namespace fd
