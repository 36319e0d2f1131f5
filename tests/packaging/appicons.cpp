// appicons: the application icon's PNG sizes and the Windows .ico, rendered from the one SVG
// source (resources/icons/funneldesk.svg) with Qt's own SVG renderer.
//
//   appicons --check RESOURCES   fails when a checked-in PNG or the .ico differs from a fresh
//                                rendering (the "appicons" test: nobody edits the SVG and
//                                forgets the pictures)
//   appicons --write RESOURCES   renders them again after the SVG changed
//
// The PNGs are checked in rather than rendered at build time so that a Windows or package build
// needs no host tool that must run during the build.
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

const QString kAppId = QStringLiteral("io.github.funneldesk.FunnelDesk");
// hicolor sizes a desktop, a launcher or a software centre asks for.
const std::vector<int> kPngSizes{16, 22, 24, 32, 48, 64, 128, 256, 512};
// Windows: small icons, the taskbar, Explorer's large and extra-large views.
const std::vector<int> kIcoSizes{16, 24, 32, 48, 64, 128, 256};

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    return image;
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void appendLe(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

// An icon image as Windows has always read it: a 32-bit DIB (BGRA rows bottom-up, height doubled
// for the AND mask, which stays empty because the alpha channel says what is transparent).
QByteArray dib(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    const int w = image.width();
    const int h = image.height();
    const int maskStride = ((w + 31) / 32) * 4;
    QByteArray out;
    appendLe(out, 40, 4); // BITMAPINFOHEADER
    appendLe(out, quint32(w), 4);
    appendLe(out, quint32(2 * h), 4);
    appendLe(out, 1, 2);  // planes
    appendLe(out, 32, 2); // bits per pixel
    appendLe(out, 0, 4);  // BI_RGB
    appendLe(out, quint32(w * h * 4 + maskStride * h), 4);
    appendLe(out, 0, 4);
    appendLe(out, 0, 4);
    appendLe(out, 0, 4);
    appendLe(out, 0, 4);
    for (int y = h - 1; y >= 0; --y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < w; ++x)
            appendLe(out, line[x], 4); // 0xAARRGGBB little-endian is B, G, R, A
    }
    out.append(QByteArray(maskStride * h, '\0'));
    return out;
}

// ICO: DIBs up to 128 px, PNG at 256 px (as Windows' own icons do since Vista).
QByteArray ico(QSvgRenderer &svg)
{
    std::vector<QByteArray> images;
    for (int size : kIcoSizes)
        images.push_back(size >= 256 ? png(render(svg, size)) : dib(render(svg, size)));
    QByteArray out;
    appendLe(out, 0, 2);
    appendLe(out, 1, 2); // icon
    appendLe(out, quint32(images.size()), 2);
    quint32 offset = quint32(6 + 16 * images.size());
    for (size_t i = 0; i < images.size(); ++i) {
        const int size = kIcoSizes[i];
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0));
        appendLe(out, 1, 2);
        appendLe(out, 32, 2);
        appendLe(out, quint32(images[i].size()), 4);
        appendLe(out, offset, 4);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    return out;
}

quint32 readLe(const QByteArray &data, int at, int bytes)
{
    quint32 value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = (value << 8) | quint8(data.at(at + i));
    return value;
}

