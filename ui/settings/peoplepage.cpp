#include "peoplepage.h"

#include "session.h"
#include "settings/settingswidgets.h"
#include "settings/teamdialogs.h"
#include "settings/userdialogs.h"
#include "tablecells.h"

#include "auth/peopleservice.h"
#include "auth/roletitles.h"
#include "domain/errors.h"
#include "storage/database.h"
#include "storage/repositories/organizationrepository.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {

namespace {

using settingswidgets::newButton;
using settingswidgets::newListTable;

// A box with a table and a row of buttons under it.
QGroupBox *tableBox(QWidget *parent, QTableWidget *table, const QList<QWidget *> &controls)
{
    auto *box = new QGroupBox(parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(table, 1);
    auto *row = new QHBoxLayout;
    for (QWidget *w : controls)
        row->addWidget(w);
    row->addStretch();
    layout->addLayout(row);
    return box;
}

// Row `row` of `table` with the id kept on the first cell.
void setRow(QTableWidget *table, int row, qint64 id, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        QTableWidgetItem *item = readOnlyCell(cells.at(c), false);
        if (c == 0)
            item->setData(Qt::UserRole, id);
        table->setItem(row, c, item);
    }
}

} // namespace

PeoplePage::PeoplePage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_access(new QLabel(this))
    , m_fileNote(new QLabel(this))
    , m_users(newListTable(this, "usersTable"))
    , m_showInactive(new QCheckBox(this))
    , m_addUser(newButton(this, "addUser"))
    , m_editUser(newButton(this, "editUser"))
    , m_password(newButton(this, "setPassword"))
    , m_deactivate(newButton(this, "deactivateUser"))
    , m_teams(newListTable(this, "teamsTable"))
    , m_addTeam(newButton(this, "addTeam"))
    , m_editTeam(newButton(this, "editTeam"))
    , m_regions(newListTable(this, "regionsTable"))
    , m_addRegion(newButton(this, "addRegion"))
    , m_renameRegion(newButton(this, "renameRegion"))
{
    setObjectName(QStringLiteral("peoplePage"));
    m_access->setObjectName(QStringLiteral("accessNote"));
    m_access->setWordWrap(true);
    m_access->setStyleSheet(QStringLiteral("QLabel { background: #fff6e0; border: 1px solid #f0d9a0; "
                                           "border-radius: 4px; padding: 6px; }"));
    m_fileNote->setObjectName(QStringLiteral("fileProtectionNote"));
    m_fileNote->setWordWrap(true);
    m_fileNote->setForegroundRole(QPalette::PlaceholderText);
    m_showInactive->setObjectName(QStringLiteral("showInactive"));

    m_usersBox = tableBox(this, m_users, {m_addUser, m_editUser, m_password, m_deactivate, m_showInactive});
    m_teamsBox = tableBox(this, m_teams, {m_addTeam, m_editTeam});
    m_regionsBox = tableBox(this, m_regions, {m_addRegion, m_renameRegion});
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_teamsBox);
    lower->addWidget(m_regionsBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_usersBox);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_access);
    layout->addWidget(split, 1);
    layout->addWidget(m_fileNote);

    connect(m_addUser, &QPushButton::clicked, this, &PeoplePage::addUser);
    connect(m_editUser, &QPushButton::clicked, this, &PeoplePage::editUser);
    connect(m_password, &QPushButton::clicked, this, &PeoplePage::setPassword);
    connect(m_deactivate, &QPushButton::clicked, this, &PeoplePage::deactivateSelected);
    connect(m_addTeam, &QPushButton::clicked, this, &PeoplePage::addTeam);
    connect(m_editTeam, &QPushButton::clicked, this, &PeoplePage::editTeam);
    connect(m_addRegion, &QPushButton::clicked, this, &PeoplePage::addRegion);
    connect(m_renameRegion, &QPushButton::clicked, this, &PeoplePage::renameRegion);
    connect(m_showInactive, &QCheckBox::toggled, this, &PeoplePage::reload);
    connect(m_users, &QTableWidget::itemDoubleClicked, this, [this]() {
        if (m_whyNot.isEmpty())
            editUser();
    });
    connect(m_teams, &QTableWidget::itemDoubleClicked, this, [this]() {
        if (m_whyNot.isEmpty())
            editTeam();
    });
    for (QTableWidget *table : {m_users, m_teams, m_regions})
        connect(table, &QTableWidget::itemSelectionChanged, this, &PeoplePage::updateButtons);
    for (auto signal : {&Session::databaseChanged, &Session::dataChanged, &Session::userChanged})
        connect(&m_session, signal, this, &PeoplePage::reload);

    retranslateUi();
}

void PeoplePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PeoplePage::retranslateUi()
{
    m_usersBox->setTitle(tr("People"));
    m_teamsBox->setTitle(tr("Teams"));
    m_regionsBox->setTitle(tr("Regions"));
    m_addUser->setText(tr("&Add Person…"));
    m_editUser->setText(tr("&Edit…"));
    m_password->setText(tr("Set &Password…"));
    m_deactivate->setText(tr("&Deactivate"));
    m_showInactive->setText(tr("Show deactivated"));
    m_addTeam->setText(tr("Add &Team…"));
    m_editTeam->setText(tr("Edit T&eam…"));
    m_addRegion->setText(tr("Add &Region…"));
    m_renameRegion->setText(tr("Re&name Region…"));
    m_users->setColumnCount(7);
    m_users->setHorizontalHeaderLabels(
        {tr("Name"), tr("Login"), tr("Role"), tr("Team"), tr("Status"), tr("Password"), tr("E-mail")});
    m_teams->setColumnCount(4);
    m_teams->setHorizontalHeaderLabels({tr("Team"), tr("Region"), tr("Manager"), tr("Members")});
    m_regions->setColumnCount(2);
    m_regions->setHorizontalHeaderLabels({tr("Region"), tr("Teams")});
    m_fileNote->setText(tr("On this embedded database FunnelDesk checks who may change what on each desktop; the "
                           "database file itself is protected only by its file permissions."));
    reload();
}

void PeoplePage::reload()
{
    Database *db = m_session.database();
    const bool sqlite = db && db->dialect().kind() == Dialect::Kind::Sqlite;
    m_fileNote->setVisible(sqlite);
    for (QTableWidget *table : {m_users, m_teams, m_regions})
        table->setRowCount(0);
    if (!db) {
        m_whyNot = tr("No database is open.");
        updateButtons();
        return;
    }
    try {
        OrganizationRepository org(*db);
        PeopleService people(*db);
        m_whyNot = people.whyNot();
        const QList<User> users = org.users(true);
        const QList<Team> teams = org.teams();
        const QList<Region> regions = org.regions();
        QHash<qint64, QString> teamNames, regionNames, names;
        QHash<qint64, int> members, teamsInRegion;
        for (const Team &t : teams) {
            teamNames.insert(t.id, t.name);
            ++teamsInRegion[t.regionId];
        }
        for (const Region &r : regions)
            regionNames.insert(r.id, r.name);
        for (const User &u : users) {
            names.insert(u.id, u.displayName);
            if (u.active)
                ++members[u.teamId];
        }

        int row = 0;
        for (const User &u : users) {
            if (!u.active && !m_showInactive->isChecked())
                continue;
            m_users->insertRow(row);
            const QString password = !sqlite ? tr("PostgreSQL login") : u.hasPassword ? tr("set") : tr("none");
            setRow(m_users, row, u.id,
                   {u.displayName, u.login, roleTitle(u.role), teamNames.value(u.teamId),
                    u.active ? tr("active") : tr("deactivated"), password, u.email});
            if (!u.active) {
                for (int c = 0; c < m_users->columnCount(); ++c)
                    m_users->item(row, c)->setForeground(palette().color(QPalette::PlaceholderText));
            }
            ++row;
        }
        for (int i = 0; i < teams.size(); ++i) {
            const Team &t = teams.at(i);
            m_teams->insertRow(i);
            setRow(m_teams, i, t.id,
                   {t.name, regionNames.value(t.regionId), names.value(t.managerId),
                    QLocale().toString(members.value(t.id))});
        }
        for (int i = 0; i < regions.size(); ++i) {
            m_regions->insertRow(i);
            setRow(m_regions, i, regions.at(i).id,
                   {regions.at(i).name, QLocale().toString(teamsInRegion.value(regions.at(i).id))});
        }
    } catch (const Error &e) {
        m_whyNot = e.message();
    }
    for (QTableWidget *table : {m_users, m_teams, m_regions})
        table->resizeColumnsToContents();
    updateButtons();
}

