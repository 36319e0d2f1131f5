// FunnelPainter: the trapezoids land where funnelGeometry puts them, in their colours,
// hit-testing finds the stage under a point, and the same code writes a PDF whose text
// holds the stage names.
#include "catchqt.h"

#include "report/funnelpainter.h"

#include <QFile>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

using fd::report::FunnelPainter;
using fd::report::FunnelPainterStage;

namespace {

FunnelPainter fourStages()
{
    FunnelPainter painter;
    painter.setStages({
        {QStringLiteral("初步接触"), 100, 500000000, {}},
        {QStringLiteral("需求确认"), 60, 300000000, {}},
        {QStringLiteral("方案报价"), 30, 150000000, {}},
        {QStringLiteral("商务谈判"), 12, 90000000, {}},
    });
    return painter;
}

// A point well inside a trapezoid: on the centre line, between the label and the top edge.
QPointF insidePoint(const fd::analytics::FunnelTrapezoid &t)
{
    return QPointF(t.topLeft.x() + (t.topRight.x() - t.topLeft.x()) * 0.1 + 4, t.topLeft.y() + 4);
}

} // namespace

TEST_CASE("FunnelPainter fills each trapezoid with its stage colour", "[report]")
{
    const FunnelPainter painter = fourStages();
    QImage image(800, 400, QImage::Format_ARGB32);
    image.fill(Qt::white);
    const QRectF bounds(0, 0, 800, 400);
    {
        QPainter p(&image);
        painter.paint(p, bounds);
    }
    const auto shapes = painter.layout(bounds);
    REQUIRE(shapes.size() == 4);
    for (int i = 0; i < 4; ++i) {
        const QPointF at = insidePoint(shapes[size_t(i)]);
        INFO("stage " << i << " at " << at.x() << "," << at.y());
        CHECK(image.pixelColor(at.toPoint()) == FunnelPainter::stageColor(i, 4));
    }
    // Widths follow the counts: the top stage is the widest, each one narrower.
    for (size_t i = 1; i < shapes.size(); ++i)
        CHECK(shapes[i].topRight.x() - shapes[i].topLeft.x() < shapes[i - 1].topRight.x() - shapes[i - 1].topLeft.x());
    // Outside the funnel (far left corner, below the names) stays white.
    CHECK(image.pixelColor(2, 398) == QColor(Qt::white));
    // Colours differ from stage to stage.
    CHECK(FunnelPainter::stageColor(0, 4) != FunnelPainter::stageColor(3, 4));
}

TEST_CASE("FunnelPainter hit-tests stages", "[report]")
{
    const FunnelPainter painter = fourStages();
    const QRectF bounds(10, 20, 600, 300);
    const auto shapes = painter.layout(bounds);
    for (int i = 0; i < 4; ++i) {
        CHECK(painter.stageAt(insidePoint(shapes[size_t(i)]), bounds) == i);
        CHECK(painter.stageAt(shapes[size_t(i)].labelAnchor, bounds) == i);
    }
    CHECK(painter.stageAt(QPointF(bounds.left() + 1, bounds.top() + 1), bounds) == -1); // name column
    CHECK(painter.stageAt(QPointF(bounds.center().x(), bounds.bottom() + 5), bounds) == -1);
    // Between two stages (inside the gap) no stage is hit.
    const double gapY = (shapes[0].bottomLeft.y() + shapes[1].topLeft.y()) / 2;
    if (shapes[1].topLeft.y() - shapes[0].bottomLeft.y() > 1)
        CHECK(painter.stageAt(QPointF(bounds.center().x(), gapY), bounds) == -1);
    FunnelPainter empty;
    CHECK(empty.stageAt(bounds.center(), bounds) == -1);
}

TEST_CASE("FunnelPainter draws into a PDF whose text holds the stage names", "[report]")
{
    const FunnelPainter painter = fourStages();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("funnel.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(96);
        QPainter p(&writer);
        painter.paint(p, QRectF(0, 0, 700, 500));
    }
    REQUIRE(QFile(pdf).size() > 0);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(20000));
    REQUIRE(pdftotext.exitCode() == 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    for (const auto &stage : painter.stages())
        CHECK(text.contains(stage.name));
    CHECK(text.contains(QStringLiteral("100")));
}
