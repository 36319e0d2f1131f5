#pragma once

#include "funnelpainter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace fd::report {

// One column of a report table.
struct ReportColumn
{
    QString title;
    double weight = 1;    // share of the table width, relative to the other columns
    bool numeric = false; // right-aligned
};

// A piece of the report, laid out top to bottom. The same blocks feed the paginating
// painter (PDF, printer, preview) and the HTML writer, so both show the same content.
struct ReportBlock
{
    enum class Type { Heading, Subheading, Paragraph, Table, Funnel };
    Type type = Type::Paragraph;
    QString text;                           // heading / paragraph
    QList<ReportColumn> columns;            // table
    QList<QStringList> rows;                // table cells, one list per row
    bool lastRowIsTotal = false;            // table: bold last row
    std::vector<FunnelPainterStage> stages; // funnel
    QString currency;                       // funnel: of the amounts (the office currency)
};

// A whole report: what every page header shows, then the blocks.
struct ReportDocument
{
    QString company;
    QString title;
    QString subtitle; // scope, week and its dates
    QString asOfText; // "As of …"
    std::vector<ReportBlock> blocks;

    // Builders, in reading order.
    void heading(const QString &text);
    void subheading(const QString &text);
    void paragraph(const QString &text);
    ReportBlock &table(const QList<ReportColumn> &columns);
};

} // namespace fd::report
