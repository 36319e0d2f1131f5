#include "importer.h"
#include "domain/trcontext.h"

#include "bulkload.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "importdefaults.h"
#include "importkinds.h"
#include "importlog.h"
#include "importrefs.h"
#include "prefetchsource.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "xlsxfilereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace fd {

namespace {

// Index deferral pays off from a few ten thousand rows; rows are ~150 bytes in a CSV.
constexpr qint64 kDeferIndexBytes = 2 * 1024 * 1024;
constexpr qint64 kBytesPerRow = 150;

bool looksLikeXlsx(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.peek(4) == QByteArray("PK\x03\x04", 4);
}

// Tables a kind writes row by row without reading them back per row: their secondary
// indexes can be rebuilt once at the end. (History and activity imports look rows up in
// their own tables, so those keep their indexes.)
QStringList deferrableTables(DataKind kind)
{
    switch (kind) {
    case DataKind::Opportunities:
        // History rows arrive in deal order, so its one index grows at its end: cheaper
        // kept than rebuilt.
        return {QStringLiteral("opportunities"), QStringLiteral("opportunity_products")};
    case DataKind::Customers:
        return {QStringLiteral("customers")};
    case DataKind::Contacts:
        return {QStringLiteral("contacts")};
    case DataKind::Leads:
        return {QStringLiteral("leads")};
    case DataKind::StageHistory:
    case DataKind::Activities:
        return {};
    }
    return {};
}

// Rejected rows, as the user can fix and import them again: the original row with the
// line and every reason in front.
class RejectReport final
{
public:
    RejectReport(const QString &path, const QStringList &header)
        : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly))
            throw Error(QStringLiteral("Cannot write %1: %2").arg(path, m_file.errorString()));
        m_csv = std::make_unique<CsvWriter>(m_file);
        QStringList names{QStringLiteral("line"), QStringLiteral("errors")};
        for (const QString &h : header)
            names << CsvWriter::guardFormula(h); // the user's own header may start with =
        m_csv->writeRow(names);
    }
    void add(const SourceRecord &record, const QList<FieldError> &errors)
    {
        QStringList reasons;
        for (const FieldError &e : errors)
            reasons << (e.field.isEmpty() ? e.reason : QStringLiteral("%1: %2").arg(e.field, e.reason));
        QStringList fields{QString::number(record.line), CsvWriter::guardFormula(reasons.join(QStringLiteral("; ")))};
        for (const QString &f : record.fields)
            fields << CsvWriter::guardFormula(f.left(32767)); // a spreadsheet cell holds no more
        m_csv->writeRow(fields);
    }
    void finish()
    {
        if (!m_file.commit())
            throw Error(QStringLiteral("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    }

private:
    QSaveFile m_file;
    std::unique_ptr<CsvWriter> m_csv;
};

} // namespace

QHash<QString, QString> Importer::loadMapping(const QString &jsonPath)
{
    QFile f(jsonPath);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("Cannot read %1: %2").arg(jsonPath, f.errorString()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1024 * 1024), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(QStringLiteral("%1 is not a JSON object {\"source column\": \"canonical column\"}: %2")
                        .arg(jsonPath, error.errorString()));
    QJsonObject object = doc.object();
    if (object.contains(QStringLiteral("mapping")) && object.value(QStringLiteral("mapping")).isObject())
        object = object.value(QStringLiteral("mapping")).toObject();
    QHash<QString, QString> mapping;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString() && !it.value().isNull())
            throw Error(
                QStringLiteral("%1: the value for \"%2\" must be a column name or null").arg(jsonPath, it.key()));
        mapping.insert(it.key().trimmed(), it.value().toString().trimmed());
    }
    return mapping;
}

