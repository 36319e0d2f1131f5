// All SQL lives in core: no file under ui/ or app/ may use the Qt SQL classes, the storage
// query class (SqlQuery), RowReader, or carry SQL text. Every query that bypasses the
// repositories and engines is one that scoping by role and audit by user would miss.
// The source tree is read from FD_SOURCE_DIR (set by tests/core/CMakeLists.txt).
#include "catchqt.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <catch2/catch.hpp>

namespace {

// One string literal as the compiler sees it: adjacent literals ("SELECT …" "FROM …")
// joined, with the line where the first one starts.
struct Literal
{
    int line = 0;
    QString text;
};

// A source file split into code (comments dropped, literals emptied, line breaks kept so
// that line numbers still match) and its string literals.
struct Source
{
    QString code;
    QList<Literal> literals;
};

Source split(const QString &src)
{
    Source out;
    int line = 1;
    bool joinable = false; // only whitespace or comments since the last literal ended
    const int n = int(src.size());
    int i = 0;
    auto addLiteral = [&](int startLine, const QString &text) {
        if (joinable && !out.literals.isEmpty())
            out.literals.last().text += text;
        else
            out.literals.append({startLine, text});
        joinable = true;
        out.code += QStringLiteral("\"\"");
    };
    while (i < n) {
        const QChar c = src.at(i);
        const QChar next = i + 1 < n ? src.at(i + 1) : QChar();
        if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            while (i < n && src.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            i += 2;
            while (i < n && !(src.at(i) == QLatin1Char('*') && i + 1 < n && src.at(i + 1) == QLatin1Char('/'))) {
                if (src.at(i) == QLatin1Char('\n')) {
                    out.code += QLatin1Char('\n');
                    ++line;
                }
                ++i;
            }
            i += 2;
        } else if (c == QLatin1Char('R') && next == QLatin1Char('"')
                   && (i == 0 || !(src.at(i - 1).isLetterOrNumber() || src.at(i - 1) == QLatin1Char('_')))) {
            // Raw string R"delim( … )delim".
            const int open = int(src.indexOf(QLatin1Char('('), i + 2));
            const QString close = QLatin1Char(')') + src.mid(i + 2, open - i - 2) + QLatin1Char('"');
            const int end = open < 0 ? -1 : int(src.indexOf(close, open + 1));
            const int stop = end < 0 ? n : end;
            const QString text = open < 0 ? QString() : src.mid(open + 1, stop - open - 1);
            addLiteral(line, text);
            line += int(text.count(QLatin1Char('\n')));
            out.code += QString(int(text.count(QLatin1Char('\n'))), QLatin1Char('\n'));
            i = end < 0 ? n : end + int(close.size());
        } else if (c == QLatin1Char('"')) {
            QString text;
            ++i;
            while (i < n && src.at(i) != QLatin1Char('"') && src.at(i) != QLatin1Char('\n')) {
                if (src.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i; // an escaped character stands for itself (\" does not end the literal)
                text += src.at(i++);
            }
            ++i;
            addLiteral(line, text);
        } else if (c == QLatin1Char('\'')
                   && (i == 0 || !src.at(i - 1).isLetterOrNumber())) { // not a digit separator (1'000)
            ++i;
            while (i < n && src.at(i) != QLatin1Char('\'') && src.at(i) != QLatin1Char('\n'))
                i += src.at(i) == QLatin1Char('\\') ? 2 : 1;
            ++i;
            out.code += QStringLiteral("''");
            joinable = false;
        } else {
            if (c == QLatin1Char('\n'))
                ++line;
            if (!c.isSpace())
                joinable = false;
            out.code += c;
            ++i;
        }
    }
    return out;
}

// The shapes of SQL in a string literal. Keywords in capitals, as all SQL in FunnelDesk is
// written, are matched with their shape (a column after SELECT, a table after FROM…); the
// lower-case forms only where English cannot take that shape (a placeholder, "= ?",
// "INTO table (", "SET column ="), so that tr("Select a customer from the list") is text.
const QList<QRegularExpression> &sqlShapes()
{
    static const QList<QRegularExpression> shapes = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        return QList<QRegularExpression>{
            QRegularExpression(QStringLiteral("\\bSELECT\\s+(DISTINCT\\s+)?[\\w.*(\"]")),
            QRegularExpression(QStringLiteral("\\bINSERT\\s+(OR\\s+\\w+\\s+)?INTO\\b")),
            QRegularExpression(QStringLiteral("\\bUPDATE\\s+\\w+\\s+SET\\b")),
            QRegularExpression(QStringLiteral("\\bDELETE\\s+FROM\\b")),
            QRegularExpression(
                QStringLiteral("\\bFROM\\s+\\w+(\\s+\\w+)?\\s+(WHERE|JOIN|LEFT|INNER|ORDER\\s+BY|GROUP\\s+BY)\\b")),
            QRegularExpression(QStringLiteral("\\bWHERE\\s+[\\w.]+\\s*(=|<>|<|>|IN\\b|IS\\b|LIKE\\b)")),
            QRegularExpression(QStringLiteral("\\bselect\\b.+\\bfrom\\s+\\w+.*(\\?|:\\w+|\\bwhere\\s+[\\w.]+\\s*=)"),
                               ci),
            QRegularExpression(QStringLiteral("\\binsert\\s+into\\s+\\w+\\s*\\("), ci),
            QRegularExpression(QStringLiteral("\\bdelete\\s+from\\s+\\w+\\s+where\\b"), ci),
            QRegularExpression(QStringLiteral("\\bupdate\\s+\\w+\\s+set\\s+\\w+\\s*="), ci),
        };
    }();
    return shapes;
}

// What a file does with SQL, one "line: what" per finding; empty when it does nothing.
QStringList sqlUses(const QString &src)
{
    QStringList found;
    // Headers: the Qt SQL module, the storage query class, the row reader.
    static const QRegularExpression include(
        QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]*(QSql\\w*|QtSql|sqlquery\\.h|rowreader\\.h))[>\"]"),
        QRegularExpression::MultilineOption);
    for (auto it = include.globalMatch(src); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int line = int(src.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
        found << QStringLiteral("%1: includes %2").arg(line).arg(m.captured(1));
    }
    const Source s = split(src);
    // Code (not comments, not text): the Qt SQL classes, SqlQuery, RowReader.
    static const QRegularExpression classes(QStringLiteral("\\b(QSql\\w+|SqlQuery|RowReader)\\b"));
    const QStringList lines = s.code.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().startsWith(QLatin1Char('#')))
            continue; // includes are reported above
        for (auto it = classes.globalMatch(lines.at(i)); it.hasNext();)
            found << QStringLiteral("%1: uses %2").arg(i + 1).arg(it.next().captured(1));
    }
    for (const Literal &l : s.literals)
        for (const QRegularExpression &shape : sqlShapes()) {
            const QRegularExpressionMatch m = shape.match(l.text);
            if (m.hasMatch()) {
                found << QStringLiteral("%1: SQL text \"%2\"").arg(l.line).arg(l.text.left(70));
                break;
            }
        }
    return found;
}

} // namespace

