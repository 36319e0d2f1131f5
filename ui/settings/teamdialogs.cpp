#include "teamdialogs.h"

#include "auth/peopleservice.h"
#include "storage/database.h"
#include "storage/repositories/organizationrepository.h"

#include <QComboBox>
#include <QLineEdit>

namespace fd {

TeamDialog::TeamDialog(Database &db, qint64 teamId, QWidget *parent)
    : FormDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_manager(new QComboBox(this))
{
    setObjectName(QStringLiteral("teamDialog"));
    OrganizationRepository org(db);
    if (teamId)
        m_team = org.team(teamId);
    setWindowTitle(teamId ? tr("Edit Team %1").arg(m_team.name) : tr("Add a Team"));
    m_name->setObjectName(QStringLiteral("name"));
    m_region->setObjectName(QStringLiteral("region"));
    m_manager->setObjectName(QStringLiteral("manager"));
    m_region->addItem(tr("(no region)"), qint64(0));
    for (const Region &r : org.regions())
        m_region->addItem(r.name, r.id);
    m_manager->addItem(tr("(no manager)"), qint64(0));
    for (const User &u : org.users())
        m_manager->addItem(QStringLiteral("%1 (%2)").arg(u.displayName, u.login), u.id);
    // A deactivated manager still shows as the current one (saving asks for another).
    if (m_team.managerId && m_manager->findData(m_team.managerId) < 0) {
        const User gone = org.user(m_team.managerId);
        m_manager->addItem(tr("%1 (deactivated)").arg(gone.displayName), gone.id);
    }
    addField(tr("Name:"), m_name, QStringLiteral("name"));
    addField(tr("Region:"), m_region, QStringLiteral("region"));
    addField(tr("Manager:"), m_manager, QStringLiteral("manager"));
    m_name->setText(m_team.name);
    m_region->setCurrentIndex(std::max(0, m_region->findData(m_team.regionId)));
    m_manager->setCurrentIndex(std::max(0, m_manager->findData(m_team.managerId)));
    setMinimumWidth(380);
}

void TeamDialog::save()
{
    Team t = m_team;
    t.name = m_name->text().trimmed();
    t.regionId = m_region->currentData().toLongLong();
    t.managerId = m_manager->currentData().toLongLong();
    PeopleService people(m_db);
    if (t.id)
        people.editTeam(t);
    else
        people.addTeam(t);
    m_team = t;
}

RegionDialog::RegionDialog(Database &db, qint64 regionId, QWidget *parent)
    : FormDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("regionDialog"));
    if (regionId)
        m_region = OrganizationRepository(db).region(regionId);
    setWindowTitle(regionId ? tr("Rename Region %1").arg(m_region.name) : tr("Add a Region"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setText(m_region.name);
    addField(tr("Name:"), m_name, QStringLiteral("name"));
    setMinimumWidth(320);
}

void RegionDialog::save()
{
    Region r = m_region;
    r.name = m_name->text().trimmed();
    PeopleService people(m_db);
    if (r.id)
        people.editRegion(r);
    else
        people.addRegion(r);
    m_region = r;
}

} // namespace fd