QStringList Importer::mapHeader(DataKind kind, const QStringList &header, const QHash<QString, QString> &mapping)
{
    const QList<ColumnSpec> &specs = columnSpecs(kind);
    QHash<QString, QString> automatic; // normalized header → canonical; the first spelling wins
    QSet<QString> canonical;
    for (const ColumnSpec &s : specs) {
        canonical.insert(s.name);
        automatic.insert(normalizeHeader(s.name), s.name);
    }
    for (const ColumnSpec &s : specs) {
        for (const QString &syn : s.synonyms) {
            const QString key = normalizeHeader(syn);
            if (!automatic.contains(key))
                automatic.insert(key, s.name);
        }
    }
    QStringList targets(header.size());
    QHash<QString, int> taken;
    // Explicit mapping first, then the automatic one for the columns still free.
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header[i].trimmed();
        const auto it = mapping.constFind(h);
        if (it == mapping.constEnd())
            continue;
        if (it->isEmpty()) {
            targets[i] = QStringLiteral("-"); // explicitly ignored
            continue;
        }
        if (!canonical.contains(*it))
            throw Error(QStringLiteral("The mapping sends \"%1\" to \"%2\", which is not a %3 column (%4)")
                            .arg(h, *it, toString(kind),
                                 QStringList(canonical.begin(), canonical.end()).join(QStringLiteral(", "))));
        if (taken.contains(*it))
            throw Error(QStringLiteral("The mapping sends both \"%1\" and \"%2\" to \"%3\"")
                            .arg(header[taken.value(*it)], h, *it));
        targets[i] = *it;
        taken.insert(*it, i);
    }
    for (int i = 0; i < header.size(); ++i) {
        if (!targets[i].isEmpty())
            continue;
        const QString target = automatic.value(normalizeHeader(header[i]));
        if (!target.isEmpty() && !taken.contains(target)) {
            targets[i] = target;
            taken.insert(target, i);
        }
    }
    for (QString &t : targets) {
        if (t == QLatin1String("-"))
            t.clear();
    }
    return targets;
}

