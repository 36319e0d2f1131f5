// FormDialog and its field-error display on the offscreen platform, driven by keys and
// clicks: a ValidationError keeps the dialog open, frames the field it names with the
// reason as tooltip and under it, focuses it (bringing its tab to the front), and the
// next save clears all of it; the lead and customer editors show their errors that way.
#include "builders.h"
#include "catchqt.h"
#include "tempdatabase.h"

#include "customers/customereditor.h"
#include "leads/leadeditor.h"
#include "widgets/fielderrordisplay.h"
#include "widgets/formdialog.h"

#include "storage/repositories/customerrepository.h"
#include "storage/repositories/leadrepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace fd;

namespace {

// Two fields, the second on a tab not shown: "code" must be three letters, "amount" an
// amount; a "general" problem names no field.
class ProbeDialog final : public FormDialog
{
public:
    ProbeDialog()
        : code(new QLineEdit(this))
        , amount(new QLineEdit(this))
        , tabs(new QTabWidget(this))
    {
        addField(QStringLiteral("Code"), code, QStringLiteral("code"));
        auto *first = new QWidget;
        auto *second = new QWidget;
        auto *form = new QFormLayout(second);
        form->addRow(QStringLiteral("Amount"), amount);
        form->addRow(newErrorLine(QStringLiteral("amount"), amount));
        tabs->addTab(first, QStringLiteral("First"));
        tabs->addTab(second, QStringLiteral("Second"));
        addBelow(tabs, 1);
    }

    void save() override
    {
        ++saves;
        QList<FieldError> errors;
        if (code->text().size() != 3)
            errors.append(
                {QStringLiteral("probe"), QStringLiteral("code"), code->text(), QStringLiteral("needs three letters")});
        parseMoney(amount, QStringLiteral("CNY"), QStringLiteral("probe"), QStringLiteral("amount"), errors);
        if (code->text() == QLatin1String("BAD"))
            errors.append({QStringLiteral("probe"), QStringLiteral("batch"), QString(), QStringLiteral("is closed")});
        if (!errors.isEmpty())
            throw ValidationError(errors);
        stored = code->text();
    }

