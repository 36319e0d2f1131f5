// People & teams, sign-in and the first-run dialog on the offscreen platform, with real
// widgets on real SQLite files: an administrator adds a person and a team through the
// dialogs, a rep sees the page read-only with the reason, the sign-in dialog refuses a
// wrong password and remembers a desktop without keeping the password, the first-run
// dialog creates the administrator, and the status bar says who is signed in.
// FD_SCREENSHOTS=<folder> keeps pictures of the page and the dialogs (zh_CN).
#include "builders.h"
#include "catchqt.h"
#include "screenshot.h"
#include "tempdatabase.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "session.h"
#include "settings/peoplepage.h"
#include "settings/teamdialogs.h"
#include "settings/userdialogs.h"
#include "signin/createadmindialog.h"
#include "signin/rememberedsignin.h"
#include "signin/signindialog.h"
#include "signin/signinflow.h"

#include "auth/passwordhash.h"
#include "auth/peopleservice.h"
#include "auth/signin.h"
#include "storage/database.h"
#include "storage/repositories/auditrepository.h"
#include "storage/repositories/organizationrepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace fd;

namespace {

const QString kPassword = QStringLiteral("admin-password");

using test::shoot;

// A small office: an administrator (signed in), a manager leading 上海一组 in 华东区, a rep.
struct Office
{
    test::TempDatabase t;
    Session session;
    LanguageManager languages;
    User admin, manager, rep;
    Team team;

    explicit Office(const QString &language = QStringLiteral("en"))
    {
        QSettings().clear();
        languages.apply(language);
        Database &db = t.db();
        admin.login = QStringLiteral("admin");
        admin.displayName = QStringLiteral("系统管理员");
        admin.role = UserRole::Admin;
        PeopleService(db).addUser(admin, kPassword);
        SignIn(db).signIn(QStringLiteral("admin"), kPassword);
        PeopleService people(db);
        Region east{0, QStringLiteral("华东区")};
        people.addRegion(east);
        manager.login = QStringLiteral("zhao.lei");
        manager.displayName = QStringLiteral("赵磊");
        manager.role = UserRole::Manager;
        people.addUser(manager, QStringLiteral("manager-pass"));
        team = Team{0, QStringLiteral("上海一组"), east.id, manager.id};
        people.addTeam(team);
        rep.login = QStringLiteral("wang.fang");
        rep.displayName = QStringLiteral("王芳");
        rep.teamId = team.id;
        people.addUser(rep, QStringLiteral("rep-password"));
        // The GUI's own connection, signed in as the administrator like the test's.
        auto gui = Database::openSqlite(t.path());
        gui->setClock(&t.clock());
        gui->setActingUserId(admin.id);
        session.setDatabase(std::move(gui));
    }
    ~Office() { QSettings().clear(); }
    Database &gui() { return *session.database(); }
};

int rowOf(const QTableWidget *table, const QString &firstCell)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == firstCell)
            return r;
    }
    return -1;
}

} // namespace

