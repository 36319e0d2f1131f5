#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace fd {

// The text encodings an imported CSV may come in: what Excel and WPS save on
// simplified (GBK/GB18030) and traditional (Big5) Chinese Windows, and UTF-8.
enum class TextEncoding { Utf8, Utf8Bom, Gb18030, Big5 };

// "UTF-8", "UTF-8 BOM", "GB18030", "Big5": shown to the user and accepted back.
QString toString(TextEncoding encoding);
// Accepts the names above and common aliases (utf8, gbk, gb2312, cp936, cp950, big5-hkscs…).
std::optional<TextEncoding> parseTextEncoding(const QString &name);
// The name QStringDecoder/QStringEncoder know the encoding by (ICU for GB18030 and Big5).
QByteArray decoderName(TextEncoding encoding);

namespace encoding {

// Guesses the encoding from the first 64 KiB (peeked, not consumed): a UTF-8 BOM, then
// UTF-8 validity, then GB18030 versus Big5 by which decoding yields common Chinese
// characters. Never reads the whole file.
TextEncoding detect(QIODevice &device);
// The same guess for bytes already in memory.
TextEncoding detect(const QByteArray &sample);
// The 1-based line of the first non-ASCII character when `sample` is UTF-8 text with
// one (valid UTF-8 and a byte above 0x7F; or a UTF-8 BOM: line 1), else 0. Real GB18030
// or Big5 text with Chinese in it is practically never valid UTF-8, so a file chosen as
// one of them that passes this test was mis-declared (it would be read as mojibake).
qint64 utf8TextLine(const QByteArray &sample);

} // namespace encoding
} // namespace fd
