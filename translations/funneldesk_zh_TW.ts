<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Access</name>
    <message>
        <source>Only an administrator may change people and teams: sign in as one.</source>
        <translation>只有管理員可以變更人員和團隊：請以管理員身分登入。</translation>
    </message>
    <message>
        <source>Only an administrator may change people and teams; %1 is signed in as %2.</source>
        <translation>只有管理員可以變更人員和團隊；目前登入的是 %1（%2）。</translation>
    </message>
    <message>
        <source>This database has no administrator yet: create the administrator first, then sign in as them.</source>
        <translation>此資料庫還沒有管理員：請先建立管理員，再以管理員身分登入。</translation>
    </message>
    <message>
        <source>This database has no administrator yet: the first person added must be an active administrator.</source>
        <translation>此資料庫還沒有管理員：新增的第一個人必須是在職的管理員。</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>業務代表</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>經理</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>財務</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>登入名稱不存在或密碼錯誤。</translation>
    </message>
    <message>
        <source>A team database signs you in with your PostgreSQL login; FunnelDesk keeps no password there.</source>
        <translation>團隊資料庫以您的 PostgreSQL 登入身分登入；FunnelDesk 不在其中儲存密碼。</translation>
    </message>
    <message>
        <source>%1 has no password yet: an administrator sets one in Settings → People &amp; teams (or funneldesk-cli user set-password).</source>
        <translation>%1 還沒有密碼：請管理員在「設定 → 人員與團隊」中設定（或使用 funneldesk-cli user set-password）。</translation>
    </message>
    <message>
        <source>%1 is deactivated: ask an administrator.</source>
        <translation>%1 已停用：請聯絡管理員。</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>目前沒有人登入。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Only an administrator may set the amount above which contracts need an administrator&apos;s approval.</source>
        <translation>只有管理員可以設定合約需要管理員審批的金額門檻。</translation>
    </message>
    <message>
        <source>Contract %1: sign in to submit, approve or reject contracts.</source>
        <translation>合約 %1：請先登入，才能提交、審批或駁回合約。</translation>
    </message>
    <message>
        <source>Contract %1: %2 is deactivated.</source>
        <translation>合約 %1：%2 已停用。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>無人</translation>
    </message>
    <message>
        <source>Contract %1 can be submitted only by its owner %2, their manager or an administrator; %3 is signed in.</source>
        <translation>合約 %1 只能由負責人 %2、其經理或管理員提交；目前登入的是 %3。</translation>
    </message>
    <message>
        <source>Contract %1 is %2&apos;s own: somebody else approves it.</source>
        <translation>合約 %1 是 %2 自己的合約：須由他人審批。</translation>
    </message>
    <message>
        <source>Contract %1 waits for the approval of %2, the owner&apos;s team manager; %3 is signed in.</source>
        <translation>合約 %1 等待負責人所在團隊的經理 %2 審批；目前登入的是 %3。</translation>
    </message>
    <message>
        <source>Contract %1 waits for an administrator&apos;s approval (its owner has no other manager); %2 is signed in.</source>
        <translation>合約 %1 等待管理員審批（負責人沒有其他經理）；目前登入的是 %2。</translation>
    </message>
    <message>
        <source>Contract %1 is above %2 and waits for an administrator&apos;s second approval; %3 is signed in.</source>
        <translation>合約 %1 金額超過 %2，等待管理員二級審批；目前登入的是 %3。</translation>
    </message>
    <message>
        <source>Contract %1: %2 gave the first approval; the second must come from another administrator.</source>
        <translation>合約 %1：%2 已做一級審批；二級審批須由另一位管理員完成。</translation>
    </message>
    <message>
        <source>Contract %1 was changed by someone else meanwhile.</source>
        <translation>合約 %1 在此期間已被他人修改。</translation>
    </message>
    <message>
        <source>This PostgreSQL database has no FunnelDesk logins: the server&apos;s administrator sets passwords there (ALTER ROLE … PASSWORD).</source>
        <translation>此 PostgreSQL 資料庫沒有 FunnelDesk 登入：密碼由伺服器管理員在伺服器上設定（ALTER ROLE … PASSWORD）。</translation>
    </message>
    <message>
        <source>This database is already set up: it has a sales process, deals or an administrator.</source>
        <translation>此資料庫已經設定過：已有銷售流程、商機或管理員。</translation>
    </message>
</context>
<context>
    <name>AddInvoiceCommand</name>
    <message>
        <source>invoice of %1 on %2</source>
        <translation>開票 %1（%2）</translation>
    </message>
</context>
<context>
    <name>AddReceiptCommand</name>
    <message>
        <source>receipt of %1 on %2</source>
        <translation>回款 %1（%2）</translation>
    </message>
</context>
<context>
    <name>AddWriteOffCommand</name>
    <message>
        <source>write-off of %1 on %2</source>
        <translation>減免 / 核銷 %1（%2）</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>待審批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>依原狀態錄入</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Changed, back to approval</source>
        <translation>已變更，重新審批</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>經理</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理員</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Nobody signed in</source>
        <translation>未登入（無人）</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>（已隱藏）</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>透過%1</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>線索</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>跟進任務</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>發票</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>收款計畫</translation>
    </message>
    <message>
        <source>Receivable adjustment</source>
        <translation>應收調整</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>銷售流程</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>產品線</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Moved to another stage</source>
        <translation>推進階段</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>轉交</translation>
    </message>
    <message>
        <source>Returned to the pool</source>
        <translation>退回公海</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>密碼錯誤</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>贏率</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>預計成交日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>輸單原因</translation>
    </message>
    <message>
        <source>Disqualified because</source>
        <translation>無效原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>關閉時間</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部編號</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>建立者</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客戶等級</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>規模</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>經理</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要聯絡人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合約編號</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>審批</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>簽訂日期</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登入名稱</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>顯示名稱</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Merged from</source>
        <translation>合併自</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>合併到</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>復原合併</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>評分規則</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令列</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面程式</translation>
    </message>
    <message>
        <source>Remembered on this desktop</source>
        <translation>本機記住的登入</translation>
    </message>
    <message>
        <source>Performance split</source>
        <translation>業績拆分</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Cost of the line items</source>
        <translation>產品明細成本</translation>
    </message>
    <message>
        <source>Incentive plan</source>
        <translation>績效方案</translation>
    </message>
    <message>
        <source>Version from</source>
        <translation>版本生效日</translation>
    </message>
    <message>
        <source>Pay period close</source>
        <translation>月結</translation>
    </message>
    <message>
        <source>Statement review</source>
        <translation>績效單審核</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>稽核日誌</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>該記錄已不存在。</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>No expected close date</source>
        <translation>無預計成交日</translation>
    </message>
    <message>
        <source>Close date passed &gt; 30 days ago</source>
        <translation>預計成交日已過 30 天以上</translation>
    </message>
    <message>
        <source>Close date passed ≤ 30 days ago</source>
        <translation>預計成交日已過 30 天以內</translation>
    </message>
    <message>
        <source>Due in 1–30 days</source>
        <translation>1–30 天內到期</translation>
    </message>
    <message>
        <source>Due in 31–60 days</source>
        <translation>31–60 天內到期</translation>
    </message>
    <message>
        <source>Due in 61–90 days</source>
        <translation>61–90 天內到期</translation>
    </message>
    <message>
        <source>Due in more than 90 days</source>
        <translation>90 天以後到期</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Changed by someone else at %1</source>
        <translation>已被他人於 %1 修改</translation>
    </message>
    <message>
        <source>Changed by %1 at %2</source>
        <translation>%1 已於 %2 修改</translation>
    </message>
    <message>
        <source>%1 × %2 at %3</source>
        <translation>%1 × %2，單價 %3</translation>
    </message>
    <message>
        <source>, %1% off</source>
        <translation>，折扣 %1%</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>贏率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>預計成交</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>外部編號</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>產品明細</translation>
    </message>
    <message>
        <source>Deal team</source>
        <translation>商機團隊</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合約編號</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>簽約日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>The %1 %2 was deleted meanwhile.</source>
        <translation>%1 %2 已在此期間被刪除。</translation>
    </message>
</context>
<context>
    <name>CreateDealCommand</name>
    <message>
        <source>New opportunity %1</source>
        <translation>新增商機 %1</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Cannot open the database</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>FunnelDesk could not open the database file
%1</source>
        <translation>FunnelDesk 無法開啟資料庫檔案
%1</translation>
    </message>
    <message>
        <source>Database from a newer FunnelDesk</source>
        <translation>資料庫來自更新版本的 FunnelDesk</translation>
    </message>
    <message>
        <source>The database
%1
was written by a newer version of FunnelDesk (schema version %2; this version knows up to %3).

Install the newer FunnelDesk to open it. Nothing in the file was changed.</source>
        <translation>資料庫
%1
由更新版本的 FunnelDesk 寫入（結構版本 %2；本版本最高支援 %3）。

請安裝新版 FunnelDesk 後再開啟。檔案未做任何改動。</translation>
    </message>
    <message>
        <source>The database
%1
could not be brought up to date; the step that failed was rolled back.</source>
        <translation>資料庫
%1
無法升級到目前版本；失敗的步驟已復原。</translation>
    </message>
    <message>
        <source>A copy of the file as it was before the update is kept at
%1</source>
        <translation>升級前的檔案副本儲存在
%1</translation>
    </message>
    <message>
        <source>Cannot update the database</source>
        <translation>無法升級資料庫</translation>
    </message>
    <message>
        <source>FunnelDesk could not open the team database
%1</source>
        <translation>FunnelDesk 無法開啟團隊資料庫
%1</translation>
    </message>
    <message>
        <source>Cannot open the team database</source>
        <translation>無法開啟團隊資料庫</translation>
    </message>
    <message>
        <source>FunnelDesk could not open the team database
%1

Check the server address, the database name, the user name and the password.</source>
        <translation>FunnelDesk 無法開啟團隊資料庫
%1

請檢查伺服器位址、資料庫名稱、使用者名稱和密碼。</translation>
    </message>
</context>
<context>
    <name>DefaultPipeline</name>
    <message>
        <source>Initial contact</source>
        <translation>初步接洽</translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation>需求確認</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>報價</translation>
    </message>
    <message>
        <source>Contract drafting</source>
        <translation>擬定合約</translation>
    </message>
    <message>
        <source>Standard sales process</source>
        <translation>標準銷售流程</translation>
    </message>
</context>
<context>
    <name>DeleteDealCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>刪除 %1</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>Welcome to FunnelDesk</source>
        <translation>歡迎使用 FunnelDesk</translation>
    </message>
    <message>
        <source>This database is empty. Would you like to load the demo office?</source>
        <translation>這個資料庫是空的。要載入示範辦公室嗎？</translation>
    </message>
    <message>
        <source>The demo office is a made-up Chinese sales office with reps in three regions, customers, about 3,000 opportunities over the last two years, activities, targets, contracts and payments, so that every view has something to show. You can start another, empty database at any time from the File menu.</source>
        <translation>示範辦公室是一個虛構的中國銷售團隊：三個區域的銷售代表、客戶、近兩年約 3,000 個商機、跟進記錄、目標、合約和回款，讓每個檢視都有內容可看。您隨時可以在「檔案」選單中新增一個空資料庫。</translation>
    </message>
    <message>
        <source>Load demo office</source>
        <translation>載入示範辦公室</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>從空白開始</translation>
    </message>
    <message>
        <source>Generating the demo office…</source>
        <translation>正在生成示範辦公室…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>示範辦公室</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The demo office could not be generated. Nothing was stored.</source>
        <translation>無法生成示範辦公室，未儲存任何資料。</translation>
    </message>
    <message>
        <source>Sales process</source>
        <translation>銷售流程</translation>
    </message>
    <message>
        <source>The default sales process could not be created: %1</source>
        <translation>無法建立預設銷售流程：%1</translation>
    </message>
</context>
<context>
    <name>EditOpportunityCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <source>%1 was changed since; the edit cannot be undone.</source>
        <translation>%1 此後已被修改，無法復原這次編輯。</translation>
    </message>
</context>
<context>
    <name>EditSplitsCommand</name>
    <message>
        <source>Change the split of %1</source>
        <translation>修改 %1 的業績拆分</translation>
    </message>
    <message>
        <source>The split of %1 was changed since; it cannot be undone.</source>
        <translation>%1 的業績拆分已被他人修改，無法復原。</translation>
    </message>
</context>
<context>
    <name>ForecastExplanation</name>
    <message>
        <source>%1, %2 days old: %3 of %4 similar deals were won within such a period (stage and date alone: %5; configured stage probability %6)</source>
        <translation>%1，已建立 %2 天：%4 筆相似商機中有 %3 筆在同樣長的期間內贏單（僅按階段和日期：%5；階段設定贏率 %6）</translation>
    </message>
    <message>
        <source>no expected close date</source>
        <translation>無預計成交日</translation>
    </message>
    <message>
        <source>expected close date already passed</source>
        <translation>預計成交日已過</translation>
    </message>
    <message>
        <source>expected to close before the period</source>
        <translation>預計在本期之前成交</translation>
    </message>
    <message>
        <source>expected to close in the period</source>
        <translation>預計在本期成交</translation>
    </message>
    <message>
        <source>expected to close just after the period</source>
        <translation>預計在本期之後不久成交</translation>
    </message>
    <message>
        <source>expected to close well after the period</source>
        <translation>預計在本期之後很久才成交</translation>
    </message>
</context>
<context>
    <name>ForecastMethod</name>
    <message>
        <source>%1 (auto: no past months to measure yet)</source>
        <translation>%1（自動選擇：尚無歷史月份可供衡量）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (auto) · mean error over the past %n months: %2 %</source>
        <translation>
            <numerusform>%1（自動選擇）· 過去 %n 個月平均誤差 %2 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Configured win rates</source>
        <translation>設定贏率</translation>
    </message>
    <message>
        <source>Historical win rates</source>
        <translation>歷史贏率</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>模擬</translation>
    </message>
    <message>
        <source>Learned from history</source>
        <translation>歷史學習模型</translation>
    </message>
    <message>
        <source>Run rate (3 months)</source>
        <translation>近 3 個月平均（基線）</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>去年同期（基線）</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
</context>
<context>
    <name>FunnelPainter</name>
    <message>
        <source>%1 deals · %2</source>
        <translation>%1 筆 · %2</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Sales process</source>
        <translation>銷售流程</translation>
    </message>
    <message>
        <source>the encoding %1 is not available</source>
        <translation>不支援編碼 %1</translation>
    </message>
    <message>
        <source>more than %1 fields in one record</source>
        <translation>一條記錄超過 %1 個欄位</translation>
    </message>
    <message>
        <source>field longer than %1 bytes</source>
        <translation>欄位超過 %1 位元組</translation>
    </message>
    <message>
        <source>bytes that are not valid %1</source>
        <translation>含有無效的 %1 位元組</translation>
    </message>
    <message>
        <source>quoted field is never closed (unterminated quote)</source>
        <translation>帶引號的欄位沒有結束（引號未閉合）</translation>
    </message>
    <message>
        <source>quote inside an unquoted field (stray quote)</source>
        <translation>未加引號的欄位中出現引號（多餘的引號）</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (stray quote)</source>
        <translation>欄位的結束引號後還有文字（多餘的引號）</translation>
    </message>
    <message>
        <source>has %1 fields where the header has %2 (ragged row)</source>
        <translation>有 %1 個欄位，而表頭有 %2 個（列數不齊）</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row</source>
        <translation>%1 是空的：需要一行表頭</translation>
    </message>
    <message>
        <source>header row: %1</source>
        <translation>表頭：%1</translation>
    </message>
    <message>
        <source>The file has no column for %1 (header: %2). Rename the columns or give a mapping.</source>
        <translation>檔案中沒有「%1」列（表頭：%2）。請重新命名列或指定列對應。</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>為必填項</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超過 %1 個字元</translation>
    </message>
    <message>
        <source>matches more than one %1</source>
        <translation>匹配到多個%1</translation>
    </message>
    <message>
        <source>no such %1 (use --create-missing to create it)</source>
        <translation>沒有這個%1（使用 --create-missing 可自動建立）</translation>
    </message>
    <message>
        <source>is not a valid date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>不是有效的日期或時間（YYYY-MM-DD 或 YYYY-MM-DDTHH:MM:SSZ）</translation>
    </message>
    <message>
        <source>is outside the years 1990 to 2200</source>
        <translation>超出 1990 至 2200 年的範圍</translation>
    </message>
    <message>
        <source>is not a valid date (YYYY-MM-DD)</source>
        <translation>不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>不是電子郵件位址</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>與第 %1 行重複</translation>
    </message>
    <message>
        <source>duplicate of a stored record</source>
        <translation>與已儲存的記錄重複</translation>
    </message>
    <message>
        <source>is not an amount of money (a number ≥ 0, at most 2 decimals)</source>
        <translation>不是有效金額（≥ 0 的數字，最多兩位小數）</translation>
    </message>
    <message>
        <source>is not a 3-letter currency code</source>
        <translation>不是 3 個字母的貨幣代碼</translation>
    </message>
    <message>
        <source>is not a stage of the sales process</source>
        <translation>不是該銷售流程的階段</translation>
    </message>
    <message>
        <source>is not a status (open, won, lost, on_hold)</source>
        <translation>不是狀態（open 進行中、won 贏單、lost 輸單、on_hold 擱置）</translation>
    </message>
    <message>
        <source>is required for a won or lost deal</source>
        <translation>贏單或輸單的商機必須填寫</translation>
    </message>
    <message>
        <source>is only allowed for a won or lost deal</source>
        <translation>只有贏單或輸單的商機才能填寫</translation>
    </message>
    <message>
        <source>is before the deal was created</source>
        <translation>早於商機的建立時間</translation>
    </message>
    <message>
        <source>is only allowed for a lost deal</source>
        <translation>只有輸單的商機才能填寫</translation>
    </message>
    <message>
        <source> (same customer and title)</source>
        <translation>（客戶和商機名稱相同）</translation>
    </message>
    <message>
        <source>no opportunity has this external id</source>
        <translation>沒有商機使用此外部編號</translation>
    </message>
    <message>
        <source>is not a stage of the deal&apos;s sales process</source>
        <translation>不是該商機所屬銷售流程的階段</translation>
    </message>
    <message>
        <source>history continues after the deal was closed (%1)</source>
        <translation>商機關閉（%1）後仍有階段歷史</translation>
    </message>
    <message>
        <source>history ends in stage %1 but the deal is in stage %2</source>
        <translation>階段歷史結束於階段 %1，但商機處於階段 %2</translation>
    </message>
    <message>
        <source>history ends %1 but the deal is %2</source>
        <translation>階段歷史的最終狀態為 %1，但商機狀態為 %2</translation>
    </message>
    <message>
        <source>is not a tier (A, B or C)</source>
        <translation>不是客戶等級（A、B 或 C）</translation>
    </message>
    <message>
        <source>is not a score from 0 to 100</source>
        <translation>不是 0 到 100 的評分</translation>
    </message>
    <message>
        <source>is not a size (micro, small, medium, large, enterprise)</source>
        <translation>不是企業規模（微型、小型、中型、大型、集團）</translation>
    </message>
    <message>
        <source>is not yes/no (1/0)</source>
        <translation>不是是/否（1/0）</translation>
    </message>
    <message>
        <source> (same customer and name)</source>
        <translation>（客戶和姓名相同）</translation>
    </message>
    <message>
        <source>is not a lead status (new, contacted, qualified, disqualified, converted)</source>
        <translation>不是線索狀態（新增、已聯絡、已確認、無效、已轉化）</translation>
    </message>
    <message>
        <source> (same phone)</source>
        <translation>（電話相同）</translation>
    </message>
    <message>
        <source> (same company and name)</source>
        <translation>（公司和姓名相同）</translation>
    </message>
    <message>
        <source>is not an activity kind (call, visit, meeting, proposal, email)</source>
        <translation>不是跟進類型（電話、拜訪、會議、方案、郵件）</translation>
    </message>
    <message>
        <source>is not a number of minutes</source>
        <translation>不是分鐘數</translation>
    </message>
    <message>
        <source>no lead has this external id</source>
        <translation>沒有線索使用此外部編號</translation>
    </message>
    <message>
        <source>needs a customer, an opportunity or a lead</source>
        <translation>需要關聯客戶、商機或線索</translation>
    </message>
    <message>
        <source>%1 in the workbook is damaged or too large</source>
        <translation>工作簿中的 %1 已損壞或過大</translation>
    </message>
    <message>
        <source>%1 has no workbook (xl/workbook.xml)</source>
        <translation>%1 中沒有工作簿（xl/workbook.xml）</translation>
    </message>
    <message>
        <source>the workbook has no worksheet %1</source>
        <translation>工作簿中沒有工作表 %1</translation>
    </message>
    <message>
        <source>the worksheet is damaged (cannot inflate)</source>
        <translation>工作表已損壞（無法解壓縮）</translation>
    </message>
    <message>
        <source>the worksheet ends in the middle (truncated file)</source>
        <translation>工作表中途結束（檔案不完整）</translation>
    </message>
    <message>
        <source>the worksheet is damaged: %1</source>
        <translation>工作表已損壞：%1</translation>
    </message>
    <message>
        <source>cell reference beyond the last column XFD</source>
        <translation>儲存格引用超出最後一列 XFD</translation>
    </message>
    <message>
        <source>refers to a shared string that does not exist</source>
        <translation>引用了不存在的共享字串</translation>
    </message>
    <message>
        <source>cell longer than %1 characters</source>
        <translation>儲存格超過 %1 個字元</translation>
    </message>
    <message>
        <source>the file is UTF-16 text (Excel&apos;s &quot;Unicode text&quot;): save it as &quot;CSV UTF-8&quot; or as an Excel workbook (.xlsx)</source>
        <translation>檔案是 UTF-16 文字（Excel 的「Unicode 文字」）：請另存為「CSV UTF-8」或 Excel 活頁簿（.xlsx）</translation>
    </message>
    <message>
        <source>has NUL bytes: the file is not text in %1 (UTF-16, or not a CSV?)</source>
        <translation>含有 NUL 位元組：檔案不是 %1 文字（是 UTF-16，或不是 CSV？）</translation>
    </message>
    <message>
        <source>the file is an old Excel workbook (.xls): save it as .xlsx or as &quot;CSV UTF-8&quot;</source>
        <translation>檔案是舊版 Excel 活頁簿（.xls）：請另存為 .xlsx 或「CSV UTF-8」</translation>
    </message>
    <message>
        <source>the file is UTF-8 text but %1 was chosen: choose UTF-8 (or let the encoding be detected)</source>
        <translation>檔案是 UTF-8 文字，但選擇了 %1：請選擇 UTF-8（或自動偵測編碼）</translation>
    </message>
    <message>
        <source>%1 in the workbook has a document type declaration (&lt;!DOCTYPE&gt;), which an .xlsx never has</source>
        <translation>活頁簿中的 %1 含有文件類型宣告（&lt;!DOCTYPE&gt;），.xlsx 檔案不應有此宣告</translation>
    </message>
    <message>
        <source>%1 in the workbook is damaged: %2</source>
        <translation>活頁簿中的 %1 已損壞：%2</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx file, or it is cut short (no zip directory at its end)</source>
        <translation>%1 不是 .xlsx 檔案，或檔案不完整（結尾沒有 zip 目錄）</translation>
    </message>
    <message>
        <source>cannot open %1 in the workbook (damaged or encrypted)</source>
        <translation>無法開啟活頁簿中的 %1（已損壞或已加密）</translation>
    </message>
    <message>
        <source>%1 in the workbook is larger than %2 MB</source>
        <translation>活頁簿中的 %1 超過 %2 MB</translation>
    </message>
    <message>
        <source>%1 in the workbook inflates to more than %2 times its compressed size (a zip bomb?)</source>
        <translation>活頁簿中的 %1 解壓縮後超過壓縮大小的 %2 倍（zip 炸彈？）</translation>
    </message>
    <message>
        <source>%1 in the workbook is damaged (cannot inflate)</source>
        <translation>活頁簿中的 %1 已損壞（無法解壓縮）</translation>
    </message>
    <message>
        <source>%1 in the workbook is damaged (CRC error)</source>
        <translation>活頁簿中的 %1 已損壞（CRC 校驗錯誤）</translation>
    </message>
    <message>
        <source>shared string %1 is longer than %2 characters</source>
        <translation>共用字串 %1 超過 %2 個字元</translation>
    </message>
    <message>
        <source>the shared strings of the workbook (%1) are damaged: %2</source>
        <translation>活頁簿的共用字串（%1）已損壞：%2</translation>
    </message>
    <message>
        <source>the worksheet is damaged (CRC error)</source>
        <translation>工作表已損壞（CRC 校驗錯誤）</translation>
    </message>
    <message>
        <source>row number &quot;%1&quot; is not a row of a worksheet (1 to %2)</source>
        <translation>列號「%1」不是工作表中的列（1 至 %2）</translation>
    </message>
    <message>
        <source>row %1 comes after row %2 (rows out of order)</source>
        <translation>第 %1 列位於第 %2 列之後（列順序錯亂）</translation>
    </message>
    <message>
        <source>cell reference &quot;%1&quot; is not valid</source>
        <translation>儲存格參照「%1」無效</translation>
    </message>
    <message>
        <source>cell %1 is not in row %2</source>
        <translation>儲存格 %1 不在第 %2 列</translation>
    </message>
    <message>
        <source>the formula =%1 has no computed value: open and save the file in Excel or WPS, or paste the values</source>
        <translation>公式 =%1 沒有計算結果：請在 Excel 或 WPS 中開啟並儲存檔案，或貼上為值</translation>
    </message>
    <message>
        <source>the cell shows the spreadsheet error %1</source>
        <translation>儲存格顯示試算表錯誤 %1</translation>
    </message>
    <message>
        <source>refers to a shared string but the workbook has none (xl/sharedStrings.xml missing)</source>
        <translation>參照了共用字串，但活頁簿中沒有（缺少 xl/sharedStrings.xml）</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1：已略過</translation>
    </message>
    <message>
        <source>%1: one external id cannot name two records (choose skip or merge)</source>
        <translation>%1：一個外部編號不能對應兩筆記錄（請選擇略過或合併）</translation>
    </message>
    <message>
        <source>%1: kept, both are in the duplicate review</source>
        <translation>%1：已保留，兩筆記錄都會出現在查重清單中</translation>
    </message>
    <message>
        <source>%1: matches more than one stored record, merge by hand</source>
        <translation>%1：符合多筆已儲存的記錄，請手動合併</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>線索</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>%1: merged into %2 #%3, nothing to fill</source>
        <translation>%1：已合併到%2 #%3，沒有可補充的欄位</translation>
    </message>
    <message>
        <source>%1: merged into %2 #%3, filled %4</source>
        <translation>%1：已合併到%2 #%3，補充了 %4</translation>
    </message>
    <message>
        <source>same customer and title as %1, imported: its external id differs</source>
        <translation>與%1的客戶和商機名稱相同，已匯入：外部編號不同</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>a stored deal</source>
        <translation>已儲存的商機</translation>
    </message>
    <message>
        <source>is not a probability from 0 to 100 %</source>
        <translation>不是 0 到 100 % 之間的贏率</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未註明</translation>
    </message>
    <message>
        <source>is not a split form (百分比 percent, 按金额 amount, 整额 whole, 超额 over)</source>
        <translation>不是拆分方式（百分比、按金額、整額、超額）</translation>
    </message>
    <message>
        <source>names two people: use the login</source>
        <translation>對應兩個人：請使用登入名稱</translation>
    </message>
    <message>
        <source>is not a person of the office</source>
        <translation>不是本公司的人員</translation>
    </message>
    <message>
        <source>has a share, but 整额 (whole) credits each member in full</source>
        <translation>填寫了份額，但整額拆分給每位成員計全額</translation>
    </message>
    <message>
        <source>needs a share (NAME:70% or, by amount, NAME:300000)</source>
        <translation>需要份額（姓名:70%，按金額時為 姓名:300000）</translation>
    </message>
    <message>
        <source>has a share that is not an amount of money</source>
        <translation>份額不是金額</translation>
    </message>
    <message>
        <source>has a share that is not a whole percent</source>
        <translation>份額不是整數百分比</translation>
    </message>
    <message>
        <source>is an amount in %1, but the deal&apos;s currency is %2: give the currency column, or convert the amount</source>
        <translation>是 %1 金額，但商機幣別為 %2：請填寫幣別欄，或換算金額</translation>
    </message>
