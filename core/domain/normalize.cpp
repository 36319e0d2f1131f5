#include "normalize.h"

#include <QSet>

#include <QRegularExpression>
#include <QStringList>

namespace fd::normalize {

namespace {
// Lower-case, NFKC spellings; longest first so "股份有限公司" wins over "有限公司".
const QStringList &legalSuffixes()
{
    static const QStringList list{
        QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"), QStringLiteral("有限責任公司"),
        QStringLiteral("有限公司"),     QStringLiteral("集团公司"),     QStringLiteral("集團公司"),
        QStringLiteral("集团"),         QStringLiteral("集團"),         QStringLiteral("公司"),
        QStringLiteral("co., ltd."),    QStringLiteral("co.,ltd."),     QStringLiteral("co., ltd"),
        QStringLiteral("co.,ltd"),      QStringLiteral("co ltd"),       QStringLiteral("company limited"),
        QStringLiteral("limited"),      QStringLiteral("ltd."),         QStringLiteral("ltd"),
        QStringLiteral("inc."),         QStringLiteral("inc"),          QStringLiteral("corporation"),
        QStringLiteral("corp."),        QStringLiteral("corp"),         QStringLiteral("llc"),
        QStringLiteral("gmbh"),
    };
    return list;
}

// Separators left over after a suffix is removed ("acme, inc." → "acme").
QString trimSeparators(QString s)
{
    static const QRegularExpression trailing(QStringLiteral("[\\s,.;:·、，。\\-]+$"));
    return s.remove(trailing).trimmed();
}
} // namespace

QString companyName(const QString &name)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString s = name.normalized(QString::NormalizationForm_KC).toLower().trimmed();
    s.replace(spaces, QStringLiteral(" "));
    s = trimSeparators(s);
    // Strip repeatedly: "星河集团有限公司" loses 有限公司 and then 集团.
    bool stripped = true;
    // A name that is nothing but a legal form ("有限公司") is kept as it is.
    while (stripped && !legalSuffixes().contains(s)) {
        stripped = false;
        for (const QString &suffix : legalSuffixes()) {
            if (s.size() > suffix.size() && s.endsWith(suffix)) {
                const QString rest = trimSeparators(s.left(s.size() - suffix.size()));
                // A Latin word suffix must stand alone: "zinc" is not "z" + "inc".
                const QChar before = s.at(s.size() - suffix.size() - 1);
                const bool latin = suffix.at(0).unicode() < 0x80 && suffix.at(0).isLetter();
                if (rest.isEmpty() || (latin && before.isLetterOrNumber()))
                    continue;
                s = rest;
                stripped = true;
                break;
            }
        }
    }
    return s;
}

QString phone(const QString &phone)
{
    QString trimmed = phone.normalized(QString::NormalizationForm_KC).trimmed();
    // An extension ("0755-8888-0000 转 123", "ext. 12", "x12", "#12") is not part of the line.
    static const QRegularExpression extension(QStringLiteral("(转|轉|分机|分機|ext\\.?|x|#).*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    const qsizetype cut = trimmed.indexOf(extension);
    if (cut > 0)
        trimmed.truncate(cut);
    QString digits;
    digits.reserve(trimmed.size());
    for (QChar c : trimmed) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    }
    bool international = true;
    if (trimmed.startsWith(QLatin1String("+86")))
        digits.remove(0, 2);
    else if (digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    else if (digits.size() == 13 && digits.startsWith(QLatin1String("861")))
        digits.remove(0, 2); // a mobile number written as 86 138… without the plus
    else
        international = false;
    // +86 755 … is dialled 0755 … at home: landlines (not 1xx mobiles) get their trunk 0 back.
    if (international && !digits.isEmpty() && !digits.startsWith(QLatin1Char('1'))
        && !digits.startsWith(QLatin1Char('0')))
        digits.prepend(QLatin1Char('0'));
    return digits;
}

QString companyKey(const QString &name)
{
    static const QRegularExpression country(QStringLiteral("[(]\\s*(中国|中國|china|prc)\\s*[)]"),
                                            QRegularExpression::CaseInsensitiveOption);
    // NFKC has already turned （） into (), so one pattern covers both widths.
    QString s = name.normalized(QString::NormalizationForm_KC);
    s.remove(country);
    s = companyName(s);
    QString key;
    key.reserve(s.size());
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

QString email(const QString &email)
{
    return email.normalized(QString::NormalizationForm_KC).trimmed().toLower();
}

bool isRoleMailbox(const QString &emailKey)
{
    static const QSet<QString> roles{
        QStringLiteral("sales"),     QStringLiteral("info"),       QStringLiteral("service"),
        QStringLiteral("support"),   QStringLiteral("admin"),      QStringLiteral("contact"),
        QStringLiteral("office"),    QStringLiteral("hr"),         QStringLiteral("marketing"),
        QStringLiteral("market"),    QStringLiteral("business"),   QStringLiteral("bd"),
        QStringLiteral("kefu"),      QStringLiteral("hello"),      QStringLiteral("enquiry"),
        QStringLiteral("inquiry"),   QStringLiteral("noreply"),    QStringLiteral("no-reply"),
        QStringLiteral("webmaster"), QStringLiteral("postmaster"), QStringLiteral("xiaoshou"),
        QStringLiteral("shichang"),  QStringLiteral("order"),      QStringLiteral("orders")};
    const qsizetype at = emailKey.indexOf(QLatin1Char('@'));
    return at > 0 && roles.contains(emailKey.left(at));
}

} // namespace fd::normalize
