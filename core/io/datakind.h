#pragma once

#include "tablesink.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd {

// The kinds of records FunnelDesk exports and imports.
enum class DataKind { Leads, Customers, Contacts, Opportunities, StageHistory, Activities };

// "leads", "customers", "contacts", "opportunities", "stage-history", "activities".
QString toString(DataKind kind);
std::optional<DataKind> parseDataKind(const QString &text);
QList<DataKind> allDataKinds();

// One canonical column of a kind: its name in exported files and import headers, its
// type, whether an import needs it, and the header spellings recognised for it
// (Chinese simplified and traditional, English), compared after normalizeHeader().
struct ColumnSpec
{
    QString name;
    ColumnType type = ColumnType::Text;
    bool required = false;
    QStringList synonyms;
};

// The canonical columns of a kind, in export order. An export of a kind imports back
// as that kind with no mapping.
const QList<ColumnSpec> &columnSpecs(DataKind kind);
QList<TableColumn> tableColumns(DataKind kind);

// Header text compared without case, spaces, '_', '-', '*', '(…)' notes and a BOM:
// "Expected Close", "expected_close" and "expected-close" are the same header.
QString normalizeHeader(const QString &header);

} // namespace fd
