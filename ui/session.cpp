#include "session.h"

#include "storage/database.h"

namespace fd {

Session::Session(QObject *parent)
    : QObject(parent)
{
}

Session::~Session() = default;

void Session::setDatabase(std::unique_ptr<Database> db)
{
    emit databaseAboutToChange();
    m_db = std::move(db);
    emit databaseChanged();
}

void Session::notifyDataChanged()
{
    emit dataChanged();
}

void Session::notifyUserChanged()
{
    emit userChanged();
}

} // namespace fd