// The images of an .ico as written above (DIB or PNG entries); empty when it is not one.
std::vector<QImage> readIco(const QByteArray &data)
{
    std::vector<QImage> images;
    if (data.size() < 6 || readLe(data, 0, 2) != 0 || readLe(data, 2, 2) != 1)
        return images;
    const int count = int(readLe(data, 4, 2));
    for (int i = 0; i < count && data.size() >= 6 + 16 * (i + 1); ++i) {
        const int entry = 6 + 16 * i;
        const int length = int(readLe(data, entry + 8, 4));
        const int offset = int(readLe(data, entry + 12, 4));
        if (offset < 0 || length < 0 || offset + length > data.size())
            return {};
        const QByteArray bytes = data.mid(offset, length);
        if (bytes.startsWith("\x89PNG")) {
            images.push_back(QImage::fromData(bytes, "PNG"));
            continue;
        }
        const int w = int(readLe(bytes, 4, 4));
        const int h = int(readLe(bytes, 8, 4)) / 2;
        if (readLe(bytes, 0, 4) != 40 || readLe(bytes, 14, 2) != 32 || bytes.size() < 40 + w * h * 4)
            return {};
        QImage image(w, h, QImage::Format_ARGB32);
        for (int y = 0; y < h; ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(h - 1 - y));
            for (int x = 0; x < w; ++x)
                line[x] = readLe(bytes, 40 + (y * w + x) * 4, 4);
        }
        images.push_back(image);
    }
    return images;
}

QString pngPath(const QDir &resources, int size)
{
    return resources.filePath(QStringLiteral("icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId));
}

// Two renderings are the same picture when no channel of any pixel differs by more than a few
// levels (zlib and Qt versions may encode the same pixels differently, and anti-aliasing may
// round differently).
bool samePicture(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return false;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            if (std::abs(qRed(p[col]) - qRed(q[col])) > 3 || std::abs(qGreen(p[col]) - qGreen(q[col])) > 3
                || std::abs(qBlue(p[col]) - qBlue(q[col])) > 3 || std::abs(qAlpha(p[col]) - qAlpha(q[col])) > 3)
                return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 || (args[1] != QLatin1String("--check") && args[1] != QLatin1String("--write"))) {
        std::fprintf(stderr, "usage: appicons --check|--write RESOURCES_DIR\n");
        return 2;
    }
    const bool write = args[1] == QLatin1String("--write");
    const QDir resources(args[2]);
    QSvgRenderer svg(resources.filePath(QStringLiteral("icons/funneldesk.svg")));
    if (!svg.isValid()) {
        std::fprintf(stderr, "appicons: cannot read %s\n", qUtf8Printable(resources.filePath("icons/funneldesk.svg")));
        return 1;
    }
    int failures = 0;
    for (int size : kPngSizes) {
        const QString path = pngPath(resources, size);
        const QImage fresh = render(svg, size);
        if (write) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            if (!fresh.save(path, "PNG")) {
                std::fprintf(stderr, "appicons: cannot write %s\n", qUtf8Printable(path));
                ++failures;
            }
        } else if (!samePicture(QImage(path), fresh)) {
            std::fprintf(stderr, "appicons: %s is not the SVG at %d px (run appicons --write)\n", qUtf8Printable(path),
                         size);
            ++failures;
        }
    }
    const QString icoPath = resources.filePath(QStringLiteral("windows/funneldesk.ico"));
    const QByteArray freshIco = ico(svg);
    QFile icoFile(icoPath);
    if (write) {
        QDir().mkpath(QFileInfo(icoPath).absolutePath());
        if (!icoFile.open(QIODevice::WriteOnly) || icoFile.write(freshIco) != freshIco.size())
            ++failures;
    } else {
        const std::vector<QImage> stored = readIco(icoFile.open(QIODevice::ReadOnly) ? icoFile.readAll()
                                                                                     : QByteArray());
        bool same = stored.size() == kIcoSizes.size();
        for (size_t i = 0; same && i < stored.size(); ++i)
            same = samePicture(stored[i], render(svg, kIcoSizes[i]));
        if (!same) {
            std::fprintf(stderr, "appicons: %s is not the SVG's icon set (run appicons --write)\n",
                         qUtf8Printable(icoPath));
            ++failures;
        }
    }
    std::printf("appicons: %d PNG sizes and %zu .ico sizes %s\n", int(kPngSizes.size()), kIcoSizes.size(),
                failures ? "DIFFER" : (write ? "written" : "match the SVG"));
    return failures ? 1 : 0;
}
