#include "reportrenderer.h"

#include "reporttext.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace fd::report {

namespace {

const QColor kInk(0x20, 0x24, 0x2a);
const QColor kMuted(0x6b, 0x72, 0x80);
const QColor kRule(0xc8, 0xcd, 0xd4);
const QColor kHeaderFill(0xe8, 0xee, 0xf6);
const QColor kStripe(0xf6, 0xf8, 0xfb);
const QColor kAccent(0x1f, 0x4e, 0x8c);

// Lays the document out page by page. Run twice: once to count the pages (nothing
// painted), then to paint with the total known, so both passes break pages identically.
class Layout final
{
public:
    Layout(const ReportDocument &doc, QPagedPaintDevice &device, QPainter *painter, int totalPages)
        : m_doc(doc)
        , m_device(device)
        , m_p(painter)
        , m_total(totalPages)
    {
        m_mm = device.logicalDpiY() / 25.4;
        const QString family = ReportRenderer::fontFamily();
        m_body = font(family, 8.5);
        m_bold = font(family, 8.5, true);
        m_small = font(family, 7.5);
        m_heading = font(family, 12, true);
        m_subheading = font(family, 9.5, true);
        m_title = font(family, 14, true);
        m_width = device.width();
        m_height = device.height();
        m_pad = 1.2 * m_mm;
    }

