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
    QString tier;          // "A", "B", "C" or empty
    int score = 0;         // 0..100
    QString industry;
    QString size;          // micro, small, medium, large, enterprise or empty
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

} // namespace fd
