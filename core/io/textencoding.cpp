#include "textencoding.h"

#include <QIODevice>
#include <QSet>
#include <QStringDecoder>

#include <limits>

namespace fd {

QString toString(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 BOM");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case TextEncoding::Big5:
        return QStringLiteral("Big5");
    }
    return {};
}

std::optional<TextEncoding> parseTextEncoding(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (n == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("utf8bom") || n == QLatin1String("utf8sig"))
        return TextEncoding::Utf8Bom;
    // GBK and GB2312 are subsets of GB18030: decoding them as GB18030 is exact.
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") || n == QLatin1String("gb2312")
        || n == QLatin1String("cp936") || n == QLatin1String("windows936"))
        return TextEncoding::Gb18030;
    if (n == QLatin1String("big5") || n == QLatin1String("cp950") || n == QLatin1String("big5hkscs")
        || n == QLatin1String("windows950"))
        return TextEncoding::Big5;
    return std::nullopt;
}

QByteArray decoderName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        return QByteArrayLiteral("UTF-8");
    case TextEncoding::Gb18030:
        return QByteArrayLiteral("GB18030");
    case TextEncoding::Big5:
        return QByteArrayLiteral("Big5");
    }
    return {};
}

namespace encoding {

namespace {

constexpr qint64 kSampleSize = 64 * 1024;

// Frequent characters of Chinese business text in simplified and traditional forms.
// Decoding with the right table yields many of them; the wrong table yields rare ones.
const QSet<char32_t> &commonCharacters()
{
    static const QSet<char32_t> set = [] {
        const QString text = QStringLiteral(
            "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行"
            "所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日者意无力它"
            "与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应向头文体政美相见被利什二等产或新"
            "己制身果加西月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平"
            "系气题活更别打女变四总何电数安少报才结反受目太量再感建务做接必场件计管期市直资命山金指许统区保至队形社便空"
            "决治展马科司五基书非则听白界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望术"
            "领共确传师观清今切院让识带导争运笑改收根干造言联持组每济车亲极林服快办议往元证近失转夫令准布始存未远台单影"
            "具罗字爱流备连调深商算质团集百需价花华城石级整府离况请技际约示复病息究线似官火断精满支视消越器容照须九增研"
            "写称企八功包片史委查轻易早曾除农找装广显李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响推"
            "势参希古众构房半节土投某案黑维划致陈律足态护七兴派孩验责营星够章音跟志底站严例防族供效续施留讲型料终答紧黄"
            "绝奇察母京段依批群项故按河米围江织害双境客纪采举父苏密低朝友诉止细愿千值仍男钱破网热助属坐限船职速刻乐否刚"
            "状率普创假久错承印晚试股拿预益阳若微继送急血适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢获模充负云停木游"
            "龙树层冷洲略范竟句室异汉村策演简卡判担州静退既衣您宗积余检差富灵协角占配征修皮胜降阶审坚善刘读超免压银买养"
            "怀执副优香著田铁控税左右份艺背草概块顿敢守酒托户烈洋索胡款靠评版宝座释景顾弟登货互付慢欧换闻危核暗介坏讨良"
            "序升监临露永呼味野架域沙括吉减编楚肯测败屋梦散温困封贵缺楼县尚移朋画班智短掌遗固席松秘谢鲁遇康虑幸均销钟藏"
            "票损旧端探湖录叶春乡附吸予礼港雨板庭归顺输招婚补督油疗旅泽材逐笔词择寻厂博授诺岸唐卖载健堂旁宫借君禁园谋宋"
            "避抓荣孙迎宁纸训私庄祖翻典软盘扩盖雄稳亿拥杨齐赛购替努休途侵绿迅套贸毕唯谷轮库迹竞街促延申售灯针络抵朱鼓植"
            "夏杰筑折郑吴秀振盛丰蓝献符勇触课签订债融享冒奖厚纵障涉描洗庆播茶季丹仪尾庆港宜艾桥淡繁伴旦缘聚径启忠泰估恢"
            "們這個來會說時對為國過發後經動現實學還進當種樣開關長麼頭點業內條與間問題兩見機從無處權區隊書變應將樣總電數"
            "際術領傳識帶導爭運鄉費號盡語隨選響勢參構驗責營緊黃絕紀練舉親報資設計務產員專團導單價華級們戶額幣銷售聯繫線"
            "狀態來源活動贏輸報價約張劉陳楊趙黃吳孫馬羅鄭謝許韓馮鄧蕭葉蘇呂盧鐘譚陸賈韋鄒閻龍賀顧龔萬錢嚴湯廣慶漢蘇臺灣"
            "縣號責團貿製車環醫療銀險網絡軟統務諮詢發設備項採購確認擬談判訂幣階段負預聯擊郵寫簽議結東興達電網"
            "户机阶额货币销联系线状态来源动赢输报价约张刘陈杨赵吴孙马罗郑谢许韩冯邓萧叶苏吕卢钟谭陆贾韦邹闫龙贺顾龚钱严汤"
            "庆汉苏湾县号责团贸制车环医疗银险软统务咨询设备项采购确认拟谈判订负预击邮写签议结兴达电网"
            "北京上海天津重深圳杭州南成都武西安鲁豫冀晋辽吉黑浙皖闽赣湘鄂粤桂琼川贵滇藏陕甘青宁新"
            "有限公司股份集科技术贸易中心工程服管理咨询发展建设备教育金融物流能源环保项目方案需求初步接洽拟定合同年月日元"
            "人民币一二三四五六七八九十零");
        QSet<char32_t> s;
        for (char32_t c : text.toUcs4())
            s.insert(c);
        return s;
    }();
    return set;
}

bool isValidUtf8(const QByteArray &bytes, bool truncatedAtEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n) {
            // The sample may end inside a character: accept a cut-off tail.
            if (!truncatedAtEnd)
                return false;
            for (qsizetype k = i + 1; k < n; ++k) {
                if ((p[k] & 0xC0) != 0x80)
                    return false;
            }
            return true;
        }
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += extra + 1;
    }
    return true;
}

