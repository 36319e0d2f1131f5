#include "customereditor.h"

#include "rolepolicy.h"
#include "widgets/historytab.h"

#include "domain/organization.h"
#include "storage/database.h"
#include "storage/repositories/customerrepository.h"
#include "storage/repositories/organizationrepository.h"
#include "storage/transaction.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>

namespace fd {

namespace {

enum Column { Name, Title, Mobile, Phone, Email, WeChat, Primary, ColumnCount };
constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

CustomerEditor::CustomerEditor(Database &db, qint64 customerId, QWidget *parent)
    : FormDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_industry(new QLineEdit(this))
    , m_size(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_website(new QLineEdit(this))
    , m_source(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_contacts(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("customerEditor"));
    if (customerId)
        m_loaded = CustomerRepository(db).get(customerId);
    setWindowTitle(customerId ? tr("Edit customer") : tr("New customer"));

    const QList<QPair<QString, QString>> sizes{
        {QString(), tr("(not set)")},           {QStringLiteral("micro"), tr("Micro")},
        {QStringLiteral("small"), tr("Small")}, {QStringLiteral("medium"), tr("Medium")},
        {QStringLiteral("large"), tr("Large")}, {QStringLiteral("enterprise"), tr("Enterprise")}};
    for (const auto &s : sizes)
        m_size->addItem(s.second, s.first);
    m_region->addItem(tr("(none)"), 0);
    OrganizationRepository org(db);
    for (const Region &r : org.regions())
        m_region->addItem(r.name, r.id);
    m_owner->addItem(tr("(none)"), 0);
    for (const User &u : org.users())
        m_owner->addItem(u.displayName, u.id);

    const Customer &c = m_loaded;
    m_name->setText(c.name);
    m_industry->setText(c.industry);
    m_size->setCurrentIndex(qMax(0, m_size->findData(c.size)));
    m_region->setCurrentIndex(qMax(0, m_region->findData(c.regionId)));
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(c.ownerId)));
    m_phone->setText(c.phone);
    m_email->setText(c.email);
    m_address->setText(c.address);
    m_website->setText(c.website);
    m_source->setText(c.source);
    m_notes->setPlainText(c.notes);
    m_notes->setMaximumHeight(70);

    // The customer's fields take the customer's errors; its contacts' show in the table.
    setFieldEntity(QStringLiteral("customer"));
    setConflictMessage(tr("Someone else changed this customer after you opened it. Nothing was saved; "
                          "close the editor and open it again to see their changes."));
    addField(tr("Name"), m_name, QStringLiteral("name"));
    addField(tr("Industry"), m_industry, QStringLiteral("industry"));
    addField(tr("Size"), m_size, QStringLiteral("size"));
    addField(tr("Region"), m_region, QStringLiteral("region"));
    addField(tr("Owner"), m_owner, QStringLiteral("owner"));
    addField(tr("Phone"), m_phone, QStringLiteral("phone"));
    addField(tr("E-mail"), m_email, QStringLiteral("email"));
    addField(tr("Address"), m_address, QStringLiteral("address"));
    addField(tr("Website"), m_website, QStringLiteral("website"));
    addField(tr("Source"), m_source, QStringLiteral("source"));
    addField(tr("Notes"), m_notes, QStringLiteral("notes"));

    m_contacts->setHorizontalHeaderLabels(
        {tr("Name"), tr("Title"), tr("Mobile"), tr("Phone"), tr("E-mail"), tr("WeChat"), tr("Primary")});
    m_contacts->verticalHeader()->hide();
    m_contacts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const Contact &k : c.contacts) {
        m_contacts->insertRow(m_contacts->rowCount());
        setContactRow(m_contacts->rowCount() - 1, k);
    }
    auto *add = new QPushButton(tr("Add contact"), this);
    auto *remove = new QPushButton(tr("Remove contact"), this);
    add->setObjectName(QStringLiteral("addContact"));
    remove->setObjectName(QStringLiteral("removeContact"));
    connect(add, &QPushButton::clicked, this, &CustomerEditor::addContactRow);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int r = m_contacts->currentRow();
        if (r >= 0)
            m_contacts->removeRow(r);
    });
    auto *contactButtons = new QHBoxLayout;
    contactButtons->addWidget(new QLabel(tr("Contacts"), this), 1);
    contactButtons->addWidget(add);
    contactButtons->addWidget(remove);

    // Contact problems that name no cell of the table ("at least one contact") show here.
    // The cells are the marks there (the table keeps its look and selection).
    m_contactError = newErrorLine(QStringLiteral("contacts"), nullptr);
    addBelow(contactButtons);
    addBelow(m_contactError);
    addBelow(m_contacts, 1);
    if (customerId) {
        auto *history = new HistoryTab(db, this); // the customer's and its contacts' changes
        QList<QPair<QString, qint64>> records{{QStringLiteral("customer"), customerId}};
        for (const Contact &k : c.contacts)
            records.append({QStringLiteral("contact"), k.id});
        history->setRecords(records);
        addBelow(HistoryTab::inOwnTabs(history, this), 1);
    }
    resize(680, customerId ? 900 : 760);
    rolepolicy::limitEditor(*this, db, RecordType::Customer, customerId);
}