TEST_CASE("people page: an administrator adds a person and a team through the dialogs", "[ui][people]")
{
    Office o;
    PeoplePage page(o.session);
    auto *users = page.findChild<QTableWidget *>(QStringLiteral("usersTable"));
    auto *teams = page.findChild<QTableWidget *>(QStringLiteral("teamsTable"));
    REQUIRE(users);
    REQUIRE(users->rowCount() == 3);
    const int repRow = rowOf(users, QStringLiteral("王芳"));
    REQUIRE(repRow >= 0);
    CHECK(users->item(repRow, 2)->text() == QStringLiteral("Sales rep"));
    CHECK(users->item(repRow, 3)->text() == QStringLiteral("上海一组"));
    CHECK(users->item(repRow, 5)->text() == QStringLiteral("set"));
    REQUIRE(teams->rowCount() == 1);
    CHECK(teams->item(0, 2)->text() == QStringLiteral("赵磊"));
    CHECK(teams->item(0, 3)->text() == QStringLiteral("1")); // active members: the rep (the manager has no team)
    CHECK(page.findChild<QLabel *>(QStringLiteral("accessNote"))->isHidden());
    CHECK(page.findChild<QPushButton *>(QStringLiteral("addUser"))->isEnabled());
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("editUser"))->isEnabled()); // nothing chosen
    users->selectRow(repRow);
    CHECK(page.findChild<QPushButton *>(QStringLiteral("editUser"))->isEnabled());

    // Add a person: a mismatched password is shown at its field, nothing stored.
    UserDialog add(o.gui(), 0);
    add.findChild<QLineEdit *>(QStringLiteral("displayName"))->setText(QStringLiteral("李娜"));
    add.findChild<QLineEdit *>(QStringLiteral("login"))->setText(QStringLiteral("li.na"));
    auto *role = add.findChild<QComboBox *>(QStringLiteral("role"));
    role->setCurrentIndex(role->findData(int(UserRole::Finance)));
    auto *team = add.findChild<QComboBox *>(QStringLiteral("team"));
    team->setCurrentIndex(team->findData(o.team.id));
    add.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("finance-pass"));
    add.findChild<QLineEdit *>(QStringLiteral("confirm"))->setText(QStringLiteral("finance-pasS"));
    add.accept();
    CHECK(add.result() != QDialog::Accepted);
    CHECK_FALSE(add.errorText(QStringLiteral("password_confirm")).isEmpty());
    CHECK_FALSE(OrganizationRepository(o.gui()).userByLogin(QStringLiteral("li.na")));
    add.findChild<QLineEdit *>(QStringLiteral("confirm"))->setText(QStringLiteral("finance-pass"));
    shoot(add, QStringLiteral("people_add_person.png"));
    add.accept();
    REQUIRE(add.result() == QDialog::Accepted);
    const auto stored = OrganizationRepository(o.gui()).userByLogin(QStringLiteral("li.na"));
    REQUIRE(stored);
    CHECK(stored->role == UserRole::Finance);
    CHECK(stored->teamId == o.team.id);
    CHECK(password::verify(OrganizationRepository(o.gui()).passwordHash(stored->id), QStringLiteral("finance-pass")));
    const QList<AuditEntry> trail = AuditRepository(o.gui()).forEntity(QStringLiteral("user"), stored->id);
    REQUIRE(trail.size() == 1);
    CHECK(trail.first().userId == o.admin.id);

    // A team whose name is taken: the error is at the name.
    TeamDialog again(o.gui(), 0);
    again.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("上海一组"));
    again.accept();
    CHECK(again.errorText(QStringLiteral("name")).contains(QStringLiteral("already used")));
    TeamDialog newTeam(o.gui(), 0);
    newTeam.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("杭州二组"));
    auto *manager = newTeam.findChild<QComboBox *>(QStringLiteral("manager"));
    manager->setCurrentIndex(manager->findData(stored->id));
    newTeam.accept();
    REQUIRE(newTeam.result() == QDialog::Accepted);
    CHECK(OrganizationRepository(o.gui()).teamByName(QStringLiteral("杭州二组"))->managerId == stored->id);

    // The page follows, and deactivating the only administrator is refused with the reason.
    page.reload();
    CHECK(users->rowCount() == 4);
    CHECK(teams->rowCount() == 2);
    CHECK(page.deactivate(o.admin.id).contains(QStringLiteral("last administrator")));
    CHECK(page.deactivate(o.rep.id).isEmpty());
    CHECK(users->rowCount() == 3); // the deactivated one is hidden…
    page.findChild<QCheckBox *>(QStringLiteral("showInactive"))->setChecked(true);
    CHECK(users->rowCount() == 4); // …until asked for
    CHECK(users->item(rowOf(users, QStringLiteral("王芳")), 4)->text() == QStringLiteral("deactivated"));
}

