#pragma once

#include "storage/tables/table.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace fd {

struct User;

namespace tables {

// Regions, teams and users: the organisation a deal is credited to.

struct RegionRow
{
    qint64 id = 0; // 0: the database numbers the row
    QString name;
    QString createdAt;

    static const Table &table();
    QVariantList values() const;
};

struct TeamRow
{
    qint64 id = 0; // 0: the database numbers the row
    QString name;
    qint64 regionId = 0;  // 0: none
    qint64 managerId = 0; // 0: none
    QString createdAt;

    static const Table &table();
    QVariantList values() const;
};

struct UserRow
{
    qint64 id = 0; // 0: the database numbers the row
    QString login;
    QString displayName;
    QString email; // empty: NULL
    QString phone; // empty: NULL
    QString role = QStringLiteral("rep");
    qint64 teamId = 0; // 0: none
    qint64 active = 1;
    QString passwordHash; // empty: NULL
    QString createdAt;
    QString updatedAt;

    static const Table &table();
    QVariantList values() const;
};

// How a user is stored: names trimmed; created_at and updated_at left to the caller.
UserRow userRow(const User &u);

} // namespace tables
} // namespace fd