</context>
<context>
    <name>MergeRecordsCommand</name>
    <message>
        <source>merge of #%1 into #%2</source>
        <translation>將 #%1 合併到 #%2</translation>
    </message>
</context>
<context>
    <name>MoveDealsCommand</name>
    <message numerus="yes">
        <source>Move %n deal(s) to %1</source>
        <translation>
            <numerusform>將 %n 個商機移到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>Dashboard</source>
        <translation>儀表板</translation>
    </message>
    <message>
        <source>The month at a glance: pipeline, forecast, won deals and target.</source>
        <translation>本月概覽：商機金額、預測、贏單和目標。</translation>
    </message>
    <message>
        <source>Kanban</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>One column per stage and a card per opportunity; drag a card to change its stage.</source>
        <translation>每個階段一列，每個商機一張卡片；拖曳卡片即可變更階段。</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>The sales funnel: count and amount per stage, conversion rates and time in each stage.</source>
        <translation>銷售漏斗：各階段的商機數與金額、階段轉化率和滯留時長。</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Weighted pipeline per month and quarter against the target, with the gap to close.</source>
        <translation>按月和季度的加權商機金額與目標對比，以及待彌補的差距。</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>線索</translation>
    </message>
    <message>
        <source>Leads with their source and campaign, duplicate check, assignment and the public pool.</source>
        <translation>線索及其來源和市場活動、查重、分配和公海池。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>The company&apos;s customer file with contacts, tiers and a 360° view of each customer.</source>
        <translation>公司的客戶檔案：聯絡人、客戶等級和每個客戶的 360° 檢視。</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>Calls, visits, meetings and proposals, and follow-up tasks with due dates.</source>
        <translation>電話、拜訪、會議和方案，以及帶截止日期的跟進任務。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Targets per period for the company, regions, teams and reps, and their completion.</source>
        <translation>公司、區域、團隊和銷售代表各期的目標及完成情況。</translation>
    </message>
    <message>
        <source>Contracts &amp; Payments</source>
        <translation>合約與回款</translation>
    </message>
    <message>
        <source>Contracts, payment plans, invoices and receipts, and the receivables aging.</source>
        <translation>合約、回款計劃、發票和收款，以及應收帳齡。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>The weekly funnel report with print preview, printing and PDF, and table exports.</source>
        <translation>每週銷售漏斗報表，支援列印預覽、列印和 PDF，以及表格匯出。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language, database and application settings.</source>
        <translation>語言、資料庫和應用設定。</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>績效</translation>
    </message>
    <message>
        <source>Monthly pay statements: credited deals and receipts, commission, tiers and bonuses; review, close the month, print and export for payroll.</source>
        <translation>每月績效單：計入的商機與回款、獎金提成、級距與獎金；審核、月結、列印並匯出給薪資。</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Follow up: %1, due %2</source>
        <translation>跟進：%1，截止 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 overdue by %n day(s)</source>
        <translation>
            <numerusform>%1：%2 已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 due on %3</source>
        <translation>%1：%2 將於 %3 到期</translation>
    </message>
    <message>
        <source>%1 · instalment %2</source>
        <translation>%1 · 第 %2 期</translation>
    </message>
</context>
<context>
    <name>SalesVelocityText</name>
    <message>
        <source>%1 open deals × %2 win rate × %3 average won deal ÷ %4 days median cycle</source>
        <translation>在途商機 %1 個 × 贏率 %2 × 平均贏單金額 %3 ÷ 成交週期中位數 %4 天</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行業</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>規模</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>已贏收入</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>在途商機</translation>
    </message>
    <message>
        <source>Days since last activity</source>
        <translation>距上次跟進天數</translation>
    </message>
    <message>
        <source>No rule matched</source>
        <translation>沒有匹配的規則</translation>
    </message>
    <message>
        <source>micro</source>
        <translation>微型</translation>
    </message>
    <message>
        <source>small</source>
        <translation>小型</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中型</translation>
    </message>
    <message>
        <source>large</source>
        <translation>大型</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>集團</translation>
    </message>
</context>
<context>
    <name>SetOutcomeCommand</name>
    <message numerus="yes">
        <source>Mark %n deal(s) as %1</source>
        <translation>
            <numerusform>將 %n 個商機標記為%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Splits</name>
    <message>
        <source>By percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>By amount</source>
        <translation>按金額</translation>
    </message>
    <message>
        <source>Whole amount to each</source>
        <translation>整額（每人全額）</translation>
    </message>
    <message>
        <source>Over 100 %</source>
        <translation>超額（合計可超過 100%）</translation>
    </message>
</context>
<context>
    <name>StatementText</name>
    <message>
        <source>deal %1 credited %2</source>
        <translation>商機 %1 計入業績 %2</translation>
    </message>
    <message>
        <source>deal %1 no longer credited %2</source>
        <translation>商機 %1 不再計入業績 %2</translation>
    </message>
    <message>
        <source>deal %1 credit %2 → %3</source>
        <translation>商機 %1 業績 %2 → %3</translation>
    </message>
    <message>
        <source>contract %1 receipt %2 added, credited %3</source>
        <translation>合約 %1 新增 %2 回款，計入 %3</translation>
    </message>
    <message>
        <source>contract %1 receipt %2 removed %3</source>
        <translation>合約 %1 刪除 %2 回款 %3</translation>
    </message>
    <message>
        <source>contract %1 receipt %2 credit %3 → %4</source>
        <translation>合約 %1 %2 回款計入 %3 → %4</translation>
    </message>
    <message>
        <source>contract %1 write-off %2 added %3</source>
        <translation>合約 %1 新增 %2 核銷 %3</translation>
    </message>
    <message>
        <source>contract %1 write-off %2 removed %3</source>
        <translation>合約 %1 刪除 %2 核銷 %3</translation>
    </message>
    <message>
        <source>contract %1 write-off %2 credit %3 → %4</source>
        <translation>合約 %1 %2 核銷計入 %3 → %4</translation>
    </message>
    <message>
        <source>plan, target or forecast changed</source>
        <translation>方案、目標或預測有變動</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未結</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已審核</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已月結</translation>
    </message>
    <message>
        <source>won</source>
        <translation>簽約</translation>
    </message>
    <message>
        <source>received</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>無目標</translation>
    </message>
    <message>
        <source>Base pay</source>
        <translation>底薪</translation>
    </message>
    <message>
        <source>Commission on %1</source>
        <translation>%1提成</translation>
    </message>
    <message>
        <source>Tier effect</source>
        <translation>級距調整</translation>
    </message>
    <message>
        <source>Band %1–%2 % %3</source>
        <translation>級距 %1–%2 % %3</translation>
    </message>
    <message>
        <source>Band from %1 % %2</source>
        <translation>級距 %1 % 以上 %2</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>封頂</translation>
    </message>
    <message>
        <source>Claw-back of commission on %1</source>
        <translation>追回%1提成</translation>
    </message>
    <message>
        <source>Forecast accuracy bonus</source>
        <translation>預測準確獎</translation>
    </message>
    <message>
        <source>Activity bonus</source>
        <translation>活動量獎</translation>
    </message>
    <message>
        <source>%1 adjustment</source>
        <translation>%1 調整</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>completion %1 of commission %2</source>
        <translation>達成率 %1，提成 %2</translation>
    </message>
    <message>
        <source>slice %1</source>
        <translation>所占提成 %1</translation>
    </message>
    <message>
        <source>commission after tiers at most %1</source>
        <translation>級距後提成最多 %1</translation>
    </message>
    <message>
        <source>contract %1 write-off %2: %3 of %4</source>
        <translation>合約 %1 於 %2 核銷：%4 的 %3</translation>
    </message>
    <message>
        <source>committed %1, won %2</source>
        <translation>承諾 %1，簽約 %2</translation>
    </message>
    <message>
        <source>no commitment by the period&apos;s 7th day</source>
        <translation>期內第 7 天前未承諾</translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <translation>活動 %1 / %2 次</translation>
    </message>
    <message>
        <source>now %1, paid %2</source>
        <translation>現應為 %1，已發 %2</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>薪資彙總</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登入名稱</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation>獎金</translation>
    </message>
    <message>
        <source>Claw-backs</source>
        <translation>追回</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>計入業績</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>薪酬</translation>
    </message>
    <message>
        <source>Credited deal</source>
        <translation>計入的商機</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>核銷</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>績效單</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1（%2）· %3</translation>
    </message>
    <message>
        <source>As of %1 UTC · %2</source>
        <translation>截至 %1 UTC · %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>No pay plan pays %1 in %2.</source>
        <translation>%2 沒有適用於 %1 的績效方案。</translation>
    </message>
    <message>
        <source>Plan %1, terms from %2; commission on %3%4.</source>
        <translation>方案 %1，條款自 %2 起；提成按 %3 計算%4。</translation>
    </message>
    <message>
        <source> (paid on the quarter&apos;s last month)</source>
        <translation>（在季度最後一個月發放）</translation>
    </message>
    <message>
        <source>Target %1 · credited won %2 · completion %3</source>
        <translation>目標 %1 · 計入簽約 %2 · 達成率 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>組成</translation>
    </message>
    <message>
        <source>Computed from</source>
        <translation>計算依據</translation>
    </message>
    <message>
        <source>Credited deals</source>
        <translation>計入的商機</translation>
    </message>
    <message>
        <source>No deal won and credited in %1.</source>
        <translation>%1 沒有計入的簽約商機。</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Won on</source>
        <translation>簽約日</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份額</translation>
    </message>
    <message>
        <source>Margin credit</source>
        <translation>計入毛利</translation>
    </message>
    <message>
        <source>Receipts counted</source>
        <translation>計入的回款</translation>
    </message>
    <message>
        <source>No money received in %1 on credited deals.</source>
        <translation>%1 計入的商機沒有回款。</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>回款日</translation>
    </message>
    <message>
        <source>Write-offs</source>
        <translation>核銷</translation>
    </message>
    <message>
        <source>Written off on</source>
        <translation>核銷日</translation>
    </message>
    <message>
        <source>Deal won on</source>
        <translation>商機簽約日</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2%3</source>
        <translation>%1 於 %2 審核%3</translation>
    </message>
    <message>
        <source>Closed on %1 by %2. A closed month is never reopened; later changes are paid as adjustments on the first open month.</source>
        <translation>%2 於 %1 月結。已月結的月份不會重新開啟；之後的變動作為調整計入第一個未結月份。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>must be a month like 2026-01</source>
        <translation>必須是月份，例如 2026-01</translation>
    </message>
    <message>
        <source>is before the first month</source>
        <translation>早於起始月份</translation>
    </message>
    <message>
        <source>must be a month (2026-12) or a quarter (2026-Q4)</source>
        <translation>必須是月份（2026-12）或季度（2026-Q4）</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>為必填項</translation>
    </message>
    <message>
        <source>is too long (%1 characters, at most %2)</source>
        <translation>過長（%1 個字元，最多 %2 個）</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能為負數</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必須介於 %1 和 %2 之間</translation>
    </message>
    <message>
        <source>is not a currency code such as CNY</source>
        <translation>不是貨幣代碼（如 CNY）</translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation>必須選擇</translation>
    </message>
    <message numerus="yes">
        <source>is referenced by %n record(s)</source>
        <translation>
            <numerusform>被 %n 條記錄引用</numerusform>
        </translation>
    </message>
    <message>
        <source>is referenced by %n deal(s)</source>
        <translation>被 %n 個商機引用</translation>
    </message>
    <message>
        <source>is referenced by %n contract(s)</source>
        <translation>被 %n 份合約引用</translation>
    </message>
    <message>
        <source>is referenced by %n activity(ies)</source>
        <translation>被 %n 條跟進記錄引用</translation>
    </message>
    <message>
        <source>is referenced by %n task(s)</source>
        <translation>被 %n 個任務引用</translation>
    </message>
    <message>
        <source>is referenced by %n lead(s)</source>
        <translation>被 %n 條線索引用</translation>
    </message>
    <message numerus="yes">
        <source>still holds %n open deal(s); move or close them first</source>
        <translation>
            <numerusform>仍有 %n 個進行中的商機；請先移走或關閉它們</numerusform>
        </translation>
    </message>
    <message>
        <source>needs at least one stage</source>
        <translation>至少需要一個階段</translation>
    </message>
    <message>
        <source>matches nothing</source>
        <translation>沒有匹配項</translation>
    </message>
    <message>
        <source>matches more than one; give the id</source>
        <translation>匹配到多項，請提供編號</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>is before --from</source>
        <translation>早於 --from</translation>
    </message>
    <message>
        <source>is not a date or an ISO 8601 timestamp</source>
        <translation>不是日期或 ISO 8601 時間戳記</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>必須是正整數</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>is not a valid time</source>
        <translation>不是有效時間</translation>
    </message>
    <message>
        <source>an activity belongs to a lead, a customer or a deal</source>
        <translation>跟進記錄必須關聯線索、客戶或商機</translation>
    </message>
    <message>
        <source>is after the due time</source>
        <translation>晚於截止時間</translation>
    </message>
    <message>
        <source>must be customer, contact, lead, opportunity, contract or activity</source>
        <translation>必須是客戶、聯絡人、線索、商機、合約或跟進記錄</translation>
    </message>
    <message>
        <source>is larger than the %1 MB limit for attachments</source>
        <translation>超過附件 %1 MB 的大小上限</translation>
    </message>
    <message>
        <source>is already used by another product line</source>
        <translation>已被其他產品線使用</translation>
    </message>
    <message>
        <source>is already used by another product</source>
        <translation>已被其他產品使用</translation>
    </message>
    <message>
        <source>is already used by another campaign</source>
        <translation>已被其他市場活動使用</translation>
    </message>
    <message>
        <source>is before the start date</source>
        <translation>早於開始日期</translation>
    </message>
    <message>
        <source>is already used by another contract</source>
        <translation>已被其他合約使用</translation>
    </message>
    <message>
        <source>a plan needs at least one instalment</source>
        <translation>回款計劃至少需要一期</translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <source>percents add up to more than 100 %</source>
        <translation>比例合計超過 100%</translation>
    </message>
    <message>
        <source>do not add up to the contract amount %1</source>
        <translation>合計與合約金額 %1 不符</translation>
    </message>
    <message>
        <source>is not an instalment of this contract</source>
        <translation>不是此合約的回款期次</translation>
    </message>
    <message>
        <source>is already used by another invoice</source>
        <translation>已被其他發票使用</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>必須大於零</translation>
    </message>
    <message>
        <source>is more than the outstanding balance %1</source>
        <translation>超過未回款餘額 %1</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>不是電子郵件位址</translation>
    </message>
    <message>
        <source>has no letters or digits</source>
        <translation>不含字母或數字</translation>
    </message>
    <message>
        <source>is already used by another customer</source>
        <translation>已被其他客戶使用</translation>
    </message>
    <message>
        <source>must be A, B or C</source>
        <translation>必須是 A、B 或 C</translation>
    </message>
    <message>
        <source>must be micro, small, medium, large or enterprise</source>
        <translation>必須是微型、小型、中型、大型或集團（micro、small、medium、large、enterprise）</translation>
    </message>
    <message>
        <source>contacts of this customer are referenced elsewhere</source>
        <translation>此客戶的聯絡人在其他地方被引用</translation>
    </message>
    <message>
        <source>is already used by another lead</source>
        <translation>已被其他線索使用</translation>
    </message>
    <message>
        <source>contains no digits</source>
        <translation>不含數字</translation>
    </message>
    <message>
        <source>is required for a disqualified lead</source>
        <translation>無效線索必須填寫</translation>
    </message>
    <message>
        <source>is required for a converted lead</source>
        <translation>已轉化的線索必須填寫</translation>
    </message>
    <message>
        <source>a closed deal must be reopened before it moves</source>
        <translation>已關閉的商機需要先重新開啟才能移動</translation>
    </message>
    <message>
        <source>is not a stage of the deal&apos;s pipeline</source>
        <translation>不是該商機所屬銷售流程的階段</translation>
    </message>
    <message>
        <source>is required for a lost deal</source>
        <translation>輸單的商機必須填寫</translation>
    </message>
    <message>
        <source>has been retired; the deal cannot be reopened in it</source>
        <translation>已停用，商機不能在此階段重新開啟</translation>
    </message>
    <message>
        <source>is not a checklist task of the deal&apos;s pipeline</source>
        <translation>不是該商機所屬銷售流程的階段任務</translation>
    </message>
    <message>
        <source>has been retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>is only allowed for a lost deal</source>
        <translation>只有輸單的商機才能填寫</translation>
    </message>
    <message>
        <source>is already used by another region</source>
        <translation>已被其他區域使用</translation>
    </message>
    <message>
        <source>is already used by another team</source>
        <translation>已被其他團隊使用</translation>
    </message>
    <message>
        <source>may contain only letters, digits and . _ @ -</source>
        <translation>只能包含字母、數字和 . _ @ -</translation>
    </message>
    <message>
        <source>is already used by another user</source>
        <translation>已被其他使用者使用</translation>
    </message>
    <message>
        <source>is already the name of another stage of this pipeline</source>
        <translation>已是此銷售流程中另一個階段的名稱</translation>
    </message>
    <message>
        <source>the new order must list every active stage of the pipeline exactly once</source>
        <translation>新順序必須恰好包含銷售流程中的每個啟用階段各一次</translation>
    </message>
    <message>
        <source>has already been deleted</source>
        <translation>已被刪除</translation>
    </message>
    <message>
        <source>is the last stage of its pipeline</source>
        <translation>是所屬銷售流程的最後一個階段</translation>
    </message>
    <message>
        <source>deals must move to another stage</source>
        <translation>商機必須移到其他階段</translation>
    </message>
    <message>
        <source>is not an active stage of the same pipeline</source>
        <translation>不是同一銷售流程中的啟用階段</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; was deleted</source>
        <translation>階段「%1」已刪除</translation>
    </message>
    <message>
        <source>is already the name of another pipeline</source>
        <translation>已是另一個銷售流程的名稱</translation>
    </message>
    <message>
        <source>is the only pipeline</source>
        <translation>是唯一的銷售流程</translation>
    </message>
    <message>
        <source>is already in the list</source>
        <translation>已在清單中</translation>
    </message>
    <message>
        <source>is not a period such as 2026, 2026-Q4 or 2026-11</source>
        <translation>不是期間（例如 2026、2026-Q4 或 2026-11）</translation>
    </message>
    <message>
        <source>does not exist for level %1</source>
        <translation>在層級 %1 中不存在</translation>
    </message>
    <message>
        <source>must be empty for the company level</source>
        <translation>公司層級必須留空</translation>
    </message>
    <message>
        <source>is not a known attribute</source>
        <translation>不是已知的屬性</translation>
    </message>
    <message>
        <source>must be eq, gte or lte</source>
        <translation>必須是 eq、gte 或 lte</translation>
    </message>
    <message>
        <source>is not a company size</source>
        <translation>不是企業規模</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必須是整數</translation>
    </message>
    <message>
        <source>is already converted</source>
        <translation>已經轉化</translation>
    </message>
    <message>
        <source>a disqualified lead cannot be converted</source>
        <translation>無效線索不能轉化</translation>
    </message>
    <message>
        <source>has no stage</source>
        <translation>沒有階段</translation>
    </message>
    <message>
        <source>is not an active user</source>
        <translation>不是在職使用者</translation>
    </message>
    <message>
        <source>a converted lead cannot change hands</source>
        <translation>已轉化的線索不能換負責人</translation>
    </message>
    <message>
        <source>has no active rep</source>
        <translation>沒有在職業務</translation>
    </message>
    <message>
        <source>must differ from the leaving rep</source>
        <translation>必須與離職業務不同</translation>
    </message>
    <message>
        <source>cannot be merged with itself</source>
        <translation>不能與自身合併</translation>
    </message>
    <message>
        <source>a converted lead cannot be merged</source>
        <translation>已轉化的線索不能合併</translation>
    </message>
    <message>
        <source>is more than what is open on the instalment, %1</source>
        <translation>超過該分期未收金額 %1</translation>
    </message>
    <message>
        <source>must be a valid instant</source>
        <translation>必須是有效的時間</translation>
    </message>
    <message>
        <source>must be report, cli or gui</source>
        <translation>必須是 report、cli 或 gui</translation>
    </message>
    <message>
        <source>P10, P50 and P90 are given together or not at all</source>
        <translation>P10、P50 與 P90 須同時給出或都不給出</translation>
    </message>
    <message>
        <source>must lie between P10 and P90</source>
        <translation>必須介於 P10 與 P90 之間</translation>
    </message>
    <message>
        <source>must have at least %1 characters</source>
        <translation>至少需要 %1 個字元</translation>
    </message>
    <message>
        <source>must have at most %1 characters</source>
        <translation>最多 %1 個字元</translation>
    </message>
    <message>
        <source>is the last administrator who can sign in: make another administrator first</source>
        <translation>是最後一位可以登入的管理員：請先設定另一位管理員</translation>
    </message>
    <message>
        <source>is deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>contract %1 is %2: only a draft or rejected contract can be submitted</source>
        <translation>合約 %1 為%2：只有草稿或已駁回的合約可以提交</translation>
    </message>
    <message>
        <source>contract %1 is %2: only a contract waiting for approval can be approved or rejected</source>
        <translation>合約 %1 為%2：只有待審批的合約可以核准或駁回</translation>
    </message>
    <message>
        <source>contract %1: say why it is rejected</source>
        <translation>合約 %1：請填寫駁回原因</translation>
    </message>
    <message>
        <source>a new contract starts as a draft: submit it for approval</source>
        <translation>新合約以草稿開始：儲存後再提交審批</translation>
    </message>
    <message>
        <source>changes only by submitting, approving or rejecting contract %1</source>
        <translation>只能透過提交、核准或駁回合約 %1 來改變</translation>
    </message>
    <message>
        <source>is %1: invoices and receipts are recorded only on an approved contract</source>
        <translation>為%1：只有已核准的合約才能開立發票和登記收款</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>is not zh_CN, zh_TW or en</source>
        <translation>不是 zh_CN、zh_TW 或 en</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>不能包含空格</translation>
    </message>
    <message>
        <source>must be at least %1 characters long</source>
        <translation>至少需要 %1 個字元</translation>
    </message>
    <message>
        <source>is not one of the regions</source>
        <translation>不在已填寫的區域中</translation>
    </message>
    <message>
        <source>must be higher than the stage before (%1 %)</source>
        <translation>必須高於前一階段（%1 %）</translation>
    </message>
    <message>
        <source>is listed twice in the team (member %1)</source>
        <translation>在團隊中出現兩次（第 %1 位成員）</translation>
    </message>
    <message>
        <source>member %1 needs an amount</source>
        <translation>第 %1 位成員需要金額</translation>
    </message>
    <message>
        <source>member %1: an amount must not be negative</source>
        <translation>第 %1 位成員：金額不能為負</translation>
    </message>
    <message>
        <source>member %1 needs a percent</source>
        <translation>第 %1 位成員需要百分比</translation>
    </message>
    <message>
        <source>member %1: a percent must not be negative</source>
        <translation>第 %1 位成員：百分比不能為負</translation>
    </message>
    <message>
        <source>member %1: at most %2 % each</source>
        <translation>第 %1 位成員：每人最多 %2%</translation>
    </message>
    <message>
        <source>the percentages add up to %1 %, not 100 % (choose 超额 / over 100 % for more)</source>
        <translation>百分比合計為 %1%，不是 100%（超過 100% 請選擇「超額」）</translation>
    </message>
    <message>
        <source>the amounts add up to %1, not the deal amount %2</source>
        <translation>金額合計為 %1，不等於商機金額 %2</translation>
    </message>
    <message>
        <source>an over-100 % split adds up to at least 100 % (it is %1 %)</source>
        <translation>超額拆分合計至少 100%（現為 %1%）</translation>
    </message>
    <message>
        <source>a commitment is for one&apos;s own deals only</source>
        <translation>承諾預測只能針對本人的商機</translation>
    </message>
    <message>
        <source>a plan applies either to a role or to one person</source>
        <translation>方案只能適用於一個角色或一個人，二者擇一</translation>
    </message>
    <message>
        <source>must be the first day of a quarter</source>
        <translation>必須是某季度的第一天</translation>
    </message>
    <message>
        <source>must be the first day of a month</source>
        <translation>必須是某月的第一天</translation>
    </message>
    <message>
        <source>the first band must start at 0 %</source>
        <translation>第一檔必須從 0 % 開始</translation>
    </message>
    <message>
        <source>bands must start at ascending completions</source>
        <translation>各檔的起點達成率必須遞增</translation>
    </message>
    <message>
        <source>is not a month such as 2026-11</source>
        <translation>不是形如 2026-11 的月份</translation>
    </message>
    <message>
        <source>must be set when there is an activity bonus</source>
        <translation>設定了活動獎金時必須填寫</translation>
    </message>
    <message>
        <source>is already paid by the active plan &quot;%1&quot;</source>
        <translation>已由啟用中的方案「%1」計薪</translation>
    </message>
    <message>
        <source>is already used by another plan</source>
        <translation>已被另一個方案使用</translation>
    </message>
    <message>
        <source>this plan already has a version taking effect on this date</source>
        <translation>該方案在此日期已有生效的版本</translation>
    </message>
    <message>
        <source>is not over yet: a month is closed after its last day</source>
        <translation>尚未結束：月份須在最後一天之後才能月結</translation>
    </message>
    <message>
        <source>is closed already (a closed pay period is never reopened)</source>
        <translation>已經月結（已月結的期間不會重新開啟）</translation>
    </message>
    <message>
        <source>cannot be closed before %1: months are closed in order</source>
        <translation>不能在 %1 之前月結：月份須依序月結</translation>
    </message>
    <message>
        <source>falls in or before %1, a closed pay period (a closed period is never reopened: let the new terms take effect after it)</source>
        <translation>落在已月結的期間 %1 或之前（已月結的期間不會重新開啟：請讓新條款在其之後生效）</translation>
    </message>
    <message>
        <source>is closed (a closed pay period is never reopened; later changes are paid as adjustments on the first open month)</source>
        <translation>已月結（已月結的期間不會重新開啟；之後的變動作為調整計入第一個未結月份）</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超過 %1 個字元</translation>
    </message>
