#include "reporthtml.h"

#include "reportrenderer.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSaveFile>

namespace fd::report {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString funnelImage(const ReportBlock &b)
{
    QImage image(900, 420, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        QFont f(ReportRenderer::fontFamily());
        f.setPixelSize(14);
        p.setFont(f);
        FunnelPainter fp;
        fp.setStages(b.stages, b.currency);
        fp.paint(p, QRectF(10, 10, 880, 400));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("<img class=\"funnel\" alt=\"\" src=\"data:image/png;base64,%1\">")
        .arg(QString::fromLatin1(png.toBase64()));
}

QString table(const ReportBlock &b)
{
    QString h = QStringLiteral("<table>\n<thead><tr>");
    for (const auto &c : b.columns)
        h += QStringLiteral("<th%1>%2</th>").arg(c.numeric ? QStringLiteral(" class=\"n\"") : QString(), esc(c.title));
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < b.rows.size(); ++r) {
        const bool total = b.lastRowIsTotal && r == b.rows.size() - 1;
        h += total ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
        const QStringList &cells = b.rows.at(r);
        for (int c = 0; c < b.columns.size(); ++c)
            h += QStringLiteral("<td%1>%2</td>")
                     .arg(b.columns.at(c).numeric ? QStringLiteral(" class=\"n\"") : QString(),
                          esc(c < cells.size() ? cells.at(c) : QString()));
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</tbody>\n</table>\n");
}

} // namespace

QString reportHtml(const ReportDocument &doc)
{
    QString h =
        QStringLiteral(
            "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1 – %2</title>\n<style>\n"
            "body{font-family:\"%3\",\"Microsoft YaHei\",\"PingFang SC\",sans-serif;color:#20242a;margin:2em auto;"
            "max-width:60em;font-size:14px}\n"
            "header{border-bottom:2px solid #1f4e8c;margin-bottom:1em}\n"
            "header h1{color:#1f4e8c;font-size:1.5em;margin:0}\n.meta{color:#6b7280;font-size:.9em}\n"
            "h2{color:#1f4e8c;font-size:1.2em;margin-top:1.6em}\nh3{color:#1f4e8c;font-size:1em}\n"
            "table{border-collapse:collapse;width:100%;margin:.4em 0 1em}\n"
            "th{background:#e8eef6;text-align:left}\nth,td{padding:.25em .5em;border-bottom:1px solid #c8cdd4}\n"
            ".n{text-align:right}\ntr.total td{font-weight:bold}\ntbody tr:nth-child(even){background:#f6f8fb}\n"
            "img.funnel{max-width:100%}\np{color:#6b7280}\n</style>\n</head>\n<body>\n")
            .arg(esc(doc.company), esc(doc.title), ReportRenderer::fontFamily());
    h += QStringLiteral("<header><h1>%1 · %2</h1><div class=\"meta\">%3 · %4</div></header>\n")
             .arg(esc(doc.company), esc(doc.title), esc(doc.subtitle), esc(doc.asOfText));
    for (const ReportBlock &b : doc.blocks) {
        switch (b.type) {
        case ReportBlock::Type::Heading:
            h += QStringLiteral("<h2>%1</h2>\n").arg(esc(b.text));
            break;
        case ReportBlock::Type::Subheading:
            h += QStringLiteral("<h3>%1</h3>\n").arg(esc(b.text));
            break;
        case ReportBlock::Type::Paragraph:
            h += QStringLiteral("<p>%1</p>\n").arg(esc(b.text));
            break;
        case ReportBlock::Type::Table:
            h += table(b);
            break;
        case ReportBlock::Type::Funnel:
            if (!b.stages.empty())
                h += funnelImage(b) + QLatin1Char('\n');
            break;
        }
    }
    return h + QStringLiteral("</body>\n</html>\n");
}

bool writeReportHtml(const ReportDocument &document, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(reportHtml(document).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace fd::report