TEST_CASE("people page: a rep sees it read-only with the reason on every button", "[ui][people]")
{
    Office o;
    o.gui().setActingUserId(o.rep.id);
    o.session.notifyUserChanged();
    PeoplePage page(o.session);
    auto *note = page.findChild<QLabel *>(QStringLiteral("accessNote"));
    CHECK_FALSE(note->isHidden());
    CHECK(note->text().contains(QStringLiteral("Only an administrator")));
    for (const char *name :
         {"addUser", "editUser", "setPassword", "deactivateUser", "addTeam", "editTeam", "addRegion", "renameRegion"}) {
        INFO(name);
        auto *button = page.findChild<QPushButton *>(QString::fromLatin1(name));
        REQUIRE(button);
        CHECK_FALSE(button->isEnabled());
        CHECK(button->toolTip().contains(QStringLiteral("Only an administrator")));
    }
    CHECK(page.findChild<QTableWidget *>(QStringLiteral("usersTable"))->rowCount() == 3); // still readable
    CHECK_FALSE(page.findChild<QLabel *>(QStringLiteral("fileProtectionNote"))->isHidden());
    // And the core refuses what the buttons do not offer.
    CHECK_FALSE(page.deactivate(o.manager.id).isEmpty());
    CHECK(OrganizationRepository(o.gui()).user(o.manager.id).active);
    // On their own row they may do one thing: change their own password.
    auto *users = page.findChild<QTableWidget *>(QStringLiteral("usersTable"));
    auto *password = page.findChild<QPushButton *>(QStringLiteral("setPassword"));
    users->selectRow(rowOf(users, QStringLiteral("王芳")));
    CHECK(password->isEnabled());
    CHECK(password->toolTip().isEmpty());
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("editUser"))->isEnabled());
    shoot(page, QStringLiteral("people_rep_own_row.png"));
    users->selectRow(rowOf(users, QStringLiteral("赵磊")));
    CHECK_FALSE(password->isEnabled());

    // When the administrator signs in on this desktop, the page opens up.
    o.gui().setActingUserId(o.admin.id);
    o.session.notifyUserChanged();
    CHECK(note->isHidden());
    CHECK(page.findChild<QPushButton *>(QStringLiteral("addUser"))->isEnabled());
}

TEST_CASE("sign-in dialog: a wrong password stays with the reason and remember me keeps no password", "[ui][signin]")
{
    Office o;
    Database &db = o.gui();
    SignIn(db).signOut();
    SignInDialog dialog(db);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("fileProtectionNote"))
              ->text()
              .contains(QStringLiteral("file's permissions")));
    auto *signInButton = dialog.findChild<QPushButton *>(QStringLiteral("signIn"));
    CHECK_FALSE(signInButton->isEnabled()); // nothing typed yet
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("login")), QStringLiteral("wang.fang"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("wrong-one"));
    CHECK(signInButton->isEnabled());
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().contains(QStringLiteral("wrong password")));
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
    CHECK(db.actingUserId() == 0);

    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("rep-password"));
    dialog.findChild<QCheckBox *>(QStringLiteral("remember"))->setChecked(true);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(db.actingUserId() == o.rep.id);

    // The desktop keeps the login and a token, never the password; the next open signs in silently.
    const RememberedSignIn kept = RememberedSignIn::load(db);
    CHECK(kept.login == QStringLiteral("wang.fang"));
    CHECK_FALSE(kept.token.isEmpty());
    QSettings settings;
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(QStringLiteral("rep-password")));
    SignIn(db).signOut();
    CHECK(SignInFlow::establish(nullptr, db) == SignInFlow::Result::SignedIn);
    CHECK(db.actingUserId() == o.rep.id);

    // Signing out forgets it on this desktop and in the database.
    SignInFlow::signOut(db);
    CHECK(RememberedSignIn::load(db).isEmpty());
    CHECK(o.t.count(QStringLiteral("sign_in_tokens")) == 0);
    CHECK(db.actingUserId() == 0);
}