</context>
<context>
    <name>VoidInvoiceCommand</name>
    <message>
        <source>void of invoice %1</source>
        <translation>作廢發票 %1</translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 / %2 頁</translation>
    </message>
    <message>
        <source>expected company, region:NAME, team:NAME or rep:NAME</source>
        <translation>應為 company、region:名稱、team:名稱 或 rep:名稱</translation>
    </message>
    <message>
        <source>no such region, team or rep</source>
        <translation>沒有這個區域、團隊或銷售</translation>
    </message>
    <message>
        <source>expected an ISO week such as 2026-W47</source>
        <translation>應為 ISO 週，例如 2026-W47</translation>
    </message>
    <message>
        <source>week must be between 1 and %1</source>
        <translation>週數必須在 1 到 %1 之間</translation>
    </message>
    <message>
        <source>the week has not started yet</source>
        <translation>這一週還沒有開始</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>區域 %1</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>團隊 %1</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>銷售 %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>階段變化</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>預計成交日</translation>
    </message>
    <message>
        <source>Won from</source>
        <translation>贏單前階段</translation>
    </message>
    <message>
        <source>Lost at / reason</source>
        <translation>丟單階段 / 原因</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>新增商機</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>推進</translation>
    </message>
    <message>
        <source>Moved back</source>
        <translation>回退</translation>
    </message>
    <message>
        <source>Close date slipped</source>
        <translation>預計成交日推遲</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丟單</translation>
    </message>
    <message>
        <source>Weekly funnel report</source>
        <translation>銷售漏斗週報</translation>
    </message>
    <message>
        <source>%1 · week %2 (%3 – %4)</source>
        <translation>%1 · %2（%3 – %4）</translation>
    </message>
    <message>
        <source>As of %1 UTC</source>
        <translation>截至 %1 UTC</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商機數</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>在途商機金額</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加權商機金額</translation>
    </message>
    <message>
        <source>Won this week</source>
        <translation>本週贏單</translation>
    </message>
    <message>
        <source>Lost this week</source>
        <translation>本週丟單</translation>
    </message>
    <message>
        <source>Win rate this week</source>
        <translation>本週贏單率</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>在途金額</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加權金額</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>轉化率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Forecast vs target</source>
        <translation>預測與目標</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Range P10–P90</source>
        <translation>區間 P10–P90</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Forecast / target</source>
        <translation>預測 / 目標</translation>
    </message>
    <message>
        <source>What changed since last week</source>
        <translation>與上週相比的變化</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>%1: %2 deals, %3</source>
        <translation>%1：%2 個商機，%3</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>銷售人員</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>銷售</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>在途金額</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>贏單金額</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>贏單率</translation>
    </message>
    <message>
        <source>No reps in this scope.</source>
        <translation>此範圍內沒有銷售人員。</translation>
    </message>
    <message>
        <source>Top 10 open deals</source>
        <translation>前 10 大在途商機</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>機率</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>預計成交</translation>
    </message>
    <message>
        <source>No open deals.</source>
        <translation>沒有在途商機。</translation>
    </message>
    <message>
        <source>Overdue follow-ups (%1)</source>
        <translation>逾期跟進任務（%1）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days over</source>
        <translation>逾期天數</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>About</source>
        <translation>相關對象</translation>
    </message>
    <message>
        <source>The %1 oldest of %2 are listed.</source>
        <translation>列出最早的 %1 條（共 %2 條）。</translation>
    </message>
    <message>
        <source>Overdue payments (%1, %2 outstanding)</source>
        <translation>逾期回款（%1 筆，未收 %2）</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金額</translation>
    </message>
    <message>
        <source>the funnel window must be at least one day</source>
        <translation>漏斗統計區間至少為一天</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Sales velocity per 30 days</source>
        <translation>銷售速度（每 30 天）</translation>
    </message>
    <message>
        <source>Funnel (%1), deals entering each stage %2</source>
        <translation>銷售漏斗（%1）：%2 進入各階段的商機</translation>
    </message>
    <message>
        <source>Width and count: deals that entered the stage from %1 to %2 (skipped and won-through stages count as entered); amount: open in the stage at the as-of date; red: share lost before the next stage. The Funnel page shows the same figures for the same window and as-of date.</source>
        <translation>寬度與數字：%1 至 %2 期間進入該階段的商機數（跳過的階段和贏單時越過的階段計為已進入）；金額：截至日期仍在該階段的在途金額；紅色：進入下一階段前流失的比例。漏斗頁面在相同區間和截至日期下顯示相同的數字。</translation>
    </message>
    <message>
        <source>Stage conversion and days in stage, %1</source>
        <translation>階段轉化率與停留天數（%1）</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>進入</translation>
    </message>
    <message>
        <source>Drop-off to next</source>
        <translation>至下一階段流失</translation>
    </message>
    <message>
        <source>Median days in stage</source>
        <translation>停留天數中位數</translation>
    </message>
    <message>
        <source>P90 days</source>
        <translation>P90 天數</translation>
    </message>
    <message>
        <source>win rate %1</source>
        <translation>贏率 %1</translation>
    </message>
    <message>
        <source>Sales velocity</source>
        <translation>銷售速度</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>在途商機</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>平均贏單金額</translation>
    </message>
    <message>
        <source>Median cycle (days)</source>
        <translation>成交週期中位數（天）</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Per 30 days</source>
        <translation>每 30 天</translation>
    </message>
    <message>
        <source>Sales velocity = open deals × win rate × average won deal ÷ median sales cycle (days): the money the open pipeline turns into per day at the recent pace. Win rate, average deal and cycle are over %1 (a week earlier: the same window 7 days before); open deals at the as-of date. — = not defined (no deal won in the window, or a cycle of 0 days).</source>
        <translation>銷售速度 = 在途商機數 × 贏率 × 平均贏單金額 ÷ 成交週期中位數（天）：按近期節奏，在途商機每天能轉化成的金額。贏率、平均贏單金額和成交週期按 %1 統計（一週前：同一區間前移 7 天）；在途商機按截至日期統計。「—」表示無法計算（區間內沒有贏單，或成交週期為 0 天）。</translation>
    </message>
    <message>
        <source>Open deals by stage (as of %1)</source>
        <translation>各階段在途商機（截至 %1）</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>擱置</translation>
    </message>
    <message>
        <source>cycle %1 days</source>
        <translation>週期 %1 天</translation>
    </message>
    <message>
        <source>%1 (%2 vs a week earlier)</source>
        <translation>%1（較一週前 %2）</translation>
    </message>
    <message>
        <source>Closing the gap (%1)</source>
        <translation>如何補齊差距（%1）</translation>
    </message>
    <message>
        <source>No target is set for %1: there is no gap to close.</source>
        <translation>%1 未設定目標：沒有需要補齊的差距。</translation>
    </message>
    <message>
        <source>Ahead of target: the forecast %1 reaches the target %2, there is no gap to close.</source>
        <translation>已超前於目標：預測 %1 已達到目標 %2，沒有需要補齊的差距。</translation>
    </message>
    <message>
        <source>%1 is over: nothing more can be won in it.</source>
        <translation>%1 已結束：不能再在其中贏單。</translation>
    </message>
    <message>
        <source>Target %1, forecast %2: %3 short.</source>
        <translation>目標 %1，預測 %2：差 %3。</translation>
    </message>
    <message>
        <source>With the average won deal of %1 (deals won in the last %3 days: %2) that is %4 more won deals.</source>
        <translation>按平均贏單金額 %1（近 %3 天贏單 %2 筆）計算，還需再贏 %4 單。</translation>
    </message>
    <message>
        <source>No deal was won in the last %1 days, so the number of wins needed cannot be estimated.</source>
        <translation>近 %1 天沒有贏單，無法估算還需贏多少單。</translation>
    </message>
    <message>
        <source>Deals needed in each stage (%1)</source>
        <translation>各階段所需商機（%1）</translation>
    </message>
    <message>
        <source>Deals needed</source>
        <translation>所需商機數</translation>
    </message>
    <message>
        <source>Amount needed</source>
        <translation>所需金額</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>目前在途</translation>
    </message>
    <message>
        <source>Deals needed = wins needed ÷ the stage&apos;s win rate learned from the deals that entered it and closed (shrunk toward the configured rate).</source>
        <translation>所需商機數 = 還需贏單數 ÷ 該階段的歷史贏率（由進入該階段並已結束的商機學得，並向設定贏率收縮）。</translation>
    </message>
    <message>
        <source>Open deals that would close it</source>
        <translation>可補齊差距的在途商機</translation>
    </message>
    <message>
        <source>No open deal can add to this period&apos;s forecast.</source>
        <translation>沒有在途商機能增加本期預測。</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預期金額</translation>
    </message>
    <message>
        <source>Cumulative if won</source>
        <translation>贏單後累計增加</translation>
    </message>
    <message>
        <source>Winning these %1 deals would close the gap: each adds its amount less the expected value the forecast already counts.</source>
        <translation>贏下這 %1 筆商機即可補齊差距：每筆增加的是其金額減去預測中已計入的預期金額。</translation>
    </message>
    <message>
        <source>Even winning these %1 deals adds only %2: %3 would still be missing.</source>
        <translation>即使贏下這 %1 筆商機也只增加 %2：仍差 %3。</translation>
    </message>
    <message>
        <source>Forecast method: %1. The result should fall inside P10–P90 eight months in ten.</source>
        <translation>預測方法：%1。實際結果應有十分之八的月份落在 P10–P90 區間內。</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>贏單數</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Results analysis: margin</source>
        <translation>成果分析：毛利</translation>
    </message>
    <message>
        <source>%1 · won %2 – %3</source>
        <translation>%1 · 贏單 %2 – %3</translation>
    </message>
    <message>
        <source>Margin of the deals won</source>
        <translation>贏單毛利</translation>
    </message>
    <message>
        <source>Cost and margin come from the line items of the deals won in the window: sales = quantity × unit price less the discount, cost = quantity × unit cost, margin = sales − cost, margin % = margin ÷ sales. A won deal without line items adds to the won amount but has no margin (—). Regions are the customers&apos; regions; each line item counts in its product&apos;s line.</source>
        <translation>成本與毛利取自期間內贏單商機的產品明細：銷售額 = 數量 × 單價（扣除折扣），成本 = 數量 × 單位成本，毛利 = 銷售額 − 成本，毛利率 = 毛利 ÷ 銷售額。沒有產品明細的贏單計入贏單金額，但沒有毛利（—）。區域指客戶所在區域；每筆產品明細計入其產品所屬的產品線。</translation>
    </message>
    <message>
        <source>Margin by region</source>
        <translation>按區域毛利</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(無區域)</translation>
    </message>
    <message>
        <source>Margin by product line</source>
        <translation>按產品線毛利</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>產品線</translation>
    </message>
    <message>
        <source>(no product line)</source>
        <translation>(無產品線)</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in another currency left out.</source>
        <translation>
            <numerusform>%n 個其他幣別的商機未計入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd</name>
    <message>
        <source>deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>線索</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>跟進記錄</translation>
    </message>
    <message>
        <source>follow-up task</source>
        <translation>跟進任務</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>合約</translation>
    </message>
</context>
<context>
    <name>fd::AboutDialog</name>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（編譯時 %2）</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未開啟資料庫</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>Schema version %1 (this FunnelDesk knows up to %2)</source>
        <translation>資料庫結構版本 %1（本版 FunnelDesk 支援到 %2）</translation>
    </message>
    <message>
        <source>Schema version unknown: %1</source>
        <translation>資料庫結構版本未知：%1</translation>
    </message>
    <message>
        <source>About FunnelDesk</source>
        <translation>關於 FunnelDesk</translation>
    </message>
    <message>
        <source>Sales funnel, forecast and pipeline management for small sales offices.</source>
        <translation>面向小型銷售團隊的銷售漏斗、預測和商機管理。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>授權</translation>
    </message>
    <message>
        <source>FunnelDesk uses Qt 6 (LGPL-3), SQLite (public domain), libxlsxwriter (BSD-2-Clause), minizip (zlib) and libsodium (ISC), each under its own licence.</source>
        <translation>FunnelDesk 使用 Qt 6（LGPL-3）、SQLite（公有領域）、libxlsxwriter（BSD-2-Clause）、minizip（zlib）和 libsodium（ISC），各自遵循其授權。</translation>
    </message>
    <message>
        <source>%1. FunnelDesk is free software: you may redistribute and modify it under the GNU General Public License, version 3 or any later version (%2). It comes with NO WARRANTY.</source>
        <translation>%1。FunnelDesk 是自由軟體：您可以依照 GNU 通用公共授權條款第 3 版或（由您選擇）任何更新的版本（%2）再散布及修改本軟體。本軟體不提供任何擔保。</translation>
    </message>
