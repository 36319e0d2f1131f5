// funneldesk-cli import: CSV or XLSX into the database, all or nothing.
#include "commands.h"

#include "domain/errors.h"
#include "io/importer.h"
#include "io/recordsource.h"
#include "storage/database.h"

#include <QElapsedTimer>

namespace fd {

namespace {

constexpr int kPrintedErrors = 200;
constexpr int kPrintedNotes = 20;

class ImportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return QStringLiteral("Import CSV or XLSX (validated, all or nothing)"); }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("kind"),
                          QStringLiteral("What the file holds: opportunities, customers, leads, contacts, "
                                         "activities, stage-history."),
                          QStringLiteral("KIND")});
        parser.addOption(
            {QStringLiteral("file"), QStringLiteral("CSV or XLSX file to import."), QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("encoding"),
                          QStringLiteral("CSV encoding: utf-8, utf-8-bom, gb18030 (gbk), big5. Default: detected."),
                          QStringLiteral("ENCODING")});
        parser.addOption({QStringLiteral("mapping"),
                          QStringLiteral("JSON object {\"source column\": \"canonical column\"} overriding the "
                                         "automatic header mapping."),
                          QStringLiteral("M.json")});
        parser.addOption({QStringLiteral("create-missing"),
                          QStringLiteral("Create customers, users, teams, regions, products, campaigns and stages "
                                         "that do not exist.")});
        parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Validate and report; store nothing.")});
        parser.addOption(
            {QStringLiteral("skip-invalid"), QStringLiteral("Import the valid rows even if some are rejected.")});
        parser.addOption({QStringLiteral("on-duplicate"),
                          QStringLiteral("Leads, customers and contacts that repeat a stored record or an earlier "
                                         "row: reject (default: an error), skip (leave the row out), keep (import "
                                         "both, for the duplicate review) or merge (fill the stored record's empty "
                                         "fields)."),
                          QStringLiteral("POLICY"), QStringLiteral("reject")});
        parser.addOption({QStringLiteral("lost-reason"),
                          QStringLiteral("Reason given to lost deals that have none. Default: the office setting "
                                         "(\"Not recorded\" / 未注明)."),
                          QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("rejected"),
                          QStringLiteral("Write the rejected rows with their reasons to this CSV file."),
                          QStringLiteral("FILE")});
        parser.addOption(
            {QStringLiteral("preview"), QStringLiteral("Print the first N parsed rows."), QStringLiteral("N")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        ImportOptions options;
        const auto kind = parseDataKind(parser.value(QStringLiteral("kind")));
        if (!kind)
            throw UsageError(QStringLiteral(
                "--kind must be one of opportunities, customers, leads, contacts, activities, stage-history"));
        options.kind = *kind;
        const QString file = parser.value(QStringLiteral("file"));
        if (file.isEmpty())
            throw UsageError(QStringLiteral("--file FILE is required"));
        if (parser.isSet(QStringLiteral("encoding"))) {
            options.encoding = parseTextEncoding(parser.value(QStringLiteral("encoding")));
            if (!options.encoding)
                throw UsageError(QStringLiteral("unknown encoding %1 (utf-8, utf-8-bom, gb18030, gbk, big5)")
                                     .arg(parser.value(QStringLiteral("encoding"))));
        }
        if (parser.isSet(QStringLiteral("mapping")))
            options.mapping = Importer::loadMapping(parser.value(QStringLiteral("mapping")));
        options.createMissing = parser.isSet(QStringLiteral("create-missing"));
        options.dryRun = parser.isSet(QStringLiteral("dry-run"));
        options.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
        const auto policy = parseDuplicatePolicy(parser.value(QStringLiteral("on-duplicate")));
        if (!policy)
            throw UsageError(QStringLiteral("--on-duplicate must be reject, skip, keep or merge, not \"%1\"")
                                 .arg(parser.value(QStringLiteral("on-duplicate"))));
        options.onDuplicate = *policy;
        if (parser.isSet(QStringLiteral("lost-reason")))
            options.defaultLostReason = parser.value(QStringLiteral("lost-reason"));
        options.rejectedReportPath = parser.value(QStringLiteral("rejected"));
        options.previewRows = parser.isSet(QStringLiteral("preview")) ? parser.value(QStringLiteral("preview")).toInt()
                                                                      : 0;
        options.maxErrorsKept = kPrintedErrors;

        QElapsedTimer timer;
        timer.start();
        ImportResult r;
        try {
            r = Importer(ctx.database()).run(file, options);
        } catch (const ParseError &e) {
            ctx.err << "funneldesk-cli import: " << file << ": " << e.message() << "\nNothing was imported.\n";
            return ExitFailure;
        }

        ctx.out << "File:      " << file << " (" << r.format;
        if (r.format == QLatin1String("CSV"))
            ctx.out << ", " << toString(r.encoding) << (r.encodingDetected ? " detected" : " given");
        ctx.out << ")\n";
        ctx.out << "Columns:   ";
        QStringList mapped;
        for (const auto &[source, target] : r.columnMap)
            mapped << (source == target ? source : source + QStringLiteral("→") + target);
        ctx.out << mapped.join(QStringLiteral(", ")) << '\n';
        // Nothing is dropped silently: a column the file has and the import leaves out is named.
        if (!r.ignoredColumns.isEmpty())
            ctx.out << "Not imported: " << r.ignoredColumns.size() << " column"
                    << (r.ignoredColumns.size() == 1 ? "" : "s") << " (" << r.ignoredColumns.join(QStringLiteral(", "))
                    << "); map them with --mapping to keep them\n";
        if (options.previewRows > 0) {
            ctx.out << "Preview:   " << r.previewColumns.join(QLatin1Char(',')) << '\n';
            for (const QStringList &row : std::as_const(r.preview))
                ctx.out << "           " << row.join(QLatin1Char(',')) << '\n';
        }
        for (const QString &c : std::as_const(r.created))
            ctx.out << (r.committed ? "Created:   " : "To create: ") << c << '\n';
        ctx.out << "Rows:      " << r.rowsRead << " read, " << r.rowsImported << " valid, " << r.rowsRejected
                << " rejected";
        if (r.rowsSkipped || r.rowsMerged || r.duplicatesKept)
            ctx.out << "; duplicates (" << toString(options.onDuplicate) << "): " << r.rowsSkipped << " skipped, "
                    << r.rowsMerged << " merged, " << r.duplicatesKept << " kept";
        ctx.out << " (" << timer.elapsed() << " ms)\n";
        if (r.lostReasonsDefaulted)
            ctx.out << "Lost deals without a reason: " << r.lostReasonsDefaulted << ", given \"" << r.defaultLostReason
                    << "\"\n";
        for (const FieldError &n : r.notices.mid(0, kPrintedNotes))
            ctx.out << "Note: " << n.message() << '\n';
        if (r.noticeCount > kPrintedNotes)
            ctx.out << "… and " << (r.noticeCount - kPrintedNotes) << " more notes\n";
        ctx.out.flush();

        for (const FieldError &e : std::as_const(r.errors))
            ctx.err << e.message() << '\n';
        if (r.errorCount > r.errors.size())
            ctx.err << "… and " << (r.errorCount - r.errors.size()) << " more errors"
                    << (options.rejectedReportPath.isEmpty() ? " (use --rejected FILE for all)" : "") << '\n';

        if (r.committed) {
            ctx.out << "Imported " << r.rowsImported << ' ' << toString(options.kind)
                    << (r.rowsRejected ? QStringLiteral(", skipped %1 invalid rows").arg(r.rowsRejected) : QString())
                    << (r.batchId ? QStringLiteral(" (import #%1 in the audit trail)").arg(r.batchId) : QString())
                    << ".\n";
            return ExitOk;
        }
        if (options.dryRun && r.errorCount == 0) {
            ctx.out << "Dry run: everything is valid; nothing was stored.\n";
            return ExitOk;
        }
        ctx.err << (options.dryRun ? "Dry run: " : "") << r.rowsRejected
                << " rows rejected; nothing was imported (fix them, or use --skip-invalid).\n";
        return ExitFailure;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace fd
