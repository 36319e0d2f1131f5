#pragma once

#include "reportdocument.h"

#include <QString>

class QPagedPaintDevice;

namespace fd::report {

// Paints a ReportDocument page by page onto any paged device (QPdfWriter, a QPrinter
// from the print dialog or the print preview): a header on every page (company, title,
// scope and week, as-of time), "page N of M" in the footer, tables that break between
// rows with their header row repeated, headings kept with what follows them.
class ReportRenderer final
{
public:
    explicit ReportRenderer(const ReportDocument &document)
        : m_doc(document)
    {
    }

    // Paints every page (the device's first page is already open). Returns the page count.
    int render(QPagedPaintDevice &device) const;
    // Writes an A4 portrait PDF (page count in `pages`). Returns false and sets `error`
    // when the file cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr, int *pages = nullptr) const;

    // The CJK font family used for every text ("WenQuanYi Micro Hei" when installed).
    static QString fontFamily();

private:
    const ReportDocument &m_doc;
};

} // namespace fd::report