</context>
<context>
    <name>fd::ActivitiesPage</name>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>郵件</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>Quick log: pick a customer, then press what happened</source>
        <translation>快速記錄：選擇客戶，然後點擊發生的事項</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>備註（選填）</translation>
    </message>
    <message>
        <source>Open follow-up tasks (overdue in red)</source>
        <translation>未完成的跟進任務（逾期標紅）</translation>
    </message>
    <message>
        <source>New follow-up task for the customer above</source>
        <translation>為上方客戶新建跟進任務</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>新增任務</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>標記完成</translation>
    </message>
    <message>
        <source>Activity funnel per rep</source>
        <translation>業務人員活動漏斗</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>線索</translation>
    </message>
    <message>
        <source>Meetings and visits</source>
        <translation>會議和拜訪</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Leads per call</source>
        <translation>每通電話線索數</translation>
    </message>
    <message>
        <source>Meetings per lead</source>
        <translation>每條線索會議數</translation>
    </message>
    <message>
        <source>Proposals per meeting</source>
        <translation>每次會議方案數</translation>
    </message>
    <message>
        <source>Wins per proposal</source>
        <translation>每個方案贏單數</translation>
    </message>
    <message>
        <source>Quick log</source>
        <translation>快速記錄</translation>
    </message>
    <message>
        <source>Pick a customer first.</source>
        <translation>請先選擇客戶。</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>全部業務</translation>
    </message>
    <message>
        <source>No follow-up tasks yet</source>
        <translation>還沒有跟進任務</translation>
    </message>
    <message>
        <source>Calls, visits and meetings are logged above: pick a customer, then press what happened. A task added here reminds its owner when it is due. Past activities can be imported.</source>
        <translation>電話、拜訪和會議在上方記錄：選擇客戶，再按發生的事。在這裡新增的任務到期時會提醒負責人。過去的活動可以匯入。</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>記錄活動</translation>
    </message>
    <message>
        <source>Import activities…</source>
        <translation>匯入活動…</translation>
    </message>
</context>
<context>
    <name>fd::AnalyticsFilterBar</name>
    <message>
        <source>Pipeline:</source>
        <translation>銷售流程：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>負責人：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>團隊：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>區域：</translation>
    </message>
    <message>
        <source>Product line:</source>
        <translation>產品線：</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>全部銷售流程</translation>
    </message>
    <message>
        <source>Default pipeline</source>
        <translation>預設銷售流程</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部負責人</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部團隊</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部區域</translation>
    </message>
    <message>
        <source>All product lines</source>
        <translation>全部產品線</translation>
    </message>
</context>
<context>
    <name>fd::ApprovalPanel</name>
    <message>
        <source>Submit for approval</source>
        <translation>提交審批</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>駁回…</translation>
    </message>
    <message>
        <source>Reject contract</source>
        <translation>駁回合約</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>駁回原因？</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>waits for an administrator</source>
        <translation>等待管理員審批</translation>
    </message>
    <message>
        <source>waits for the manager</source>
        <translation>等待經理審批</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>尚未提交</translation>
    </message>
</context>
<context>
    <name>fd::AuditLogPage</name>
    <message>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>The newest %1 changes; narrow the filter to see older ones.</source>
        <translation>僅顯示最新的 %1 筆變更；縮小篩選範圍可查看更早的記錄。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first. Double-click a row to open the record.</source>
        <translation>
            <numerusform>共 %n 筆變更，最新的在前。按兩下一列可開啟該記錄。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>無法讀取稽核日誌：%1</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人員：</translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation>記錄類型：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>從：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Save the rows shown as CSV or Excel</source>
        <translation>將顯示的列儲存為 CSV 或 Excel</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部記錄</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>全部操作</translation>
    </message>
</context>
<context>
    <name>fd::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>fd::BackupActions</name>
    <message>
        <source>PostgreSQL dumps (*.dump)</source>
        <translation>PostgreSQL 傾印檔 (*.dump)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>FunnelDesk backups (*.sqlite *.db)</source>
        <translation>FunnelDesk 備份 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>備份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a copy of the whole database to a file, while others go on working</source>
        <translation>把整個資料庫複製到一個檔案，其他人可以繼續工作</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>還原(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the database with a backup; the data it replaces is kept</source>
        <translation>以備份取代資料庫；被取代的資料會保留一份</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 個商機</numerusform>
        </translation>
    </message>
    <message>
        <source>a team database dump</source>
        <translation>團隊資料庫傾印</translation>
    </message>
    <message>
        <source>Replace all data in %1 with the backup %2 (%3, schema version %4)?

The data there now is kept as a copy, so this can be undone by restoring that copy. Anyone else working in this database should close FunnelDesk first.</source>
        <translation>以備份 %2（%3，資料結構版本 %4）取代 %1 中的全部資料嗎？

現在的資料會保留一份副本，還原該副本即可復原。正在使用此資料庫的其他人應先關閉 FunnelDesk。</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <source>That is the database itself. Choose another file for the backup.</source>
        <translation>這是資料庫本身。請為備份選擇另一個檔案。</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在寫入備份…</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>備份沒有寫入。</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>備份已寫入 %1。</translation>
    </message>
    <message>
        <source>Restore Database</source>
        <translation>還原資料庫</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>正在讀取備份…</translation>
    </message>
    <message>
        <source>This file cannot be restored. Nothing was changed.

%1</source>
        <translation>此檔案無法還原，沒有做任何變更。

%1</translation>
    </message>
    <message>
        <source>Replace with the Backup</source>
        <translation>以備份取代</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在還原備份…</translation>
    </message>
    <message>
        <source>The backup was not restored; the database is as it was.</source>
        <translation>備份沒有還原，資料庫保持原樣。</translation>
    </message>
    <message>
        <source>The backup was restored. The data it replaced is kept in %1.</source>
        <translation>備份已還原。被取代的資料保存在 %1。</translation>
    </message>
</context>
<context>
    <name>fd::BoardActions</name>
    <message>
        <source>Required tasks not done</source>
        <translation>必做任務未完成</translation>
    </message>
    <message>
        <source>These required checklist tasks are not done yet:

%1

Move the deal anyway?</source>
        <translation>以下必做的階段任務尚未完成：

%1

仍要移動這個商機嗎？</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>仍然移動</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>刪除商機</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; of %2? You can undo this with Ctrl+Z.</source>
        <translation>刪除 %2 的「%1」？可以用 Ctrl+Z 復原。</translation>
    </message>
</context>
<context>
    <name>fd::BoardTableModel</name>
    <message>
        <source>On hold</source>
        <translation>擱置</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停滯</translation>
    </message>
    <message>
        <source>Close date passed</source>
        <translation>已過預計成交日期</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>無跟進計劃</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>贏率 (%)</translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation>加權金額</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>預計成交</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>階段停留天數</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次追蹤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>fd::CampaignRoiChart</name>
    <message>
        <source>Won amount vs cost per campaign</source>
        <translation>各行銷活動贏單金額與成本</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>贏單金額</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>萬元</translation>
    </message>
    <message>
        <source>%1 thousand</source>
        <translation>%1（千）</translation>
    </message>
</context>
<context>
    <name>fd::CommitForecastDialog</name>
    <message>
        <source>Commit my forecast — %1</source>
        <translation>承諾我的預測 — %1</translation>
    </message>
    <message>
        <source>The forecast of your own deals for %1 is %2 (won so far: %3).</source>
        <translation>您本人商機在 %1 的預測為 %2（已贏單：%3）。</translation>
    </message>
    <message>
        <source>Your pay plan&apos;s forecast accuracy compares what you commit by %1 with what you are then credited with; a later commitment is kept but not counted.</source>
        <translation>績效方案的預測準確度，比較您在 %1 之前承諾的金額與屆時計入您名下的業績；之後的承諾會保留，但不計入。</translation>
    </message>
    <message>
        <source>You committed %1 on %2.</source>
        <translation>您曾於 %2 承諾 %1。</translation>
    </message>
    <message>
        <source>I commit to win (%1):</source>
        <translation>我承諾贏單（%1）：</translation>
    </message>
</context>
<context>
    <name>fd::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 was saved by someone else</source>
        <translation>「%1」已被他人儲存</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>對方的版本</translation>
    </message>
    <message>
        <source>%1 was saved after you opened it; the values you are saving equal theirs.</source>
        <translation>「%1」在您開啟後已被他人儲存；您要儲存的內容與對方的相同。</translation>
    </message>
    <message>
        <source>%1 was saved after you opened it. Your changes were not saved. These fields differ (a value changed since you opened it is in bold):</source>
        <translation>「%1」在您開啟後已被他人儲存，您的修改尚未儲存。以下欄位不同（自您開啟後改動過的值以粗體顯示）：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>您開啟時</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1（已儲存）</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>您的（未儲存）</translation>
    </message>
    <message>
        <source>Reload shows %1&apos;s version and drops your changes. Overwrite saves all of your values over theirs, also where only they changed something; the audit trail records it.</source>
        <translation>「重新載入」顯示%1的版本並放棄您的修改。「覆寫」以您的全部值取代對方的版本（包括只有對方改過的欄位），並記入稽核日誌。</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>重新載入對方的版本</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>以我的覆寫</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>繼續編輯</translation>
    </message>
</context>
<context>
    <name>fd::ContractDialog</name>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>應收</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>審批狀態</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>簽約日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Add payment plan…</source>
        <translation>新增回款計畫…</translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation>刪除計畫</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>作廢發票</translation>
    </message>
    <message>
        <source>Edit contract…</source>
        <translation>編輯合約…</translation>
    </message>
    <message>
        <source>Record receipt…</source>
        <translation>登記回款…</translation>
    </message>
    <message>
        <source>Waive / write off…</source>
        <translation>減免 / 核銷…</translation>
    </message>
    <message>
        <source>Issue invoice…</source>
        <translation>開票…</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>回款計畫</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>發票</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Write-offs</source>
        <translation>減免核銷</translation>
    </message>
    <message>
        <source>History</source>
        <translation>變更歷史</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>合約 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 · approval: &lt;b&gt;%4&lt;/b&gt; · signed %5&lt;br&gt;Amount %6 · invoiced %7 · received %8 · written off %9&lt;br&gt;Receivable balance &lt;b&gt;%10&lt;/b&gt; (%11), overdue &lt;b style=&apos;color:#c62828&apos;&gt;%12&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 · 審批狀態：&lt;b&gt;%4&lt;/b&gt; · 簽約 %5&lt;br&gt;合約金額 %6 · 已開票 %7 · 已回款 %8 · 已減免 %9&lt;br&gt;應收餘額 &lt;b&gt;%10&lt;/b&gt;（%11），逾期 &lt;b style=&apos;color:#c62828&apos;&gt;%12&lt;/b&gt;</translation>
    </message>
    <message>
        <source>settled (written off)</source>
        <translation>已結清（含減免）</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已收清</translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>部分回款</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已減免</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金額</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>void</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已開立</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>發票</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>開票日期</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>稅率</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動核銷</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水號</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登記人</translation>
    </message>
    <message>
        <source>last instalments</source>
        <translation>最後幾期</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>核銷減免</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>變更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>變更後</translation>
    </message>
    <message>
        <source>Remove the payment plan and its instalments?</source>
        <translation>刪除該回款計畫及其全部分期？</translation>
    </message>
    <message>
        <source>Invoices, receipts or write-offs refer to this plan&apos;s instalments; it stays.</source>
        <translation>已有發票、回款或核銷引用該計畫的分期，不能刪除。</translation>
    </message>
    <message>
        <source>Void this invoice? It stays on file, marked void.</source>
        <translation>作廢這張發票？發票仍保留在檔案中並標記為作廢。</translation>
    </message>
    <message>
        <source>A contract&apos;s margin is its deal&apos;s: the deal&apos;s line items&apos; sales less their cost</source>
        <translation>合約毛利即其商機的毛利：商機產品明細的銷售額減去成本</translation>
    </message>
    <message>
        <source>Margin of the deal: %1 (%2), cost %3</source>
        <translation>商機毛利：%1（%2），成本 %3</translation>
    </message>
    <message>
        <source>Margin of the deal: —</source>
        <translation>商機毛利：—</translation>
    </message>
</context>
<context>
    <name>fd::ContractEditor</name>
    <message>
        <source>Edit contract %1</source>
        <translation>編輯合約 %1</translation>
    </message>
    <message>
        <source>New contract from a won deal</source>
        <translation>從贏單商機新建合約</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Won deal</source>
        <translation>贏單商機</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合約編號</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>審批狀態</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>簽約日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Why it changes (kept in the contract&apos;s history)</source>
        <translation>變更原因（記入合約變更歷史）</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>變更原因</translation>
    </message>
    <message>
        <source>(no won deal without a contract)</source>
        <translation>（沒有尚未簽合約的贏單商機）</translation>
    </message>
    <message>
        <source>choose a won deal</source>
        <translation>請選擇一個贏單商機</translation>
    </message>
    <message>
        <source>%1. Their version is shown; your changes were not saved.</source>
        <translation>%1。已顯示對方的版本，您的修改未儲存。</translation>
    </message>
    <message>
        <source>%1. Nothing was saved: save again to reload or overwrite.</source>
        <translation>%1。未儲存任何內容：再次儲存可選擇重新載入或覆寫。</translation>
    </message>
</context>
<context>
    <name>fd::ContractTableModel</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>待審批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past due at most</source>
        <translation>
            <numerusform>最長逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No payment plan yet</source>
        <translation>尚無回款計畫</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>無計畫</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>已結清</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>審批狀態</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>簽約日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已開票</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已減免</translation>
    </message>
    <message>
        <source>Receivable balance</source>
        <translation>應收餘額</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金額</translation>
    </message>
</context>
<context>
    <name>fd::ContractsPage</name>
    <message>
        <source>0–30 days</source>
        <translation>0–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>Contracts &amp; Payments</source>
        <translation>合約與回款</translation>
    </message>
    <message>
        <source>Search number, title, customer, owner…</source>
        <translation>搜尋編號、名稱、客戶、負責人…</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>僅看逾期</translation>
    </message>
    <message>
        <source>New contract from won deal…</source>
        <translation>從贏單新建合約…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>應收帳齡</translation>
    </message>
    <message>
        <source>All approval states</source>
        <translation>全部審批狀態</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客戶</translation>
    </message>
    <message>
        <source>What is due and not yet received, by days past the due date. Receipts are reconciled against instalments oldest due first unless they name one; write-offs reduce the last instalments. Click an amount to list its instalments.</source>
        <translation>已到期但尚未收回的應收款，按逾期天數分段。回款未指定分期時按先到期先核銷；減免從最後幾期沖減。點擊金額可查看對應分期。</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>The receivables could not be computed: %1</source>
        <translation>無法計算應收：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) · receivable balance %1 · due %2 · overdue &lt;span style=&apos;color:#c62828&apos;&gt;%3&lt;/span&gt; in %4 instalment(s) · expected in the next 30 days %5</source>
        <translation>
            <numerusform>共 %n 份合約 · 應收餘額 %1 · 已到期 %2 · 逾期 &lt;span style=&apos;color:#c62828&apos;&gt;%3&lt;/span&gt;（%4 期）· 未來 30 天預計回款 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>到期合計</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>逾期天數</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>已核銷</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金額</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>全部客戶</translation>
    </message>
    <message numerus="yes">
        <source>Instalments of %1, %2: %n instalment(s)</source>
        <translation>
            <numerusform>%1 · %2：共 %n 期</numerusform>
        </translation>
    </message>
    <message>
        <source>everything due</source>
        <translation>全部到期</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>新建合約</translation>
    </message>
    <message>
        <source>Every won deal already has a contract. Win a deal on the board first.</source>
        <translation>所有贏單商機都已有合約。請先在看板上贏得商機。</translation>
    </message>
    <message>
        <source>No contracts yet</source>
        <translation>還沒有合約</translation>
    </message>
    <message>
        <source>A contract is made from a won opportunity: its amount and customer come along, and its instalments, invoices and receipts are followed here and in the receivables aging.</source>
        <translation>合約由贏單的商機產生：金額和客戶隨之帶入，其分期、發票和收款在這裡和應收帳齡中追蹤。</translation>
    </message>
