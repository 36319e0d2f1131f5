// funneldesk-cli export: one kind of record to CSV (UTF-8 BOM) or XLSX, canonical columns.
#include "commands.h"

#include "domain/errors.h"
#include "io/exporter.h"
#include "storage/database.h"

#include <QElapsedTimer>

namespace fd {

namespace {

class ExportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return QStringLiteral("Export records to CSV or XLSX (re-importable columns)"); }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("kind"),
                          QStringLiteral("What to export: opportunities, customers, leads, contacts, activities, "
                                         "stage-history."),
                          QStringLiteral("KIND")});
        parser.addOption(
            {QStringLiteral("format"), QStringLiteral("csv (default) or xlsx."), QStringLiteral("FORMAT")});
        parser.addOption({QStringLiteral("out"), QStringLiteral("File to write."), QStringLiteral("FILE")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        const auto kind = parseDataKind(parser.value(QStringLiteral("kind")));
        if (!kind)
            throw UsageError(QStringLiteral(
                "--kind must be one of opportunities, customers, leads, contacts, activities, stage-history"));
        const QString out = parser.value(QStringLiteral("out"));
        if (out.isEmpty())
            throw UsageError(QStringLiteral("--out FILE is required"));
        QString formatText = parser.value(QStringLiteral("format"));
        if (formatText.isEmpty())
            formatText = out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? QStringLiteral("xlsx")
                                                                                   : QStringLiteral("csv");
        const auto format = parseExportFormat(formatText);
        if (!format)
            throw UsageError(QStringLiteral("--format must be csv or xlsx"));
        QElapsedTimer timer;
        timer.start();
        const qint64 rows = Exporter(ctx.database()).exportKind(*kind, *format, out);
        ctx.out << "Exported " << rows << ' ' << toString(*kind) << " to " << out << " (" << toString(*format) << ", "
                << timer.elapsed() << " ms)\n";
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace fd