    int run()
    {
        startPage();
        for (size_t i = 0; i < m_doc.blocks.size(); ++i) {
            const ReportBlock &b = m_doc.blocks[i];
            const ReportBlock *next = i + 1 < m_doc.blocks.size() ? &m_doc.blocks[i + 1] : nullptr;
            switch (b.type) {
            case ReportBlock::Type::Heading:
                heading(b.text, m_heading, 5, next);
                break;
            case ReportBlock::Type::Subheading:
                heading(b.text, m_subheading, 3, next);
                break;
            case ReportBlock::Type::Paragraph:
                paragraph(b.text);
                break;
            case ReportBlock::Type::Table:
                table(b);
                break;
            case ReportBlock::Type::Funnel:
                funnel(b);
                break;
            }
        }
        return m_page;
    }

private:
    QFont font(const QString &family, double points, bool bold = false) const
    {
        QFont f(family);
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    double textHeight(const QFont &f, double width, const QString &text, int flags = Qt::TextWordWrap) const
    {
        const QFontMetricsF fm(f, &m_device);
        if (text.isEmpty())
            return fm.height();
        return fm.boundingRect(QRectF(0, 0, width, 1e7), flags, text).height();
    }

    double bottom() const { return m_height - 9 * m_mm; }

    void startPage()
    {
        if (m_page > 0 && m_p)
            m_device.newPage();
        ++m_page;
        const QFontMetricsF tm(m_title, &m_device);
        const QFontMetricsF sm(m_small, &m_device);
        double y = 0;
        if (m_p) {
            m_p->setPen(kAccent);
            m_p->setFont(m_title);
            m_p->drawText(QRectF(0, y, m_width * 0.6, tm.height()), Qt::AlignLeft | Qt::AlignVCenter, m_doc.company);
            m_p->drawText(QRectF(m_width * 0.4, y, m_width * 0.6, tm.height()), Qt::AlignRight | Qt::AlignVCenter,
                          m_doc.title);
        }
        y += tm.height() + 0.8 * m_mm;
        if (m_p) {
            m_p->setFont(m_small);
            m_p->setPen(kMuted);
            m_p->drawText(QRectF(0, y, m_width * 0.7, sm.height()), Qt::AlignLeft | Qt::AlignVCenter, m_doc.subtitle);
            m_p->drawText(QRectF(m_width * 0.5, y, m_width * 0.5, sm.height()), Qt::AlignRight | Qt::AlignVCenter,
                          m_doc.asOfText);
        }
        y += sm.height() + 1.2 * m_mm;
        if (m_p) {
            m_p->setPen(QPen(kAccent, 0.4 * m_mm));
            m_p->drawLine(QPointF(0, y), QPointF(m_width, y));
            // Footer: page N of M.
            m_p->setPen(kMuted);
            m_p->drawText(QRectF(0, m_height - sm.height(), m_width, sm.height()), Qt::AlignCenter,
                          ::WeeklyReport::tr("Page %1 of %2").arg(m_page).arg(m_total));
        }
        m_y = y + 3 * m_mm;
    }

    void ensure(double height)
    {
        if (m_y + height > bottom())
            startPage();
    }

    // Height of the first piece of a block (a heading stays with it).
    double leadHeight(const ReportBlock *b) const
    {
        if (!b)
            return 0;
        switch (b->type) {
        case ReportBlock::Type::Funnel:
            return funnelHeight();
        case ReportBlock::Type::Table: {
            double h = rowHeight(*b, headerCells(*b), m_bold);
            if (!b->rows.isEmpty())
                h += rowHeight(*b, b->rows.first(), m_body);
            return h;
        }
        case ReportBlock::Type::Paragraph:
            return textHeight(m_body, m_width, b->text);
        default:
            return 0;
        }
    }

    void heading(const QString &text, const QFont &f, double spaceBeforeMm, const ReportBlock *next)
    {
        const double h = textHeight(f, m_width, text);
        m_y += spaceBeforeMm * m_mm;
        if (m_y + h + 1.5 * m_mm + leadHeight(next) > bottom())
            startPage();
        if (m_p) {
            m_p->setFont(f);
            m_p->setPen(kAccent);
            m_p->drawText(QRectF(0, m_y, m_width, h), Qt::TextWordWrap, text);
        }
        m_y += h + 1.5 * m_mm;
    }

    void paragraph(const QString &text)
    {
        const double h = textHeight(m_body, m_width, text);
        ensure(h);
        if (m_p) {
            m_p->setFont(m_body);
            m_p->setPen(kMuted);
            m_p->drawText(QRectF(0, m_y, m_width, h), Qt::TextWordWrap, text);
        }
        m_y += h + 1.5 * m_mm;
    }

    double funnelHeight() const { return 62 * m_mm; }

    void funnel(const ReportBlock &b)
    {
        const double h = funnelHeight();
        ensure(h);
        if (m_p && !b.stages.empty()) {
            FunnelPainter fp;
            fp.setStages(b.stages, b.currency);
            // The funnel painter sizes its labels in screen pixels: paint it in a 96 dpi
            // coordinate system so the printed labels are as legible as on screen.
            const double scale = std::max(1.0, m_device.logicalDpiY() / 96.0);
            m_p->save();
            m_p->translate(0, m_y);
            m_p->scale(scale, scale);
            QFont f = m_body;
            f.setPixelSize(13);
            m_p->setFont(f);
            fp.paint(*m_p, QRectF(0, 0, m_width / scale, h / scale));
            m_p->restore();
        }
        m_y += h + 2 * m_mm;
    }

    static QStringList headerCells(const ReportBlock &b)
    {
        QStringList out;
        for (const auto &c : b.columns)
            out << c.title;
        return out;
    }

    std::vector<double> columnWidths(const ReportBlock &b) const
    {
        double sum = 0;
        for (const auto &c : b.columns)
            sum += c.weight;
        std::vector<double> w;
        for (const auto &c : b.columns)
            w.push_back(m_width * c.weight / std::max(sum, 1e-9));
        return w;
    }

    double rowHeight(const ReportBlock &b, const QStringList &cells, const QFont &f) const
    {
        const std::vector<double> w = columnWidths(b);
        double h = QFontMetricsF(f, &m_device).height();
        for (int c = 0; c < cells.size() && size_t(c) < w.size(); ++c)
            h = std::max(h, textHeight(f, w[size_t(c)] - 2 * m_pad, cells.at(c)));
        return h + 2 * 0.8 * m_mm;
    }

    void paintRow(const ReportBlock &b, const QStringList &cells, const QFont &f, double h, const QColor &fill)
    {
        if (!m_p)
            return;
        const std::vector<double> w = columnWidths(b);
        if (fill.isValid())
            m_p->fillRect(QRectF(0, m_y, m_width, h), fill);
        m_p->setFont(f);
        m_p->setPen(kInk);
        double x = 0;
        for (int c = 0; c < b.columns.size(); ++c) {
            const QRectF cell(x + m_pad, m_y + 0.8 * m_mm, w[size_t(c)] - 2 * m_pad, h - 1.6 * m_mm);
            const int align = (b.columns.at(c).numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
            if (c < cells.size())
                m_p->drawText(cell, align | Qt::TextWordWrap, cells.at(c));
            x += w[size_t(c)];
        }
        m_p->setPen(QPen(kRule, 0.15 * m_mm));
        m_p->drawLine(QPointF(0, m_y + h), QPointF(m_width, m_y + h));
    }

    void tableHeader(const ReportBlock &b)
    {
        const QStringList cells = headerCells(b);
        const double h = rowHeight(b, cells, m_bold);
        paintRow(b, cells, m_bold, h, kHeaderFill);
        m_y += h;
    }

    void table(const ReportBlock &b)
    {
        const double headerH = rowHeight(b, headerCells(b), m_bold);
        const double firstH = b.rows.isEmpty() ? 0 : rowHeight(b, b.rows.first(), m_body);
        ensure(headerH + firstH);
        tableHeader(b);
        for (int r = 0; r < b.rows.size(); ++r) {
            const bool total = b.lastRowIsTotal && r == b.rows.size() - 1;
            const QFont &f = total ? m_bold : m_body;
            const double h = rowHeight(b, b.rows.at(r), f);
            if (m_y + h > bottom()) {
                startPage();
                tableHeader(b); // the header row is repeated on every page the table spans
            }
            paintRow(b, b.rows.at(r), f, h, r % 2 ? kStripe : QColor());
            m_y += h;
        }
        m_y += 2 * m_mm;
    }

    const ReportDocument &m_doc;
    QPagedPaintDevice &m_device;
    QPainter *m_p;
    int m_total;
    int m_page = 0;
    double m_mm = 1;
    double m_width = 0, m_height = 0, m_pad = 0;
    double m_y = 0;
    QFont m_body, m_bold, m_small, m_heading, m_subheading, m_title;
};

} // namespace

QString ReportRenderer::fontFamily()
{
    static const QString family = [] {
        const QString wanted = QStringLiteral("WenQuanYi Micro Hei");
        if (QFontDatabase::families().contains(wanted))
            return wanted;
        // Fall back to the font file itself when fontconfig does not list it.
        for (const char *path : {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"}) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(path));
            if (id >= 0 && !QFontDatabase::applicationFontFamilies(id).isEmpty())
                return QFontDatabase::applicationFontFamilies(id).first();
        }
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

int ReportRenderer::render(QPagedPaintDevice &device) const
{
    const int pages = Layout(m_doc, device, nullptr, 0).run();
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Layout(m_doc, device, &painter, pages).run();
    painter.end();
    return pages;
}

bool ReportRenderer::writePdf(const QString &path, QString *error, int *pages) const
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error)
                *error = probe.errorString();
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 14, 15, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(m_doc.title + QStringLiteral(" – ") + m_doc.subtitle);
    writer.setCreator(QStringLiteral("FunnelDesk"));
    const int count = render(writer);
    if (pages)
        *pages = count;
    return true;
}

} // namespace fd::report