</context>
<context>
    <name>fd::CreateAdministratorDialog</name>
    <message>
        <source>Create the Administrator</source>
        <translation>建立管理員</translation>
    </message>
    <message>
        <source>Nobody can sign in to this database yet. Create its administrator: the person who adds the others (Settings → People &amp; teams), sets their roles and teams, and resets forgotten passwords.</source>
        <translation>還沒有人可以登入這個資料庫。請建立它的管理員：由管理員新增其他人員（設定 → 人員與團隊）、設定他們的角色和團隊，並重設忘記的密碼。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登入名稱：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次輸入密碼：</translation>
    </message>
    <message>
        <source>The password is stored only as a salted Argon2id hash. The database file itself is protected only by its file permissions: keep it where only the office can reach it.</source>
        <translation>密碼只以加鹽的 Argon2id 雜湊儲存。資料庫檔案本身只受檔案權限保護：請把它放在只有本辦公室能存取的位置。</translation>
    </message>
    <message>
        <source>&amp;Create and Sign In</source>
        <translation>建立並登入(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>以後再說(&amp;L)</translation>
    </message>
    <message>
        <source>does not match the password</source>
        <translation>與密碼不一致</translation>
    </message>
</context>
<context>
    <name>fd::CustomerEditor</name>
    <message>
        <source>Edit customer</source>
        <translation>編輯客戶</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>微型</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中型</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大型</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>集團</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>規模</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要聯絡人</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>刪除聯絡人</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Someone else changed this customer after you opened it. Nothing was saved; close the editor and open it again to see their changes.</source>
        <translation>您開啟此客戶後，其他人已修改了它。未儲存任何內容；請關閉編輯器並重新開啟以查看對方的修改。</translation>
    </message>
    <message>
        <source>Contact %1, %2: %3</source>
        <translation>聯絡人 %1，%2：%3</translation>
    </message>
</context>
<context>
    <name>fd::CustomersPage</name>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>郵件</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>擱置</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Filter customers…</source>
        <translation>篩選客戶…</translation>
    </message>
    <message>
        <source>Rescore tiers</source>
        <translation>重新評級</translation>
    </message>
    <message>
        <source>Reassign on leave…</source>
        <translation>離職交接…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Contracts and payments</source>
        <translation>合約與回款</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行業</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要聯絡人</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未選擇客戶</translation>
    </message>
    <message>
        <source>Tier %1 · score %2 — %3</source>
        <translation>等級 %1 · 評分 %2 — %3</translation>
    </message>
    <message>
        <source>Stored: tier %1 · score %2 (press Rescore tiers to update)</source>
        <translation>已儲存：等級 %1 · 評分 %2（點擊「重新評級」更新）</translation>
    </message>
    <message>
        <source> (primary)</source>
        <translation>（主要）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>By</source>
        <translation>記錄人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>預計成交</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>簽訂日期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未回款</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>上傳日期</translation>
    </message>
    <message>
        <source>%1 customers changed score or tier.</source>
        <translation>%1 個客戶的評分或等級已更新。</translation>
    </message>
    <message>
        <source>Reassign on leave</source>
        <translation>離職交接</translation>
    </message>
    <message>
        <source>Leaving rep</source>
        <translation>離職業務</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation>移交給</translation>
    </message>
    <message>
        <source>Moves every customer, lead, open opportunity and open task in one step.</source>
        <translation>一步移交全部客戶、線索、進行中的商機和未完成的任務。</translation>
    </message>
    <message>
        <source>Moved %1 customers, %2 leads, %3 open opportunities and %4 open tasks.</source>
        <translation>已移交 %1 個客戶、%2 條線索、%3 個進行中的商機和 %4 個未完成的任務。</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>新增客戶…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>新增檔案…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存新檔…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>%1 is %2; files larger than %3 cannot be attached.</source>
        <translation>%1 大小為 %2；超過 %3 的檔案無法附加。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>儲存附件</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Remove %1 from this customer?</source>
        <translation>從此客戶中刪除 %1？</translation>
    </message>
    <message>
        <source>Scoring rules…</source>
        <translation>評分規則…</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>還沒有客戶</translation>
    </message>
    <message>
        <source>The companies you sell to, with their contacts, deals, contracts and files. Add the first one, or import a list from another CRM or a spreadsheet.</source>
        <translation>您銷售的對象公司，以及它們的聯絡人、商機、合約和檔案。新建第一個客戶，或從其他 CRM 或試算表匯入名單。</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>匯入客戶…</translation>
    </message>
</context>
<context>
    <name>fd::DashboardPage</name>
    <message>
        <source>This month at a glance</source>
        <translation>本月概覽</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Read the figures from the database again (F5)</source>
        <translation>重新從資料庫讀取資料（F5）</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>進行中商機金額</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加權商機金額</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>本月贏單</translation>
    </message>
    <message>
        <source>Target this month</source>
        <translation>本月目標</translation>
    </message>
    <message>
        <source>Target completion</source>
        <translation>目標完成率</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>沒有開啟的資料庫。</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>無法讀取資料：%1</translation>
    </message>
    <message>
        <source>As of %1 · amounts in %2</source>
        <translation>截至 %1 · 金額單位 %2</translation>
    </message>
    <message>
        <source>(not included: %1 deals in other currencies)</source>
        <translation>（未計入：%1 個其他幣種的商機）</translation>
    </message>
    <message>
        <source>There are no opportunities in this database yet. Add deals, or load the demo office from the File menu to explore FunnelDesk.</source>
        <translation>這個資料庫中還沒有商機。請新增商機，或從「檔案」選單載入示範辦公室來體驗 FunnelDesk。</translation>
    </message>
    <message>
        <source>Open deals: %1</source>
        <translation>進行中的商機：%1 個</translation>
    </message>
    <message>
        <source>Σ amount × win probability of each open deal</source>
        <translation>各進行中商機的金額 × 贏率之和</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month and year of a date</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Deals won in %1: %2</source>
        <translation>%1贏單：%2 個</translation>
    </message>
    <message>
        <source>Company target for %1</source>
        <translation>%1 公司目標</translation>
    </message>
    <message>
        <source>Sum of the reps&apos; targets for %1 (no company target set)</source>
        <translation>%1 銷售代表目標之和（未設公司目標）</translation>
    </message>
    <message>
        <source>No target set for %1</source>
        <translation>%1 尚未設定目標</translation>
    </message>
    <message>
        <source>%1 of %2 won</source>
        <translation>已贏單 %1 / 目標 %2</translation>
    </message>
    <message>
        <source>Needs a target for this month</source>
        <translation>需要設定本月目標</translation>
    </message>
    <message>
        <source>Forecast this month</source>
        <translation>本月預測</translation>
    </message>
    <message>
        <source>The funnel of the default pipeline: deals that entered each stage; see the Funnel page</source>
        <translation>預設銷售流程的漏斗：進入各階段的商機數；詳見「漏斗」頁</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation>無法計算預測：%1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Customer / lead / deal</source>
        <translation>客戶 / 線索 / 商機</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Overdue follow-up tasks (%1)</source>
        <translation>逾期跟進任務（%1）</translation>
    </message>
    <message>
        <source>The overdue tasks could not be read: %1</source>
        <translation>無法讀取逾期任務：%1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……還有 %n 項</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up task is overdue.</source>
        <translation>沒有逾期的跟進任務。</translation>
    </message>
    <message>
        <source>P10–P90: %1 – %2</source>
        <translation>P10–P90：%1 – %2</translation>
    </message>
</context>
<context>
    <name>fd::DealCardDelegate</name>
    <message>
        <source>No follow-up</source>
        <translation>無跟進計劃</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停滯</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>擱置</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days in the current stage</comment>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>fd::DealListTable</name>
    <message>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>預計成交</translation>
    </message>
</context>
<context>
    <name>fd::ExportAction</name>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Export the rows shown to CSV or Excel (XLSX)</source>
        <translation>將顯示的行匯出為 CSV 或 Excel（XLSX）</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>已將 %1 行寫入 %2。</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>無法寫入檔案：%1</translation>
    </message>
    <message>
        <source>The list has nothing to export.</source>
        <translation>清單中沒有可匯出的內容。</translation>
    </message>
    <message>
        <source>Every column of the list is hidden.</source>
        <translation>清單的所有欄位都已隱藏，沒有可匯出的欄位。</translation>
    </message>
</context>
<context>
    <name>fd::ForecastChart</name>
    <message>
        <source>10,000 yuan</source>
        <translation>萬元</translation>
    </message>
    <message>
        <source>%1 thousand</source>
        <translation>千%1</translation>
    </message>
    <message>
        <source>Forecast per period</source>
        <translation>各期預測</translation>
    </message>
    <message>
        <source>Won so far</source>
        <translation>已贏單</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Backtest: forecast at the start of each month vs won</source>
        <translation>回測：月初預測與實際贏單</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Configured win rates</source>
        <translation>設定贏率</translation>
    </message>
    <message>
        <source>Run rate</source>
        <translation>近 3 個月平均</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>預測：%1</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation>P10–P90 區間</translation>
    </message>
</context>
<context>
    <name>fd::ForecastHistoryView</name>
    <message>
        <source>Weekly report</source>
        <translation>週報</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令列</translation>
    </message>
    <message>
        <source>Forecast page</source>
        <translation>預測頁面</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>設定贏率</translation>
    </message>
    <message>
        <source>Historical</source>
        <translation>歷史贏率</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>模擬</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>Record now</source>
        <translation>立即記錄</translation>
    </message>
    <message>
        <source>Store this period&apos;s forecast as of now, to compare later with what is won</source>
        <translation>儲存本期截至現在的預測，以便日後與實際贏單對比</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記錄時間</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Won then</source>
        <translation>當時已贏單</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>P10 – P90</source>
        <translation>P10 – P90</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Finally won</source>
        <translation>最終贏單</translation>
    </message>
    <message>
        <source>Won so far</source>
        <translation>已贏單</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>誤差</translation>
    </message>
    <message>
        <source>(forecast − finally won) ÷ finally won, once the period is over</source>
        <translation>（預測 − 最終贏單）÷ 最終贏單，期間結束後顯示</translation>
    </message>
    <message>
        <source>Won in the period by the as-of instant</source>
        <translation>截至預測時點本期已贏單金額</translation>
    </message>
    <message>
        <source>Reading the recorded forecasts…</source>
        <translation>正在讀取已記錄的預測…</translation>
    </message>
    <message>
        <source>The forecast history could not be read: %1</source>
        <translation>無法讀取預測歷史：%1</translation>
    </message>
    <message>
        <source>Computing the forecast to record…</source>
        <translation>正在計算要記錄的預測…</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>沒有開啟的資料庫</translation>
    </message>
    <message>
        <source>The forecast could not be recorded: %1</source>
        <translation>無法記錄預測：%1</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1（×%2）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>What was won fell inside P10–P90</source>
        <translation>實際贏單落在 P10–P90 區間內</translation>
    </message>
    <message>
        <source>What was won fell outside P10–P90</source>
        <translation>實際贏單落在 P10–P90 區間外</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>沒有開啟的資料庫。</translation>
    </message>
    <message>
        <source>%1: finally won %2 (%3 deals).</source>
        <translation>%1：最終贏單 %2（%3 筆）。</translation>
    </message>
    <message>
        <source>%1 is running: won so far %2 (%3 deals); errors appear once it is over.</source>
        <translation>%1 進行中：已贏單 %2（%3 筆）；期間結束後顯示誤差。</translation>
    </message>
    <message>
        <source>No forecast was recorded for this period and scope yet: printing or saving a weekly report records its forecasts, and so does Record now.</source>
        <translation>本期間和範圍尚未記錄任何預測：列印或儲存週報會記錄其中的預測，「立即記錄」也會。</translation>
    </message>
    <message>
        <source>Committed by the rep</source>
        <translation>業務承諾</translation>
    </message>
    <message>
        <source>Commit my forecast…</source>
        <translation>承諾我的預測…</translation>
    </message>
    <message>
        <source>Say how much of your own deals you will win in this period (承诺预测); your pay plan&apos;s forecast accuracy is measured against it</source>
        <translation>說明本期您本人的商機將贏單多少（承諾預測）；績效方案的預測準確度以此衡量</translation>
    </message>
    <message>
        <source>Sign in to commit a forecast: a commitment is a person&apos;s own word.</source>
        <translation>請先登入再承諾預測：承諾是本人的承諾。</translation>
    </message>
    <message>
        <source>Forecasting your own deals…</source>
        <translation>正在預測您本人的商機…</translation>
    </message>
    <message>
        <source>Your forecast could not be computed: %1</source>
        <translation>無法計算您的預測：%1</translation>
    </message>
    <message>
        <source>You committed %1 for %2.</source>
        <translation>您已承諾 %2 贏單 %1。</translation>
    </message>
</context>
<context>
    <name>fd::ForecastPage</name>
    <message>
        <source>Configured</source>
        <translation>設定贏率</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation>未來 6 個月</translation>
    </message>
    <message>
        <source>Next 4 quarters</source>
        <translation>未來 4 個季度</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>回測</translation>
    </message>
    <message>
        <source>The method whose contributing deals are listed</source>
        <translation>列出哪種方法下的貢獻商機</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Won so far</source>
        <translation>已贏單</translation>
    </message>
    <message>
        <source>P10 – P90</source>
        <translation>P10 – P90</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆蓋率</translation>
    </message>
    <message>
        <source>Open pipeline ÷ (target − won so far)</source>
        <translation>在途金額 ÷（目標 − 已贏單）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月數</translation>
    </message>
    <message>
        <source>MAPE</source>
        <translation>MAPE（平均絕對誤差率）</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>Click a period to list the deals that contribute to it.</source>
        <translation>點擊某一期間，列出對其有貢獻的商機。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未開啟資料庫。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation>無法計算預測：%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>Deals contributing to %1 (%2): %3, expected %4</source>
        <translation>%1 的貢獻商機（%2）：%3 筆，預期 %4</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預期金額</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter and year</comment>
        <translation>%2年第%1季</translation>
    </message>
    <message>
        <source>Closing the gap</source>
        <translation>如何補齊差距</translation>
    </message>
    <message>
        <source>Forecast history</source>
        <translation>預測歷史</translation>
    </message>
    <message>
        <source>Headline forecast</source>
        <translation>主預測</translation>
    </message>
    <message>
        <source>Auto: the method with the lowest mean error over the last 12 months, forecast as of each month&apos;s start</source>
        <translation>自動：過去 12 個月（每月月初預測）平均誤差最小的方法</translation>
    </message>
    <message>
        <source>8 months in 10 should end inside this range (P10–P90 of the headline method, or of the learned model)</source>
        <translation>十個月中應有八個月的結果落在此區間內（主預測方法的 P10–P90，或歷史學習模型的）</translation>
    </message>
    <message>
        <source>Target − forecast</source>
        <translation>目標 − 預測</translation>
    </message>
    <message>
        <source>Won so far + Σ amount × the chance of being won in the period, learned from how this office&apos;s deals in the same stage, close-date position and age were won in past periods + new deals</source>
        <translation>已贏單 + Σ 金額 × 本期內贏單的機率（從本公司過去同階段、同預計成交日位置、同商機年齡的商機在以往期間的贏單情況學得）+ 新商機</translation>
    </message>
    <message>
        <source>Won so far + Σ amount × the stage&apos;s configured win rate, deals expected to close in the period</source>
        <translation>已贏單 + Σ 金額 × 階段設定贏率（預計在本期成交的商機）</translation>
    </message>
    <message>
        <source>Won so far + Σ amount × the stage&apos;s historical win rate, deals expected to close in the period</source>
        <translation>已贏單 + Σ 金額 × 階段歷史贏率（預計在本期成交的商機）</translation>
    </message>
    <message>
        <source>Mean of simulated runs over the open deals&apos; win chances and times to close</source>
        <translation>按在途商機的贏單機率和成交時間模擬多次的平均值</translation>
    </message>
    <message>
        <source>Baseline: the mean won of the three months before</source>
        <translation>基線：前三個月贏單金額的平均值</translation>
    </message>
    <message>
        <source>Baseline: the same period last year × the growth of the last 12 months</source>
        <translation>基線：去年同期 × 近 12 個月的成長</translation>
    </message>
    <message>
        <source>WAPE</source>
        <translation>WAPE（加權誤差率）</translation>
    </message>
    <message>
        <source>Inside P10–P90</source>
        <translation>落在 P10–P90 內</translation>
    </message>
    <message>
        <source>Range width</source>
        <translation>區間寬度</translation>
    </message>
    <message>
        <source>Each of the last 12 months forecast as of its first day with each method and compared with what was won. MAPE: mean of |error| ÷ won; WAPE: Σ|error| ÷ Σ won; bias: mean error ÷ won (positive = too optimistic); inside P10–P90: share of months whose result fell in the range; range width: (P90 − P10) ÷ won. Run rate and same month last year are the baselines any method must beat.</source>
        <translation>過去 12 個月中，每個月都在月初用各方法預測，再與實際贏單比較。MAPE：|誤差| ÷ 贏單 的平均值；WAPE：Σ|誤差| ÷ Σ贏單；偏差：誤差 ÷ 贏單 的平均值（正數 = 過於樂觀）；落在 P10–P90 內：結果落在區間內的月份比例；區間寬度：(P90 − P10) ÷ 贏單。近 3 個月平均和去年同期是任何方法都必須勝過的基線。</translation>
    </message>
    <message>
        <source>Deals open at a month&apos;s start</source>
        <translation>月初在途商機</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商機數</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>學習模型預測</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>Expected (learned)</source>
        <translation>預期金額（學習模型）</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Calibration: the predicted chance of being won within the month against how often it happened, by stage and by days to the expected close date.</source>
        <translation>校準：預測的當月贏單機率與實際發生頻率的對比，按階段和距預計成交日的天數分組。</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>階段 %1</translation>
    </message>
    <message>
        <source>; run rate baseline: %1</source>
        <translation>；近 3 個月平均基線：%1</translation>
    </message>
    <message>
        <source>Forecast method: %1</source>
        <translation>預測方法：%1</translation>
    </message>
</context>
<context>
    <name>fd::FormDialog</name>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>為必填項</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能為負數</translation>
    </message>
    <message>
        <source>is not an amount (e.g. 12,500.00 or 1.25万)</source>
        <translation>不是有效金額（例如 12,500.00 或 1.25萬）</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Nothing was saved; close and open it again to see their changes.</source>
        <translation>在您開啟之後，其他人修改了這筆記錄。未儲存任何內容；請關閉後重新開啟以查看對方的修改。</translation>
    </message>
    <message>
        <source>%1 · %2 · balance %3</source>
        <translation>%1 · %2 · 應收餘額 %3</translation>
    </message>
    <message>
        <source>#%1 due %2 · open %3</source>
        <translation>第 %1 期 · %2 到期 · 未收 %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>is an amount in %1, but this amount is in %2</source>
        <translation>是 %1 金額，但此處金額以 %2 計</translation>
    </message>
</context>
<context>
    <name>fd::FunnelPage</name>
    <message>
        <source>Entered between</source>
        <translation>進入階段時間：</translation>
    </message>
    <message>
        <source>Count only the deals that entered a stage in this window (off: all history)</source>
        <translation>只統計在此時間段內進入階段的商機（不勾選：全部歷史）</translation>
    </message>
    <message>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>Replay the pipeline as it stood at the end of this day</source>
        <translation>按當天結束時的狀態回放銷售管道</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Rep diagnostics</source>
        <translation>銷售診斷</translation>
    </message>
    <message>
        <source>Width and count: deals that entered the stage; amount: open in the stage at the as-of date; red: share lost before the next stage. Click a stage to list its deals.</source>
        <translation>寬度與數字：進入該階段的商機數；金額：截至日期仍在該階段的在途金額；紅色：進入下一階段前流失的比例。點擊階段可列出其商機。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>在途金額</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>進入</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>推進</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>轉化率</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>停留天數中位數</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>平均天數</translation>
    </message>
    <message>
        <source>P90 days</source>
        <translation>P90 天數</translation>
    </message>
    <message>
        <source>Advanced ÷ entered</source>
        <translation>推進 ÷ 進入</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>贏率</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>平均單額</translation>
    </message>
    <message>
        <source>Median cycle</source>
        <translation>成交週期中位數</translation>
    </message>
    <message>
        <source>Click a stage of the funnel to list its open deals.</source>
        <translation>點擊漏斗中的階段，列出其在途商機。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未開啟資料庫。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>The funnel could not be computed: %1</source>
        <translation>無法計算漏斗：%1</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>%1 deals</source>
        <translation>%1 筆</translation>
    </message>
    <message>
        <source>deals lost</source>
        <translation>筆輸單</translation>
    </message>
    <message>
        <source>won ÷ (won + lost)</source>
        <translation>贏單 ÷（贏單 + 輸單）</translation>
    </message>
    <message>
        <source>per won deal</source>
        <translation>每筆贏單</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>created to won</source>
        <translation>從建立到贏單</translation>
    </message>
    <message>
        <source>Open deals in “%1”: %2</source>
        <translation>「%1」階段的在途商機：%2 筆</translation>
    </message>
    <message>
        <source>Sales velocity per 30 days</source>
        <translation>銷售速度（每 30 天）</translation>
    </message>
    <message>
        <source>Open deals × win rate × average won deal ÷ median sales cycle (days), × 30. Win rate, average deal and cycle over the window; open deals at the as-of date. Compared with the same a week earlier.</source>
        <translation>在途商機數 × 贏率 × 平均贏單金額 ÷ 成交週期中位數（天）× 30。贏率、平均贏單金額和成交週期按所選區間統計；在途商機按截至日期統計。與一週前的同一計算比較。</translation>
    </message>
    <message>
        <source>%1 per day · %2 vs a week earlier</source>
        <translation>每天 %1 · 較一週前 %2</translation>
    </message>
    <message>
        <source>= %1
A week earlier (%2): %3 per 30 days</source>
        <translation>= %1
一週前（%2）：每 30 天 %3</translation>
    </message>
</context>
<context>
    <name>fd::GapClosingPanel</name>
    <message>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>Deals needed in each stage</source>
        <translation>各階段所需商機</translation>
    </message>
    <message>
        <source>Open deals that would close the gap if won</source>
        <translation>贏下即可補齊差距的在途商機</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>贏率</translation>
    </message>
    <message>
        <source>Deals needed</source>
        <translation>所需商機數</translation>
    </message>
    <message>
        <source>Amount needed</source>
        <translation>所需金額</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>目前在途</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>在途金額</translation>
    </message>
    <message>
        <source>Of the deals that entered the stage and closed, the share won (shrunk toward the configured rate)</source>
        <translation>進入該階段並已結束的商機中贏單的比例（向設定贏率收縮）</translation>
    </message>
    <message>
        <source>Wins needed ÷ the stage&apos;s win rate</source>
        <translation>還需贏單數 ÷ 該階段贏率</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>機率</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預期金額</translation>
    </message>
    <message>
        <source>Cumulative if won</source>
        <translation>贏單後累計增加</translation>
    </message>
    <message>
        <source>What winning this deal and those above adds to the forecast: amount − expected</source>
        <translation>贏下本行及以上商機使預測增加的金額：金額 − 預期金額</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>The gap could not be computed: %1</source>
        <translation>無法計算差距：%1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>沒有開啟的資料庫。</translation>
    </message>
    <message>
        <source>No target is set for %1 in this scope: there is no gap to close.</source>
        <translation>此範圍內 %1 未設定目標：沒有需要補齊的差距。</translation>
    </message>
    <message>
        <source>Ahead of target: the forecast %1 reaches the target %2 of %3, there is no gap to close.</source>
        <translation>已超前於目標：預測 %1 已達到 %3 的目標 %2，沒有需要補齊的差距。</translation>
    </message>
    <message>
        <source>%1 is over: nothing more can be won in it.</source>
        <translation>%1 已結束：不能再在其中贏單。</translation>
    </message>
    <message>
        <source>%1: target %2, forecast %3 — %4 short.</source>
        <translation>%1：目標 %2，預測 %3——差 %4。</translation>
    </message>
    <message>
        <source>With the average won deal of %1 (deals won in the last %3 days: %2) that is %4 more won deals.</source>
        <translation>按平均贏單金額 %1（近 %3 天贏單 %2 筆）計算，還需再贏 %4 單。</translation>
    </message>
    <message>
        <source>No deal was won in the last %1 days, so the number of wins needed cannot be estimated.</source>
        <translation>近 %1 天沒有贏單，無法估算還需贏多少單。</translation>
    </message>
    <message>
        <source>Deals needed in each stage (%1)</source>
        <translation>各階段所需商機（%1）</translation>
    </message>
    <message>
        <source>%1 of %2 deals that entered the stage and closed were won</source>
        <translation>進入該階段並已結束的 %2 筆商機中贏單 %1 筆</translation>
    </message>
    <message>
        <source>Open deals that would close the gap if won: %1</source>
        <translation>贏下即可補齊差距的在途商機：%1 筆</translation>
    </message>
    <message>
        <source>Open deals that would close the gap if won: even all %1 listed leave %2 missing</source>
        <translation>贏下即可補齊差距的在途商機：即使贏下所列 %1 筆仍差 %2</translation>
    </message>
</context>
<context>
    <name>fd::HistoryTab</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation>無法讀取歷史記錄：%1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <source>No recorded changes you may see.</source>
        <translation>沒有您可查看的變更記錄。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>共 %n 筆變更，最新的在前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ImportSettingsBox</name>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>&amp;Reason for lost deals without one:</source>
        <translation>無輸單原因時使用(&amp;R)：</translation>
    </message>
    <message>
        <source>Old CRMs seldom asked why a deal was lost. Imported lost deals without a reason get this one (for everyone using this database), and the import report counts them.</source>
        <translation>舊 CRM 很少記錄輸單原因。匯入的輸單商機若沒有原因，將使用此原因（對使用此資料庫的所有人生效），匯入報告會統計這些商機。</translation>
    </message>
</context>
<context>
    <name>fd::ImportWizard</name>
    <message>
        <source>Choose a file to import</source>
        <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.txt *.xlsx)</source>
        <translation>CSV 或 Excel 檔案 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>儲存被拒絕的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>There are no rejected rows to save.</source>
        <translation>沒有被拒絕的行可儲存。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <source>CSV (UTF-8, GB18030/GBK or Big5) or Excel (.xlsx), one kind of record.</source>
        <translation>CSV（UTF-8、GB18030/GBK 或 Big5）或 Excel（.xlsx），每次一種記錄。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>編碼(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create customers, reps, teams, regions, products and stages that do not exist yet</source>
        <translation>自動創建尚不存在的客戶、銷售、團隊、區域、產品和階段(&amp;C)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>線索</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>階段歷史</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Columns are matched by their Chinese or English names; change any that are wrong. Columns marked * are required.</source>
        <translation>已按中文或英文列名自動匹配；如有不對請修改。標 * 的列為必填。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>檔案中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一行的值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>匯入為</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Every row was checked without storing anything.</source>
        <translation>已檢查每一行，尚未儲存任何數據。</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>儲存被拒絕的行(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Excel workbook: no text encoding to choose.</source>
        <translation>Excel 工作簿：無需選擇文本編碼。</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>無法打開該檔案。</translation>
    </message>
    <message>
        <source>Detected encoding: %1</source>
        <translation>偵測到的編碼：%1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不匯入）</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>沒有開啟的資料庫。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose an existing file.</source>
        <translation>請選擇一個存在的檔案。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在檢查檔案…</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>無法匯入該檔案：%1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未匯入任何數據：%1</translation>
    </message>
    <message>
        <source>%1 rows imported.</source>
        <translation>已匯入 %1 行。</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>已創建：%1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未匯入任何數據。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未匯入任何數據。</translation>
    </message>
    <message>
        <source>%1 rows read (%2, %3): %4 can be imported, %5 rejected.</source>
        <translation>已讀取 %1 行（%2，%3）：%4 行可匯入，%5 行被拒絕。</translation>
    </message>
    <message>
        <source>To be created: %1.</source>
        <translation>將創建：%1。</translation>
    </message>
    <message>
        <source>Correct the file (or the column matching) and try again: the import stores all rows or none.</source>
        <translation>請修正檔案（或列匹配）後重試：匯入要麼全部儲存，要麼一行都不儲存。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>重複記錄(&amp;D)：</translation>
    </message>
    <message>
        <source>Reject the file (list them as errors)</source>
        <translation>拒絕匯入（列為錯誤）</translation>
    </message>
    <message>
        <source>Skip them (keep what is stored)</source>
        <translation>略過（保留既有記錄）</translation>
    </message>
    <message>
        <source>Import them too (for the duplicate review)</source>
        <translation>一併匯入（留待查重處理）</translation>
    </message>
    <message>
        <source>Merge them (fill empty fields of the stored record)</source>
        <translation>合併（補充既有記錄的空白欄位）</translation>
    </message>
    <message>
        <source>A lead, customer or contact that repeats a stored record or an earlier row (same external id, phone, or company and name).</source>
        <translation>與已儲存記錄或檔案中前面某行重複的線索、客戶或聯絡人（外部編號、電話或公司加姓名相同）。</translation>
    </message>
    <message>
        <source>Deals and history are duplicates only by their external id: such rows are errors.</source>
        <translation>商機和階段歷史只依外部編號判斷重複：重複的行視為錯誤。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Duplicates: %1 skipped, %2 merged into the stored record, %3 imported as well.</source>
        <translation>重複記錄：略過 %1 行，合併到既有記錄 %2 行，一併匯入 %3 行。</translation>
    </message>
    <message>
        <source>%1 lost deals without a reason get &quot;%2&quot;.</source>
        <translation>%1 個沒有輸單原因的輸單商機使用「%2」。</translation>
    </message>
    <message>
        <source>Columns not imported (%1): %2.</source>
        <translation>未匯入的欄位（%1 欄）：%2。</translation>
    </message>
    <message>
        <source>Import #%1 in the audit trail.</source>
        <translation>稽核日誌中的匯入 #%1。</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>處理結果</translation>
    </message>
</context>
<context>
    <name>fd::IncentivePlansPage</name>
    <message>
        <source>What turns each person&apos;s credited performance into pay: base pay plus performance pay. A plan applies to everyone of a role or to one person (a person&apos;s own plan wins). Its terms are versioned: a change applies from a month on and never rewrites the months before.</source>
        <translation>把每個人計入的業績折算成薪酬：底薪 + 績效。方案適用於某個角色的所有人，或某一個人（個人方案優先）。條款按版本管理：修改從某月起生效，之前的月份不受影響。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>適用於</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>週期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Terms from</source>
        <translation>條款生效</translation>
    </message>
    <message>
        <source>Base pay</source>
        <translation>底薪</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效月份</translation>
    </message>
    <message>
        <source>Tiers (marginal)</source>
        <translation>累進分級</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Forecast accuracy</source>
        <translation>預測準確獎</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動量獎</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>新增方案(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;Version…</source>
        <translation>新版本(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重新命名(&amp;R)…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>沒有開啟的資料庫。</translation>
    </message>
    <message>
        <source>Only finance or an administrator may create or change incentive plans.</source>
        <translation>只有財務或管理員可以新建或修改績效方案。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Versions of %1 (newest first; a version is never changed)</source>
        <translation>%1 的版本（最新在前；版本一經儲存不再修改）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Select a plan first.</source>
        <translation>請先選擇一個方案。</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>啟用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Rename Plan</source>
        <translation>重新命名方案</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>%1 的新名稱：</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>%1 will pay nothing from now on, in periods not yet closed too; its versions stay for the record. Deactivate it?</source>
        <translation>從現在起 %1 不再計薪，尚未結帳的期間也一樣；它的各個版本保留備查。要停用嗎？</translation>
    </message>
    <message>
        <source>%1 (± %2 %)</source>
        <translation>%1（±%2%）</translation>
    </message>
    <message>
        <source>%1 / %2 activities</source>
        <translation>%1 / %2 次活動</translation>
    </message>
</context>
<context>
    <name>fd::InvoiceDialog</name>
    <message>
        <source>Issue an invoice</source>
        <translation>開立發票</translation>
    </message>
    <message>
        <source>The whole contract</source>
        <translation>整個合約</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>發票號碼</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>開票日期</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>營業稅稅率</translation>
    </message>
    <message>
        <source>For instalment</source>
        <translation>對應分期</translation>
    </message>
</context>
<context>
    <name>fd::KanbanBoard</name>
    <message>
        <source>Pipeline:</source>
        <translation>銷售流程：</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>階段…</translation>
    </message>
    <message>
        <source>Edit pipelines, stages, win probabilities, checklists and lost reasons</source>
        <translation>編輯銷售流程、階段、贏率、階段任務和輸單原因</translation>
    </message>
    <message>
        <source>Search customer, title, owner</source>
        <translation>搜尋客戶、商機名稱、負責人</translation>
    </message>
    <message>
        <source>Show on hold</source>
        <translation>顯示擱置的商機</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>新增商機</translation>
    </message>
    <message>
        <source>+ New opportunity</source>
        <translation>+ 新增商機</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>任意成交日期</translation>
    </message>
    <message>
        <source>Close date passed</source>
        <translation>已過預計成交日期</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>本月成交</translation>
    </message>
    <message>
        <source>Closing next month</source>
        <translation>下月成交</translation>
    </message>
    <message>
        <source>Closing this quarter</source>
        <translation>本季度成交</translation>
    </message>
    <message>
        <source>Closing next quarter</source>
        <translation>下季度成交</translation>
    </message>
    <message>
        <source>Closing this year</source>
        <translation>本年成交</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>無預計成交日期</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部負責人</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部團隊</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部區域</translation>
    </message>
    <message>
        <source>All product lines</source>
        <translation>全部產品線</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>標記為%1</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>No opportunities yet</source>
        <translation>還沒有商機</translation>
    </message>
    <message>
        <source>Each opportunity is a card in the column of its stage; drag it on as the deal moves, and onto Won or Lost when it closes. Enter the first one, or import your deals from a spreadsheet or another CRM.</source>
        <translation>每個商機是其階段欄中的一張卡片；交易推進時向後拖動，成交或丟單時拖到「贏單」或「輸單」。新建第一個商機，或從試算表或其他 CRM 匯入商機。</translation>
    </message>
    <message>
        <source>New opportunity…</source>
        <translation>新建商機…</translation>
    </message>
    <message>
        <source>Import opportunities…</source>
        <translation>匯入商機…</translation>
    </message>
</context>
<context>
    <name>fd::KanbanPage</name>
    <message>
        <source>Open a database to see the board.</source>
        <translation>開啟資料庫後即可查看看板。</translation>
    </message>
</context>
<context>
    <name>fd::LeadEditor</name>
    <message>
        <source>Edit lead</source>
        <translation>編輯線索</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>新建線索</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已聯繫</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>郵箱</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>市場活動</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Disqualify reason</source>
        <translation>無效原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>公司相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>電話相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>郵箱相同</translation>
    </message>
    <message>
        <source>Lead #%1 %2 / %3</source>
        <translation>線索 #%1 %2 / %3</translation>
    </message>
    <message>
        <source>Customer #%1 %2</source>
        <translation>客戶 #%1 %2</translation>
    </message>
    <message>
        <source>Possible duplicates (check before saving):</source>
        <translation>可能重複（儲存前請核對）：</translation>
    </message>
    <message>
        <source>No possible duplicate found.</source>
        <translation>未發現可能的重複。</translation>
    </message>
</context>
<context>
    <name>fd::LeadsPage</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已聯繫</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已轉化</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>公司相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>電話相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>郵箱相同</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>線索</translation>
    </message>
    <message>
        <source>Filter by name, company, phone…</source>
        <translation>按姓名、公司、電話篩選…</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>未關閉的線索</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>全部線索</translation>
    </message>
    <message>
        <source>Duplicate leads</source>
        <translation>重複線索</translation>
    </message>
    <message>
        <source>Duplicate customers</source>
        <translation>重複客戶</translation>
    </message>
    <message>
        <source>Public pool</source>
        <translation>公海池</translation>
    </message>
    <message>
        <source>Duplicate review</source>
        <translation>查重</translation>
    </message>
    <message>
        <source>Convert to customer…</source>
        <translation>轉為客戶…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>領取</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Round-robin to team</source>
        <translation>團隊輪流分配</translation>
    </message>
    <message>
        <source>Return stale leads now</source>
        <translation>立即回收超期線索</translation>
    </message>
    <message>
        <source>Merge second into first</source>
        <translation>將第二筆合併到第一筆</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>復原合併</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>郵件</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟進</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一筆</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>第二筆</translation>
    </message>
    <message>
        <source>Why they match</source>
        <translation>匹配原因</translation>
    </message>
    <message>
        <source>Leads with no follow-up within %1 days return here automatically.</source>
        <translation>%1 天內未跟進的線索會自動回到公海池。</translation>
    </message>
    <message>
        <source>Pairs found by normalised company name, phone and e-mail. Merging keeps every activity, contact, opportunity and task of both.</source>
        <translation>按規範化的公司名稱、電話和郵箱查出的重複對。合併會保留雙方全部跟進、聯絡人、商機和任務。</translation>
    </message>
    <message>
        <source>(pool)</source>
        <translation>（公海）</translation>
    </message>
    <message>
        <source>%1 leads returned to the public pool.</source>
        <translation>%1 條線索已回到公海池。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Merge #%1 into #%2? Everything of #%1 moves to #%2; you can undo while this window is open.</source>
        <translation>將 #%1 合併到 #%2？#%1 的全部內容都會移到 #%2；視窗未關閉前可以復原。</translation>
    </message>
    <message>
        <source>New customer &quot;%1&quot;</source>
        <translation>新客戶「%1」</translation>
    </message>
    <message>
        <source>Join existing customer &quot;%1&quot;</source>
        <translation>併入既有客戶「%1」</translation>
    </message>
    <message>
        <source>Convert lead</source>
        <translation>線索轉化</translation>
    </message>
    <message>
        <source>Convert &quot;%1&quot; into:</source>
        <translation>將「%1」轉化為：</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>新建線索…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>記錄追蹤…</translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation>還沒有線索</translation>
    </message>
    <message>
        <source>People and companies who may buy: from trade fairs, the website, calls. Enter one, or import a list; leads nobody follows up go back to the public pool.</source>
        <translation>可能購買的人和公司：來自展會、網站、電話。輸入一條，或匯入名單；無人跟進的線索會回到公海。</translation>
    </message>
    <message>
        <source>Import leads…</source>
        <translation>匯入線索…</translation>
    </message>
    <message>
        <source>Amount of a new opportunity in %1 (0 = no opportunity):</source>
        <translation>新商機金額（%1，0 = 不建商機）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2.</source>
        <translation>「%1」%2。</translation>
    </message>
</context>
<context>
    <name>fd::LineItemsTable</name>
    <message>
        <source>Σ (quantity × unit price less the discount − quantity × unit cost) over the line items</source>
        <translation>各產品明細的 Σ（數量 × 單價扣除折扣 − 數量 × 單位成本）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>單位成本</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>新增產品</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Copied from the product when the line is added; change it to override</source>
        <translation>新增明細時從產品複製；可修改以覆寫</translation>
    </message>
    <message>
        <source>Line %1: the unit price is not an amount.</source>
        <translation>第 %1 行：單價不是有效金額。</translation>
    </message>
    <message>
        <source>Line %1: the unit cost is not an amount.</source>
        <translation>第 %1 行：單位成本不是有效金額。</translation>
    </message>
    <message>
        <source>Margin: — (no line items)</source>
        <translation>毛利：—（無產品明細）</translation>
    </message>
    <message>
        <source>Margin: %1 (%2) · cost %3</source>
        <translation>毛利：%1（%2）· 成本 %3</translation>
    </message>
</context>
<context>
    <name>fd::LogActivityDialog</name>
    <message>
        <source>Create a follow-up task</source>
        <translation>建立追蹤任務</translation>
    </message>
    <message>
        <source>Log activity</source>
        <translation>記錄追蹤</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次追蹤</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>追蹤：%1</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>提醒時間</translation>
    </message>
</context>
<context>
    <name>fd::LostReasonDialog</name>
    <message>
        <source>Mark as lost</source>
        <translation>標記為輸單</translation>
    </message>
    <message>
        <source>(other — describe below)</source>
        <translation>（其他 — 請在下方說明）</translation>
    </message>
    <message>
        <source>Details (optional when a reason is chosen)</source>
        <translation>詳細說明（已選原因時可不填）</translation>
    </message>
    <message numerus="yes">
        <source>Why was this lost? (%n deal(s))</source>
        <translation>
            <numerusform>輸單原因是甚麼？（%n 個商機）</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>說明：</translation>
    </message>
    <message>
        <source>Choose a reason or describe it.</source>
        <translation>請選擇原因或填寫說明。</translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another FunnelDesk database file</source>
        <translation>開啟另一個 FunnelDesk 資料庫檔案</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新增資料庫(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, empty FunnelDesk database file</source>
        <translation>新增一個空的 FunnelDesk 資料庫檔案</translation>
    </message>
    <message>
        <source>Load &amp;Demo Office…</source>
        <translation>載入示範辦公室(&amp;D)…</translation>
    </message>
    <message>
        <source>Fill an empty database with a made-up sales office to explore FunnelDesk</source>
        <translation>在空資料庫中填入一個虛構的銷售團隊，用來體驗 FunnelDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Navigation Bar</source>
        <translation>導覽列(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About FunnelDesk</source>
        <translation>關於 FunnelDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 &amp;Qt</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未開啟資料庫</translation>
    </message>
    <message>
        <source>%1 — FunnelDesk</source>
        <translation>%1 — FunnelDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>Opportunities: %1</source>
        <translation>商機：%1 個</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>FunnelDesk databases (%1)</source>
        <translation>FunnelDesk 資料庫 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已開啟 %1</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新增資料庫</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open the existing file with File → Open Database.</source>
        <translation>%1 已存在。請換一個檔名，或透過「檔案 → 開啟資料庫」開啟現有檔案。</translation>
    </message>
    <message>
        <source>Load Demo Office</source>
        <translation>載入示範辦公室</translation>
    </message>
    <message>
        <source>The demo office can only be loaded into an empty database, and this one already holds opportunities.

Create a new database file for the demo office?</source>
        <translation>示範辦公室只能載入到空資料庫中，而目前資料庫已有商機。

要為示範辦公室新增一個資料庫檔案嗎？</translation>
    </message>
    <message>
        <source>The demo office was loaded.</source>
        <translation>示範辦公室已載入。</translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation>開啟團隊資料庫(&amp;T)…</translation>
    </message>
    <message>
        <source>Work on the office&apos;s shared database on a PostgreSQL server</source>
        <translation>使用 PostgreSQL 伺服器上的辦公室共用資料庫</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>復原 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Sign &amp;Out / Switch User…</source>
        <translation>登出 / 切換使用者(&amp;O)…</translation>
    </message>
    <message>
        <source>Sign out on this desktop and let someone else sign in</source>
        <translation>在這台電腦上登出，讓其他人登入</translation>
    </message>
    <message>
        <source>On a team database your PostgreSQL login is who you are: open it again with another login to switch.</source>
        <translation>在團隊資料庫中，您的 PostgreSQL 登入就是您的身分：要切換，請用另一個登入重新開啟。</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登入</translation>
    </message>
    <message>
        <source>Changes are recorded as made by nobody.</source>
        <translation>所做的變更將記錄為無人操作。</translation>
    </message>
    <message>
        <source>This PostgreSQL login is no FunnelDesk person.</source>
        <translation>這個 PostgreSQL 登入不對應任何 FunnelDesk 人員。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已登入：%1</translation>
    </message>
    <message>
        <source>PostgreSQL login %1</source>
        <translation>PostgreSQL 登入 %1</translation>
    </message>
    <message>
        <source>Signed out. Open a database to go on.</source>
        <translation>已登出。請開啟一個資料庫以繼續。</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
</context>
<context>
    <name>fd::NoDealsState</name>
    <message>
        <source>No opportunities yet</source>
        <translation>還沒有商機</translation>
    </message>
    <message>
        <source>These figures are computed from your opportunities: what is open, what was won and lost, and when. Enter the first deals on the board, or import them.</source>
        <translation>這些數字由您的商機計算：哪些在進行、哪些贏單和輸單、何時發生。在看板上輸入第一批商機，或匯入。</translation>
    </message>
    <message>
        <source>New opportunity on the board…</source>
        <translation>在看板上新建商機…</translation>
    </message>
    <message>
        <source>Import opportunities…</source>
        <translation>匯入商機…</translation>
    </message>
</context>
<context>
    <name>fd::OpportunityEditor</name>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>擱置</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>郵件</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>商機：%1</translation>
    </message>
    <message>
        <source>New opportunity in %1</source>
        <translation>在「%1」新增商機</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>階段任務</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>By</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>階段歷史</translation>
    </message>
    <message>
        <source>e.g. 120000 or 12万</source>
        <translation>例如 120000 或 12萬</translation>
    </message>
    <message>
        <source>Own probability (kept when the stage changes)</source>
        <translation>自定贏率（變更階段時保留）</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>聯絡人：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>負責人：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>階段：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <source>Lost reason:</source>
        <translation>輸單原因：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金額：</translation>
    </message>
    <message>
        <source>Win probability:</source>
        <translation>贏率：</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>預計成交：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>來源：</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>市場活動：</translation>
    </message>
    <message>
        <source>External id:</source>
        <translation>外部編號：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>新增成員</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必做）</translation>
    </message>
    <message>
        <source>This stage has no checklist.</source>
        <translation>這個階段沒有階段任務。</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1（已刪除）</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>（建立）</translation>
    </message>
    <message>
        <source>Choose a customer from the list.</source>
        <translation>請從清單中選擇客戶。</translation>
    </message>
    <message>
        <source>Enter an amount such as 120000, 120,000.50 or 12万.</source>
        <translation>請輸入金額，例如 120000、120,000.50 或 12萬。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>記錄追蹤…</translation>
    </message>
    <message>
        <source>%1. Their version is shown; your changes were not saved.</source>
        <translation>%1。已顯示對方的版本，您的修改未儲存。</translation>
    </message>
    <message>
        <source>%1. Nothing was saved: save again to reload or overwrite.</source>
        <translation>%1。未儲存任何內容：再次儲存可選擇重新載入或覆寫。</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份額</translation>
    </message>
    <message>
        <source>Credit when won</source>
        <translation>贏單時業績</translation>
    </message>
    <message>
        <source>Split performance:</source>
        <translation>業績拆分：</translation>
    </message>
    <message>
        <source>whole amount</source>
        <translation>全額</translation>
    </message>
    <message>
        <source>Member %1: the share is not an amount.</source>
        <translation>第 %1 位成員：份額不是金額。</translation>
    </message>
    <message>
        <source>Each member&apos;s percentage of the deal; together 100 %.</source>
        <translation>每位成員佔商機的百分比，合計 100%。</translation>
    </message>
    <message>
        <source>Each member&apos;s amount; together the deal amount. The shares follow later changes of the amount.</source>
        <translation>每位成員的金額，合計等於商機金額。之後金額變化時按比例跟隨。</translation>
    </message>
    <message>
        <source>Every member is credited the whole amount (overlay teams).</source>
        <translation>每位成員都計全額業績（疊加團隊）。</translation>
    </message>
    <message>
        <source>Percentages that may add up to more than 100 % (e.g. owner 100 % + solution engineer 30 %), each at most 100 %.</source>
        <translation>百分比合計可超過 100%（如負責人 100% + 解決方案工程師 30%），每人最多 100%。</translation>
    </message>
    <message>
        <source>No team: the owner is credited with the whole deal.</source>
        <translation>未設團隊：負責人獲得全部業績。</translation>
    </message>
    <message>
        <source>Credited when won: %1 in all; company figures count the deal once: %2.</source>
        <translation>贏單時共計業績 %1；公司數據只計一次該商機：%2。</translation>
    </message>
    <message>
        <source>This amount is written in %1: choose %1 as the currency, or enter the amount in %2.</source>
        <translation>此金額以 %1 書寫：請將幣別選為 %1，或按 %2 填寫金額。</translation>
    </message>
</context>
<context>
    <name>fd::OutcomeDropZone</name>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>擱置</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Drop here: %1</source>
        <translation>拖放到此處：%1</translation>
    </message>
</context>
<context>
    <name>fd::PasswordDialog</name>
    <message>
        <source>New Password for %1</source>
        <translation>為 %1 設定新密碼</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密碼：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次輸入密碼：</translation>
    </message>
    <message>
        <source>Desktops that remember %1 will ask for the new password.</source>
        <translation>記住了 %1 的電腦將要求輸入新密碼。</translation>
    </message>
</context>
<context>
    <name>fd::PayPlanDialog</name>
    <message>
        <source>New Version of %1</source>
        <translation>%1 的新版本</translation>
    </message>
    <message>
        <source>New Incentive Plan</source>
        <translation>新增績效方案</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>適用於：</translation>
    </message>
    <message>
        <source>e.g. Sales reps 2027</source>
        <translation>例如：2027 業務代表方案</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Everyone of the role</source>
        <translation>該角色的所有人</translation>
    </message>
    <message>
        <source>One person</source>
        <translation>某一個人</translation>
    </message>
    <message>
        <source>Base pay is monthly; a quarterly plan computes commission and bonuses on the whole quarter and pays them with its last month.</source>
        <translation>底薪按月發放；按季的方案按整季計算提成與獎金，在季度最後一個月發放。</translation>
    </message>
    <message>
        <source>Commission period:</source>
        <translation>提成週期：</translation>
    </message>
    <message>
        <source>The terms apply from the first day of this month until the next version; months before keep the terms they had.</source>
        <translation>條款從該月第一天起生效，直到下一個版本；之前的月份仍按原條款。</translation>
    </message>
    <message>
        <source>Effective from:</source>
        <translation>生效月份：</translation>
    </message>
    <message>
        <source>Base pay per month (%1):</source>
        <translation>每月底薪（%1）：</translation>
    </message>
    <message>
        <source>Commission on</source>
        <translation>提成基數</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>From completion</source>
        <translation>達成率起點</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>係數</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>新增規則</translation>
    </message>
    <message>
        <source>Add Tier</source>
        <translation>新增分級</translation>
    </message>
    <message>
        <source>Commission rules</source>
        <translation>提成規則</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Marginal: the part of the commission that falls in each band of target completion is paid at that band&apos;s multiplier, so crossing a threshold never makes the whole period jump. The first band starts at 0 %.</source>
        <translation>累進：提成中落在每個達成率區間的部分按該級係數計算，跨過門檻時整期提成不會跳動。第一級從 0% 開始。</translation>
    </message>
    <message>
        <source>Tiers by target completion (marginal)</source>
        <translation>按目標達成率累進分級</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>Commission cap per period (%1):</source>
        <translation>每期提成上限（%1）：</translation>
    </message>
    <message>
        <source>when won is within</source>
        <translation>贏單與承諾預測相差</translation>
    </message>
    <message>
        <source>of the committed forecast</source>
        <translation>以內</translation>
    </message>
    <message>
        <source>Full bonus within the tolerance, falling linearly to nothing at twice the tolerance. Empty or 0: no such bonus.</source>
        <translation>誤差在容差以內得全額獎金，超出後線性遞減，到兩倍容差時為零。留空或 0：沒有此項獎金。</translation>
    </message>
    <message>
        <source>Forecast accuracy bonus (%1):</source>
        <translation>預測準確獎（%1）：</translation>
    </message>
    <message>
        <source>in full at</source>
        <translation>全額需完成</translation>
    </message>
    <message>
        <source>completed activities per period</source>
        <translation>次活動（每期）</translation>
    </message>
    <message>
        <source>Paid in proportion below the norm. Empty or 0: no such bonus.</source>
        <translation>未達標準時按比例發放。留空或 0：沒有此項獎金。</translation>
    </message>
    <message>
        <source>Activity bonus (%1):</source>
        <translation>活動量獎（%1）：</translation>
    </message>
    <message>
        <source>Why these terms (shown in the plan&apos;s history)</source>
        <translation>為什麼這樣訂（顯示在方案的版本紀錄中）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
</context>
<context>
    <name>fd::PaymentPlanDialog</name>
    <message>
        <source>Payment plan</source>
        <translation>回款計畫</translation>
    </message>
    <message>
        <source>By percent of the contract</source>
        <translation>按合約金額比例</translation>
    </message>
    <message>
        <source>By amount</source>
        <translation>按金額</translation>
    </message>
    <message>
        <source>Add instalment</source>
        <translation>新增分期</translation>
    </message>
    <message>
        <source>Remove instalment</source>
        <translation>刪除分期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>On signing</source>
        <translation>簽約預付款</translation>
    </message>
    <message>
        <source>On acceptance</source>
        <translation>驗收款</translation>
    </message>
    <message>
        <source>Final service payment</source>
        <translation>服務尾款</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>is not a whole percent</source>
        <translation>不是整數百分比</translation>
    </message>
</context>
<context>
    <name>fd::PdfSave</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>無法寫入檔案：%1</translation>
    </message>
</context>
<context>
    <name>fd::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>團隊</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation>新增人員(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>設定密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>顯示已停用</translation>
    </message>
    <message>
        <source>Add &amp;Team…</source>
        <translation>新增團隊(&amp;T)…</translation>
    </message>
    <message>
        <source>Edit T&amp;eam…</source>
        <translation>編輯團隊(&amp;E)…</translation>
    </message>
    <message>
        <source>Add &amp;Region…</source>
        <translation>新增區域(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;name Region…</source>
        <translation>重新命名區域(&amp;N)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登入名稱</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>經理</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員數</translation>
    </message>
    <message>
        <source>On this embedded database FunnelDesk checks who may change what on each desktop; the database file itself is protected only by its file permissions.</source>
        <translation>在這個內嵌資料庫上，由各台電腦上的 FunnelDesk 檢查誰可以變更什麼；資料庫檔案本身只受檔案權限保護。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>沒有開啟的資料庫。</translation>
    </message>
    <message>
        <source>PostgreSQL login</source>
        <translation>PostgreSQL 登入</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已設定</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在職</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>唯讀：%1</translation>
    </message>
    <message>
        <source>Choose a person in the table first.</source>
        <translation>請先在表格中選擇一個人。</translation>
    </message>
    <message>
        <source>Choose a team in the table first.</source>
        <translation>請先在表格中選擇一個團隊。</translation>
    </message>
    <message>
        <source>Choose a region in the table first.</source>
        <translation>請先在表格中選擇一個區域。</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in or be assigned work. Their deals, customers and history keep their name; nothing is deleted. You can make them active again with Edit.</source>
        <translation>%1 將無法再登入或被指派工作。其商機、客戶和歷史記錄仍保留其姓名，不會刪除任何內容。之後可透過「編輯」重新啟用。</translation>
    </message>
    <message>
        <source>%1 stays active: %2</source>
        <translation>%1 保持在職：%2</translation>
    </message>
</context>
<context>
    <name>fd::PerformancePage</name>
    <message>
        <source>%1 is closed; a closed period is never reopened.</source>
        <translation>%1 已月結；已月結的期間不會重新開啟。</translation>
    </message>
    <message>
        <source>No statement to close.</source>
        <translation>沒有可月結的績效單。</translation>
    </message>
    <message>
        <source>Only finance or an administrator closes a period.</source>
        <translation>只有財務或管理員可以月結。</translation>
    </message>
    <message>
        <source>%1 is closed: its statements read back as they were closed. A closed period is never reopened; later changes are paid as adjustments on the first open month.</source>
        <translation>%1 已月結：績效單保持月結時的內容。已月結的期間不會重新開啟；之後的變動作為調整計入第一個未結月份。</translation>
    </message>
    <message>
        <source>Select a statement.</source>
        <translation>請選擇一份績效單。</translation>
    </message>
    <message>
        <source>Only the person&apos;s manager or an administrator reviews a statement.</source>
        <translation>只有本人的經理或管理員可以審核績效單。</translation>
    </message>
    <message>
        <source>No statement for %1 that you may see.</source>
        <translation>%1 沒有您可查看的績效單。</translation>
    </message>
    <message>
        <source>No pay plan</source>
        <translation>沒有績效方案</translation>
    </message>
    <message>
        <source>Plan %1, terms from %2, commission on %3</source>
        <translation>方案 %1，條款自 %2 起，提成按 %3 計算</translation>
    </message>
    <message>
        <source>Target %1 · credited won %2 · completion %3</source>
        <translation>目標 %1 · 計入簽約 %2 · 達成率 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation>由 %1 審核</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Credited deal</source>
        <translation>計入的商機</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>核銷</translation>
    </message>
    <message>
        <source>deal won on %1</source>
        <translation>商機於 %1 簽約</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>審核…</translation>
    </message>
    <message>
        <source>Close period…</source>
        <translation>月結…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>儲存 PDF…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>匯出 XLSX…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>組成</translation>
    </message>
    <message>
        <source>Computed from</source>
        <translation>計算依據</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>明細行</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>計入業績</translation>
    </message>
    <message>
        <source>Review statement</source>
        <translation>審核績效單</translation>
    </message>
    <message>
        <source>Review of %1&apos;s statement for %2. Note (optional):</source>
        <translation>審核 %1 的 %2 績效單。備註（選填）：</translation>
    </message>
    <message numerus="yes">
        <source>Close %1 and freeze %n statement(s) for payroll?

A closed period cannot be reopened: its statements will always read back as they are now. Changes that touch %1 later are paid as adjustments on the next month&apos;s statements.</source>
        <translation>
            <numerusform>月結 %1 並凍結 %n 份績效單用於發薪？

已月結的期間不能重新開啟：其績效單將始終保持現在的內容。之後涉及 %1 的變動將作為調整計入下個月的績效單。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close period</source>
        <translation>月結</translation>
    </message>
    <message>
        <source>Freezing the statements of %1…</source>
        <translation>正在凍結 %1 的績效單…</translation>
    </message>
    <message>
        <source>Print preview – %1</source>
        <translation>列印預覽 – %1</translation>
    </message>
    <message>
        <source>Save statement as PDF</source>
        <translation>將績效單儲存為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Export statements</source>
        <translation>匯出績效單</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>fd::PipelineSettingsDialog</name>
    <message>
        <source>Pipelines and stages</source>
        <translation>銷售流程與階段</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>輸單原因</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>銷售流程</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>設為預設</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Stages, in order</source>
        <translation>階段（按順序）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Checklist task</source>
        <translation>階段任務</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必做</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Win probability:</source>
        <translation>贏率：</translation>
    </message>
    <message>
        <source>Stalled after:</source>
        <translation>停滯判定：</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>新增任務</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新任務</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>移除任務</translation>
    </message>
    <message>
        <source>Save stage</source>
        <translation>儲存階段</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>輸單原因</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Reasons offered when a deal is marked lost (free text is always possible).</source>
        <translation>標記輸單時可選的原因（也可隨時自由填寫）。</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（預設）</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>新增銷售流程</translation>
    </message>
    <message>
        <source>Initial contact</source>
        <translation>初步接洽</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>重新命名銷售流程</translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation>刪除銷售流程</translation>
    </message>
    <message>
        <source>Delete the pipeline &quot;%1&quot;?</source>
        <translation>刪除銷售流程「%1」？</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新增階段</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>刪除階段</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; holds %n open deal(s). Move them to:</source>
        <translation>
            <numerusform>「%1」中有 %n 個進行中的商機。將它們移到：</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the stage &quot;%1&quot;?</source>
        <translation>刪除階段「%1」？</translation>
    </message>
</context>
<context>
    <name>fd::PlaceholderPage</name>
    <message>
        <source>This area is not available yet in this version of FunnelDesk.</source>
        <translation>此功能在目前版本的 FunnelDesk 中尚未提供。</translation>
    </message>
</context>
<context>
    <name>fd::ProductsPage</name>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>產品線</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>定價</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>單位成本</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>What one unit costs the company; new line items of deals copy it</source>
        <translation>每單位產品的公司成本；商機新增的產品明細會複製此成本</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>新增產品</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>儲存變更</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Row %1: the list price is not an amount.</source>
        <translation>第 %1 行：定價不是有效金額。</translation>
    </message>
    <message>
        <source>Row %1: the cost is not an amount.</source>
        <translation>第 %1 行：成本不是有效金額。</translation>
    </message>
</context>
<context>
    <name>fd::ReceiptDialog</name>
    <message>
        <source>Bank transfer</source>
        <translation>銀行轉帳</translation>
    </message>
    <message>
        <source>Record a receipt</source>
        <translation>登記回款</translation>
    </message>
    <message>
        <source>Reconcile automatically (oldest due first)</source>
        <translation>自動核銷（先到期先核銷）</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>回款金額</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <source>Against instalment</source>
        <translation>核銷到分期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水號</translation>
    </message>
</context>
<context>
    <name>fd::RegionDialog</name>
    <message>
        <source>Rename Region %1</source>
        <translation>重新命名區域 %1</translation>
    </message>
    <message>
        <source>Add a Region</source>
        <translation>新增區域</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
</context>
<context>
    <name>fd::ReminderNotifier</name>
    <message>
        <source>Reminders (%1)</source>
        <translation>提醒（%1）</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 則提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 則</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::RemindersDialog</name>
    <message>
        <source>Nothing to be reminded of now.</source>
        <translation>目前沒有需要提醒的事項。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒事項</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>一小時後</translation>
    </message>
    <message>
        <source>Tomorrow at 09:00</source>
        <translation>明天 09:00</translation>
    </message>
    <message>
        <source>A follow-up task is marked done; a payment reminder is put away for you only.</source>
        <translation>跟進任務將標記為完成；回款提醒只對您本人隱藏。</translation>
    </message>
</context>
<context>
    <name>fd::RepDiagnosticsView</name>
    <message>
        <source>Days in stage: the rep&apos;s median against the team&apos;s median for the same stage. The redder the cell, the longer the rep&apos;s deals sit there (full red: twice the team median or more).</source>
        <translation>階段停留天數：業務在該階段的中位數與團隊中位數對比。顏色越紅，該業務的商機停留越久（全紅：達到團隊中位數的兩倍或以上）。</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>在途金額</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加權金額</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>贏單金額</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>贏率</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>平均單額</translation>
    </message>
    <message>
        <source>Median cycle (days)</source>
        <translation>成交週期中位數（天）</translation>
    </message>
    <message>
        <source>Stalls in</source>
        <translation>卡在</translation>
    </message>
    <message>
        <source>%1 (days)</source>
        <translation>%1（天）</translation>
    </message>
    <message>
        <source>%1 (+%2 d)</source>
        <translation>%1（+%2 天）</translation>
    </message>
    <message>
        <source>%1: rep median %2 days, team median %3 days</source>
        <translation>%1：本人中位數 %2 天，團隊中位數 %3 天</translation>
    </message>
    <message>
        <source>Stalls in: the stage where the rep&apos;s median is at least %1 times the team&apos;s and %2 days longer, over at least %3 of the rep&apos;s deals; empty when no stage is that slow.</source>
        <translation>卡在：本人在該階段的中位天數至少為團隊中位數的 %1 倍且多出 %2 天以上，並且至少有 %3 個本人商機經過該階段；沒有這樣慢的階段則留空。</translation>
    </message>
</context>
<context>
    <name>fd::ReportsPage</name>
    <message>
        <source>&amp;Scope:</source>
        <translation>範圍(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>週(&amp;W)：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印預覽(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>另存為 HTML(&amp;H)…</translation>
    </message>
    <message>
        <source>E&amp;xport records:</source>
        <translation>匯出記錄(&amp;X)：</translation>
    </message>
    <message>
        <source>Export (CSV/XLSX)…</source>
        <translation>匯出（CSV/XLSX）…</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>線索</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>階段歷史</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>區域 %1</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>團隊 %1</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>銷售 %1</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2 – %3）</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>正在生成報表…</translation>
    </message>
    <message>
        <source>The report could not be prepared: %1</source>
        <translation>無法生成報表：%1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知錯誤</translation>
    </message>
    <message>
        <source>No report yet.</source>
        <translation>還沒有報表。</translation>
    </message>
    <message>
        <source>Print preview – %1</source>
        <translation>打印預覽 – %1</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>將報表另存為 PDF</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>無法寫入檔案：%1</translation>
    </message>
    <message>
        <source>Save report as HTML</source>
        <translation>將報表另存為 HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>網頁 (*.html)</translation>
    </message>
    <message>
        <source>Save as HTML</source>
        <translation>另存為 HTML</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>匯出%1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>已匯出 %1 行到 %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>匯出失敗：%1</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>週報</translation>
    </message>
    <message>
        <source>Results analysis</source>
        <translation>成果分析</translation>
    </message>
    <message>
        <source>The report&apos;s forecasts could not be recorded: %1</source>
        <translation>無法記錄報告中的預測：%1</translation>
    </message>
</context>
<context>
    <name>fd::ResultsAnalysisView</name>
    <message>
        <source>&amp;From:</source>
        <translation>從(&amp;F):</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>Figures as they stood at the end of this day</source>
        <translation>按該日結束時的資料統計</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Campaign ROI</source>
        <translation>行銷活動 ROI</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>線索來源</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>銷售區域</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>產品線</translation>
    </message>
    <message>
        <source>A campaign&apos;s cost counts in full when it ran in the window; leads and opportunities are those created in the window, won amounts those won in it, pipeline what is open at the as-of date. ROI = (won − cost) ÷ cost; a campaign without a recorded cost has no ROI.</source>
        <translation>行銷活動在統計期間內舉辦時，其成本全額計入；線索和商機為期間內新建的，贏單金額為期間內贏單的，進行中商機為截止日仍未結束的。ROI = (贏單金額 − 成本) ÷ 成本；未錄入成本的行銷活動不計算 ROI。</translation>
    </message>
    <message>
        <source>By customer tier</source>
        <translation>按客戶級別</translation>
    </message>
    <message>
        <source>Conversion: leads created in the window that became customers by the as-of date. Cost: the campaigns of that channel that ran in the window.</source>
        <translation>轉化：期間內新建的線索中截至截止日已轉為客戶的。成本：該管道在期間內舉辦的行銷活動的成本。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>沒有開啟的資料庫。</translation>
    </message>
    <message>
        <source>The window starts after it ends.</source>
        <translation>統計期間的開始日期晚於結束日期。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>The results could not be computed: %1</source>
        <translation>無法計算成果分析：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in another currency left out.</source>
        <translation>
            <numerusform>%n 個其他幣別的商機未計入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>未評級</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 級</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>市場活動</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Counted in full when the campaign ran in the window</source>
        <translation>行銷活動在統計期間內舉辦時全額計入</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>線索</translation>
    </message>
    <message>
        <source>Leads created in the window</source>
        <translation>統計期間內新建的線索</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Customers converted from those leads by the as-of date</source>
        <translation>這些線索截至截止日轉化成的客戶</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Opportunities created in the window</source>
        <translation>統計期間內新建的商機</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>在途金額</translation>
    </message>
    <message>
        <source>Open at the as-of date</source>
        <translation>截止日仍在跟進的商機</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>贏單數</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>贏單金額</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>(won amount − cost) ÷ cost</source>
        <translation>(贏單金額 − 成本) ÷ 成本</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>單條線索成本</translation>
    </message>
    <message>
        <source>Cost per won customer</source>
        <translation>單個成交客戶成本</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Customer tier</source>
        <translation>客戶級別</translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation>輸單數</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>全部行銷活動</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已轉化</translation>
    </message>
    <message>
        <source>Of those, converted to a customer by the as-of date</source>
        <translation>其中截至截止日已轉為客戶的</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>轉化率</translation>
    </message>
    <message>
        <source>Won customers</source>
        <translation>成交客戶數</translation>
    </message>
    <message>
        <source>Campaigns of this channel that ran in the window</source>
        <translation>該管道在統計期間內舉辦的行銷活動</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(未記錄)</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>進行中商機數</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>贏率</translation>
    </message>
    <message>
        <source>won ÷ (won + lost)</source>
        <translation>贏單 ÷（贏單 + 輸單）</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>平均單額</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(無區域)</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>產品線</translation>
    </message>
    <message>
        <source>(no product line)</source>
        <translation>(無產品線)</translation>
    </message>
    <message>
        <source>Save margins as PDF</source>
        <translation>將毛利另存為 PDF</translation>
    </message>
    <message>
        <source>Save margins as P&amp;DF…</source>
        <translation>毛利另存為 P&amp;DF…</translation>
    </message>
    <message>
        <source>Won amount, cost, margin and margin % by region and product line, on A4</source>
        <translation>按區域與產品線的贏單金額、成本、毛利與毛利率，A4 版面</translation>
    </message>
    <message>
        <source>A deal with several product lines is split by the amounts of its line items, so the amounts add up to the total; counts include a deal in each of its lines. Cost and margin come from the line items of the won deals; a won deal without line items has no margin (—).</source>
        <translation>涉及多條產品線的商機按各產品明細金額拆分，金額合計等於總計；數量則在其每條產品線中各計一次。成本與毛利取自贏單商機的產品明細；沒有產品明細的贏單沒有毛利（—）。</translation>
    </message>
    <message>
        <source>Quantity × unit cost over the line items of the won deals</source>
        <translation>贏單商機各產品明細的數量 × 單位成本</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>The line items&apos; sales less their cost; — without line items</source>
        <translation>產品明細銷售額減去成本；無產品明細時為 —</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>margin ÷ the line items&apos; sales</source>
        <translation>毛利 ÷ 產品明細銷售額</translation>
    </message>
    <message>
        <source>Customer mix</source>
        <translation>客戶結構</translation>
    </message>
    <message>
        <source>Sales efficiency</source>
        <translation>銷售效率</translation>
    </message>
    <message>
        <source>Input against output per rep: average deal, cycle (created → won) and win rate of the deals won in the window, how many of their new leads became customers, activities logged per deal won, and what they were paid for the window&apos;s months (monthly statements; — without a pay plan).</source>
        <translation>每位業務的投入與產出：期間內贏單的平均客單價、銷售週期（建立 → 贏單）和贏率，其新線索有多少轉化為客戶，每贏一單記錄的活動數，以及期間各月的薪酬（績效單；沒有績效方案時顯示 —）。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>The region&apos;s customers on file at the as-of date</source>
        <translation>截至統計日該區域已建檔的客戶</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>已跟進</translation>
    </message>
    <message>
        <source>Of those, customers with a deal or an activity in the window</source>
        <translation>其中在期間內有商機或活動的客戶</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆蓋率</translation>
    </message>
    <message>
        <source>worked ÷ customers</source>
        <translation>已跟進 ÷ 客戶數</translation>
    </message>
    <message>
        <source>Share of won</source>
        <translation>贏單占比</translation>
    </message>
    <message>
        <source>won amount ÷ all won in the window</source>
        <translation>贏單金額 ÷ 期間內全部贏單金額</translation>
    </message>
    <message>
        <source>Key customers (large, enterprise)</source>
        <translation>大客戶（大型、集團）</translation>
    </message>
    <message>
        <source>Key customers (大客户: size large or enterprise) brought %1 of the amount won in the window, A-rated customers (优质客户) %2. A large share means the team holds its important accounts; a small one, that growth rests on many small deals.</source>
        <translation>大客戶（規模為大型或集團）貢獻了期間內贏單金額的 %1，A 級優質客戶貢獻了 %2。占比高說明團隊牢牢把握重點客戶；占比低則說明成長依賴大量小單。</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>客单价: won amount ÷ won deals</source>
        <translation>客單價：贏單金額 ÷ 贏單數</translation>
    </message>
    <message>
        <source>Cycle (days)</source>
        <translation>銷售週期（天）</translation>
    </message>
    <message>
        <source>Median days from creation to won</source>
        <translation>從建立到贏單天數的中位數</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>新線索</translation>
    </message>
    <message>
        <source>Leads they own created in the window</source>
        <translation>其名下在期間內建立的線索</translation>
    </message>
    <message>
        <source>Lead conversion</source>
        <translation>線索轉化率</translation>
    </message>
    <message>
        <source>Of those, converted to customers by the as-of date</source>
        <translation>其中截至統計日已轉化為客戶的比例</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動數</translation>
    </message>
    <message>
        <source>Calls, visits, meetings, proposals and e-mails logged in the window</source>
        <translation>期間內記錄的電話、拜訪、會議、提案和郵件</translation>
    </message>
    <message>
        <source>Activities per won deal</source>
        <translation>每贏一單活動數</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>薪酬</translation>
    </message>
    <message>
        <source>Their monthly statements for the window&apos;s months</source>
        <translation>期間各月績效單合計</translation>
    </message>
    <message>
        <source>Pay ÷ won</source>
        <translation>薪酬 ÷ 贏單</translation>
    </message>
    <message>
        <source>What each yuan won cost in pay</source>
        <translation>每贏單一元所付的薪酬</translation>
    </message>
</context>
<context>
    <name>fd::ScoringRulesDialog</name>
    <message>
        <source>Rescore all customers now</source>
        <translation>儲存後立即重新評級所有客戶</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>評分規則</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>運算子</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Each matching rule adds its points (−100…100); the score is kept within 0…100. Sizes: micro, small, medium, large, enterprise. Money in fen (cents); days since the last activity.</source>
        <translation>每條命中的規則加上其分值（−100…100），總分限定在 0…100。規模取值：micro、small、medium、large、enterprise。金額以分為單位；天數為距上次活動的天數。</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>新增規則</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>刪除規則</translation>
    </message>
    <message>
        <source>Tier A from score</source>
        <translation>A 級最低分</translation>
    </message>
    <message>
        <source>Tier B from score</source>
        <translation>B 級最低分</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行業</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>公司規模</translation>
    </message>
    <message>
        <source>Won revenue (fen)</source>
        <translation>已贏收入（分）</translation>
    </message>
    <message>
        <source>Open pipeline (fen)</source>
        <translation>在途商機金額（分）</translation>
    </message>
    <message>
        <source>Days since activity</source>
        <translation>距上次活動天數</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>等於</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必須是整數</translation>
    </message>
    <message>
        <source>must not be above the tier A threshold</source>
        <translation>不能高於 A 級最低分</translation>
    </message>
    <message>
        <source>Rule %1, %2 = &quot;%3&quot;: %4</source>
        <translation>第 %1 條規則，%2 = &quot;%3&quot;：%4</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot;: %3</source>
        <translation>%1 = &quot;%2&quot;：%3</translation>
    </message>
</context>
<context>
    <name>fd::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>User interface language:</source>
        <translation>介面語言：</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>跟隨系統（%1）</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>結構版本：</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>沒有開啟的資料庫。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>People &amp;&amp; Teams</source>
        <translation>人員與團隊</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>稽核日誌</translation>
    </message>
    <message>
        <source>The change applies at once. Amounts are in the office currency (%1), written as the language writes it: Chinese summaries of yuan, NT$ and HK$ count in 万, all others in thousands (K) and millions (M).</source>
        <translation>變更立即生效。金額以辦公室幣別（%1）顯示，並依介面語言的習慣書寫：中文彙總時人民幣、新臺幣與港幣以「萬」為單位，其他幣別以千（K）和百萬（M）為單位。</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Incentive Plans</source>
        <translation>績效方案</translation>
    </message>
</context>
<context>
    <name>fd::SetupWizard</name>
    <message>
        <source>Set Up Your Office</source>
        <translation>設定您的辦公室</translation>
    </message>
    <message>
        <source>&amp;Set Up and Sign In</source>
        <translation>完成設定並登入(&amp;S)</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>您的辦公室</translation>
    </message>
    <message>
        <source>The company name heads the weekly report; new deals are in the office&apos;s currency.</source>
        <translation>公司名稱顯示在週報抬頭；新商機使用辦公室的幣別。</translation>
    </message>
    <message>
        <source>e.g. 星辰科技 华东销售部</source>
        <translation>例如：星辰科技 華東銷售部</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>公司名稱：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>幣別：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Each desktop can still choose its own language in Settings.</source>
        <translation>每台電腦仍可在「設定」中選擇自己的語言。</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>The person who adds the others (Settings → People &amp; teams), sets their roles and teams, and resets forgotten passwords. You are signed in as them when the setup is done.</source>
        <translation>負責新增其他人員（設定 → 人員與團隊）、設定角色和團隊、重設遺忘密碼的人。設定完成後將以此身分登入。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登入名稱：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次輸入密碼：</translation>
    </message>
    <message>
        <source>At least %1 characters. The password is stored only as a salted Argon2id hash; the database file itself is protected only by its file permissions.</source>
        <translation>至少 %1 個字元。密碼只以加鹽的 Argon2id 雜湊保存；資料庫檔案本身只受檔案權限保護。</translation>
    </message>
    <message>
        <source>Regions and teams</source>
        <translation>區域和團隊</translation>
    </message>
    <message>
        <source>Managers see their teams&apos; deals, and the targets roll up by team and region. Both can be left empty and added later in Settings → People &amp; teams.</source>
        <translation>經理能看到自己團隊的商機，目標按團隊和區域彙總。兩者都可以先留空，之後在「設定 → 人員與團隊」中新增。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <source>Add Region</source>
        <translation>新增區域</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Add Team</source>
        <translation>新增團隊</translation>
    </message>
    <message>
        <source>The sales process</source>
        <translation>銷售流程</translation>
    </message>
    <message>
        <source>The stages a deal goes through and the chance of winning it in each. Change names and percentages as your office works; Settings → Stages… changes them later.</source>
        <translation>商機經過的各個階段及每個階段的贏率。按貴辦公室的做法修改名稱和百分比；以後可在看板的「階段…」中修改。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Win probability %</source>
        <translation>贏率 %</translation>
    </message>
    <message>
        <source>Process name:</source>
        <translation>流程名稱：</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>新增階段</translation>
    </message>
    <message>
        <source>After the last stage: Won — 100 % (an outcome, like Lost and On hold, not a stage).</source>
        <translation>最後一個階段之後：贏單 — 100 %（與輸單、暫停一樣是結果，不是階段）。</translation>
    </message>
    <message>
        <source>Restore the Default Stages</source>
        <translation>恢復預設階段</translation>
    </message>
    <message>
        <source>does not match the password</source>
        <translation>與密碼不一致</translation>
    </message>
    <message>
        <source>The office could not be set up; nothing was stored.
%1</source>
        <translation>辦公室未能設定，未儲存任何內容。
%1</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名稱</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登入名稱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次輸入的密碼</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>第 %1 個區域</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>第 %1 個團隊</translation>
    </message>
    <message>
        <source>Region of team %1</source>
        <translation>第 %1 個團隊的區域</translation>
    </message>
    <message>
        <source>Name of the sales process</source>
        <translation>銷售流程名稱</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Name of stage %1</source>
        <translation>第 %1 階段的名稱</translation>
    </message>
    <message>
        <source>Win probability of stage %1</source>
        <translation>第 %1 階段的贏率</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1「%2」：%3</translation>
    </message>
</context>
<context>
    <name>fd::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this desktop</source>
        <translation>在這台電腦上記住我(&amp;R)</translation>
    </message>
    <message>
        <source>Sign in to FunnelDesk</source>
        <translation>登入 FunnelDesk</translation>
    </message>
    <message>
        <source>This desktop account keeps your login and a random token for 30 days, never your password. Signing out here, a new password or a deactivation ends it.</source>
        <translation>這台電腦的帳戶會儲存您的登入名稱和一個隨機權杖 30 天，絕不儲存密碼。在此登出、更換密碼或被停用都會使其失效。</translation>
    </message>
    <message>
        <source>Sign in to work on
%1</source>
        <translation>登入後處理
%1</translation>
    </message>
    <message>
        <source>Signing in records who makes each change. It is a check FunnelDesk makes on this desktop: a database file on a shared disk is protected only by the file&apos;s permissions, and anyone who can write the file can change it with other tools. A team database on a PostgreSQL server enforces the rules itself.</source>
        <translation>登入是為了記錄每項變更由誰做出。這是 FunnelDesk 在這台電腦上進行的檢查：放在共用磁碟上的資料庫檔案只受檔案權限保護，任何能寫入該檔案的人都可以用其他工具修改它。PostgreSQL 伺服器上的團隊資料庫則由伺服器自己執行這些規則。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登入名稱(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登入(&amp;S)</translation>
    </message>
</context>
<context>
    <name>fd::StageColumn</name>
    <message>
        <source>Amount: sum of the deals&apos; amounts. Weighted: each amount × its win probability (the deal&apos;s own if set, else the stage&apos;s).</source>
        <translation>金額：各商機金額之和。加權：各商機金額 × 贏率（商機自定贏率優先，否則取階段贏率）。</translation>
    </message>
    <message>
        <source>New opportunity in %1</source>
        <translation>在「%1」新增商機</translation>
    </message>
    <message>
        <source>1 deal · %1 · weighted %2</source>
        <translation>1 個商機 · %1 · 加權 %2</translation>
    </message>
    <message>
        <source>%1 deals · %2 · weighted %3</source>
        <translation>%1 個商機 · %2 · 加權 %3</translation>
    </message>
</context>
<context>
    <name>fd::TargetTreeModel</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>未分區域</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>未分團隊</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>People and teams not assigned to a region or team hold no target of their own.</source>
        <translation>未分配到區域或團隊的人員和團隊沒有自己的目標。</translation>
    </message>
    <message>
        <source>Sum of the targets of the period&apos;s months or quarters (%1). Type an amount to set the period&apos;s own target.</source>
        <translation>本期各月或各季度目標之和（%1）。輸入金額即可設定本期自己的目標。</translation>
    </message>
    <message>
        <source>No target set. Double-click to enter one (e.g. 120万 or 1,200,000).</source>
        <translation>尚未設定目標。按兩下輸入（如 120萬 或 1,200,000）。</translation>
    </message>
    <message>
        <source>Over-allocated: the children&apos;s targets exceed this target by %1.</source>
        <translation>超額分配：下級目標合計比本目標多 %1。</translation>
    </message>
    <message>
        <source>Target not yet handed down to the children: %1.</source>
        <translation>尚未分配給下級的目標：%1。</translation>
    </message>
    <message>
        <source>Achieved ÷ target. Time elapsed in the period: %1.</source>
        <translation>已完成 ÷ 目標。本期時間進度：%1。</translation>
    </message>
    <message>
        <source>Sum of the children&apos;s targets</source>
        <translation>下級目標之和</translation>
    </message>
    <message>
        <source>Target − allocated to children (negative = over-allocated)</source>
        <translation>目標 − 已分配給下級（負數 = 超額分配）</translation>
    </message>
    <message>
        <source>Won in the period, credited by performance splits</source>
        <translation>本期贏單金額，按業績拆分計入</translation>
    </message>
    <message>
        <source>Achieved ÷ target; the mark shows the time elapsed in the period</source>
        <translation>已完成 ÷ 目標；豎線標出本期時間進度</translation>
    </message>
    <message>
        <source>Open deals expected to close in the period: amount × win rate × split share</source>
        <translation>預計本期成交的進行中商機：金額 × 贏率 × 拆分比例</translation>
    </message>
    <message>
        <source>Target − achieved</source>
        <translation>目標 − 已完成</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>未分配餘額</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加權商機金額</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Target of %1 (%2): “%3” is negative. Enter an amount of 0 or more, such as 120万 or 1,200,000.</source>
        <translation>%1（%2）的目標：「%3」是負數。請輸入 0 或以上的金額，如 120萬 或 1,200,000。</translation>
    </message>
    <message>
        <source>Target of %1 (%2): “%3” is not an amount. Enter an amount such as 120万 or 1,200,000.</source>
        <translation>%1（%2）的目標：「%3」不是金額。請輸入金額，如 120萬 或 1,200,000。</translation>
    </message>
    <message>
        <source>Target of %1 (%2): “%3” is in %4, but targets are in the office&apos;s currency, %5.</source>
        <translation>%1（%2）的目標：「%3」是 %4 金額，但目標以本公司幣別 %5 計。</translation>
    </message>
</context>
<context>
    <name>fd::TargetsPage</name>
    <message>
        <source>No database is open.</source>
        <translation>沒有開啟的資料庫。</translation>
    </message>
    <message>
        <source>Split evenly</source>
        <translation>平均拆分</translation>
    </message>
    <message numerus="yes">
        <source>Replace the targets of the %n team(s) or people under %1 with an even share of %2?</source>
        <translation>
            <numerusform>將 %1 下屬 %n 個團隊或人員的目標替換為 %2 的平均份額？</numerusform>
        </translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <comment>year and quarter</comment>
        <translation>%1年第%2季</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Period length</source>
        <translation>期間長度</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>下一期</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>The period containing today</source>
        <translation>今天所在的期間</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Split evenly to children…</source>
        <translation>平均拆分給下級…</translation>
    </message>
    <message>
        <source>Give each child of the selected row an equal share of its target</source>
        <translation>把所選列的目標平均分給每個下級</translation>
    </message>
    <message>
        <source>Company target</source>
        <translation>公司目標</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加權商機金額</translation>
    </message>
    <message>
        <source>Gap to target</source>
        <translation>距目標缺口</translation>
    </message>
    <message>
        <source>Double-click a target to change it (120万 or 1,200,000; empty clears it). Achieved and weighted pipeline count each deal&apos;s performance split (业绩拆分); the mark on a completion bar is the time elapsed in the period.</source>
        <translation>按兩下目標即可修改（120萬 或 1,200,000；清空即刪除目標）。已完成和加權商機金額均按每個商機的業績拆分計入；完成率條上的豎線為本期時間進度。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>The targets could not be computed: %1</source>
        <translation>無法計算目標：%1</translation>
    </message>
    <message>
        <source>Unallocated: %1</source>
        <translation>未分配餘額：%1</translation>
    </message>
    <message>
        <source>Over-allocated by %1</source>
        <translation>超額分配 %1</translation>
    </message>
    <message>
        <source>Not set; regions&apos; targets add up to %1</source>
        <translation>未設定；各區域目標合計 %1</translation>
    </message>
    <message>
        <source>No target set for this period</source>
        <translation>本期尚未設定目標</translation>
    </message>
    <message>
        <source>%1 of target · %2 of the period elapsed</source>
        <translation>完成目標 %1 · 時間進度 %2</translation>
    </message>
    <message>
        <source>%1 of the period elapsed</source>
        <translation>時間進度 %1</translation>
    </message>
    <message>
        <source>Achieved + weighted: %1</source>
        <translation>已完成 + 加權：%1</translation>
    </message>
    <message>
        <source>Weighted pipeline covers the gap</source>
        <translation>加權商機金額可涵蓋缺口</translation>
    </message>
    <message>
        <source>Weighted pipeline leaves %1 uncovered</source>
        <translation>加權商機金額仍差 %1</translation>
    </message>
    <message>
        <source>Target reached, %1 above</source>
        <translation>已達成目標，超出 %1</translation>
    </message>
    <message>
        <source>%1 — not stored: %2</source>
        <translation>%1 — 未儲存：%2</translation>
    </message>
    <message>
        <source>%1. Ctrl+Z undoes it.</source>
        <translation>%1。按 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <source>Target of %1 for %2 set to %3</source>
        <translation>%1 %2 的目標已設為 %3</translation>
    </message>
    <message>
        <source>Target of %1 for %2 cleared</source>
        <translation>%1 %2 的目標已清除</translation>
    </message>
    <message>
        <source>%1 has no teams or people to split its target among.</source>
        <translation>%1 下沒有可分配目標的團隊或人員。</translation>
    </message>
    <message>
        <source>Set a target for %1 first, then split it.</source>
        <translation>請先為 %1 設定目標，再進行拆分。</translation>
    </message>
    <message numerus="yes">
        <source>Target of %1 split evenly among %n child row(s)</source>
        <translation>
            <numerusform>%1 的目標已平均拆分給 %n 個下級</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::TeamDatabaseDialog</name>
    <message>
        <source>Open Team Database</source>
        <translation>開啟團隊資料庫</translation>
    </message>
    <message>
        <source>e.g. db.office.lan or 192.168.1.10</source>
        <translation>例如 db.office.lan 或 192.168.1.10</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <source>Everyone in the office works on one PostgreSQL database. Ask your administrator for the server, the database name and your login. The password is not saved.</source>
        <translation>辦公室所有人使用同一個 PostgreSQL 資料庫。請向管理員索取伺服器位址、資料庫名稱和登入帳號。密碼不會被儲存。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>連接埠(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者名稱(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密碼(&amp;W):</translation>
    </message>
    <message>
        <source>S&amp;chema:</source>
        <translation>結構描述(&amp;C):</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>連線</translation>
    </message>
</context>
<context>
    <name>fd::TeamDialog</name>
    <message>
        <source>Edit Team %1</source>
        <translation>編輯團隊 %1</translation>
    </message>
    <message>
        <source>Add a Team</source>
        <translation>新增團隊</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>（無區域）</translation>
    </message>
    <message>
        <source>(no manager)</source>
        <translation>（無經理）</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>區域：</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>經理：</translation>
    </message>
</context>
<context>
    <name>fd::UserDialog</name>
    <message>
        <source>does not match the password</source>
        <translation>與密碼不一致</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <source>Add a Person</source>
        <translation>新增人員</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（無團隊）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登入名稱：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>團隊：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>電子郵件：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <source>Active (can sign in and be assigned work)</source>
        <translation>在職（可以登入並被指派工作）</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次輸入密碼：</translation>
    </message>
    <message>
        <source>On a team database the person signs in with a PostgreSQL login of the same name; FunnelDesk stores no password.</source>
        <translation>在團隊資料庫中，此人使用同名的 PostgreSQL 登入；FunnelDesk 不儲存密碼。</translation>
    </message>
</context>
<context>
    <name>fd::UserGuideDialog</name>
    <message>
        <source>FunnelDesk User Guide</source>
        <translation>FunnelDesk 使用指南</translation>
    </message>
</context>
<context>
    <name>fd::Viewer</name>
    <message>
        <source>Only finance or an administrator may record invoices, receipts and write-offs.</source>
        <translation>只有財務或管理員可以錄入開票、回款和核銷。</translation>
    </message>
    <message>
        <source>You may not change %1 %2: it is outside what your role lets you change.</source>
        <translation>您無權修改%1 %2：它不在您的角色可修改的範圍內。</translation>
    </message>
    <message>
        <source>You may not add this %1: it would be outside what your role lets you change.</source>
        <translation>您無權新增這筆%1：它將超出您的角色可修改的範圍。</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may change who owns %1 %2.</source>
        <translation>只有經理或管理員可以變更%1 %2 的負責人。</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may set or remove targets.</source>
        <translation>只有經理或管理員可以設定或刪除目標。</translation>
    </message>
    <message>
        <source>You may not give lead %1 to user %2: a rep may only take a lead from the pool for themselves.</source>
        <translation>您不能把線索 %1 分給使用者 %2：業務只能從公海為自己領取線索。</translation>
    </message>
    <message>
        <source>You may not give lead %1 to user %2: the lead or the user is outside what your role lets you change.</source>
        <translation>您不能把線索 %1 分給使用者 %2：該線索或使用者超出了您的角色可修改的範圍。</translation>
    </message>
    <message>
        <source>You may not deal out leads to team %1: only its manager or an administrator may.</source>
        <translation>您不能向團隊 %1 分配線索：只有該團隊的經理或管理員可以。</translation>
    </message>
    <message>
        <source>Only finance or an administrator may create or change incentive plans.</source>
        <translation>只有財務或管理員可以新建或修改績效方案。</translation>
    </message>
    <message>
        <source>Only the person&apos;s manager or an administrator may review a statement.</source>
        <translation>只有本人的經理或管理員可以審核績效單。</translation>
    </message>
    <message>
        <source>Only finance or an administrator may close a pay period.</source>
        <translation>只有財務或管理員可以月結。</translation>
    </message>
</context>
<context>
    <name>fd::WonVsTargetChart</name>
    <message numerus="yes">
        <source>Won per month vs target (last %n months)</source>
        <translation>
            <numerusform>近 %n 個月每月贏單與目標</numerusform>
        </translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>萬元</translation>
    </message>
    <message>
        <source>%1 thousand</source>
        <translation>%1（千）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>fd::WriteOffDialog</name>
    <message>
        <source>Waive or write off</source>
        <translation>減免或核銷應收</translation>
    </message>
    <message>
        <source>Why, e.g. 10 % of the final service payment waived after the delayed acceptance</source>
        <translation>原因，例如：驗收延期，免除 10% 服務尾款</translation>
    </message>
    <message>
        <source>The last instalments first</source>
        <translation>從最後一期起沖減</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>為必填項</translation>
    </message>
</context>
<context>
    <name>fd::payplantext</name>
    <message>
        <source>Quarterly</source>
        <translation>按季</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>簽約金額</translation>
    </message>
    <message>
        <source>Received amount</source>
        <translation>收款金額</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>%1 of won</source>
        <translation>簽約 %1</translation>
    </message>
    <message>
        <source>%1 of received</source>
        <translation>收款 %1</translation>
    </message>
    <message>
        <source>%1 of margin</source>
        <translation>毛利 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Everyone: %1</source>
        <translation>全體%1</translation>
    </message>
</context>
<context>
    <name>fd::rolepolicy</name>
    <message>
        <source>Only an administrator may edit pipelines, stages, checklists and lost reasons.</source>
        <translation>只有管理員可以編輯銷售流程、階段、檢查清單和丟單原因。</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may set targets.</source>
        <translation>只有經理或管理員可以設定目標。</translation>
    </message>
    <message>
        <source>Finance reads the deals; moving, winning and adding them is for sales and administrators.</source>
        <translation>財務可檢視商機；推進、贏單和新增商機由業務和管理員操作。</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may give a record to someone else.</source>
        <translation>只有經理或管理員可以把記錄轉給他人。</translation>
    </message>
    <message>
        <source>Only finance or an administrator records invoices, receipts and write-offs.</source>
        <translation>只有財務或管理員錄入開票、回款和核銷。</translation>
    </message>
    <message>
        <source>Read only: this %1 is outside what you may change as %2. Its owner, their manager or an administrator can change it.</source>
        <translation>唯讀：這筆%1不在您作為%2可修改的範圍內。其負責人、負責人的經理或管理員可以修改。</translation>
    </message>
    <message>
        <source>You see what your role lets you see. On this SQLite file FunnelDesk applies that itself: it cannot be enforced here, and anyone who can open the file with another program sees and changes everything. A team database on PostgreSQL enforces it on the server.</source>
        <translation>您看到的是您的角色允許檢視的內容。在這個 SQLite 檔案上，這是由 FunnelDesk 自己執行的，無法強制保證：任何能用其他程式開啟該檔案的人都能檢視和修改全部資料。PostgreSQL 團隊資料庫會在伺服器端強制執行。</translation>
    </message>
    <message>
        <source>Only an administrator may edit the products, their prices and costs.</source>
        <translation>只有管理員可以編輯產品及其價格與成本。</translation>
    </message>
</context>
</TS>