void CustomerEditor::setContactRow(int row, const Contact &c)
{
    const QStringList texts{c.name, c.title, c.mobile, c.phone, c.email, c.wechat};
    for (int col = 0; col < texts.size(); ++col)
        m_contacts->setItem(row, col, new QTableWidgetItem(texts.at(col)));
    auto *primary = new QTableWidgetItem;
    primary->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    primary->setCheckState(c.isPrimary ? Qt::Checked : Qt::Unchecked);
    m_contacts->setItem(row, Primary, primary);
    m_contacts->item(row, Name)->setData(kIdRole, c.id);
}

void CustomerEditor::addContactRow()
{
    const int r = m_contacts->rowCount();
    m_contacts->insertRow(r);
    Contact c;
    c.isPrimary = r == 0; // the first contact of a customer is its primary one
    setContactRow(r, c);
    m_contacts->setCurrentCell(r, Name);
}

QList<Contact> CustomerEditor::collectContacts() const
{
    QList<Contact> out;
    for (int r = 0; r < m_contacts->rowCount(); ++r) {
        const auto text = [&](int col) {
            const QTableWidgetItem *i = m_contacts->item(r, col);
            return i ? i->text().trimmed() : QString();
        };
        Contact c;
        c.id = m_contacts->item(r, Name)->data(kIdRole).toLongLong();
        c.customerId = m_loaded.id;
        c.name = text(Name);
        c.title = text(Title);
        c.mobile = text(Mobile);
        c.phone = text(Phone);
        c.email = text(Email);
        c.wechat = text(WeChat);
        c.isPrimary = m_contacts->item(r, Primary)->checkState() == Qt::Checked;
        // Keep the notes the table does not show.
        for (const Contact &old : m_loaded.contacts) {
            if (old.id == c.id && c.id)
                c.notes = old.notes;
        }
        out << c;
    }
    return out;
}

void CustomerEditor::clearUnclaimed()
{
    for (int r = 0; r < m_contacts->rowCount(); ++r) {
        for (int col = 0; col < ColumnCount; ++col) {
            if (QTableWidgetItem *cell = m_contacts->item(r, col)) {
                cell->setData(Qt::BackgroundRole, QVariant());
                cell->setToolTip(QString());
            }
        }
    }
}

namespace {

// The contacts table column of a contact field, -1 for one the table does not show.
int contactColumn(const QString &field)
{
    static const QHash<QString, int> columns{{QStringLiteral("name"), Name},     {QStringLiteral("title"), Title},
                                             {QStringLiteral("mobile"), Mobile}, {QStringLiteral("phone"), Phone},
                                             {QStringLiteral("email"), Email},   {QStringLiteral("wechat"), WeChat}};
    return columns.value(field, -1);
}

} // namespace

QList<FieldError> CustomerEditor::showUnclaimed(const QList<FieldError> &errors)
{
    // A contact's problem: its cell tinted with the reason as tooltip, a line above the table.
    QList<FieldError> rest;
    QList<FieldError> contactLines;
    QTableWidgetItem *first = nullptr;
    for (const FieldError &e : errors) {
        if (e.entity != QLatin1String("contact")) {
            rest << e;
            continue;
        }
        FieldError line = e;
        line.field = QStringLiteral("contacts");
        const int column = contactColumn(e.field);
        if (e.row > 0 && column >= 0) {
            line.reason =
                tr("Contact %1, %2: %3").arg(e.row).arg(m_contacts->horizontalHeaderItem(column)->text(), e.reason);
            if (QTableWidgetItem *cell = m_contacts->item(e.row - 1, column)) {
                cell->setBackground(QColor(0xfd, 0xe2, 0xe1));
                cell->setToolTip(e.reason);
                first = first ? first : cell;
            }
        } else {
            line.reason = e.message();
        }
        line.entity = QStringLiteral("customer");
        contactLines << line;
    }
    fieldErrors().show(contactLines);
    if (first)
        m_contacts->scrollToItem(first);
    return rest;
}

void CustomerEditor::store(Customer &c, const QList<Contact> &contacts)
{
    CustomerRepository repo(m_db);
    if (!c.id) {
        c.contacts = contacts;
        repo.create(c);
        return;
    }
    // Customer fields and contact changes succeed or fail together.
    Transaction tx(m_db);
    repo.update(c);
    QSet<qint64> kept;
    for (const Contact &k : contacts)
        kept.insert(k.id);
    for (const Contact &old : m_loaded.contacts) {
        if (!kept.contains(old.id))
            repo.removeContact(old.id);
    }
    for (Contact k : contacts) {
        if (k.id)
            repo.updateContact(k);
        else
            repo.addContact(k);
    }
    tx.commit();
}

void CustomerEditor::save()
{
    Customer c = m_loaded;
    c.contacts.clear();
    c.name = m_name->text().trimmed();
    c.industry = m_industry->text().trimmed();
    c.size = m_size->currentData().toString();
    c.regionId = m_region->currentData().toLongLong();
    c.ownerId = m_owner->currentData().toLongLong();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.address = m_address->text().trimmed();
    c.website = m_website->text().trimmed();
    c.source = m_source->text().trimmed();
    c.notes = m_notes->toPlainText();
    const QList<Contact> contacts = collectContacts();
    // Validate everything first so every problem shows at once.
    Customer probe = c;
    probe.contacts = contacts;
    CustomerRepository(m_db).validate(probe);
    store(c, contacts);
    m_loaded = CustomerRepository(m_db).get(c.id);
}

} // namespace fd
