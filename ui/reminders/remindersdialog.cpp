#include "remindersdialog.h"

#include "remindernotifier.h"

#include "domain/clock.h"
#include "domain/money.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fd {

RemindersDialog::RemindersDialog(ReminderNotifier &notifier, QWidget *parent)
    : QDialog(parent)
    , m_notifier(notifier)
    , m_empty(new QLabel(tr("Nothing to be reminded of now."), this))
    , m_list(new QTreeWidget(this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_later(new QPushButton(tr("Later"), this))
    , m_done(new QPushButton(tr("Done"), this))
{
    setObjectName(QStringLiteral("remindersDialog"));
    setWindowTitle(tr("Reminders"));
    resize(640, 320);
    m_list->setHeaderLabels({tr("When"), tr("Reminder"), tr("Amount")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    auto *laterMenu = new QMenu(m_later);
    laterMenu->addAction(tr("In an hour"), this, [this] { snoozeSelected(3600); });
    laterMenu->addAction(tr("Tomorrow at 09:00"), this, [this] { snoozeSelected(untilTomorrowMorning()); });
    m_later->setMenu(laterMenu);
    m_done->setToolTip(tr("A follow-up task is marked done; a payment reminder is put away for you only."));
    connect(m_open, &QPushButton::clicked, this, &RemindersDialog::openSelected);
    connect(m_done, &QPushButton::clicked, this, &RemindersDialog::doneSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RemindersDialog::selectionChanged);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &RemindersDialog::openSelected);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_open);
    actions->addWidget(m_later);
    actions->addWidget(m_done);
    actions->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    actions->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);

    connect(&m_notifier, &ReminderNotifier::checked, this,
            [this](const QList<Reminder> &reminders) { fill(reminders); });
    fill(m_notifier.current());
}

void RemindersDialog::fill(const QList<Reminder> &reminders)
{
    const QString keep = selected() ? selected()->key : QString();
    m_shown = reminders;
    m_list->clear();
    const QLocale locale;
    for (const Reminder &r : reminders) {
        const QString when = r.kind == ReminderKind::Task
                                 ? locale.toString(r.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                                 : r.at.date().toString(Qt::ISODate);
        auto *item = new QTreeWidgetItem(
            m_list, {when, r.text(), r.amountCents ? money::format(r.amountCents, r.currency, locale) : QString()});
        item->setData(0, Qt::UserRole, r.key);
        item->setToolTip(1, r.text());
        if (r.kind == ReminderKind::InstalmentOverdue)
            item->setForeground(1, QColor(0xb0, 0x20, 0x20));
        if (r.key == keep)
            m_list->setCurrentItem(item);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(2);
    if (!m_list->currentItem() && m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_empty->setVisible(reminders.isEmpty());
    selectionChanged();
}

const Reminder *RemindersDialog::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const QString key = item->data(0, Qt::UserRole).toString();
    for (const Reminder &r : m_shown)
        if (r.key == key)
            return &r;
    return nullptr;
}

void RemindersDialog::selectionChanged()
{
    const bool any = selected() != nullptr;
    for (QPushButton *b : {m_open, m_later, m_done})
        b->setEnabled(any);
}

void RemindersDialog::openSelected()
{
    if (const Reminder *r = selected())
        m_notifier.open(Reminder(*r), this);
}

void RemindersDialog::snoozeSelected(qint64 seconds)
{
    if (const Reminder *r = selected())
        m_notifier.snooze(Reminder(*r), seconds);
}

void RemindersDialog::doneSelected()
{
    if (const Reminder *r = selected())
        m_notifier.acknowledge(Reminder(*r));
}

qint64 RemindersDialog::untilTomorrowMorning() const
{
    const QDateTime now = m_notifier.now().toLocalTime();
    return now.secsTo(QDateTime(now.date().addDays(1), QTime(9, 0)));
}

} // namespace fd
