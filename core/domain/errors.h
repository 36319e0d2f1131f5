#pragma once

#include <QList>
#include <QString>

#include <stdexcept>

namespace fd {

// One located problem with an input: which entity, which field, the offending value
// and why it was refused. `row` is the 1-based input line for imports, 0 otherwise.
struct FieldError
{
    QString entity;
    QString field;
    QString value;
    QString reason;
    int row = 0;

    // "opportunity.amount_cents = -5: must not be negative" (with "line N: " for imports).
    QString message() const;
};

// Base of every error FunnelDesk's core raises. what() is the UTF-8 message.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message);
    QString message() const { return m_message; }

private:
    QString m_message;
};

// The database could not be opened, read or written (driver text included).
class StorageError : public Error
{
public:
    using Error::Error;
};

// Another user changed the record since it was read (optimistic locking).
class ConflictError : public Error
{
public:
    using Error::Error;
};

// A record asked for by id does not exist.
class NotFoundError : public Error
{
public:
    using Error::Error;
};

// The acting user may not do this (their role does not allow it, or nobody is signed in).
// Nothing was written. The message says who may. In team mode also what the PostgreSQL
// server refuses for the signed-in login (SQLSTATE 42501: a grant, a row level security
// policy, a check of a FunnelDesk function): SqlQuery and Database::exec throw it then.
class PermissionError : public Error
{
public:
    using Error::Error;
};

// Signing in failed: unknown login or wrong password (one message for both, so a
// guess learns nothing), a deactivated user, or a user with no password yet.
class SignInError : public Error
{
public:
    using Error::Error;
};

// Input refused before anything was written; lists every located problem.
class ValidationError : public Error
{
public:
    explicit ValidationError(QList<FieldError> errors);
    explicit ValidationError(const FieldError &error);
    const QList<FieldError> &errors() const { return m_errors; }

private:
    QList<FieldError> m_errors;
};

} // namespace fd
