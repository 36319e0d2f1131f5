#pragma once

#include <QSet>
#include <QString>

#include <initializer_list>

namespace fd::test {

// The set of these names (UTF-8 literals): what a list of records by name is compared with.
inline QSet<QString> nameSet(std::initializer_list<const char *> list)
{
    QSet<QString> out;
    for (const char *n : list)
        out.insert(QString::fromUtf8(n));
    return out;
}

} // namespace fd::test
