#pragma once

#include "widgets/formdialog.h"

#include "domain/organization.h"

class QComboBox;
class QLineEdit;

namespace fd {

class Database;

// Adding or editing a team on the People & teams page: its name, region and manager (an
// active person). Saved through PeopleService; refusals shown at their field.
class TeamDialog final : public FormDialog
{
    Q_OBJECT

public:
    // teamId 0 = add a new team.
    TeamDialog(Database &db, qint64 teamId, QWidget *parent = nullptr);
    const Team &team() const { return m_team; }

protected:
    void save() override;

private:
    Database &m_db;
    Team m_team;
    QLineEdit *m_name;
    QComboBox *m_region;
    QComboBox *m_manager;
};

// Adding or renaming a region.
class RegionDialog final : public FormDialog
{
    Q_OBJECT

public:
    // regionId 0 = add a new region.
    RegionDialog(Database &db, qint64 regionId, QWidget *parent = nullptr);
    const Region &region() const { return m_region; }

protected:
    void save() override;

private:
    Database &m_db;
    Region m_region;
    QLineEdit *m_name;
};

} // namespace fd