ImportResult Importer::run(const QString &path, const ImportOptions &options)
{
    ImportResult result;
    QFile file(path);
    std::unique_ptr<RecordSource> source;
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0 || looksLikeXlsx(path)) {
        result.format = QStringLiteral("XLSX");
        source = std::make_unique<XlsxFileReader>(path);
    } else {
        result.format = QStringLiteral("CSV");
        if (!file.open(QIODevice::ReadOnly))
            throw Error(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
        result.encodingDetected = !options.encoding.has_value();
        result.encoding = options.encoding ? *options.encoding : encoding::detect(file);
        if (result.encoding == TextEncoding::Gb18030 || result.encoding == TextEncoding::Big5) {
            if (const qint64 line = encoding::utf8TextLine(file.peek(64 * 1024)))
                throw ParseError(line, 0,
                                 Import::tr("the file is UTF-8 text but %1 was chosen: choose UTF-8 (or let the "
                                            "encoding be detected)")
                                     .arg(toString(result.encoding)));
        }
        CsvReadOptions csv;
        csv.encoding = result.encoding;
        csv.requireSameFieldCount = true;
        source = std::make_unique<CsvReader>(file, csv);
    }
    // Parse on a second thread while this one validates and stores.
    source = std::make_unique<PrefetchSource>(std::move(source));

    SourceRecord record;
    if (!source->next(record))
        throw Error(Import::tr("%1 is empty: it needs a header row").arg(path));
    if (!record.ok())
        throw ParseError(record.line, record.errorColumn, Import::tr("header row: %1").arg(record.error));
    result.sourceHeader = record.fields;
    for (QString &h : result.sourceHeader)
        h = h.trimmed();
    const QStringList targets = mapHeader(options.kind, result.sourceHeader, options.mapping);
    const QList<ColumnSpec> &specs = columnSpecs(options.kind);
    QList<int> sourceIndex(specs.size(), -1);
    QStringList canonical;
    QStringList missing;
    for (int c = 0; c < specs.size(); ++c) {
        canonical << specs[c].name;
        sourceIndex[c] = int(targets.indexOf(specs[c].name));
        if (sourceIndex[c] < 0 && specs[c].required)
            missing << specs[c].name;
    }
    for (int i = 0; i < targets.size(); ++i) {
        if (targets[i].isEmpty())
            result.ignoredColumns << result.sourceHeader[i];
        else
            result.columnMap.append({result.sourceHeader[i], targets[i]});
    }
    if (!missing.isEmpty())
        throw Error(Import::tr("The file has no column for %1 (header: %2). Rename the columns or give a mapping.")
                        .arg(missing.join(QStringLiteral(", ")), result.sourceHeader.join(QStringLiteral(", "))));
    result.previewColumns = canonical;

    std::unique_ptr<RejectReport> report;
    if (!options.rejectedReportPath.isEmpty())
        report = std::make_unique<RejectReport>(options.rejectedReportPath, result.sourceHeader);

    BulkLoad bulk(m_db);
    Transaction tx(m_db);
    const QStringList bulkTables = deferrableTables(options.kind);
    bool defer = options.deferIndexes.value_or(false);
    if (!options.deferIndexes && !bulkTables.isEmpty() && source->total() >= kDeferIndexBytes) {
        // Worth it when the file adds a good share of what the first table holds.
        const qint64 stored =
            SqlQuery(m_db, QStringLiteral("SELECT count(*) FROM %1").arg(bulkTables.first())).scalar().toLongLong();
        defer = source->total() / kBytesPerRow >= stored / 4;
    }
    if (defer)
        bulk.deferIndexes(bulkTables);
    ImportLog log(m_db);
    ImportRefs refs(m_db, &log);
    ImportTally tally;
    result.defaultLostReason = options.defaultLostReason ? options.defaultLostReason->trimmed()
                                                         : importdefaults::lostReason(m_db);
    if (result.defaultLostReason.isEmpty())
        result.defaultLostReason = importdefaults::builtInLostReason();
    auto importer = makeKindImporter(
        options.kind, m_db, refs, {options.createMissing, &log, options.onDuplicate, result.defaultLostReason, &tally});
    ImportRow row(toString(options.kind), canonical, sourceIndex, result.sourceHeader, source->hasSerialDates(),
                  result.format == QLatin1String("CSV"));
    auto keep = [&](const QList<FieldError> &errors) {
        result.errorCount += errors.size();
        for (const FieldError &e : errors) {
            if (result.errors.size() < options.maxErrorsKept)
                result.errors.append(e);
        }
    };

    while (source->next(record)) {
        ++result.rowsRead;
        row.reset(record);
        bool stored = false;
        if (!record.ok())
            row.sourceError(record.errorColumn, record.error);
        else
            stored = importer->importRow(row);
        if (result.preview.size() < options.previewRows && record.ok()) {
            QStringList values;
            for (int c = 0; c < canonical.size(); ++c)
                values << row.value(c);
            result.preview.append(values);
        }
        result.noticeCount += row.notices().size();
        for (const FieldError &n : row.notices()) {
            if (result.notices.size() < options.maxErrorsKept)
                result.notices.append(n);
        }
        if (stored) {
            ++result.rowsImported;
        } else if (row.ok() && row.handled() == ImportRow::Handled::Skipped) {
            ++result.rowsSkipped;
        } else if (row.ok() && row.handled() == ImportRow::Handled::Merged) {
            ++result.rowsMerged;
        } else {
            ++result.rowsRejected;
            keep(row.errors());
            if (report)
                report->add(record, row.errors());
        }
        if (options.progress && (result.rowsRead & 255) == 0
            && !options.progress(source->position(), source->total())) {
            result.cancelled = true;
            break;
        }
    }
    bool chainsOk = true;
    if (!result.cancelled) {
        QList<FieldError> finishErrors;
        importer->finish(finishErrors);
        keep(finishErrors);
        chainsOk = finishErrors.isEmpty();
        if (options.progress && !options.progress(source->total(), source->total()))
            result.cancelled = true;
    }
    result.created = refs.created();
    result.lostReasonsDefaulted = tally.lostReasonsDefaulted;
    result.duplicatesKept = tally.duplicatesKept;
    if (report)
        report->finish();
    if (!result.cancelled && !options.dryRun && chainsOk && (result.rowsRejected == 0 || options.skipInvalid)) {
        bulk.finish();
        if (log.count() > 0 || result.rowsMerged > 0)
            result.batchId = log.write(toString(options.kind), QFileInfo(path).fileName(), result.rowsImported);
        tx.commit();
        result.committed = true;
    }
    // Otherwise the transaction rolls back here: the database is as it was.
    return result;
}

} // namespace fd