    QLineEdit *code;
    QLineEdit *amount;
    QTabWidget *tabs;
    int saves = 0;
    QString stored;
};

void clickOk(FormDialog &d)
{
    QPushButton *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    REQUIRE(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

void showActive(QWidget &w)
{
    w.show();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

} // namespace

TEST_CASE("FormDialog keeps the dialog open and marks the field a ValidationError names", "[ui][formdialog]")
{
    ProbeDialog d;
    showActive(d);
    QTest::keyClicks(d.code, QStringLiteral("AB"));
    QTest::keyClicks(d.amount, QStringLiteral("120000"));
    clickOk(d);

    CHECK(d.saves == 1);
    CHECK(d.isVisible());
    CHECK(d.result() == QDialog::Rejected);
    CHECK(d.stored.isEmpty());
    CHECK(FieldErrorDisplay::isMarked(d.code));
    CHECK(d.code->toolTip() == QStringLiteral("needs three letters"));
    CHECK(d.errorText(QStringLiteral("code")) == QStringLiteral("needs three letters"));
    CHECK(QApplication::focusWidget() == d.code);
    CHECK_FALSE(FieldErrorDisplay::isMarked(d.amount));
    CHECK(d.errorText(QStringLiteral("amount")).isEmpty());
    CHECK(d.errorText(QStringLiteral("general")).isEmpty());

    // The amount's field sits on the second tab: it comes to the front with the focus.
    d.code->clear();
    QTest::keyClicks(d.code, QStringLiteral("BAD"));
    d.amount->clear();
    QTest::keyClicks(d.amount, QStringLiteral("-5"));
    d.code->setFocus();
    clickOk(d);
    CHECK(d.isVisible());
    CHECK_FALSE(FieldErrorDisplay::isMarked(d.code));
    CHECK(d.code->toolTip().isEmpty());
    CHECK(d.errorText(QStringLiteral("code")).isEmpty());
    CHECK(FieldErrorDisplay::isMarked(d.amount));
    CHECK(d.errorText(QStringLiteral("amount")).contains(QStringLiteral("negative")));
    CHECK(d.tabs->currentIndex() == 1);
    CHECK(QApplication::focusWidget() == d.amount);
    // The problem no field claims reads in full on the general line.
    CHECK(d.errorText(QStringLiteral("general")).contains(QStringLiteral("probe.batch")));

    // An amount written in another currency than the field's is refused, naming it.
    d.code->clear();
    QTest::keyClicks(d.code, QStringLiteral("ABC"));
    d.amount->clear();
    QTest::keyClicks(d.amount, QStringLiteral("$1,200"));
    clickOk(d);
    CHECK(d.isVisible());
    CHECK(d.saves == 3);
    CHECK(FieldErrorDisplay::isMarked(d.amount));
    CHECK(d.errorText(QStringLiteral("amount")).contains(QStringLiteral("USD")));
    CHECK(d.errorText(QStringLiteral("amount")).contains(QStringLiteral("CNY")));

    // Good input: saved, closed, nothing marked any more.
    d.code->clear();
    QTest::keyClicks(d.code, QStringLiteral("ABC"));
    d.amount->clear();
    QTest::keyClicks(d.amount, QStringLiteral("1,200.50"));
    clickOk(d);
    CHECK(d.saves == 4);
    CHECK(d.stored == QStringLiteral("ABC"));
    CHECK(d.result() == QDialog::Accepted);
    CHECK_FALSE(d.isVisible());
    CHECK_FALSE(FieldErrorDisplay::isMarked(d.amount));
    CHECK(d.errorText(QStringLiteral("general")).isEmpty());
}

TEST_CASE("the lead editor marks a refused field and stays open instead of a message box", "[ui][formdialog][leads]")
{
    test::TempDatabase t;
    LeadEditor editor(t.db(), Lead{});
    showActive(editor);
    auto *name = editor.findChildren<QLineEdit *>().at(0);
    auto *email = editor.findChildren<QLineEdit *>().at(4);
    QTest::keyClicks(email, QStringLiteral("not-an-address"));
    clickOk(editor);

    CHECK(editor.isVisible());
    CHECK(editor.lead().id == 0);
    CHECK(t.count(QStringLiteral("leads")) == 0);
    CHECK(FieldErrorDisplay::isMarked(name));
    CHECK(FieldErrorDisplay::isMarked(email));
    CHECK_FALSE(editor.errorText(QStringLiteral("name")).isEmpty());
    CHECK_FALSE(editor.errorText(QStringLiteral("email")).isEmpty());
    CHECK(QApplication::focusWidget() == name);

    QTest::keyClicks(name, QStringLiteral("Li Na"));
    email->clear();
    QTest::keyClicks(email, QStringLiteral("lina@example.cn"));
    clickOk(editor);
    CHECK(editor.result() == QDialog::Accepted);
    CHECK(LeadRepository(t.db()).get(editor.lead().id).email == QStringLiteral("lina@example.cn"));
}

TEST_CASE("the customer editor marks the customer's field, not a contact's field of the same name",
          "[ui][formdialog][customers]")
{
    test::TempDatabase t;
    CustomerEditor editor(t.db(), 0);
    showActive(editor);
    const QList<QLineEdit *> edits = editor.findChildren<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    QLineEdit *name = edits.at(0);
    QLineEdit *email = edits.at(3);
    QTest::keyClicks(name, QStringLiteral("Yunfan Networks"));
    editor.addContactRow(); // a contact without a name: its "name" is the contact's problem
    clickOk(editor);

    CHECK(editor.isVisible());
    CHECK(t.count(QStringLiteral("customers")) == 0);
    CHECK_FALSE(FieldErrorDisplay::isMarked(name));
    CHECK(editor.errorText(QStringLiteral("name")).isEmpty());
    CHECK(editor.errorText(QStringLiteral("contacts")).contains(QStringLiteral("Contact 1")));

    QTest::keyClicks(email, QStringLiteral("@@"));
    clickOk(editor);
    CHECK(FieldErrorDisplay::isMarked(email));
    CHECK(QApplication::focusWidget() == email);
    CHECK_FALSE(editor.errorText(QStringLiteral("email")).isEmpty());
}
