#include "session.h"

#include "domain/errors.h"
#include "setup/officecurrency.h"
#include "storage/database.h"

namespace fd {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_currency(office::kDefaultCurrency)
{
}

void Session::readCurrency()
{
    m_currency = office::kDefaultCurrency;
    if (!m_db)
        return;
    try {
        m_currency = office::currency(*m_db);
    } catch (const Error &) {
        // A file that cannot be read shows its own error on every page; amounts stay in CNY.
    }
}

Session::~Session() = default;

void Session::setDatabase(std::unique_ptr<Database> db)
{
    emit databaseAboutToChange();
    m_db = std::move(db);
    readCurrency();
    emit databaseChanged();
}

void Session::notifyDataChanged()
{
    readCurrency();
    emit dataChanged();
}

void Session::notifyUserChanged()
{
    emit userChanged();
}

} // namespace fd
