#include "conflictdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {

namespace {
QTableWidgetItem *cell(const QString &text, bool changed)
{
    auto *item = new QTableWidgetItem(text.isEmpty() ? ConflictDialog::tr("(empty)") : text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    if (changed) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    return item;
}
} // namespace

ConflictDialog::ConflictDialog(const SaveConflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_headline(new QLabel(conflict.headline(), this))
    , m_table(new QTableWidget(int(conflict.differences.size()), 4, this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("%1 was saved by someone else").arg(conflict.recordName));
    resize(760, 380);
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_headline->setFont(big);
    m_headline->setObjectName(QStringLiteral("headline"));

    const QString who = conflict.lastSave.userName.isEmpty() ? tr("Their version") : conflict.lastSave.userName;
    auto *intro = new QLabel(
        conflict.differences.isEmpty()
            ? tr("%1 was saved after you opened it; the values you are saving equal theirs.").arg(conflict.recordName)
            : tr("%1 was saved after you opened it. Your changes were not saved. These fields differ (a value "
                 "changed since you opened it is in bold):")
                  .arg(conflict.recordName),
        this);
    intro->setWordWrap(true);

    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("When you opened it"), tr("%1 (saved)").arg(who), tr("Yours (not saved)")});
    for (int r = 0; r < conflict.differences.size(); ++r) {
        const FieldDifference &d = conflict.differences[r];
        m_table->setItem(r, 0, cell(d.label, false));
        m_table->setItem(r, 1, cell(d.opened, false));
        m_table->setItem(r, 2, cell(d.theirs, d.changedByThem()));
        m_table->setItem(r, 3, cell(d.yours, d.changedByYou()));
    }
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);

    auto *note = new QLabel(tr("Reload shows %1's version and drops your changes. Overwrite saves all of your values "
                               "over theirs, also where only they changed something; the audit trail records it.")
                                .arg(who),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *reload = buttons->addButton(tr("Reload their version"), QDialogButtonBox::AcceptRole);
    QPushButton *overwrite = buttons->addButton(tr("Overwrite with mine"), QDialogButtonBox::DestructiveRole);
    QPushButton *keep = buttons->addButton(tr("Keep editing"), QDialogButtonBox::RejectRole);
    reload->setObjectName(QStringLiteral("reload"));
    overwrite->setObjectName(QStringLiteral("overwrite"));
    keep->setObjectName(QStringLiteral("keepEditing"));
    reload->setDefault(true);
    connect(reload, &QPushButton::clicked, this, [this] { done(Reload); });
    connect(overwrite, &QPushButton::clicked, this, [this] { done(Overwrite); });
    connect(keep, &QPushButton::clicked, this, [this] { done(KeepEditing); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

ConflictDialog::Choice ConflictDialog::ask(const SaveConflict &conflict, QWidget *parent)
{
    ConflictDialog dialog(conflict, parent);
    return Choice(dialog.exec());
}

} // namespace fd
