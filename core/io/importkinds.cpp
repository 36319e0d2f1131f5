#include "importkinds.h"

#include "csvwriter.h"
#include "import/kindimporterbase.h"

#include <algorithm>

// The row every kind importer reads, and the choice of importer; the importers themselves
// live one file per kind in core/io/import/.

namespace fd {

ImportRow::ImportRow(const QString &entity, const QStringList &canonical, const QList<int> &sourceIndex,
                     const QStringList &sourceHeader, bool serialDates, bool formulaGuards)
    : m_entity(entity)
    , m_canonical(canonical)
    , m_sourceIndex(sourceIndex)
    , m_sourceHeader(sourceHeader)
    , m_serialDates(serialDates)
    , m_formulaGuards(formulaGuards)
    , m_values(canonical.size())
    , m_known(size_t(canonical.size()), false)
{
}

void ImportRow::reset(const SourceRecord &record)
{
    m_record = &record;
    std::fill(m_known.begin(), m_known.end(), false);
    m_errors.clear();
    m_notices.clear();
    m_handled = Handled::No;
}

QString ImportRow::value(int column) const
{
    const int i = m_sourceIndex.at(column);
    if (i < 0 || i >= m_record->fields.size())
        return {};
    if (m_known[size_t(column)])
        return m_values.at(column);
    const QString text = m_record->fields.at(i).trimmed();
    m_values[column] = m_formulaGuards ? CsvWriter::stripFormulaGuard(text) : text;
    m_known[size_t(column)] = true;
    return m_values.at(column);
}

FieldError ImportRow::located(int column, const QString &value, const QString &reason) const
{
    QString field;
    if (column >= 0) {
        const int i = m_sourceIndex.at(column);
        field = i >= 0 ? m_sourceHeader.value(i) : QString();
        if (field.isEmpty())
            field = m_canonical.value(column);
    }
    return {m_entity, field, value, reason, int(m_record->line)};
}

void ImportRow::error(int column, const QString &value, const QString &reason)
{
    m_errors.append(located(column, value, reason));
}

void ImportRow::notice(int column, const QString &value, const QString &reason)
{
    m_notices.append(located(column, value, reason));
}

void ImportRow::sourceError(int sourceColumn, const QString &reason)
{
    const QString value = m_record->fields.value(sourceColumn - 1);
    m_errors.append({m_entity, m_sourceHeader.value(sourceColumn - 1, QString::number(sourceColumn)), value.left(200),
                     reason, int(m_record->line)});
}

std::unique_ptr<KindImporter> makeKindImporter(DataKind kind, Database &db, ImportRefs &refs,
                                               const KindImportSettings &settings)
{
    switch (kind) {
    case DataKind::Opportunities:
        return makeOpportunityImporter(db, refs, settings);
    case DataKind::StageHistory:
        return makeStageHistoryImporter(db, refs, settings);
    case DataKind::Customers:
        return makeCustomerImporter(db, refs, settings);
    case DataKind::Contacts:
        return makeContactImporter(db, refs, settings);
    case DataKind::Leads:
        return makeLeadImporter(db, refs, settings);
    case DataKind::Activities:
        return makeActivityImporter(db, refs, settings);
    }
    return nullptr;
}

} // namespace fd