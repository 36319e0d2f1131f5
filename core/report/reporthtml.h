#pragma once

#include "reportdocument.h"

#include <QString>

namespace fd::report {

// The document as one self-contained HTML page (UTF-8, inline CSS, the funnel as an
// embedded PNG drawn by the same FunnelPainter), for e-mail and the intranet.
QString reportHtml(const ReportDocument &document);

// Writes reportHtml() to `path` as UTF-8. Returns false and sets `error` on failure.
bool writeReportHtml(const ReportDocument &document, const QString &path, QString *error = nullptr);

} // namespace fd::report
