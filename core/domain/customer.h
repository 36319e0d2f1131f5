#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace fd {

struct Contact
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString name;
    QString title;
    QString phone;
    QString mobile;
    QString email;
    QString wechat;
    bool isPrimary = false;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A customer of the company (the file belongs to the company, not to the rep).
struct Customer
{
    qint64 id = 0;
    QString externalId;
    QString name;
    QString tier;  // "A", "B", "C" or empty
    int score = 0; // 0..100
    QString industry;
    QString size; // micro, small, medium, large, enterprise or empty
    qint64 regionId = 0;
    qint64 ownerId = 0;
    QString phone;
    QString email;
    QString address;
    QString website;
    QString source;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    int rowVersion = 0;
    QList<Contact> contacts;
};

// What the customer list shows: one row per customer, no contacts loaded.
struct CustomerSummary
{
    qint64 id = 0;
    QString name;
    QString tier;
    int score = 0;
    QString industry;
    qint64 regionId = 0;
    QString regionName;
    qint64 ownerId = 0;
    QString ownerName;
    QString primaryContact; // name of the primary (or first) contact
    int contactCount = 0;
    QDateTime updatedAt;
    int rowVersion = 0;
};

} // namespace fd
