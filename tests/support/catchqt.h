#pragma once

// Catch2 2.x cannot print Qt types; these make failed assertions readable.
#include <catch2/catch.hpp>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &d) { return d.toString(Qt::ISODate).toStdString(); }
};
template<>
struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime &d) { return d.toString(Qt::ISODate).toStdString(); }
};
template<>
struct StringMaker<QVariant>
{
    static std::string convert(const QVariant &v) { return v.toString().toStdString(); }
};
} // namespace Catch
