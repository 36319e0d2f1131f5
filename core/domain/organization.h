#pragma once

#include <QDateTime>
#include <QString>

namespace fd {

struct Region
{
    qint64 id = 0;
    QString name;
};

struct Team
{
    qint64 id = 0;
    QString name;
    qint64 regionId = 0;  // 0 = none
    qint64 managerId = 0; // the user who leads the team; 0 = none
};

enum class UserRole { Rep, Manager, Finance, Admin };

// "rep", "manager", "finance", "admin" as stored.
QString toString(UserRole role);
// Stored text → role; false if unknown.
bool parseUserRole(const QString &text, UserRole *role);

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    QString email;
    QString phone;
    UserRole role = UserRole::Rep;
    qint64 teamId = 0; // 0 = none
    bool active = true;
    // Read only: whether a password hash is stored (SQLite sign-in). Set through
    // PeopleService::setPassword, never through updateUser.
    bool hasPassword = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace fd