TEST_CASE("the SQL detector tells SQL from words on screen", "[architecture]")
{
    SECTION("SQL in its shapes is found, with its line")
    {
        CHECK(sqlUses(QStringLiteral("int a;\nQSqlQuery q(db);\n"))
              == QStringList{QStringLiteral("2: uses QSqlQuery")});
        CHECK(sqlUses(QStringLiteral("auto d = QSqlDatabase::database();")).size() == 1);
        CHECK(sqlUses(QStringLiteral("SqlQuery q(db, sql);")).size() == 1);
        CHECK(sqlUses(QStringLiteral("analytics::RowReader r(db);")).size() == 1);
        CHECK(sqlUses(QStringLiteral("#include \"storage/sqlquery.h\"\n")).size() == 1);
        CHECK(sqlUses(QStringLiteral("#include <QSqlQuery>\n")).size() == 1);
        CHECK(sqlUses(QStringLiteral("x;\n#include <QtSql/QSqlRecord>\n"))
              == QStringList{QStringLiteral("2: includes QtSql/QSqlRecord")});
        // Split over adjacent literals, as long statements are written.
        const QStringList split = sqlUses(QStringLiteral("run(QStringLiteral(\"SELECT o.id, o.title \"\n"
                                                         "                    \"FROM opportunities o\"));"));
        REQUIRE(split.size() == 1);
        CHECK(split.first().startsWith(QStringLiteral("1: SQL text")));
        for (const char *sql :
             {"SELECT count(*) FROM contracts", "SELECT name FROM regions ORDER BY name", "SELECT 1",
              "INSERT INTO leads (name) VALUES (?)", "INSERT OR IGNORE INTO t", "UPDATE users SET active = 0",
              "DELETE FROM teams", "select title from opportunities where id = ?",
              "select id from users where login = :l", "insert into leads (name) values (?)",
              "delete from teams where id = 1", "update users set active = 0", "SELECT \\\"x\\\" FROM t",
              "o.amount_cents FROM opportunities o WHERE o.id IN (%1)", "... WHERE t.done = 0"}) {
            INFO(sql);
            CHECK(sqlUses(QStringLiteral("f(\"%1\");").arg(QLatin1String(sql))).size() == 1);
        }
    }
    SECTION("words on screen, comments and other names are not SQL")
    {
        for (const char *text :
             {"tr(\"Select a customer\")", "tr(\"Select a customer from the list\")", "tr(\"Delete from the board?\")",
              "tr(\"Update the set of stages\")", "tr(\"Insert into the plan\")", "tr(\"Select\")",
              "tr(\"Where the deals come from\")", "tr(\"Select the team from which the deals come\")",
              "// SELECT id FROM users WHERE login = ?\nint a;", "/* QSqlQuery q;\n SqlQuery k; */ int b;",
              "// a QSqlDatabase belongs to the thread that opened it", "MySqlQueryLike x; RowReaderish y;",
              "int n = 1'000; const char *s = \"SELECT-like\";", "tr(\"Rep %1\")", "f('\"'); g(\"Select a rep\");"}) {
            INFO(text);
            CHECK(sqlUses(QString::fromUtf8(text)).isEmpty());
        }
    }
}

TEST_CASE("no file under ui/ or app/ uses SQL: it all lives in core", "[architecture]")
{
    const QDir root(QStringLiteral(FD_SOURCE_DIR));
    QStringList offences;
    int files = 0;
    for (const char *top : {"ui", "app"}) {
        QDirIterator it(
            root.filePath(QLatin1String(top)),
            {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.hpp"), QStringLiteral("*.cc")},
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadOnly));
            ++files;
            for (const QString &use : sqlUses(QString::fromUtf8(f.readAll())))
                offences << root.relativeFilePath(path) + QLatin1Char(':') + use;
        }
    }
    // The tree was really read (a wrong FD_SOURCE_DIR must not pass as "nothing found").
    REQUIRE(files > 100);
    INFO("Move these into a repository or engine in core/:\n" << offences.join(QLatin1Char('\n')).toStdString());
    CHECK(offences.isEmpty());
}
