#include "reportdocument.h"

namespace fd::report {

void ReportDocument::heading(const QString &text)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Heading;
    b.text = text;
    blocks.push_back(std::move(b));
}

void ReportDocument::subheading(const QString &text)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Subheading;
    b.text = text;
    blocks.push_back(std::move(b));
}

void ReportDocument::paragraph(const QString &text)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Paragraph;
    b.text = text;
    blocks.push_back(std::move(b));
}

ReportBlock &ReportDocument::table(const QList<ReportColumn> &columns)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Table;
    b.columns = columns;
    blocks.push_back(std::move(b));
    return blocks.back();
}

} // namespace fd::report