TEST_CASE("first run: create the administrator on a new file and be signed in", "[ui][signin]")
{
    QSettings().clear();
    test::TempDatabase t;
    REQUIRE(SignIn(t.db()).need() == SignIn::Need::CreateAdministrator);
    CreateAdministratorDialog dialog(t.db());
    dialog.findChild<QLineEdit *>(QStringLiteral("displayName"))->setText(QStringLiteral("陈老板"));
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("login"))->text() == QStringLiteral("admin"));
    dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("short"));
    dialog.findChild<QLineEdit *>(QStringLiteral("confirm"))->setText(QStringLiteral("short"));
    dialog.accept();
    CHECK(dialog.errorText(QStringLiteral("password")).contains(QStringLiteral("at least 8")));
    CHECK(t.count(QStringLiteral("users")) == 0);
    dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("boss-password"));
    dialog.findChild<QLineEdit *>(QStringLiteral("confirm"))->setText(QStringLiteral("boss-password"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto boss = OrganizationRepository(t.db()).userByLogin(QStringLiteral("admin"));
    REQUIRE(boss);
    CHECK(boss->role == UserRole::Admin);
    CHECK(boss->displayName == QStringLiteral("陈老板"));
    CHECK(t.db().actingUserId() == boss->id);
    CHECK(SignIn(t.db()).need() == SignIn::Need::SignIn);
}

TEST_CASE("main window: the status bar names who is signed in and Sign Out asks again", "[ui][signin]")
{
    Office o;
    MainWindow window(o.session, o.languages);
    auto *label = window.findChild<QLabel *>(QStringLiteral("statusUser"));
    REQUIRE(label);
    CHECK(label->text() == QStringLiteral("系统管理员 · Administrator"));
    auto *signOut = window.findChild<QAction *>(QStringLiteral("fileSignOut"));
    REQUIRE(signOut);
    CHECK(signOut->isEnabled());

    o.gui().setActingUserId(o.rep.id);
    o.session.notifyUserChanged();
    CHECK(label->text() == QStringLiteral("王芳 · Sales rep"));

    // Sign out: the sign-in dialog comes up; cancelling it closes the database.
    QTimer::singleShot(0, [&]() {
        auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        CHECK(o.gui().actingUserId() == 0);
        dialog->reject();
    });
    window.showPage(QStringLiteral("settings"));
    signOut->trigger();
    CHECK(o.session.database() == nullptr);
    CHECK(label->text().isEmpty());
}

TEST_CASE("screenshots of the people page and the sign-in dialogs in zh_CN", "[ui][people][screenshot]")
{
    Office o(QStringLiteral("zh_CN"));
    PeoplePage page(o.session);
    page.resize(1000, 640);
    page.findChild<QTableWidget *>(QStringLiteral("usersTable"))->selectRow(0);
    CHECK(page.findChild<QPushButton *>(QStringLiteral("addUser"))->text() == QStringLiteral("添加人员(&A)…"));
    shoot(page, QStringLiteral("people_page_zh_CN.png"));
    o.gui().setActingUserId(o.rep.id);
    o.session.notifyUserChanged();
    shoot(page, QStringLiteral("people_page_readonly_zh_CN.png"));

    SignIn(o.gui()).signOut();
    SignInDialog signIn(o.gui());
    signIn.setLogin(QStringLiteral("wang.fang"));
    CHECK(signIn.windowTitle() == QStringLiteral("登录 FunnelDesk"));
    shoot(signIn, QStringLiteral("signin_dialog_zh_CN.png"));

    test::TempDatabase fresh;
    CreateAdministratorDialog first(fresh.db());
    shoot(first, QStringLiteral("create_administrator_zh_CN.png"));
}
