#pragma once

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace fd {

class Session;

// Settings → People & teams: the people of the office (name, login, role, team, active,
// whether they have a password), the teams (region, manager, members) and the regions.
// An administrator adds and edits people, teams and regions, deactivates people (never
// deletes them) and sets passwords; everyone else sees the same tables read-only, with
// the buttons disabled and a tooltip saying why. Every change goes through PeopleService
// and is audited under the signed-in user.
class PeoplePage final : public QWidget
{
    Q_OBJECT

public:
    explicit PeoplePage(Session &session, QWidget *parent = nullptr);

    // Reads the tables again and enables what the acting user may do.
    void reload();
    // Deactivates a person (as the Deactivate button does after asking); returns the
    // reason it was refused, empty on success.
    QString deactivate(qint64 userId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    qint64 selectedId(const QTableWidget *table) const;
    void addUser();
    void editUser();
    void setPassword();
    void deactivateSelected();
    void addTeam();
    void editTeam();
    void addRegion();
    void renameRegion();
    // Runs an edit dialog on the current database; reloads and tells the pages on accept.
    template<typename Dialog>
    void runDialog(qint64 id);

    Session &m_session;
    QLabel *m_access;
    QLabel *m_fileNote;
    QGroupBox *m_usersBox;
    QTableWidget *m_users;
    QCheckBox *m_showInactive;
    QPushButton *m_addUser;
    QPushButton *m_editUser;
    QPushButton *m_password;
    QPushButton *m_deactivate;
    QGroupBox *m_teamsBox;
    QTableWidget *m_teams;
    QPushButton *m_addTeam;
    QPushButton *m_editTeam;
    QGroupBox *m_regionsBox;
    QTableWidget *m_regions;
    QPushButton *m_addRegion;
    QPushButton *m_renameRegion;
    QString m_whyNot; // empty when the acting user may change people
};

} // namespace fd
