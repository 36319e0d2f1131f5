#pragma once

// Helpers shared by the repository tests: whole-table dumps to prove that a refused
// write changed nothing, and a check that a ValidationError names the right field.
#include "catchqt.h"

#include "domain/errors.h"
#include "storage/database.h"
#include "storage/databasecontents.h"
#include "storage/sqlquery.h"

#include <QSqlRecord>
#include <QStringList>

namespace fd::test {

// Every row of every table of the schema (the database's own catalogue, so a table added by
// a migration is in the dump without anyone listing it), as text (BLOBs as hex), sorted.
inline QStringList databaseDump(Database &db)
{
    QStringList out;
    for (const QString &table : contents::tableNames(db)) {
        // Table names come from the database catalogue, never from user input.
        SqlQuery q(db, QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        q.exec();
        while (q.next()) {
            QStringList row{table};
            for (int c = 0; c < q.raw().record().count(); ++c) {
                const QVariant v = q.value(c);
                row << (v.isNull()                            ? QStringLiteral("<null>")
                        : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                              : v.toString());
            }
            out << row.join(QLatin1Char('|'));
        }
    }
    // Row order without ORDER BY is the server's choice: sorted, two dumps of the same rows are equal.
    out.sort();
    return out;
}

// The error about `field` in a ValidationError, or a failed check.
inline FieldError errorFor(const ValidationError &e, const QString &field)
{
    for (const FieldError &f : e.errors()) {
        if (f.field == field)
            return f;
    }
    QStringList fields;
    for (const FieldError &f : e.errors())
        fields << f.entity + QLatin1Char('.') + f.field;
    FAIL_CHECK("no error for " << field.toStdString() << "; got " << fields.join(QStringLiteral(", ")).toStdString());
    return {};
}

// Runs `write`, requires a ValidationError and the database unchanged; returns the error.
template<typename Write>
ValidationError refusedWithoutChange(Database &db, Write write)
{
    const QStringList before = databaseDump(db);
    try {
        write();
    } catch (const ValidationError &e) {
        CHECK(databaseDump(db) == before);
        return e;
    }
    FAIL("the write was accepted");
    return ValidationError(QList<FieldError>{});
}

// Makes the database itself refuse `event` ("INSERT" or "DELETE") on `table` for rows where
// `condition` holds (on the new row for INSERT, the old for DELETE; "TRUE" for all), so a
// test can prove that a failure half-way through a write rolls everything back. Trigger
// syntax differs between SQLite and PostgreSQL; both raise an error naming `name`.
inline void injectFailure(Database &db, const QString &name, const QString &event, const QString &table,
                          const QString &condition)
{
    const QString row = event == QLatin1String("DELETE") ? QStringLiteral("OLD") : QStringLiteral("NEW");
    const QString when = QString(condition).replace(QStringLiteral("ROW."), row + QLatin1Char('.'));
    if (db.dialect().kind() == Dialect::Kind::Sqlite) {
        db.exec(QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 WHEN %4 BEGIN SELECT RAISE(ABORT, '%1'); END")
                    .arg(name, event, table, when));
        return;
    }
    db.exec(QStringLiteral("CREATE FUNCTION %1_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF %2 THEN "
                           "RAISE EXCEPTION '%1'; END IF; RETURN %3; END $$")
                .arg(name, when, row));
    db.exec(QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %1_fn()")
                .arg(name, event, table));
}

// Removes what injectFailure() added.
inline void removeInjectedFailure(Database &db, const QString &name, const QString &table)
{
    if (db.dialect().kind() == Dialect::Kind::Sqlite) {
        db.exec(QStringLiteral("DROP TRIGGER %1").arg(name));
        return;
    }
    db.exec(QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table));
    db.exec(QStringLiteral("DROP FUNCTION %1_fn()").arg(name));
}

} // namespace fd::test