void PeoplePage::updateButtons()
{
    const bool may = m_whyNot.isEmpty();
    m_access->setVisible(!may);
    m_access->setText(m_whyNot.isEmpty() ? QString() : tr("Read only: %1").arg(m_whyNot));
    Database *db = m_session.database();
    const bool user = selectedId(m_users) != 0;
    const auto set = [&](QPushButton *button, bool enabled, const QString &otherReason) {
        button->setEnabled(may && enabled);
        button->setToolTip(!may ? m_whyNot : enabled ? QString() : otherReason);
    };
    const QString chooseUser = tr("Choose a person in the table first.");
    set(m_addUser, true, {});
    set(m_editUser, user, chooseUser);
    set(m_password, user, chooseUser);
    // Everyone may change their own password (on PostgreSQL their login's: PeopleService).
    if (!may && user && db && selectedId(m_users) == db->actingUserId()) {
        m_password->setEnabled(true);
        m_password->setToolTip(QString());
    }
    set(m_deactivate, user, chooseUser);
    set(m_addTeam, true, {});
    set(m_editTeam, selectedId(m_teams) != 0, tr("Choose a team in the table first."));
    set(m_addRegion, true, {});
    set(m_renameRegion, selectedId(m_regions) != 0, tr("Choose a region in the table first."));
}

qint64 PeoplePage::selectedId(const QTableWidget *table) const
{
    const QList<QTableWidgetItem *> items = table->selectedItems();
    if (items.isEmpty())
        return 0;
    const QTableWidgetItem *first = table->item(items.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toLongLong() : 0;
}

template<typename Dialog>
void PeoplePage::runDialog(qint64 id)
{
    Database *db = m_session.database();
    if (!db)
        return;
    Dialog dialog(*db, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_session.notifyDataChanged();
    }
}

void PeoplePage::addUser()
{
    runDialog<UserDialog>(0);
}

void PeoplePage::editUser()
{
    if (const qint64 id = selectedId(m_users))
        runDialog<UserDialog>(id);
}

void PeoplePage::setPassword()
{
    Database *db = m_session.database();
    const qint64 id = selectedId(m_users);
    if (!db || !id)
        return;
    PasswordDialog dialog(*db, OrganizationRepository(*db).user(id), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

QString PeoplePage::deactivate(qint64 userId)
{
    Database *db = m_session.database();
    if (!db)
        return tr("No database is open.");
    try {
        PeopleService(*db).deactivate(userId);
    } catch (const ValidationError &e) {
        return e.errors().isEmpty() ? e.message() : e.errors().first().reason;
    } catch (const Error &e) {
        return e.message();
    }
    reload();
    m_session.notifyDataChanged();
    return {};
}

void PeoplePage::deactivateSelected()
{
    Database *db = m_session.database();
    const qint64 id = selectedId(m_users);
    if (!db || !id)
        return;
    const User user = OrganizationRepository(*db).user(id);
    const auto answer = QMessageBox::question(
        this, tr("Deactivate %1").arg(user.displayName),
        tr("%1 will no longer be able to sign in or be assigned work. Their deals, customers and history keep "
           "their name; nothing is deleted. You can make them active again with Edit.")
            .arg(user.displayName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const QString refused = deactivate(id);
    if (!refused.isEmpty())
        QMessageBox::warning(this, tr("Deactivate %1").arg(user.displayName),
                             tr("%1 stays active: %2").arg(user.displayName, refused));
}

void PeoplePage::addTeam()
{
    runDialog<TeamDialog>(0);
}

void PeoplePage::editTeam()
{
    if (const qint64 id = selectedId(m_teams))
        runDialog<TeamDialog>(id);
}

void PeoplePage::addRegion()
{
    runDialog<RegionDialog>(0);
}

void PeoplePage::renameRegion()
{
    if (const qint64 id = selectedId(m_regions))
        runDialog<RegionDialog>(id);
}

} // namespace fd
