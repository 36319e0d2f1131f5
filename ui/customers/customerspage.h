#pragma once

#include "pageregistry.h"

#include "livepage.h"
#include "widgets/recordtablemodel.h"

#include "domain/customer.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace fd {

class RecordTable;

// 客户: the company's customer file (sortable, filterable list) and the 360° view of the
// current customer: contacts, activity timeline, opportunities, contracts with payments,
// attached files, and its tier with the reason. Rescoring and reassignment on leave.
class CustomersPage final : public LivePage
{
    Q_OBJECT

public:
    explicit CustomersPage(PageContext &context, QWidget *parent = nullptr);

    // Attaches the file at path to the current customer (stored in the database). Returns
    // false, after saying why, when it is too big, unreadable or refused.
    bool addAttachment(const QString &path);

private:
    void retranslateUi() override;
    // Reads the customer list (and the current customer) again.
    void reload() override;
    void showCustomer(qint64 id);
    void rescore();
    void editScoringRules();
    void reassign();
    void editCustomer(qint64 id);
    void saveAttachmentAs();
    void removeAttachment();
    qint64 currentAttachment() const;

    PageContext &m_context;
    qint64 m_current = 0;
    QLabel *m_heading;
    QLineEdit *m_filter;
    QPushButton *m_rescore;
    QPushButton *m_scoringRules;
    QPushButton *m_reassign;
    QPushButton *m_new;
    QPushButton *m_edit;
    RecordListModel<CustomerSummary> *m_rows;
    RecordTable *m_list;
    QLabel *m_title;
    QLabel *m_tier;
    QTabWidget *m_tabs;
    QTableWidget *m_contacts;
    QTableWidget *m_activities;
    QTableWidget *m_opportunities;
    QTableWidget *m_contracts;
    QTableWidget *m_files;
    QPushButton *m_addFile;
    QPushButton *m_saveFile;
    QPushButton *m_removeFile;
};

} // namespace fd