// How convincingly `sample` reads as Chinese in this encoding: common characters found,
// minus a heavy penalty for bytes the table cannot decode.
qint64 chineseScore(const QByteArray &sample, const char *name)
{
    QStringDecoder decoder(name, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return std::numeric_limits<qint64>::min();
    const QString text = decoder.decode(sample);
    const QSet<char32_t> &common = commonCharacters();
    qint64 score = 0;
    for (char32_t c : text.toUcs4()) {
        if (c == 0xFFFD)
            score -= 8;
        else if (common.contains(c))
            score += 2;
        else if (c >= 0xE000 && c <= 0xF8FF)
            score -= 4; // private use: user-defined areas of a wrong table
    }
    return score;
}

} // namespace

TextEncoding detect(const QByteArray &sampleIn)
{
    if (sampleIn.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8Bom;
    const bool truncated = sampleIn.size() >= kSampleSize;
    if (isValidUtf8(sampleIn, truncated))
        return TextEncoding::Utf8;
    // Drop a possibly cut double-byte character at the end of a truncated sample.
    QByteArray sample = sampleIn;
    if (truncated) {
        int cut = 0;
        while (cut < 4 && !sample.isEmpty() && static_cast<unsigned char>(sample.back()) >= 0x80) {
            sample.chop(1);
            ++cut;
        }
    }
    const qint64 gb = chineseScore(sample, "GB18030");
    const qint64 big5 = chineseScore(sample, "Big5");
    // Ties go to GB18030: the mainland offices this product is for save GBK.
    return big5 > gb ? TextEncoding::Big5 : TextEncoding::Gb18030;
}

qint64 utf8TextLine(const QByteArray &sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return 1;
    qsizetype first = -1;
    for (qsizetype i = 0; i < sample.size() && first < 0; ++i) {
        if (static_cast<unsigned char>(sample.at(i)) >= 0x80)
            first = i;
    }
    if (first < 0 || !isValidUtf8(sample, sample.size() >= kSampleSize))
        return 0;
    return 1 + sample.left(first).count('\n');
}

TextEncoding detect(QIODevice &device)
{
    return detect(device.peek(kSampleSize));
}

} // namespace encoding
} // namespace fd
