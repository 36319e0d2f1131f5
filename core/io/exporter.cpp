#include "exporter.h"

#include "domain/errors.h"
#include "domain/isotime.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"
#include "xlsxfilewriter.h"

#include <QSaveFile>

namespace fd {

namespace {

// One SELECT per kind whose columns line up with columnSpecs(kind). References come out
// as names; records without an external id get "FD-<id>" so history and activities can
// point at them in the same export.
QString selectFor(DataKind kind)
{
    switch (kind) {
    case DataKind::Opportunities:
        return QStringLiteral(
            "SELECT COALESCE(o.external_id, 'FD-' || CAST(o.id AS TEXT)), o.title, c.name, u.display_name, t.name, "
            "r.name, (SELECT p.name FROM opportunity_products op JOIN products p ON p.id = op.product_id "
            "         WHERE op.opportunity_id = o.id ORDER BY op.id LIMIT 1), "
            "o.amount_cents, o.currency, s.name, o.status, o.created_at, o.expected_close_date, o.closed_at, "
            "o.lost_reason, o.source, cp.name, o.probability_override "
            "FROM opportunities o JOIN customers c ON c.id = o.customer_id JOIN users u ON u.id = o.owner_id "
            "JOIN stages s ON s.id = o.stage_id LEFT JOIN teams t ON t.id = u.team_id "
            "LEFT JOIN regions r ON r.id = c.region_id LEFT JOIN campaigns cp ON cp.id = o.campaign_id ORDER BY o.id");
    case DataKind::StageHistory:
        return QStringLiteral(
            "SELECT COALESCE(o.external_id, 'FD-' || CAST(o.id AS TEXT)), s.name, h.changed_at, u.display_name, "
            "h.to_status, h.note FROM opportunity_stage_history h JOIN opportunities o ON o.id = h.opportunity_id "
            "JOIN stages s ON s.id = h.to_stage_id LEFT JOIN users u ON u.id = h.changed_by "
            "ORDER BY h.opportunity_id, h.changed_at, h.id");
    case DataKind::Customers:
        return QStringLiteral(
            "SELECT c.external_id, c.name, c.tier, c.score, c.industry, c.size, r.name, u.display_name, c.phone, "
            "c.email, c.address, c.website, c.source, c.notes, c.created_at FROM customers c "
            "LEFT JOIN regions r ON r.id = c.region_id LEFT JOIN users u ON u.id = c.owner_id ORDER BY c.id");
    case DataKind::Contacts:
        return QStringLiteral(
            "SELECT c.name, k.name, k.title, k.phone, k.mobile, k.email, k.wechat, k.is_primary, k.notes "
            "FROM contacts k JOIN customers c ON c.id = k.customer_id ORDER BY k.id");
    case DataKind::Leads:
        return QStringLiteral(
            "SELECT COALESCE(l.external_id, 'FD-' || CAST(l.id AS TEXT)), l.name, l.company, l.title, l.phone, "
            "l.email, l.source, cp.name, l.status, u.display_name, r.name, l.notes, l.created_at FROM leads l "
            "LEFT JOIN campaigns cp ON cp.id = l.campaign_id LEFT JOIN users u ON u.id = l.owner_id "
            "LEFT JOIN regions r ON r.id = l.region_id ORDER BY l.id");
    case DataKind::Activities:
        return QStringLiteral(
            "SELECT a.kind, a.subject, a.occurred_at, a.duration_minutes, a.outcome, a.notes, u.display_name, "
            "c.name, CASE WHEN o.id IS NULL THEN NULL ELSE COALESCE(o.external_id, 'FD-' || CAST(o.id AS TEXT)) END, "
            "CASE WHEN l.id IS NULL THEN NULL ELSE COALESCE(l.external_id, 'FD-' || CAST(l.id AS TEXT)) END "
            "FROM activities a JOIN users u ON u.id = a.user_id LEFT JOIN customers c ON c.id = a.customer_id "
            "LEFT JOIN opportunities o ON o.id = a.opportunity_id LEFT JOIN leads l ON l.id = a.lead_id "
            "ORDER BY a.occurred_at, a.id");
    }
    return {};
}

QString countFor(DataKind kind)
{
    switch (kind) {
    case DataKind::Opportunities:
        return QStringLiteral("SELECT count(*) FROM opportunities");
    case DataKind::StageHistory:
        return QStringLiteral("SELECT count(*) FROM opportunity_stage_history");
    case DataKind::Customers:
        return QStringLiteral("SELECT count(*) FROM customers");
    case DataKind::Contacts:
        return QStringLiteral("SELECT count(*) FROM contacts");
    case DataKind::Leads:
        return QStringLiteral("SELECT count(*) FROM leads");
    case DataKind::Activities:
        return QStringLiteral("SELECT count(*) FROM activities");
    }
    return {};
}

QVariant typed(const QVariant &v, ColumnType type)
{
    if (v.isNull())
        return {};
    switch (type) {
    case ColumnType::Text:
        return v.toString();
    case ColumnType::Integer:
    case ColumnType::Money:
        return v.toLongLong();
    case ColumnType::Date:
        return rows::date(v);
    case ColumnType::Timestamp:
        return rows::timestamp(v);
    }
    return v;
}

// CSV goes through a QSaveFile so a cancelled or failed export leaves no half file.
class SavedCsvSink final : public TableSink
{
public:
    explicit SavedCsvSink(const QString &path)
        : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly))
            throw Error(QStringLiteral("Cannot write %1: %2").arg(path, m_file.errorString()));
        m_csv = makeCsvSink(m_file);
    }
    void begin(const QList<TableColumn> &columns) override { m_csv->begin(columns); }
    void writeRow(const QVariantList &cells) override { m_csv->writeRow(cells); }
    void finish() override
    {
        m_csv->finish();
        if (!m_file.commit())
            throw Error(QStringLiteral("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    }

private:
    QSaveFile m_file;
    std::unique_ptr<TableSink> m_csv;
};

} // namespace

QString toString(ExportFormat format)
{
    return format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
}

std::optional<ExportFormat> parseExportFormat(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (t == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    return std::nullopt;
}

std::unique_ptr<TableSink> openTableFile(ExportFormat format, const QString &path, const QString &sheetName)
{
    if (format == ExportFormat::Csv)
        return std::make_unique<SavedCsvSink>(path);
    return std::make_unique<XlsxFileWriter>(path, sheetName);
}

qint64 Exporter::write(DataKind kind, TableSink &sink, const ProgressCallback &progress)
{
    const QList<TableColumn> columns = tableColumns(kind);
    const qint64 total = SqlQuery(m_db, countFor(kind)).scalar().toLongLong();
    sink.begin(columns);
    SqlQuery q(m_db, selectFor(kind));
    q.exec();
    qint64 rowCount = 0;
    QVariantList cells;
    while (q.next()) {
        cells.clear();
        for (int c = 0; c < columns.size(); ++c)
            cells.append(typed(q.value(c), columns[c].type));
        sink.writeRow(cells);
        ++rowCount;
        if (progress && rowCount % 500 == 0 && !progress(rowCount, total))
            return -1;
    }
    if (progress && !progress(rowCount, total))
        return -1;
    return rowCount;
}

qint64 Exporter::exportKind(DataKind kind, ExportFormat format, const QString &path, const ProgressCallback &progress)
{
    auto sink = openTableFile(format, path, toString(kind));
    const qint64 rowCount = write(kind, *sink, progress);
    if (rowCount < 0)
        return -1; // the sink is destroyed unfinished: no file
    sink->finish();
    return rowCount;
}

} // namespace fd
