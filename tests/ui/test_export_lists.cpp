// Export of a list as shown: a RecordTable with a filter writes exactly the filtered
// rows to CSV (BOM, header, rows) and XLSX (read back with the core reader).
#include "catchqt.h"

#include "io/xlsxfilereader.h"
#include "widgets/recordtable.h"
#include "widgets/recordtablemodel.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace fd;

namespace {
struct Firm
{
    qint64 id = 0;
    QString name;
    QString city;
    int count = 0;
};

// Three firms, two of them in 上海, in a table filtered on 上海.
struct Listed
{
    explicit Listed(const QString &key)
        : model({{[] { return QStringLiteral("名称"); }, [](const Firm &f) { return QVariant(f.name); }},
                 {[] { return QStringLiteral("城市"); }, [](const Firm &f) { return QVariant(f.city); }},
                 {[] { return QStringLiteral("数量"); }, [](const Firm &f) { return QVariant(f.count); }}},
                [](const Firm &f) { return f.id; })
        , table(key, &model)
    {
        model.setRows({{1, QStringLiteral("华东贸易"), QStringLiteral("上海"), 12},
                       {2, QStringLiteral("北方机械"), QStringLiteral("北京"), 7},
                       {3, QStringLiteral("海派科技"), QStringLiteral("上海"), 3}});
        table.setFilterText(QStringLiteral("上海"));
    }
    RecordListModel<Firm> model;
    RecordTable table;
};
} // namespace

TEST_CASE("RecordTable exports the filtered rows to CSV")
{
    Listed listed(QStringLiteral("exportTest"));
    RecordTable &table = listed.table;
    REQUIRE(table.rowCount() == 2);
    REQUIRE(table.view()->actions().size() == 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    CHECK(table.exportTo(ExportFormat::Csv, path) == 2);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == QStringLiteral("名称,城市,数量"));
    CHECK(lines.at(1) == QStringLiteral("华东贸易,上海,12"));
    CHECK(lines.at(2) == QStringLiteral("海派科技,上海,3"));
    CHECK_FALSE(bytes.contains("北方机械"));
}

TEST_CASE("RecordTable exports the filtered rows to XLSX")
{
    Listed listed(QStringLiteral("exportTest"));
    RecordTable &table = listed.table;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.xlsx"));
    CHECK(table.exportTo(ExportFormat::Xlsx, path) == 2);
    XlsxFileReader reader(path);
    SourceRecord record;
    QList<QStringList> rows;
    while (reader.next(record))
        rows << record.fields;
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0) == QStringList{QStringLiteral("名称"), QStringLiteral("城市"), QStringLiteral("数量")});
    CHECK(rows.at(1) == QStringList{QStringLiteral("华东贸易"), QStringLiteral("上海"), QStringLiteral("12")});
    CHECK(rows.at(2) == QStringList{QStringLiteral("海派科技"), QStringLiteral("上海"), QStringLiteral("3")});
}
