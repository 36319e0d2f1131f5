#pragma once

namespace fd {

class Database;

// RAII transaction: rolls back unless commit() was called, so an exception anywhere
// inside leaves the database exactly as it was. Nested scopes join the outer one
// (only the outermost really begins and commits).
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Commits (outermost) or marks this scope done (nested). Throws StorageError.
    void commit();

    // True while a Transaction scope is open on `db` (in this thread).
    static bool isOpen(const Database &db);

private:
    Database &m_db;
    bool m_outermost = false;
    bool m_done = false;
};

} // namespace fd
