<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Access</name>
    <message>
        <source>Only an administrator may change people and teams: sign in as one.</source>
        <translation>只有管理员可以更改人员和团队：请以管理员身份登录。</translation>
    </message>
    <message>
        <source>Only an administrator may change people and teams; %1 is signed in as %2.</source>
        <translation>只有管理员可以更改人员和团队；当前登录的是 %1（%2）。</translation>
    </message>
    <message>
        <source>This database has no administrator yet: create the administrator first, then sign in as them.</source>
        <translation>此数据库还没有管理员：请先创建管理员，再以管理员身份登录。</translation>
    </message>
    <message>
        <source>This database has no administrator yet: the first person added must be an active administrator.</source>
        <translation>此数据库还没有管理员：添加的第一个人必须是在职的管理员。</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>登录名不存在或密码错误。</translation>
    </message>
    <message>
        <source>A team database signs you in with your PostgreSQL login; FunnelDesk keeps no password there.</source>
        <translation>团队数据库以您的 PostgreSQL 登录身份登录；FunnelDesk 不在其中保存密码。</translation>
    </message>
    <message>
        <source>%1 has no password yet: an administrator sets one in Settings → People &amp; teams (or funneldesk-cli user set-password).</source>
        <translation>%1 还没有密码：请管理员在“设置 → 人员与团队”中设置（或使用 funneldesk-cli user set-password）。</translation>
    </message>
    <message>
        <source>%1 is deactivated: ask an administrator.</source>
        <translation>%1 已停用：请联系管理员。</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>当前没有人登录。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Only an administrator may set the amount above which contracts need an administrator&apos;s approval.</source>
        <translation>只有管理员可以设置合同需要管理员审批的金额门槛。</translation>
    </message>
    <message>
        <source>Contract %1: sign in to submit, approve or reject contracts.</source>
        <translation>合同 %1：请先登录，才能提交、审批或驳回合同。</translation>
    </message>
    <message>
        <source>Contract %1: %2 is deactivated.</source>
        <translation>合同 %1：%2 已停用。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Contract %1 can be submitted only by its owner %2, their manager or an administrator; %3 is signed in.</source>
        <translation>合同 %1 只能由负责人 %2、其经理或管理员提交；当前登录的是 %3。</translation>
    </message>
    <message>
        <source>Contract %1 is %2&apos;s own: somebody else approves it.</source>
        <translation>合同 %1 是 %2 自己的合同：须由他人审批。</translation>
    </message>
    <message>
        <source>Contract %1 waits for the approval of %2, the owner&apos;s team manager; %3 is signed in.</source>
        <translation>合同 %1 等待负责人所在团队的经理 %2 审批；当前登录的是 %3。</translation>
    </message>
    <message>
        <source>Contract %1 waits for an administrator&apos;s approval (its owner has no other manager); %2 is signed in.</source>
        <translation>合同 %1 等待管理员审批（负责人没有其他经理）；当前登录的是 %2。</translation>
    </message>
    <message>
        <source>Contract %1 is above %2 and waits for an administrator&apos;s second approval; %3 is signed in.</source>
        <translation>合同 %1 金额超过 %2，等待管理员二级审批；当前登录的是 %3。</translation>
    </message>
    <message>
        <source>Contract %1: %2 gave the first approval; the second must come from another administrator.</source>
        <translation>合同 %1：%2 已做一级审批；二级审批须由另一位管理员完成。</translation>
    </message>
    <message>
        <source>Contract %1 was changed by someone else meanwhile.</source>
        <translation>合同 %1 在此期间已被他人修改。</translation>
    </message>
    <message>
        <source>This PostgreSQL database has no FunnelDesk logins: the server&apos;s administrator sets passwords there (ALTER ROLE … PASSWORD).</source>
        <translation>此 PostgreSQL 数据库没有 FunnelDesk 登录：密码由服务器管理员在服务器上设置（ALTER ROLE … PASSWORD）。</translation>
    </message>
    <message>
        <source>This database is already set up: it has a sales process, deals or an administrator.</source>
        <translation>此数据库已经设置过：已有销售流程、商机或管理员。</translation>
    </message>
</context>
<context>
    <name>AddInvoiceCommand</name>
    <message>
        <source>invoice of %1 on %2</source>
        <translation>开票 %1（%2）</translation>
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
        <translation>减免 / 核销 %1（%2）</translation>
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
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>按原状态录入</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Changed, back to approval</source>
        <translation>已变更，重新审批</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Nobody signed in</source>
        <translation>未登录（无人）</translation>
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
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>通过%1</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>跟进任务</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <source>Receivable adjustment</source>
        <translation>应收调整</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售流程</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>市场活动</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Moved to another stage</source>
        <translation>推进阶段</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>Returned to the pool</source>
        <translation>退回公海</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Disqualified because</source>
        <translation>无效原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Merged from</source>
        <translation>合并自</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>评分规则</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面程序</translation>
    </message>
    <message>
        <source>Remembered on this desktop</source>
        <translation>本机记住的登录</translation>
    </message>
    <message>
        <source>Performance split</source>
        <translation>业绩拆分</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Cost of the line items</source>
        <translation>产品明细成本</translation>
    </message>
    <message>
        <source>Incentive plan</source>
        <translation>绩效方案</translation>
    </message>
    <message>
        <source>Version from</source>
        <translation>版本生效日</translation>
    </message>
    <message>
        <source>Pay period close</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>Statement review</source>
        <translation>绩效单审核</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>该记录已不存在。</translation>
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
        <translation>无预计成交日</translation>
    </message>
    <message>
        <source>Close date passed &gt; 30 days ago</source>
        <translation>预计成交日已过 30 天以上</translation>
    </message>
    <message>
        <source>Close date passed ≤ 30 days ago</source>
        <translation>预计成交日已过 30 天以内</translation>
    </message>
    <message>
        <source>Due in 1–30 days</source>
        <translation>1–30 天内到期</translation>
    </message>
    <message>
        <source>Due in 31–60 days</source>
        <translation>31–60 天内到期</translation>
    </message>
    <message>
        <source>Due in 61–90 days</source>
        <translation>61–90 天内到期</translation>
    </message>
    <message>
        <source>Due in more than 90 days</source>
        <translation>90 天以后到期</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Changed by someone else at %1</source>
        <translation>已被他人于 %1 修改</translation>
    </message>
    <message>
        <source>Changed by %1 at %2</source>
        <translation>%1 已于 %2 修改</translation>
    </message>
    <message>
        <source>%1 × %2 at %3</source>
        <translation>%1 × %2，单价 %3</translation>
    </message>
    <message>
        <source>, %1% off</source>
        <translation>，折扣 %1%</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>市场活动</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>产品明细</translation>
    </message>
    <message>
        <source>Deal team</source>
        <translation>商机团队</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>The %1 %2 was deleted meanwhile.</source>
        <translation>%1 %2 已在此期间被删除。</translation>
    </message>
</context>
<context>
    <name>CreateDealCommand</name>
    <message>
        <source>New opportunity %1</source>
        <translation>新建商机 %1</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>FunnelDesk could not open the database file
%1</source>
        <translation>FunnelDesk 无法打开数据库文件
%1</translation>
    </message>
    <message>
        <source>Database from a newer FunnelDesk</source>
        <translation>数据库来自更新版本的 FunnelDesk</translation>
    </message>
    <message>
        <source>The database
%1
was written by a newer version of FunnelDesk (schema version %2; this version knows up to %3).

Install the newer FunnelDesk to open it. Nothing in the file was changed.</source>
        <translation>数据库
%1
由更新版本的 FunnelDesk 写入（结构版本 %2；本版本最高支持 %3）。

请安装新版 FunnelDesk 后再打开。文件未做任何改动。</translation>
    </message>
    <message>
        <source>The database
%1
could not be brought up to date; the step that failed was rolled back.</source>
        <translation>数据库
%1
无法升级到当前版本；失败的步骤已回滚。</translation>
    </message>
    <message>
        <source>A copy of the file as it was before the update is kept at
%1</source>
        <translation>升级前的文件副本保存在
%1</translation>
    </message>
    <message>
        <source>Cannot update the database</source>
        <translation>无法升级数据库</translation>
    </message>
    <message>
        <source>FunnelDesk could not open the team database
%1</source>
        <translation>FunnelDesk 无法打开团队数据库
%1</translation>
    </message>
    <message>
        <source>Cannot open the team database</source>
        <translation>无法打开团队数据库</translation>
    </message>
    <message>
        <source>FunnelDesk could not open the team database
%1

Check the server address, the database name, the user name and the password.</source>
        <translation>FunnelDesk 无法打开团队数据库
%1

请检查服务器地址、数据库名称、用户名和密码。</translation>
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
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Contract drafting</source>
        <translation>拟定合同</translation>
    </message>
    <message>
        <source>Standard sales process</source>
        <translation>标准销售流程</translation>
    </message>
</context>
<context>
    <name>DeleteDealCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>Welcome to FunnelDesk</source>
        <translation>欢迎使用 FunnelDesk</translation>
    </message>
    <message>
        <source>This database is empty. Would you like to load the demo office?</source>
        <translation>这个数据库是空的。要加载演示办公室吗？</translation>
    </message>
    <message>
        <source>The demo office is a made-up Chinese sales office with reps in three regions, customers, about 3,000 opportunities over the last two years, activities, targets, contracts and payments, so that every view has something to show. You can start another, empty database at any time from the File menu.</source>
        <translation>演示办公室是一个虚构的中国销售团队：三个区域的销售代表、客户、近两年约 3,000 个商机、跟进记录、目标、合同和回款，让每个视图都有内容可看。您随时可以在“文件”菜单中新建一个空数据库。</translation>
    </message>
    <message>
        <source>Load demo office</source>
        <translation>加载演示办公室</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <source>Generating the demo office…</source>
        <translation>正在生成演示办公室…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>演示办公室</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The demo office could not be generated. Nothing was stored.</source>
        <translation>无法生成演示办公室，未保存任何数据。</translation>
    </message>
    <message>
        <source>Sales process</source>
        <translation>销售流程</translation>
    </message>
    <message>
        <source>The default sales process could not be created: %1</source>
        <translation>无法创建默认销售流程：%1</translation>
    </message>
</context>
<context>
    <name>EditOpportunityCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>%1 was changed since; the edit cannot be undone.</source>
        <translation>%1 此后已被修改，无法撤销这次编辑。</translation>
    </message>
</context>
<context>
    <name>EditSplitsCommand</name>
    <message>
        <source>Change the split of %1</source>
        <translation>修改 %1 的业绩拆分</translation>
    </message>
    <message>
        <source>The split of %1 was changed since; it cannot be undone.</source>
        <translation>%1 的业绩拆分已被他人修改，无法撤销。</translation>
    </message>
</context>
<context>
    <name>ForecastExplanation</name>
    <message>
        <source>%1, %2 days old: %3 of %4 similar deals were won within such a period (stage and date alone: %5; configured stage probability %6)</source>
        <translation>%1，已创建 %2 天：%4 笔相似商机中有 %3 笔在同样长的期间内赢单（仅按阶段和日期：%5；阶段配置赢率 %6）</translation>
    </message>
    <message>
        <source>no expected close date</source>
        <translation>无预计成交日</translation>
    </message>
    <message>
        <source>expected close date already passed</source>
        <translation>预计成交日已过</translation>
    </message>
    <message>
        <source>expected to close before the period</source>
        <translation>预计在本期之前成交</translation>
    </message>
    <message>
        <source>expected to close in the period</source>
        <translation>预计在本期成交</translation>
    </message>
    <message>
        <source>expected to close just after the period</source>
        <translation>预计在本期之后不久成交</translation>
    </message>
    <message>
        <source>expected to close well after the period</source>
        <translation>预计在本期之后很久才成交</translation>
    </message>
</context>
<context>
    <name>ForecastMethod</name>
    <message>
        <source>%1 (auto: no past months to measure yet)</source>
        <translation>%1（自动选择：尚无历史月份可供衡量）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (auto) · mean error over the past %n months: %2 %</source>
        <translation>
            <numerusform>%1（自动选择）· 过去 %n 个月平均误差 %2 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Configured win rates</source>
        <translation>配置赢率</translation>
    </message>
    <message>
        <source>Historical win rates</source>
        <translation>历史赢率</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Learned from history</source>
        <translation>历史学习模型</translation>
    </message>
    <message>
        <source>Run rate (3 months)</source>
        <translation>近 3 个月平均（基线）</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>去年同期（基线）</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
</context>
<context>
    <name>FunnelPainter</name>
    <message>
        <source>%1 deals · %2</source>
        <translation>%1 笔 · %2</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Sales process</source>
        <translation>销售流程</translation>
    </message>
    <message>
        <source>the encoding %1 is not available</source>
        <translation>不支持编码 %1</translation>
    </message>
    <message>
        <source>more than %1 fields in one record</source>
        <translation>一条记录超过 %1 个字段</translation>
    </message>
    <message>
        <source>field longer than %1 bytes</source>
        <translation>字段超过 %1 字节</translation>
    </message>
    <message>
        <source>bytes that are not valid %1</source>
        <translation>含有无效的 %1 字节</translation>
    </message>
    <message>
        <source>quoted field is never closed (unterminated quote)</source>
        <translation>带引号的字段没有结束（引号未闭合）</translation>
    </message>
    <message>
        <source>quote inside an unquoted field (stray quote)</source>
        <translation>未加引号的字段中出现引号（多余的引号）</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (stray quote)</source>
        <translation>字段的结束引号后还有文字（多余的引号）</translation>
    </message>
    <message>
        <source>has %1 fields where the header has %2 (ragged row)</source>
        <translation>有 %1 个字段，而表头有 %2 个（列数不齐）</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row</source>
        <translation>%1 是空的：需要一行表头</translation>
    </message>
    <message>
        <source>header row: %1</source>
        <translation>表头：%1</translation>
    </message>
    <message>
        <source>The file has no column for %1 (header: %2). Rename the columns or give a mapping.</source>
        <translation>文件中没有“%1”列（表头：%2）。请重命名列或指定列映射。</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>matches more than one %1</source>
        <translation>匹配到多个%1</translation>
    </message>
    <message>
        <source>no such %1 (use --create-missing to create it)</source>
        <translation>没有这个%1（使用 --create-missing 可自动创建）</translation>
    </message>
    <message>
        <source>is not a valid date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>不是有效的日期或时间（YYYY-MM-DD 或 YYYY-MM-DDTHH:MM:SSZ）</translation>
    </message>
    <message>
        <source>is outside the years 1990 to 2200</source>
        <translation>超出 1990 至 2200 年的范围</translation>
    </message>
    <message>
        <source>is not a valid date (YYYY-MM-DD)</source>
        <translation>不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>不是电子邮件地址</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>与第 %1 行重复</translation>
    </message>
    <message>
        <source>duplicate of a stored record</source>
        <translation>与已保存的记录重复</translation>
    </message>
    <message>
        <source>is not an amount of money (a number ≥ 0, at most 2 decimals)</source>
        <translation>不是有效金额（≥ 0 的数字，最多两位小数）</translation>
    </message>
    <message>
        <source>is not a 3-letter currency code</source>
        <translation>不是 3 个字母的货币代码</translation>
    </message>
    <message>
        <source>is not a stage of the sales process</source>
        <translation>不是该销售流程的阶段</translation>
    </message>
    <message>
        <source>is not a status (open, won, lost, on_hold)</source>
        <translation>不是状态（open 进行中、won 赢单、lost 输单、on_hold 搁置）</translation>
    </message>
    <message>
        <source>is required for a won or lost deal</source>
        <translation>赢单或输单的商机必须填写</translation>
    </message>
    <message>
        <source>is only allowed for a won or lost deal</source>
        <translation>只有赢单或输单的商机才能填写</translation>
    </message>
    <message>
        <source>is before the deal was created</source>
        <translation>早于商机的创建时间</translation>
    </message>
    <message>
        <source>is only allowed for a lost deal</source>
        <translation>只有输单的商机才能填写</translation>
    </message>
    <message>
        <source> (same customer and title)</source>
        <translation>（客户和商机名称相同）</translation>
    </message>
    <message>
        <source>no opportunity has this external id</source>
        <translation>没有商机使用此外部编号</translation>
    </message>
    <message>
        <source>is not a stage of the deal&apos;s sales process</source>
        <translation>不是该商机所属销售流程的阶段</translation>
    </message>
    <message>
        <source>history continues after the deal was closed (%1)</source>
        <translation>商机关闭（%1）后仍有阶段历史</translation>
    </message>
    <message>
        <source>history ends in stage %1 but the deal is in stage %2</source>
        <translation>阶段历史结束于阶段 %1，但商机处于阶段 %2</translation>
    </message>
    <message>
        <source>history ends %1 but the deal is %2</source>
        <translation>阶段历史的最终状态为 %1，但商机状态为 %2</translation>
    </message>
    <message>
        <source>is not a tier (A, B or C)</source>
        <translation>不是客户等级（A、B 或 C）</translation>
    </message>
    <message>
        <source>is not a score from 0 to 100</source>
        <translation>不是 0 到 100 的评分</translation>
    </message>
    <message>
        <source>is not a size (micro, small, medium, large, enterprise)</source>
        <translation>不是企业规模（微型、小型、中型、大型、集团）</translation>
    </message>
    <message>
        <source>is not yes/no (1/0)</source>
        <translation>不是是/否（1/0）</translation>
    </message>
    <message>
        <source> (same customer and name)</source>
        <translation>（客户和姓名相同）</translation>
    </message>
    <message>
        <source>is not a lead status (new, contacted, qualified, disqualified, converted)</source>
        <translation>不是线索状态（新建、已联系、已确认、无效、已转化）</translation>
    </message>
    <message>
        <source> (same phone)</source>
        <translation>（电话相同）</translation>
    </message>
    <message>
        <source> (same company and name)</source>
        <translation>（公司和姓名相同）</translation>
    </message>
    <message>
        <source>is not an activity kind (call, visit, meeting, proposal, email)</source>
        <translation>不是跟进类型（电话、拜访、会议、方案、邮件）</translation>
    </message>
    <message>
        <source>is not a number of minutes</source>
        <translation>不是分钟数</translation>
    </message>
    <message>
        <source>no lead has this external id</source>
        <translation>没有线索使用此外部编号</translation>
    </message>
    <message>
        <source>needs a customer, an opportunity or a lead</source>
        <translation>需要关联客户、商机或线索</translation>
    </message>
    <message>
        <source>%1 in the workbook is damaged or too large</source>
        <translation>工作簿中的 %1 已损坏或过大</translation>
    </message>
    <message>
        <source>%1 has no workbook (xl/workbook.xml)</source>
        <translation>%1 中没有工作簿（xl/workbook.xml）</translation>
    </message>
    <message>
        <source>the workbook has no worksheet %1</source>
        <translation>工作簿中没有工作表 %1</translation>
    </message>
    <message>
        <source>the worksheet is damaged (cannot inflate)</source>
        <translation>工作表已损坏（无法解压）</translation>
    </message>
    <message>
        <source>the worksheet ends in the middle (truncated file)</source>
        <translation>工作表中途结束（文件不完整）</translation>
    </message>
    <message>
        <source>the worksheet is damaged: %1</source>
        <translation>工作表已损坏：%1</translation>
    </message>
    <message>
        <source>cell reference beyond the last column XFD</source>
        <translation>单元格引用超出最后一列 XFD</translation>
    </message>
    <message>
        <source>refers to a shared string that does not exist</source>
        <translation>引用了不存在的共享字符串</translation>
    </message>
    <message>
        <source>cell longer than %1 characters</source>
        <translation>单元格超过 %1 个字符</translation>
    </message>
    <message>
        <source>the file is UTF-16 text (Excel&apos;s &quot;Unicode text&quot;): save it as &quot;CSV UTF-8&quot; or as an Excel workbook (.xlsx)</source>
        <translation>文件是 UTF-16 文本（Excel 的“Unicode 文本”）：请另存为“CSV UTF-8”或 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>has NUL bytes: the file is not text in %1 (UTF-16, or not a CSV?)</source>
        <translation>含有 NUL 字节：文件不是 %1 文本（是 UTF-16，或不是 CSV？）</translation>
    </message>
    <message>
        <source>the file is an old Excel workbook (.xls): save it as .xlsx or as &quot;CSV UTF-8&quot;</source>
        <translation>文件是旧版 Excel 工作簿（.xls）：请另存为 .xlsx 或“CSV UTF-8”</translation>
    </message>
    <message>
        <source>the file is UTF-8 text but %1 was chosen: choose UTF-8 (or let the encoding be detected)</source>
        <translation>文件是 UTF-8 文本，但选择了 %1：请选择 UTF-8（或自动检测编码）</translation>
    </message>
    <message>
        <source>%1 in the workbook has a document type declaration (&lt;!DOCTYPE&gt;), which an .xlsx never has</source>
        <translation>工作簿中的 %1 含有文档类型声明（&lt;!DOCTYPE&gt;），.xlsx 文件不应有此声明</translation>
    </message>
    <message>
        <source>%1 in the workbook is damaged: %2</source>
        <translation>工作簿中的 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx file, or it is cut short (no zip directory at its end)</source>
        <translation>%1 不是 .xlsx 文件，或文件不完整（末尾没有 zip 目录）</translation>
    </message>
    <message>
        <source>cannot open %1 in the workbook (damaged or encrypted)</source>
        <translation>无法打开工作簿中的 %1（已损坏或已加密）</translation>
    </message>
    <message>
        <source>%1 in the workbook is larger than %2 MB</source>
        <translation>工作簿中的 %1 超过 %2 MB</translation>
    </message>
    <message>
        <source>%1 in the workbook inflates to more than %2 times its compressed size (a zip bomb?)</source>
        <translation>工作簿中的 %1 解压后超过压缩大小的 %2 倍（zip 炸弹？）</translation>
    </message>
    <message>
        <source>%1 in the workbook is damaged (cannot inflate)</source>
        <translation>工作簿中的 %1 已损坏（无法解压）</translation>
    </message>
    <message>
        <source>%1 in the workbook is damaged (CRC error)</source>
        <translation>工作簿中的 %1 已损坏（CRC 校验错误）</translation>
    </message>
    <message>
        <source>shared string %1 is longer than %2 characters</source>
        <translation>共享字符串 %1 超过 %2 个字符</translation>
    </message>
    <message>
        <source>the shared strings of the workbook (%1) are damaged: %2</source>
        <translation>工作簿的共享字符串（%1）已损坏：%2</translation>
    </message>
    <message>
        <source>the worksheet is damaged (CRC error)</source>
        <translation>工作表已损坏（CRC 校验错误）</translation>
    </message>
    <message>
        <source>row number &quot;%1&quot; is not a row of a worksheet (1 to %2)</source>
        <translation>行号“%1”不是工作表中的行（1 至 %2）</translation>
    </message>
    <message>
        <source>row %1 comes after row %2 (rows out of order)</source>
        <translation>第 %1 行位于第 %2 行之后（行顺序错乱）</translation>
    </message>
    <message>
        <source>cell reference &quot;%1&quot; is not valid</source>
        <translation>单元格引用“%1”无效</translation>
    </message>
    <message>
        <source>cell %1 is not in row %2</source>
        <translation>单元格 %1 不在第 %2 行</translation>
    </message>
    <message>
        <source>the formula =%1 has no computed value: open and save the file in Excel or WPS, or paste the values</source>
        <translation>公式 =%1 没有计算结果：请在 Excel 或 WPS 中打开并保存文件，或粘贴为数值</translation>
    </message>
    <message>
        <source>the cell shows the spreadsheet error %1</source>
        <translation>单元格显示表格错误 %1</translation>
    </message>
    <message>
        <source>refers to a shared string but the workbook has none (xl/sharedStrings.xml missing)</source>
        <translation>引用了共享字符串，但工作簿中没有（缺少 xl/sharedStrings.xml）</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1：已跳过</translation>
    </message>
    <message>
        <source>%1: one external id cannot name two records (choose skip or merge)</source>
        <translation>%1：一个外部编号不能对应两条记录（请选择跳过或合并）</translation>
    </message>
    <message>
        <source>%1: kept, both are in the duplicate review</source>
        <translation>%1：已保留，两条记录都会出现在查重列表中</translation>
    </message>
    <message>
        <source>%1: matches more than one stored record, merge by hand</source>
        <translation>%1：匹配到多条已保存的记录，请手动合并</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>%1: merged into %2 #%3, nothing to fill</source>
        <translation>%1：已合并到%2 #%3，没有可补充的字段</translation>
    </message>
    <message>
        <source>%1: merged into %2 #%3, filled %4</source>
        <translation>%1：已合并到%2 #%3，补充了 %4</translation>
    </message>
    <message>
        <source>same customer and title as %1, imported: its external id differs</source>
        <translation>与%1的客户和商机名称相同，已导入：外部编号不同</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>a stored deal</source>
        <translation>已保存的商机</translation>
    </message>
    <message>
        <source>is not a probability from 0 to 100 %</source>
        <translation>不是 0 到 100 % 之间的赢率</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>is not a split form (百分比 percent, 按金额 amount, 整额 whole, 超额 over)</source>
        <translation>不是拆分方式（百分比、按金额、整额、超额）</translation>
    </message>
    <message>
        <source>names two people: use the login</source>
        <translation>对应两个人：请使用登录名</translation>
    </message>
    <message>
        <source>is not a person of the office</source>
        <translation>不是本公司的人员</translation>
    </message>
    <message>
        <source>has a share, but 整额 (whole) credits each member in full</source>
        <translation>填写了份额，但整额拆分给每位成员计全额</translation>
    </message>
    <message>
        <source>needs a share (NAME:70% or, by amount, NAME:300000)</source>
        <translation>需要份额（姓名:70%，按金额时为 姓名:300000）</translation>
    </message>
    <message>
        <source>has a share that is not an amount of money</source>
        <translation>份额不是金额</translation>
    </message>
    <message>
        <source>has a share that is not a whole percent</source>
        <translation>份额不是整数百分比</translation>
    </message>
    <message>
        <source>is an amount in %1, but the deal&apos;s currency is %2: give the currency column, or convert the amount</source>
        <translation>是 %1 金额，但商机币种为 %2：请填写币种列，或换算金额</translation>
    </message>
</context>
<context>
    <name>MergeRecordsCommand</name>
    <message>
        <source>merge of #%1 into #%2</source>
        <translation>将 #%1 合并到 #%2</translation>
    </message>
</context>
<context>
    <name>MoveDealsCommand</name>
    <message numerus="yes">
        <source>Move %n deal(s) to %1</source>
        <translation>
            <numerusform>将 %n 个商机移到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>The month at a glance: pipeline, forecast, won deals and target.</source>
        <translation>本月概览：商机金额、预测、赢单和目标。</translation>
    </message>
    <message>
        <source>Kanban</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>One column per stage and a card per opportunity; drag a card to change its stage.</source>
        <translation>每个阶段一列，每个商机一张卡片；拖动卡片即可变更阶段。</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>The sales funnel: count and amount per stage, conversion rates and time in each stage.</source>
        <translation>销售漏斗：各阶段的商机数与金额、阶段转化率和滞留时长。</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Weighted pipeline per month and quarter against the target, with the gap to close.</source>
        <translation>按月和季度的加权商机金额与目标对比，以及待弥补的差距。</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Leads with their source and campaign, duplicate check, assignment and the public pool.</source>
        <translation>线索及其来源和市场活动、查重、分配和公海池。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>The company&apos;s customer file with contacts, tiers and a 360° view of each customer.</source>
        <translation>公司的客户档案：联系人、客户等级和每个客户的 360° 视图。</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Calls, visits, meetings and proposals, and follow-up tasks with due dates.</source>
        <translation>电话、拜访、会议和方案，以及带截止日期的跟进任务。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Targets per period for the company, regions, teams and reps, and their completion.</source>
        <translation>公司、区域、团队和销售代表各期的目标及完成情况。</translation>
    </message>
    <message>
        <source>Contracts &amp; Payments</source>
        <translation>合同与回款</translation>
    </message>
    <message>
        <source>Contracts, payment plans, invoices and receipts, and the receivables aging.</source>
        <translation>合同、回款计划、发票和收款，以及应收账龄。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>The weekly funnel report with print preview, printing and PDF, and table exports.</source>
        <translation>每周销售漏斗报表，支持打印预览、打印和 PDF，以及表格导出。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language, database and application settings.</source>
        <translation>语言、数据库和应用设置。</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>绩效</translation>
    </message>
    <message>
        <source>Monthly pay statements: credited deals and receipts, commission, tiers and bonuses; review, close the month, print and export for payroll.</source>
        <translation>每月绩效单：计入的商机与回款、提成、阶梯与奖金；审核、月结、打印并导出给薪资。</translation>
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
        <translation>跟进：%1，截止 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 overdue by %n day(s)</source>
        <translation>
            <numerusform>%1：%2 已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 due on %3</source>
        <translation>%1：%2 将于 %3 到期</translation>
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
        <translation>在途商机 %1 个 × 赢率 %2 × 平均赢单金额 %3 ÷ 成交周期中位数 %4 天</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>已赢收入</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>在途商机</translation>
    </message>
    <message>
        <source>Days since last activity</source>
        <translation>距上次跟进天数</translation>
    </message>
    <message>
        <source>No rule matched</source>
        <translation>没有匹配的规则</translation>
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
        <translation>集团</translation>
    </message>
</context>
<context>
    <name>SetOutcomeCommand</name>
    <message numerus="yes">
        <source>Mark %n deal(s) as %1</source>
        <translation>
            <numerusform>将 %n 个商机标记为%1</numerusform>
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
        <translation>按金额</translation>
    </message>
    <message>
        <source>Whole amount to each</source>
        <translation>整额（每人全额）</translation>
    </message>
    <message>
        <source>Over 100 %</source>
        <translation>超额（合计可超 100%）</translation>
    </message>
</context>
<context>
    <name>StatementText</name>
    <message>
        <source>deal %1 credited %2</source>
        <translation>商机 %1 计入业绩 %2</translation>
    </message>
    <message>
        <source>deal %1 no longer credited %2</source>
        <translation>商机 %1 不再计入业绩 %2</translation>
    </message>
    <message>
        <source>deal %1 credit %2 → %3</source>
        <translation>商机 %1 业绩 %2 → %3</translation>
    </message>
    <message>
        <source>contract %1 receipt %2 added, credited %3</source>
        <translation>合同 %1 新增 %2 回款，计入 %3</translation>
    </message>
    <message>
        <source>contract %1 receipt %2 removed %3</source>
        <translation>合同 %1 删除 %2 回款 %3</translation>
    </message>
    <message>
        <source>contract %1 receipt %2 credit %3 → %4</source>
        <translation>合同 %1 %2 回款计入 %3 → %4</translation>
    </message>
    <message>
        <source>contract %1 write-off %2 added %3</source>
        <translation>合同 %1 新增 %2 核销 %3</translation>
    </message>
    <message>
        <source>contract %1 write-off %2 removed %3</source>
        <translation>合同 %1 删除 %2 核销 %3</translation>
    </message>
    <message>
        <source>contract %1 write-off %2 credit %3 → %4</source>
        <translation>合同 %1 %2 核销计入 %3 → %4</translation>
    </message>
    <message>
        <source>plan, target or forecast changed</source>
        <translation>方案、目标或预测有变动</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已月结</translation>
    </message>
    <message>
        <source>won</source>
        <translation>签约</translation>
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
        <translation>无目标</translation>
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
        <translation>阶梯调整</translation>
    </message>
    <message>
        <source>Band %1–%2 % %3</source>
        <translation>档位 %1–%2 % %3</translation>
    </message>
    <message>
        <source>Band from %1 % %2</source>
        <translation>档位 %1 % 以上 %2</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>封顶</translation>
    </message>
    <message>
        <source>Claw-back of commission on %1</source>
        <translation>追回%1提成</translation>
    </message>
    <message>
        <source>Forecast accuracy bonus</source>
        <translation>预测准确奖</translation>
    </message>
    <message>
        <source>Activity bonus</source>
        <translation>活动量奖</translation>
    </message>
    <message>
        <source>%1 adjustment</source>
        <translation>%1 调整</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>completion %1 of commission %2</source>
        <translation>完成率 %1，提成 %2</translation>
    </message>
    <message>
        <source>slice %1</source>
        <translation>所占提成 %1</translation>
    </message>
    <message>
        <source>commission after tiers at most %1</source>
        <translation>阶梯后提成最多 %1</translation>
    </message>
    <message>
        <source>contract %1 write-off %2: %3 of %4</source>
        <translation>合同 %1 于 %2 核销：%4 的 %3</translation>
    </message>
    <message>
        <source>committed %1, won %2</source>
        <translation>承诺 %1，签约 %2</translation>
    </message>
    <message>
        <source>no commitment by the period&apos;s 7th day</source>
        <translation>期内第 7 天前未承诺</translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <translation>活动 %1 / %2 次</translation>
    </message>
    <message>
        <source>now %1, paid %2</source>
        <translation>现应为 %1，已发 %2</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>工资汇总</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>Claw-backs</source>
        <translation>追回</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>计入业绩</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>薪酬</translation>
    </message>
    <message>
        <source>Credited deal</source>
        <translation>计入的商机</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>核销</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>绩效单</translation>
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
        <translation>%2 没有适用于 %1 的绩效方案。</translation>
    </message>
    <message>
        <source>Plan %1, terms from %2; commission on %3%4.</source>
        <translation>方案 %1，条款自 %2 起；提成按 %3 计算%4。</translation>
    </message>
    <message>
        <source> (paid on the quarter&apos;s last month)</source>
        <translation>（在季度最后一个月发放）</translation>
    </message>
    <message>
        <source>Target %1 · credited won %2 · completion %3</source>
        <translation>目标 %1 · 计入签约 %2 · 完成率 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组成</translation>
    </message>
    <message>
        <source>Computed from</source>
        <translation>计算依据</translation>
    </message>
    <message>
        <source>Credited deals</source>
        <translation>计入的商机</translation>
    </message>
    <message>
        <source>No deal won and credited in %1.</source>
        <translation>%1 没有计入的签约商机。</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Won on</source>
        <translation>签约日</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Margin credit</source>
        <translation>计入毛利</translation>
    </message>
    <message>
        <source>Receipts counted</source>
        <translation>计入的回款</translation>
    </message>
    <message>
        <source>No money received in %1 on credited deals.</source>
        <translation>%1 计入的商机没有回款。</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>回款日</translation>
    </message>
    <message>
        <source>Write-offs</source>
        <translation>核销</translation>
    </message>
    <message>
        <source>Written off on</source>
        <translation>核销日</translation>
    </message>
    <message>
        <source>Deal won on</source>
        <translation>商机签约日</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2%3</source>
        <translation>%1 于 %2 审核%3</translation>
    </message>
    <message>
        <source>Closed on %1 by %2. A closed month is never reopened; later changes are paid as adjustments on the first open month.</source>
        <translation>%2 于 %1 月结。已月结的月份不会重新打开；之后的变动作为调整计入第一个未结月份。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>must be a month like 2026-01</source>
        <translation>必须是月份，例如 2026-01</translation>
    </message>
    <message>
        <source>is before the first month</source>
        <translation>早于起始月份</translation>
    </message>
    <message>
        <source>must be a month (2026-12) or a quarter (2026-Q4)</source>
        <translation>必须是月份（2026-12）或季度（2026-Q4）</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>is too long (%1 characters, at most %2)</source>
        <translation>过长（%1 个字符，最多 %2 个）</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须介于 %1 和 %2 之间</translation>
    </message>
    <message>
        <source>is not a currency code such as CNY</source>
        <translation>不是货币代码（如 CNY）</translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation>必须选择</translation>
    </message>
    <message numerus="yes">
        <source>is referenced by %n record(s)</source>
        <translation>
            <numerusform>被 %n 条记录引用</numerusform>
        </translation>
    </message>
    <message>
        <source>is referenced by %n deal(s)</source>
        <translation>被 %n 个商机引用</translation>
    </message>
    <message>
        <source>is referenced by %n contract(s)</source>
        <translation>被 %n 份合同引用</translation>
    </message>
    <message>
        <source>is referenced by %n activity(ies)</source>
        <translation>被 %n 条跟进记录引用</translation>
    </message>
    <message>
        <source>is referenced by %n task(s)</source>
        <translation>被 %n 个任务引用</translation>
    </message>
    <message>
        <source>is referenced by %n lead(s)</source>
        <translation>被 %n 条线索引用</translation>
    </message>
    <message numerus="yes">
        <source>still holds %n open deal(s); move or close them first</source>
        <translation>
            <numerusform>仍有 %n 个进行中的商机；请先移走或关闭它们</numerusform>
        </translation>
    </message>
    <message>
        <source>needs at least one stage</source>
        <translation>至少需要一个阶段</translation>
    </message>
    <message>
        <source>matches nothing</source>
        <translation>没有匹配项</translation>
    </message>
    <message>
        <source>matches more than one; give the id</source>
        <translation>匹配到多项，请提供编号</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>is before --from</source>
        <translation>早于 --from</translation>
    </message>
    <message>
        <source>is not a date or an ISO 8601 timestamp</source>
        <translation>不是日期或 ISO 8601 时间戳</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>必须是正整数</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>is not a valid time</source>
        <translation>不是有效时间</translation>
    </message>
    <message>
        <source>an activity belongs to a lead, a customer or a deal</source>
        <translation>跟进记录必须关联线索、客户或商机</translation>
    </message>
    <message>
        <source>is after the due time</source>
        <translation>晚于截止时间</translation>
    </message>
    <message>
        <source>must be customer, contact, lead, opportunity, contract or activity</source>
        <translation>必须是客户、联系人、线索、商机、合同或跟进记录</translation>
    </message>
    <message>
        <source>is larger than the %1 MB limit for attachments</source>
        <translation>超过附件 %1 MB 的大小上限</translation>
    </message>
    <message>
        <source>is already used by another product line</source>
        <translation>已被其他产品线使用</translation>
    </message>
    <message>
        <source>is already used by another product</source>
        <translation>已被其他产品使用</translation>
    </message>
    <message>
        <source>is already used by another campaign</source>
        <translation>已被其他市场活动使用</translation>
    </message>
    <message>
        <source>is before the start date</source>
        <translation>早于开始日期</translation>
    </message>
    <message>
        <source>is already used by another contract</source>
        <translation>已被其他合同使用</translation>
    </message>
    <message>
        <source>a plan needs at least one instalment</source>
        <translation>回款计划至少需要一期</translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <source>percents add up to more than 100 %</source>
        <translation>比例合计超过 100%</translation>
    </message>
    <message>
        <source>do not add up to the contract amount %1</source>
        <translation>合计与合同金额 %1 不符</translation>
    </message>
    <message>
        <source>is not an instalment of this contract</source>
        <translation>不是此合同的回款期次</translation>
    </message>
    <message>
        <source>is already used by another invoice</source>
        <translation>已被其他发票使用</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <source>is more than the outstanding balance %1</source>
        <translation>超过未回款余额 %1</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>不是电子邮件地址</translation>
    </message>
    <message>
        <source>has no letters or digits</source>
        <translation>不含字母或数字</translation>
    </message>
    <message>
        <source>is already used by another customer</source>
        <translation>已被其他客户使用</translation>
    </message>
    <message>
        <source>must be A, B or C</source>
        <translation>必须是 A、B 或 C</translation>
    </message>
    <message>
        <source>must be micro, small, medium, large or enterprise</source>
        <translation>必须是微型、小型、中型、大型或集团（micro、small、medium、large、enterprise）</translation>
    </message>
    <message>
        <source>contacts of this customer are referenced elsewhere</source>
        <translation>此客户的联系人在其他地方被引用</translation>
    </message>
    <message>
        <source>is already used by another lead</source>
        <translation>已被其他线索使用</translation>
    </message>
    <message>
        <source>contains no digits</source>
        <translation>不含数字</translation>
    </message>
    <message>
        <source>is required for a disqualified lead</source>
        <translation>无效线索必须填写</translation>
    </message>
    <message>
        <source>is required for a converted lead</source>
        <translation>已转化的线索必须填写</translation>
    </message>
    <message>
        <source>a closed deal must be reopened before it moves</source>
        <translation>已关闭的商机需要先重新打开才能移动</translation>
    </message>
    <message>
        <source>is not a stage of the deal&apos;s pipeline</source>
        <translation>不是该商机所属销售流程的阶段</translation>
    </message>
    <message>
        <source>is required for a lost deal</source>
        <translation>输单的商机必须填写</translation>
    </message>
    <message>
        <source>has been retired; the deal cannot be reopened in it</source>
        <translation>已停用，商机不能在此阶段重新打开</translation>
    </message>
    <message>
        <source>is not a checklist task of the deal&apos;s pipeline</source>
        <translation>不是该商机所属销售流程的阶段任务</translation>
    </message>
    <message>
        <source>has been retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>is only allowed for a lost deal</source>
        <translation>只有输单的商机才能填写</translation>
    </message>
    <message>
        <source>is already used by another region</source>
        <translation>已被其他区域使用</translation>
    </message>
    <message>
        <source>is already used by another team</source>
        <translation>已被其他团队使用</translation>
    </message>
    <message>
        <source>may contain only letters, digits and . _ @ -</source>
        <translation>只能包含字母、数字和 . _ @ -</translation>
    </message>
    <message>
        <source>is already used by another user</source>
        <translation>已被其他用户使用</translation>
    </message>
    <message>
        <source>is already the name of another stage of this pipeline</source>
        <translation>已是此销售流程中另一个阶段的名称</translation>
    </message>
    <message>
        <source>the new order must list every active stage of the pipeline exactly once</source>
        <translation>新顺序必须恰好包含销售流程中的每个启用阶段各一次</translation>
    </message>
    <message>
        <source>has already been deleted</source>
        <translation>已被删除</translation>
    </message>
    <message>
        <source>is the last stage of its pipeline</source>
        <translation>是所属销售流程的最后一个阶段</translation>
    </message>
    <message>
        <source>deals must move to another stage</source>
        <translation>商机必须移到其他阶段</translation>
    </message>
    <message>
        <source>is not an active stage of the same pipeline</source>
        <translation>不是同一销售流程中的启用阶段</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; was deleted</source>
        <translation>阶段“%1”已删除</translation>
    </message>
    <message>
        <source>is already the name of another pipeline</source>
        <translation>已是另一个销售流程的名称</translation>
    </message>
    <message>
        <source>is the only pipeline</source>
        <translation>是唯一的销售流程</translation>
    </message>
    <message>
        <source>is already in the list</source>
        <translation>已在列表中</translation>
    </message>
    <message>
        <source>is not a period such as 2026, 2026-Q4 or 2026-11</source>
        <translation>不是期间（例如 2026、2026-Q4 或 2026-11）</translation>
    </message>
    <message>
        <source>does not exist for level %1</source>
        <translation>在层级 %1 中不存在</translation>
    </message>
    <message>
        <source>must be empty for the company level</source>
        <translation>公司层级必须留空</translation>
    </message>
    <message>
        <source>is not a known attribute</source>
        <translation>不是已知的属性</translation>
    </message>
    <message>
        <source>must be eq, gte or lte</source>
        <translation>必须是 eq、gte 或 lte</translation>
    </message>
    <message>
        <source>is not a company size</source>
        <translation>不是企业规模</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>is already converted</source>
        <translation>已经转化</translation>
    </message>
    <message>
        <source>a disqualified lead cannot be converted</source>
        <translation>无效线索不能转化</translation>
    </message>
    <message>
        <source>has no stage</source>
        <translation>没有阶段</translation>
    </message>
    <message>
        <source>is not an active user</source>
        <translation>不是在职用户</translation>
    </message>
    <message>
        <source>a converted lead cannot change hands</source>
        <translation>已转化的线索不能换负责人</translation>
    </message>
    <message>
        <source>has no active rep</source>
        <translation>没有在职销售</translation>
    </message>
    <message>
        <source>must differ from the leaving rep</source>
        <translation>必须与离职销售不同</translation>
    </message>
    <message>
        <source>cannot be merged with itself</source>
        <translation>不能与自身合并</translation>
    </message>
    <message>
        <source>a converted lead cannot be merged</source>
        <translation>已转化的线索不能合并</translation>
    </message>
    <message>
        <source>is more than what is open on the instalment, %1</source>
        <translation>超过该分期未收金额 %1</translation>
    </message>
    <message>
        <source>must be a valid instant</source>
        <translation>必须是有效的时间</translation>
    </message>
    <message>
        <source>must be report, cli or gui</source>
        <translation>必须是 report、cli 或 gui</translation>
    </message>
    <message>
        <source>P10, P50 and P90 are given together or not at all</source>
        <translation>P10、P50 与 P90 须同时给出或都不给出</translation>
    </message>
    <message>
        <source>must lie between P10 and P90</source>
        <translation>必须介于 P10 与 P90 之间</translation>
    </message>
    <message>
        <source>must have at least %1 characters</source>
        <translation>至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>must have at most %1 characters</source>
        <translation>最多 %1 个字符</translation>
    </message>
    <message>
        <source>is the last administrator who can sign in: make another administrator first</source>
        <translation>是最后一位可以登录的管理员：请先设置另一位管理员</translation>
    </message>
    <message>
        <source>is deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>contract %1 is %2: only a draft or rejected contract can be submitted</source>
        <translation>合同 %1 为%2：只有草稿或已驳回的合同可以提交</translation>
    </message>
    <message>
        <source>contract %1 is %2: only a contract waiting for approval can be approved or rejected</source>
        <translation>合同 %1 为%2：只有待审批的合同可以批准或驳回</translation>
    </message>
    <message>
        <source>contract %1: say why it is rejected</source>
        <translation>合同 %1：请填写驳回原因</translation>
    </message>
    <message>
        <source>a new contract starts as a draft: submit it for approval</source>
        <translation>新合同以草稿开始：保存后再提交审批</translation>
    </message>
    <message>
        <source>changes only by submitting, approving or rejecting contract %1</source>
        <translation>只能通过提交、批准或驳回合同 %1 来改变</translation>
    </message>
    <message>
        <source>is %1: invoices and receipts are recorded only on an approved contract</source>
        <translation>为%1：只有已批准的合同才能开票和登记回款</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation>重复</translation>
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
        <translation>至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>is not one of the regions</source>
        <translation>不在已填写的区域中</translation>
    </message>
    <message>
        <source>must be higher than the stage before (%1 %)</source>
        <translation>必须高于前一阶段（%1 %）</translation>
    </message>
    <message>
        <source>is listed twice in the team (member %1)</source>
        <translation>在团队中出现两次（第 %1 位成员）</translation>
    </message>
    <message>
        <source>member %1 needs an amount</source>
        <translation>第 %1 位成员需要金额</translation>
    </message>
    <message>
        <source>member %1: an amount must not be negative</source>
        <translation>第 %1 位成员：金额不能为负</translation>
    </message>
    <message>
        <source>member %1 needs a percent</source>
        <translation>第 %1 位成员需要百分比</translation>
    </message>
    <message>
        <source>member %1: a percent must not be negative</source>
        <translation>第 %1 位成员：百分比不能为负</translation>
    </message>
    <message>
        <source>member %1: at most %2 % each</source>
        <translation>第 %1 位成员：每人最多 %2%</translation>
    </message>
    <message>
        <source>the percentages add up to %1 %, not 100 % (choose 超额 / over 100 % for more)</source>
        <translation>百分比合计为 %1%，不是 100%（超过 100% 请选择“超额”）</translation>
    </message>
    <message>
        <source>the amounts add up to %1, not the deal amount %2</source>
        <translation>金额合计为 %1，不等于商机金额 %2</translation>
    </message>
    <message>
        <source>an over-100 % split adds up to at least 100 % (it is %1 %)</source>
        <translation>超额拆分合计至少 100%（现为 %1%）</translation>
    </message>
    <message>
        <source>a commitment is for one&apos;s own deals only</source>
        <translation>承诺预测只能针对本人的商机</translation>
    </message>
    <message>
        <source>a plan applies either to a role or to one person</source>
        <translation>方案只能适用于一个角色或一个人，二者选其一</translation>
    </message>
    <message>
        <source>must be the first day of a quarter</source>
        <translation>必须是某季度的第一天</translation>
    </message>
    <message>
        <source>must be the first day of a month</source>
        <translation>必须是某月的第一天</translation>
    </message>
    <message>
        <source>the first band must start at 0 %</source>
        <translation>第一档必须从 0 % 开始</translation>
    </message>
    <message>
        <source>bands must start at ascending completions</source>
        <translation>各档的起点完成率必须递增</translation>
    </message>
    <message>
        <source>is not a month such as 2026-11</source>
        <translation>不是形如 2026-11 的月份</translation>
    </message>
    <message>
        <source>must be set when there is an activity bonus</source>
        <translation>设置了活动奖金时必须填写</translation>
    </message>
    <message>
        <source>is already paid by the active plan &quot;%1&quot;</source>
        <translation>已由启用中的方案“%1”计薪</translation>
    </message>
    <message>
        <source>is already used by another plan</source>
        <translation>已被另一个方案使用</translation>
    </message>
    <message>
        <source>this plan already has a version taking effect on this date</source>
        <translation>该方案在此日期已有生效的版本</translation>
    </message>
    <message>
        <source>is not over yet: a month is closed after its last day</source>
        <translation>尚未结束：月份须在最后一天之后才能月结</translation>
    </message>
    <message>
        <source>is closed already (a closed pay period is never reopened)</source>
        <translation>已经月结（已月结的期间不会重新打开）</translation>
    </message>
    <message>
        <source>cannot be closed before %1: months are closed in order</source>
        <translation>不能在 %1 之前月结：月份须按顺序月结</translation>
    </message>
    <message>
        <source>falls in or before %1, a closed pay period (a closed period is never reopened: let the new terms take effect after it)</source>
        <translation>落在已月结的期间 %1 或之前（已月结的期间不会重新打开：请让新条款在其之后生效）</translation>
    </message>
    <message>
        <source>is closed (a closed pay period is never reopened; later changes are paid as adjustments on the first open month)</source>
        <translation>已月结（已月结的期间不会重新打开；之后的变动作为调整计入第一个未结月份）</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
</context>
<context>
    <name>VoidInvoiceCommand</name>
    <message>
        <source>void of invoice %1</source>
        <translation>作废发票 %1</translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <source>expected company, region:NAME, team:NAME or rep:NAME</source>
        <translation>应为 company、region:名称、team:名称 或 rep:名称</translation>
    </message>
    <message>
        <source>no such region, team or rep</source>
        <translation>没有这个区域、团队或销售</translation>
    </message>
    <message>
        <source>expected an ISO week such as 2026-W47</source>
        <translation>应为 ISO 周，例如 2026-W47</translation>
    </message>
    <message>
        <source>week must be between 1 and %1</source>
        <translation>周数必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>the week has not started yet</source>
        <translation>这一周还没有开始</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>销售 %1</translation>
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
        <translation>阶段</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>阶段变化</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日</translation>
    </message>
    <message>
        <source>Won from</source>
        <translation>赢单前阶段</translation>
    </message>
    <message>
        <source>Lost at / reason</source>
        <translation>丢单阶段 / 原因</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>新增商机</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>Moved back</source>
        <translation>回退</translation>
    </message>
    <message>
        <source>Close date slipped</source>
        <translation>预计成交日推迟</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Weekly funnel report</source>
        <translation>销售漏斗周报</translation>
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
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>在途商机金额</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权商机金额</translation>
    </message>
    <message>
        <source>Won this week</source>
        <translation>本周赢单</translation>
    </message>
    <message>
        <source>Lost this week</source>
        <translation>本周丢单</translation>
    </message>
    <message>
        <source>Win rate this week</source>
        <translation>本周赢单率</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>在途金额</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Forecast vs target</source>
        <translation>预测与目标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Range P10–P90</source>
        <translation>区间 P10–P90</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Forecast / target</source>
        <translation>预测 / 目标</translation>
    </message>
    <message>
        <source>What changed since last week</source>
        <translation>与上周相比的变化</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1: %2 deals, %3</source>
        <translation>%1：%2 个商机，%3</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>在途金额</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>No reps in this scope.</source>
        <translation>此范围内没有销售人员。</translation>
    </message>
    <message>
        <source>Top 10 open deals</source>
        <translation>前 10 大在途商机</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>No open deals.</source>
        <translation>没有在途商机。</translation>
    </message>
    <message>
        <source>Overdue follow-ups (%1)</source>
        <translation>逾期跟进任务（%1）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days over</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>About</source>
        <translation>相关对象</translation>
    </message>
    <message>
        <source>The %1 oldest of %2 are listed.</source>
        <translation>列出最早的 %1 条（共 %2 条）。</translation>
    </message>
    <message>
        <source>Overdue payments (%1, %2 outstanding)</source>
        <translation>逾期回款（%1 笔，未收 %2）</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>the funnel window must be at least one day</source>
        <translation>漏斗统计区间至少为一天</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Sales velocity per 30 days</source>
        <translation>销售速度（每 30 天）</translation>
    </message>
    <message>
        <source>Funnel (%1), deals entering each stage %2</source>
        <translation>销售漏斗（%1）：%2 进入各阶段的商机</translation>
    </message>
    <message>
        <source>Width and count: deals that entered the stage from %1 to %2 (skipped and won-through stages count as entered); amount: open in the stage at the as-of date; red: share lost before the next stage. The Funnel page shows the same figures for the same window and as-of date.</source>
        <translation>宽度与数字：%1 至 %2 期间进入该阶段的商机数（跳过的阶段和赢单时越过的阶段计为已进入）；金额：截至日期仍在该阶段的在途金额；红色：进入下一阶段前流失的比例。漏斗页面在相同区间和截至日期下显示相同的数字。</translation>
    </message>
    <message>
        <source>Stage conversion and days in stage, %1</source>
        <translation>阶段转化率与停留天数（%1）</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>Drop-off to next</source>
        <translation>至下一阶段流失</translation>
    </message>
    <message>
        <source>Median days in stage</source>
        <translation>停留天数中位数</translation>
    </message>
    <message>
        <source>P90 days</source>
        <translation>P90 天数</translation>
    </message>
    <message>
        <source>win rate %1</source>
        <translation>赢率 %1</translation>
    </message>
    <message>
        <source>Sales velocity</source>
        <translation>销售速度</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>在途商机</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>平均赢单金额</translation>
    </message>
    <message>
        <source>Median cycle (days)</source>
        <translation>成交周期中位数（天）</translation>
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
        <translation>销售速度 = 在途商机数 × 赢率 × 平均赢单金额 ÷ 成交周期中位数（天）：按近期节奏，在途商机每天能转化成的金额。赢率、平均赢单金额和成交周期按 %1 统计（一周前：同一区间前移 7 天）；在途商机按截至日期统计。“—”表示无法计算（区间内没有赢单，或成交周期为 0 天）。</translation>
    </message>
    <message>
        <source>Open deals by stage (as of %1)</source>
        <translation>各阶段在途商机（截至 %1）</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>cycle %1 days</source>
        <translation>周期 %1 天</translation>
    </message>
    <message>
        <source>%1 (%2 vs a week earlier)</source>
        <translation>%1（较一周前 %2）</translation>
    </message>
    <message>
        <source>Closing the gap (%1)</source>
        <translation>如何补齐差距（%1）</translation>
    </message>
    <message>
        <source>No target is set for %1: there is no gap to close.</source>
        <translation>%1 未设定目标：没有需要补齐的差距。</translation>
    </message>
    <message>
        <source>Ahead of target: the forecast %1 reaches the target %2, there is no gap to close.</source>
        <translation>已超前于目标：预测 %1 已达到目标 %2，没有需要补齐的差距。</translation>
    </message>
    <message>
        <source>%1 is over: nothing more can be won in it.</source>
        <translation>%1 已结束：不能再在其中赢单。</translation>
    </message>
    <message>
        <source>Target %1, forecast %2: %3 short.</source>
        <translation>目标 %1，预测 %2：差 %3。</translation>
    </message>
    <message>
        <source>With the average won deal of %1 (deals won in the last %3 days: %2) that is %4 more won deals.</source>
        <translation>按平均赢单金额 %1（近 %3 天赢单 %2 笔）计算，还需再赢 %4 单。</translation>
    </message>
    <message>
        <source>No deal was won in the last %1 days, so the number of wins needed cannot be estimated.</source>
        <translation>近 %1 天没有赢单，无法估算还需赢多少单。</translation>
    </message>
    <message>
        <source>Deals needed in each stage (%1)</source>
        <translation>各阶段所需商机（%1）</translation>
    </message>
    <message>
        <source>Deals needed</source>
        <translation>所需商机数</translation>
    </message>
    <message>
        <source>Amount needed</source>
        <translation>所需金额</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>当前在途</translation>
    </message>
    <message>
        <source>Deals needed = wins needed ÷ the stage&apos;s win rate learned from the deals that entered it and closed (shrunk toward the configured rate).</source>
        <translation>所需商机数 = 还需赢单数 ÷ 该阶段的历史赢率（由进入该阶段并已结束的商机学得，并向配置赢率收缩）。</translation>
    </message>
    <message>
        <source>Open deals that would close it</source>
        <translation>可补齐差距的在途商机</translation>
    </message>
    <message>
        <source>No open deal can add to this period&apos;s forecast.</source>
        <translation>没有在途商机能增加本期预测。</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期金额</translation>
    </message>
    <message>
        <source>Cumulative if won</source>
        <translation>赢单后累计增加</translation>
    </message>
    <message>
        <source>Winning these %1 deals would close the gap: each adds its amount less the expected value the forecast already counts.</source>
        <translation>赢下这 %1 笔商机即可补齐差距：每笔增加的是其金额减去预测中已计入的预期金额。</translation>
    </message>
    <message>
        <source>Even winning these %1 deals adds only %2: %3 would still be missing.</source>
        <translation>即使赢下这 %1 笔商机也只增加 %2：仍差 %3。</translation>
    </message>
    <message>
        <source>Forecast method: %1. The result should fall inside P10–P90 eight months in ten.</source>
        <translation>预测方法：%1。实际结果应有十分之八的月份落在 P10–P90 区间内。</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>赢单数</translation>
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
        <translation>%1 · 赢单 %2 – %3</translation>
    </message>
    <message>
        <source>Margin of the deals won</source>
        <translation>赢单毛利</translation>
    </message>
    <message>
        <source>Cost and margin come from the line items of the deals won in the window: sales = quantity × unit price less the discount, cost = quantity × unit cost, margin = sales − cost, margin % = margin ÷ sales. A won deal without line items adds to the won amount but has no margin (—). Regions are the customers&apos; regions; each line item counts in its product&apos;s line.</source>
        <translation>成本与毛利取自期间内赢单商机的产品明细：销售额 = 数量 × 单价（扣除折扣），成本 = 数量 × 单位成本，毛利 = 销售额 − 成本，毛利率 = 毛利 ÷ 销售额。没有产品明细的赢单计入赢单金额，但没有毛利（—）。区域指客户所在区域；每条产品明细计入其产品所属的产品线。</translation>
    </message>
    <message>
        <source>Margin by region</source>
        <translation>按区域毛利</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(无区域)</translation>
    </message>
    <message>
        <source>Margin by product line</source>
        <translation>按产品线毛利</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>(no product line)</source>
        <translation>(无产品线)</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in another currency left out.</source>
        <translation>
            <numerusform>%n 个其他币种的商机未计入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd</name>
    <message>
        <source>deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>follow-up task</source>
        <translation>跟进任务</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>合同</translation>
    </message>
</context>
<context>
    <name>fd::AboutDialog</name>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（编译时 %2）</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema version %1 (this FunnelDesk knows up to %2)</source>
        <translation>数据库结构版本 %1（本版 FunnelDesk 支持到 %2）</translation>
    </message>
    <message>
        <source>Schema version unknown: %1</source>
        <translation>数据库结构版本未知：%1</translation>
    </message>
    <message>
        <source>About FunnelDesk</source>
        <translation>关于 FunnelDesk</translation>
    </message>
    <message>
        <source>Sales funnel, forecast and pipeline management for small sales offices.</source>
        <translation>面向小型销售团队的销售漏斗、预测和商机管理。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>FunnelDesk uses Qt 6 (LGPL-3), SQLite (public domain), libxlsxwriter (BSD-2-Clause), minizip (zlib) and libsodium (ISC), each under its own licence.</source>
        <translation>FunnelDesk 使用 Qt 6（LGPL-3）、SQLite（公有领域）、libxlsxwriter（BSD-2-Clause）、minizip（zlib）和 libsodium（ISC），各自遵循其许可。</translation>
    </message>
    <message>
        <source>%1. FunnelDesk is free software: you may redistribute and modify it under the GNU General Public License, version 3 or any later version (%2). It comes with NO WARRANTY.</source>
        <translation>%1。FunnelDesk 是自由软件：您可以按照 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本（%2）再分发和修改它。本软件不提供任何担保。</translation>
    </message>
</context>
<context>
    <name>fd::ActivitiesPage</name>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Quick log: pick a customer, then press what happened</source>
        <translation>快速记录：选择客户，然后点击发生的事项</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Open follow-up tasks (overdue in red)</source>
        <translation>未完成的跟进任务（逾期标红）</translation>
    </message>
    <message>
        <source>New follow-up task for the customer above</source>
        <translation>为上方客户新建跟进任务</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Activity funnel per rep</source>
        <translation>销售人员活动漏斗</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Meetings and visits</source>
        <translation>会议和拜访</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Leads per call</source>
        <translation>每通电话线索数</translation>
    </message>
    <message>
        <source>Meetings per lead</source>
        <translation>每条线索会议数</translation>
    </message>
    <message>
        <source>Proposals per meeting</source>
        <translation>每次会议方案数</translation>
    </message>
    <message>
        <source>Wins per proposal</source>
        <translation>每个方案赢单数</translation>
    </message>
    <message>
        <source>Quick log</source>
        <translation>快速记录</translation>
    </message>
    <message>
        <source>Pick a customer first.</source>
        <translation>请先选择客户。</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>全部销售</translation>
    </message>
    <message>
        <source>No follow-up tasks yet</source>
        <translation>还没有跟进任务</translation>
    </message>
    <message>
        <source>Calls, visits and meetings are logged above: pick a customer, then press what happened. A task added here reminds its owner when it is due. Past activities can be imported.</source>
        <translation>电话、拜访和会议在上方记录：选择客户，再按发生的事。在这里添加的任务到期时会提醒负责人。过去的活动可以导入。</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>记录活动</translation>
    </message>
    <message>
        <source>Import activities…</source>
        <translation>导入活动…</translation>
    </message>
</context>
<context>
    <name>fd::AnalyticsFilterBar</name>
    <message>
        <source>Pipeline:</source>
        <translation>销售流程：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Product line:</source>
        <translation>产品线：</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>全部销售流程</translation>
    </message>
    <message>
        <source>Default pipeline</source>
        <translation>默认销售流程</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All product lines</source>
        <translation>全部产品线</translation>
    </message>
</context>
<context>
    <name>fd::ApprovalPanel</name>
    <message>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Reject contract</source>
        <translation>驳回合同</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>驳回原因？</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>waits for an administrator</source>
        <translation>等待管理员审批</translation>
    </message>
    <message>
        <source>waits for the manager</source>
        <translation>等待经理审批</translation>
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
        <translation>仅显示最新的 %1 条变更；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first. Double-click a row to open the record.</source>
        <translation>
            <numerusform>共 %n 条变更，最新的在前。双击一行可打开该记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation>记录类型：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the rows shown as CSV or Excel</source>
        <translation>将显示的行保存为 CSV 或 Excel</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
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
        <translation>PostgreSQL 转储文件 (*.dump)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>FunnelDesk backups (*.sqlite *.db)</source>
        <translation>FunnelDesk 备份 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a copy of the whole database to a file, while others go on working</source>
        <translation>把整个数据库复制到一个文件，其他人可以继续工作</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the database with a backup; the data it replaces is kept</source>
        <translation>用备份替换数据库；被替换的数据会保留一份</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message>
        <source>a team database dump</source>
        <translation>团队数据库转储</translation>
    </message>
    <message>
        <source>Replace all data in %1 with the backup %2 (%3, schema version %4)?

The data there now is kept as a copy, so this can be undone by restoring that copy. Anyone else working in this database should close FunnelDesk first.</source>
        <translation>用备份 %2（%3，数据结构版本 %4）替换 %1 中的全部数据吗？

现在的数据会保留一份副本，恢复该副本即可撤销。正在使用此数据库的其他人应先关闭 FunnelDesk。</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>That is the database itself. Choose another file for the backup.</source>
        <translation>这是数据库本身。请为备份选择另一个文件。</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>备份没有写成。</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>Restore Database</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <source>This file cannot be restored. Nothing was changed.

%1</source>
        <translation>此文件无法恢复，没有做任何更改。

%1</translation>
    </message>
    <message>
        <source>Replace with the Backup</source>
        <translation>用备份替换</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>The backup was not restored; the database is as it was.</source>
        <translation>备份没有恢复，数据库保持原样。</translation>
    </message>
    <message>
        <source>The backup was restored. The data it replaced is kept in %1.</source>
        <translation>备份已恢复。被替换的数据保存在 %1。</translation>
    </message>
</context>
<context>
    <name>fd::BoardActions</name>
    <message>
        <source>Required tasks not done</source>
        <translation>必做任务未完成</translation>
    </message>
    <message>
        <source>These required checklist tasks are not done yet:

%1

Move the deal anyway?</source>
        <translation>以下必做的阶段任务尚未完成：

%1

仍要移动这个商机吗？</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>仍然移动</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>删除商机</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; of %2? You can undo this with Ctrl+Z.</source>
        <translation>删除 %2 的“%1”？可以用 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>fd::BoardTableModel</name>
    <message>
        <source>On hold</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Close date passed</source>
        <translation>已过预计成交日期</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>无跟进计划</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>赢率 (%)</translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>阶段停留天数</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>fd::CampaignRoiChart</name>
    <message>
        <source>Won amount vs cost per campaign</source>
        <translation>各市场活动赢单金额与成本</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>万元</translation>
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
        <translation>承诺我的预测 — %1</translation>
    </message>
    <message>
        <source>The forecast of your own deals for %1 is %2 (won so far: %3).</source>
        <translation>您本人商机在 %1 的预测为 %2（已赢单：%3）。</translation>
    </message>
    <message>
        <source>Your pay plan&apos;s forecast accuracy compares what you commit by %1 with what you are then credited with; a later commitment is kept but not counted.</source>
        <translation>绩效方案的预测准确度，比较您在 %1 之前承诺的金额与届时计入您名下的业绩；之后的承诺会保留，但不计入。</translation>
    </message>
    <message>
        <source>You committed %1 on %2.</source>
        <translation>您曾于 %2 承诺 %1。</translation>
    </message>
    <message>
        <source>I commit to win (%1):</source>
        <translation>我承诺赢单（%1）：</translation>
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
        <translation>“%1”已被他人保存</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>对方的版本</translation>
    </message>
    <message>
        <source>%1 was saved after you opened it; the values you are saving equal theirs.</source>
        <translation>“%1”在您打开后已被他人保存；您要保存的内容与对方的相同。</translation>
    </message>
    <message>
        <source>%1 was saved after you opened it. Your changes were not saved. These fields differ (a value changed since you opened it is in bold):</source>
        <translation>“%1”在您打开后已被他人保存，您的修改尚未保存。以下字段不同（自您打开后改动过的值以粗体显示）：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>您打开时</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1（已保存）</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>您的（未保存）</translation>
    </message>
    <message>
        <source>Reload shows %1&apos;s version and drops your changes. Overwrite saves all of your values over theirs, also where only they changed something; the audit trail records it.</source>
        <translation>“重新载入”显示%1的版本并放弃您的修改。“覆盖”用您的全部值替换对方的版本（包括只有对方改过的字段），并记入审计日志。</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>重新载入对方的版本</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>用我的覆盖</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>fd::ContractDialog</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批状态</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Add payment plan…</source>
        <translation>添加回款计划…</translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>作废发票</translation>
    </message>
    <message>
        <source>Edit contract…</source>
        <translation>编辑合同…</translation>
    </message>
    <message>
        <source>Record receipt…</source>
        <translation>登记回款…</translation>
    </message>
    <message>
        <source>Waive / write off…</source>
        <translation>减免 / 核销…</translation>
    </message>
    <message>
        <source>Issue invoice…</source>
        <translation>开票…</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Write-offs</source>
        <translation>减免核销</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 · approval: &lt;b&gt;%4&lt;/b&gt; · signed %5&lt;br&gt;Amount %6 · invoiced %7 · received %8 · written off %9&lt;br&gt;Receivable balance &lt;b&gt;%10&lt;/b&gt; (%11), overdue &lt;b style=&apos;color:#c62828&apos;&gt;%12&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 · 审批状态：&lt;b&gt;%4&lt;/b&gt; · 签约 %5&lt;br&gt;合同金额 %6 · 已开票 %7 · 已回款 %8 · 已减免 %9&lt;br&gt;应收余额 &lt;b&gt;%10&lt;/b&gt;（%11），逾期 &lt;b style=&apos;color:#c62828&apos;&gt;%12&lt;/b&gt;</translation>
    </message>
    <message>
        <source>settled (written off)</source>
        <translation>已结清（含减免）</translation>
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
        <translation>已减免</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动核销</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>last instalments</source>
        <translation>最后几期</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>核销减免</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
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
        <translation>内容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>Remove the payment plan and its instalments?</source>
        <translation>删除该回款计划及其全部分期？</translation>
    </message>
    <message>
        <source>Invoices, receipts or write-offs refer to this plan&apos;s instalments; it stays.</source>
        <translation>已有发票、回款或核销引用该计划的分期，不能删除。</translation>
    </message>
    <message>
        <source>Void this invoice? It stays on file, marked void.</source>
        <translation>作废这张发票？发票仍保留在档案中并标记为作废。</translation>
    </message>
    <message>
        <source>A contract&apos;s margin is its deal&apos;s: the deal&apos;s line items&apos; sales less their cost</source>
        <translation>合同毛利即其商机的毛利：商机产品明细的销售额减去成本</translation>
    </message>
    <message>
        <source>Margin of the deal: %1 (%2), cost %3</source>
        <translation>商机毛利：%1（%2），成本 %3</translation>
    </message>
    <message>
        <source>Margin of the deal: —</source>
        <translation>商机毛利：—</translation>
    </message>
</context>
<context>
    <name>fd::ContractEditor</name>
    <message>
        <source>Edit contract %1</source>
        <translation>编辑合同 %1</translation>
    </message>
    <message>
        <source>New contract from a won deal</source>
        <translation>从赢单商机新建合同</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Won deal</source>
        <translation>赢单商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批状态</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Why it changes (kept in the contract&apos;s history)</source>
        <translation>变更原因（记入合同变更历史）</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>变更原因</translation>
    </message>
    <message>
        <source>(no won deal without a contract)</source>
        <translation>（没有尚未签合同的赢单商机）</translation>
    </message>
    <message>
        <source>choose a won deal</source>
        <translation>请选择一个赢单商机</translation>
    </message>
    <message>
        <source>%1. Their version is shown; your changes were not saved.</source>
        <translation>%1。已显示对方的版本，您的修改未保存。</translation>
    </message>
    <message>
        <source>%1. Nothing was saved: save again to reload or overwrite.</source>
        <translation>%1。未保存任何内容：再次保存可选择重新载入或覆盖。</translation>
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
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past due at most</source>
        <translation>
            <numerusform>最长逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No payment plan yet</source>
        <translation>尚无回款计划</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>无计划</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批状态</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已减免</translation>
    </message>
    <message>
        <source>Receivable balance</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金额</translation>
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
        <translation>合同与回款</translation>
    </message>
    <message>
        <source>Search number, title, customer, owner…</source>
        <translation>搜索编号、名称、客户、负责人…</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <source>New contract from won deal…</source>
        <translation>从赢单新建合同…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>应收账龄</translation>
    </message>
    <message>
        <source>All approval states</source>
        <translation>全部审批状态</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>What is due and not yet received, by days past the due date. Receipts are reconciled against instalments oldest due first unless they name one; write-offs reduce the last instalments. Click an amount to list its instalments.</source>
        <translation>已到期但尚未收回的应收款，按逾期天数分段。回款未指定分期时按先到期先核销；减免从最后几期冲减。点击金额可查看对应分期。</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>The receivables could not be computed: %1</source>
        <translation>无法计算应收：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) · receivable balance %1 · due %2 · overdue &lt;span style=&apos;color:#c62828&apos;&gt;%3&lt;/span&gt; in %4 instalment(s) · expected in the next 30 days %5</source>
        <translation>
            <numerusform>共 %n 份合同 · 应收余额 %1 · 已到期 %2 · 逾期 &lt;span style=&apos;color:#c62828&apos;&gt;%3&lt;/span&gt;（%4 期）· 未来 30 天预计回款 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>到期合计</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
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
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>全部客户</translation>
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
        <translation>新建合同</translation>
    </message>
    <message>
        <source>Every won deal already has a contract. Win a deal on the board first.</source>
        <translation>所有赢单商机都已有合同。请先在看板上赢得商机。</translation>
    </message>
    <message>
        <source>No contracts yet</source>
        <translation>还没有合同</translation>
    </message>
    <message>
        <source>A contract is made from a won opportunity: its amount and customer come along, and its instalments, invoices and receipts are followed here and in the receivables aging.</source>
        <translation>合同由赢单的商机生成：金额和客户随之带入，其分期、发票和回款在这里和应收账龄中跟踪。</translation>
    </message>
</context>
<context>
    <name>fd::CreateAdministratorDialog</name>
    <message>
        <source>Create the Administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>Nobody can sign in to this database yet. Create its administrator: the person who adds the others (Settings → People &amp; teams), sets their roles and teams, and resets forgotten passwords.</source>
        <translation>还没有人可以登录这个数据库。请创建它的管理员：由管理员添加其他人员（设置 → 人员与团队）、设定他们的角色和团队，并重置忘记的密码。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The password is stored only as a salted Argon2id hash. The database file itself is protected only by its file permissions: keep it where only the office can reach it.</source>
        <translation>密码只以加盐的 Argon2id 哈希保存。数据库文件本身只受文件权限保护：请把它放在只有本办公室能访问的位置。</translation>
    </message>
    <message>
        <source>&amp;Create and Sign In</source>
        <translation>创建并登录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <source>does not match the password</source>
        <translation>与密码不一致</translation>
    </message>
</context>
<context>
    <name>fd::CustomerEditor</name>
    <message>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
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
        <translation>集团</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Someone else changed this customer after you opened it. Nothing was saved; close the editor and open it again to see their changes.</source>
        <translation>您打开此客户后，其他人已修改了它。未保存任何内容；请关闭编辑器并重新打开以查看对方的修改。</translation>
    </message>
    <message>
        <source>Contact %1, %2: %3</source>
        <translation>联系人 %1，%2：%3</translation>
    </message>
</context>
<context>
    <name>fd::CustomersPage</name>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Filter customers…</source>
        <translation>筛选客户…</translation>
    </message>
    <message>
        <source>Rescore tiers</source>
        <translation>重新评级</translation>
    </message>
    <message>
        <source>Reassign on leave…</source>
        <translation>离职交接…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Contracts and payments</source>
        <translation>合同与回款</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>Tier %1 · score %2 — %3</source>
        <translation>等级 %1 · 评分 %2 — %3</translation>
    </message>
    <message>
        <source>Stored: tier %1 · score %2 (press Rescore tiers to update)</source>
        <translation>已保存：等级 %1 · 评分 %2（点击“重新评级”更新）</translation>
    </message>
    <message>
        <source> (primary)</source>
        <translation>（主要）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签订日期</translation>
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
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>上传日期</translation>
    </message>
    <message>
        <source>%1 customers changed score or tier.</source>
        <translation>%1 个客户的评分或等级已更新。</translation>
    </message>
    <message>
        <source>Reassign on leave</source>
        <translation>离职交接</translation>
    </message>
    <message>
        <source>Leaving rep</source>
        <translation>离职销售</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation>移交给</translation>
    </message>
    <message>
        <source>Moves every customer, lead, open opportunity and open task in one step.</source>
        <translation>一步移交全部客户、线索、进行中的商机和未完成的任务。</translation>
    </message>
    <message>
        <source>Moved %1 customers, %2 leads, %3 open opportunities and %4 open tasks.</source>
        <translation>已移交 %1 个客户、%2 条线索、%3 个进行中的商机和 %4 个未完成的任务。</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 is %2; files larger than %3 cannot be attached.</source>
        <translation>%1 大小为 %2；超过 %3 的文件无法附加。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Remove %1 from this customer?</source>
        <translation>从此客户中删除 %1？</translation>
    </message>
    <message>
        <source>Scoring rules…</source>
        <translation>评分规则…</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <source>The companies you sell to, with their contacts, deals, contracts and files. Add the first one, or import a list from another CRM or a spreadsheet.</source>
        <translation>您销售的对象公司，以及它们的联系人、商机、合同和文件。新建第一个客户，或从其他 CRM 或表格导入名单。</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>导入客户…</translation>
    </message>
</context>
<context>
    <name>fd::DashboardPage</name>
    <message>
        <source>This month at a glance</source>
        <translation>本月概览</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the figures from the database again (F5)</source>
        <translation>重新从数据库读取数据（F5）</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>进行中商机金额</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权商机金额</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>本月赢单</translation>
    </message>
    <message>
        <source>Target this month</source>
        <translation>本月目标</translation>
    </message>
    <message>
        <source>Target completion</source>
        <translation>目标完成率</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <source>As of %1 · amounts in %2</source>
        <translation>截至 %1 · 金额单位 %2</translation>
    </message>
    <message>
        <source>(not included: %1 deals in other currencies)</source>
        <translation>（未计入：%1 个其他币种的商机）</translation>
    </message>
    <message>
        <source>There are no opportunities in this database yet. Add deals, or load the demo office from the File menu to explore FunnelDesk.</source>
        <translation>这个数据库中还没有商机。请添加商机，或从“文件”菜单加载演示办公室来体验 FunnelDesk。</translation>
    </message>
    <message>
        <source>Open deals: %1</source>
        <translation>进行中的商机：%1 个</translation>
    </message>
    <message>
        <source>Σ amount × win probability of each open deal</source>
        <translation>各进行中商机的金额 × 赢率之和</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month and year of a date</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Deals won in %1: %2</source>
        <translation>%1赢单：%2 个</translation>
    </message>
    <message>
        <source>Company target for %1</source>
        <translation>%1 公司目标</translation>
    </message>
    <message>
        <source>Sum of the reps&apos; targets for %1 (no company target set)</source>
        <translation>%1 销售代表目标之和（未设公司目标）</translation>
    </message>
    <message>
        <source>No target set for %1</source>
        <translation>%1 尚未设定目标</translation>
    </message>
    <message>
        <source>%1 of %2 won</source>
        <translation>已赢单 %1 / 目标 %2</translation>
    </message>
    <message>
        <source>Needs a target for this month</source>
        <translation>需要设定本月目标</translation>
    </message>
    <message>
        <source>Forecast this month</source>
        <translation>本月预测</translation>
    </message>
    <message>
        <source>The funnel of the default pipeline: deals that entered each stage; see the Funnel page</source>
        <translation>默认销售流程的漏斗：进入各阶段的商机数；详见“漏斗”页</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation>无法计算预测：%1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Customer / lead / deal</source>
        <translation>客户 / 线索 / 商机</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Overdue follow-up tasks (%1)</source>
        <translation>逾期跟进任务（%1）</translation>
    </message>
    <message>
        <source>The overdue tasks could not be read: %1</source>
        <translation>无法读取逾期任务：%1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……还有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up task is overdue.</source>
        <translation>没有逾期的跟进任务。</translation>
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
        <translation>无跟进计划</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>搁置</translation>
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
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
</context>
<context>
    <name>fd::ExportAction</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the rows shown to CSV or Excel (XLSX)</source>
        <translation>将显示的行导出为 CSV 或 Excel（XLSX）</translation>
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
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>The list has nothing to export.</source>
        <translation>列表中没有可导出的内容。</translation>
    </message>
    <message>
        <source>Every column of the list is hidden.</source>
        <translation>列表的所有列都已隐藏，无可导出的列。</translation>
    </message>
</context>
<context>
    <name>fd::ForecastChart</name>
    <message>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>%1 thousand</source>
        <translation>千%1</translation>
    </message>
    <message>
        <source>Forecast per period</source>
        <translation>各期预测</translation>
    </message>
    <message>
        <source>Won so far</source>
        <translation>已赢单</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Backtest: forecast at the start of each month vs won</source>
        <translation>回测：月初预测与实际赢单</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Configured win rates</source>
        <translation>配置赢率</translation>
    </message>
    <message>
        <source>Run rate</source>
        <translation>近 3 个月平均</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>预测：%1</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation>P10–P90 区间</translation>
    </message>
</context>
<context>
    <name>fd::ForecastHistoryView</name>
    <message>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Forecast page</source>
        <translation>预测页面</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>配置赢率</translation>
    </message>
    <message>
        <source>Historical</source>
        <translation>历史赢率</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Record now</source>
        <translation>立即记录</translation>
    </message>
    <message>
        <source>Store this period&apos;s forecast as of now, to compare later with what is won</source>
        <translation>保存本期截至现在的预测，以便日后与实际赢单对比</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Won then</source>
        <translation>当时已赢单</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>P10 – P90</source>
        <translation>P10 – P90</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Finally won</source>
        <translation>最终赢单</translation>
    </message>
    <message>
        <source>Won so far</source>
        <translation>已赢单</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>误差</translation>
    </message>
    <message>
        <source>(forecast − finally won) ÷ finally won, once the period is over</source>
        <translation>（预测 − 最终赢单）÷ 最终赢单，期间结束后显示</translation>
    </message>
    <message>
        <source>Won in the period by the as-of instant</source>
        <translation>截至预测时点本期已赢单金额</translation>
    </message>
    <message>
        <source>Reading the recorded forecasts…</source>
        <translation>正在读取已记录的预测…</translation>
    </message>
    <message>
        <source>The forecast history could not be read: %1</source>
        <translation>无法读取预测历史：%1</translation>
    </message>
    <message>
        <source>Computing the forecast to record…</source>
        <translation>正在计算要记录的预测…</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>没有打开的数据库</translation>
    </message>
    <message>
        <source>The forecast could not be recorded: %1</source>
        <translation>无法记录预测：%1</translation>
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
        <translation>实际赢单落在 P10–P90 区间内</translation>
    </message>
    <message>
        <source>What was won fell outside P10–P90</source>
        <translation>实际赢单落在 P10–P90 区间外</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>%1: finally won %2 (%3 deals).</source>
        <translation>%1：最终赢单 %2（%3 笔）。</translation>
    </message>
    <message>
        <source>%1 is running: won so far %2 (%3 deals); errors appear once it is over.</source>
        <translation>%1 进行中：已赢单 %2（%3 笔）；期间结束后显示误差。</translation>
    </message>
    <message>
        <source>No forecast was recorded for this period and scope yet: printing or saving a weekly report records its forecasts, and so does Record now.</source>
        <translation>本期间和范围尚未记录任何预测：打印或保存周报会记录其中的预测，“立即记录”也会。</translation>
    </message>
    <message>
        <source>Committed by the rep</source>
        <translation>销售承诺</translation>
    </message>
    <message>
        <source>Commit my forecast…</source>
        <translation>承诺我的预测…</translation>
    </message>
    <message>
        <source>Say how much of your own deals you will win in this period (承诺预测); your pay plan&apos;s forecast accuracy is measured against it</source>
        <translation>说明本期您本人的商机将赢单多少（承诺预测）；绩效方案的预测准确度以此衡量</translation>
    </message>
    <message>
        <source>Sign in to commit a forecast: a commitment is a person&apos;s own word.</source>
        <translation>请先登录再承诺预测：承诺是本人的承诺。</translation>
    </message>
    <message>
        <source>Forecasting your own deals…</source>
        <translation>正在预测您本人的商机…</translation>
    </message>
    <message>
        <source>Your forecast could not be computed: %1</source>
        <translation>无法计算您的预测：%1</translation>
    </message>
    <message>
        <source>You committed %1 for %2.</source>
        <translation>您已承诺 %2 赢单 %1。</translation>
    </message>
</context>
<context>
    <name>fd::ForecastPage</name>
    <message>
        <source>Configured</source>
        <translation>配置赢率</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation>未来 6 个月</translation>
    </message>
    <message>
        <source>Next 4 quarters</source>
        <translation>未来 4 个季度</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>回测</translation>
    </message>
    <message>
        <source>The method whose contributing deals are listed</source>
        <translation>列出哪种方法下的贡献商机</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Won so far</source>
        <translation>已赢单</translation>
    </message>
    <message>
        <source>P10 – P90</source>
        <translation>P10 – P90</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Open pipeline ÷ (target − won so far)</source>
        <translation>在途金额 ÷（目标 − 已赢单）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>MAPE</source>
        <translation>MAPE（平均绝对误差率）</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>Click a period to list the deals that contribute to it.</source>
        <translation>点击某一期间，列出对其有贡献的商机。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation>无法计算预测：%1</translation>
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
        <translation>%1 的贡献商机（%2）：%3 笔，预期 %4</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期金额</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter and year</comment>
        <translation>%2年第%1季度</translation>
    </message>
    <message>
        <source>Closing the gap</source>
        <translation>如何补齐差距</translation>
    </message>
    <message>
        <source>Forecast history</source>
        <translation>预测历史</translation>
    </message>
    <message>
        <source>Headline forecast</source>
        <translation>主预测</translation>
    </message>
    <message>
        <source>Auto: the method with the lowest mean error over the last 12 months, forecast as of each month&apos;s start</source>
        <translation>自动：过去 12 个月（每月月初预测）平均误差最小的方法</translation>
    </message>
    <message>
        <source>8 months in 10 should end inside this range (P10–P90 of the headline method, or of the learned model)</source>
        <translation>十个月中应有八个月的结果落在此区间内（主预测方法的 P10–P90，或历史学习模型的）</translation>
    </message>
    <message>
        <source>Target − forecast</source>
        <translation>目标 − 预测</translation>
    </message>
    <message>
        <source>Won so far + Σ amount × the chance of being won in the period, learned from how this office&apos;s deals in the same stage, close-date position and age were won in past periods + new deals</source>
        <translation>已赢单 + Σ 金额 × 本期内赢单的概率（从本公司过去同阶段、同预计成交日位置、同商机年龄的商机在以往期间的赢单情况学得）+ 新商机</translation>
    </message>
    <message>
        <source>Won so far + Σ amount × the stage&apos;s configured win rate, deals expected to close in the period</source>
        <translation>已赢单 + Σ 金额 × 阶段配置赢率（预计在本期成交的商机）</translation>
    </message>
    <message>
        <source>Won so far + Σ amount × the stage&apos;s historical win rate, deals expected to close in the period</source>
        <translation>已赢单 + Σ 金额 × 阶段历史赢率（预计在本期成交的商机）</translation>
    </message>
    <message>
        <source>Mean of simulated runs over the open deals&apos; win chances and times to close</source>
        <translation>按在途商机的赢单概率和成交时间模拟多次的平均值</translation>
    </message>
    <message>
        <source>Baseline: the mean won of the three months before</source>
        <translation>基线：前三个月赢单金额的平均值</translation>
    </message>
    <message>
        <source>Baseline: the same period last year × the growth of the last 12 months</source>
        <translation>基线：去年同期 × 近 12 个月的增长</translation>
    </message>
    <message>
        <source>WAPE</source>
        <translation>WAPE（加权误差率）</translation>
    </message>
    <message>
        <source>Inside P10–P90</source>
        <translation>落在 P10–P90 内</translation>
    </message>
    <message>
        <source>Range width</source>
        <translation>区间宽度</translation>
    </message>
    <message>
        <source>Each of the last 12 months forecast as of its first day with each method and compared with what was won. MAPE: mean of |error| ÷ won; WAPE: Σ|error| ÷ Σ won; bias: mean error ÷ won (positive = too optimistic); inside P10–P90: share of months whose result fell in the range; range width: (P90 − P10) ÷ won. Run rate and same month last year are the baselines any method must beat.</source>
        <translation>过去 12 个月中，每个月都在月初用各方法预测，再与实际赢单比较。MAPE：|误差| ÷ 赢单 的平均值；WAPE：Σ|误差| ÷ Σ赢单；偏差：误差 ÷ 赢单 的平均值（正数 = 过于乐观）；落在 P10–P90 内：结果落在区间内的月份比例；区间宽度：(P90 − P10) ÷ 赢单。近 3 个月平均和去年同期是任何方法都必须胜过的基线。</translation>
    </message>
    <message>
        <source>Deals open at a month&apos;s start</source>
        <translation>月初在途商机</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>学习模型预测</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Expected (learned)</source>
        <translation>预期金额（学习模型）</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Calibration: the predicted chance of being won within the month against how often it happened, by stage and by days to the expected close date.</source>
        <translation>校准：预测的当月赢单概率与实际发生频率的对比，按阶段和距预计成交日的天数分组。</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>; run rate baseline: %1</source>
        <translation>；近 3 个月平均基线：%1</translation>
    </message>
    <message>
        <source>Forecast method: %1</source>
        <translation>预测方法：%1</translation>
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
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>is not an amount (e.g. 12,500.00 or 1.25万)</source>
        <translation>不是有效金额（例如 12,500.00 或 1.25万）</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Nothing was saved; close and open it again to see their changes.</source>
        <translation>在您打开之后，其他人修改了这条记录。未保存任何内容；请关闭后重新打开以查看对方的修改。</translation>
    </message>
    <message>
        <source>%1 · %2 · balance %3</source>
        <translation>%1 · %2 · 应收余额 %3</translation>
    </message>
    <message>
        <source>#%1 due %2 · open %3</source>
        <translation>第 %1 期 · %2 到期 · 未收 %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>is an amount in %1, but this amount is in %2</source>
        <translation>是 %1 金额，但此处金额以 %2 计</translation>
    </message>
</context>
<context>
    <name>fd::FunnelPage</name>
    <message>
        <source>Entered between</source>
        <translation>进入阶段时间：</translation>
    </message>
    <message>
        <source>Count only the deals that entered a stage in this window (off: all history)</source>
        <translation>只统计在此时间段内进入阶段的商机（不勾选：全部历史）</translation>
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
        <translation>按当天结束时的状态回放销售管道</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Rep diagnostics</source>
        <translation>销售诊断</translation>
    </message>
    <message>
        <source>Width and count: deals that entered the stage; amount: open in the stage at the as-of date; red: share lost before the next stage. Click a stage to list its deals.</source>
        <translation>宽度与数字：进入该阶段的商机数；金额：截至日期仍在该阶段的在途金额；红色：进入下一阶段前流失的比例。点击阶段可列出其商机。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>在途金额</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>停留天数中位数</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>平均天数</translation>
    </message>
    <message>
        <source>P90 days</source>
        <translation>P90 天数</translation>
    </message>
    <message>
        <source>Advanced ÷ entered</source>
        <translation>推进 ÷ 进入</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>平均单额</translation>
    </message>
    <message>
        <source>Median cycle</source>
        <translation>成交周期中位数</translation>
    </message>
    <message>
        <source>Click a stage of the funnel to list its open deals.</source>
        <translation>点击漏斗中的阶段，列出其在途商机。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The funnel could not be computed: %1</source>
        <translation>无法计算漏斗：%1</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>%1 deals</source>
        <translation>%1 笔</translation>
    </message>
    <message>
        <source>deals lost</source>
        <translation>笔输单</translation>
    </message>
    <message>
        <source>won ÷ (won + lost)</source>
        <translation>赢单 ÷（赢单 + 输单）</translation>
    </message>
    <message>
        <source>per won deal</source>
        <translation>每笔赢单</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>created to won</source>
        <translation>从创建到赢单</translation>
    </message>
    <message>
        <source>Open deals in “%1”: %2</source>
        <translation>“%1”阶段的在途商机：%2 笔</translation>
    </message>
    <message>
        <source>Sales velocity per 30 days</source>
        <translation>销售速度（每 30 天）</translation>
    </message>
    <message>
        <source>Open deals × win rate × average won deal ÷ median sales cycle (days), × 30. Win rate, average deal and cycle over the window; open deals at the as-of date. Compared with the same a week earlier.</source>
        <translation>在途商机数 × 赢率 × 平均赢单金额 ÷ 成交周期中位数（天）× 30。赢率、平均赢单金额和成交周期按所选区间统计；在途商机按截至日期统计。与一周前的同一计算比较。</translation>
    </message>
    <message>
        <source>%1 per day · %2 vs a week earlier</source>
        <translation>每天 %1 · 较一周前 %2</translation>
    </message>
    <message>
        <source>= %1
A week earlier (%2): %3 per 30 days</source>
        <translation>= %1
一周前（%2）：每 30 天 %3</translation>
    </message>
</context>
<context>
    <name>fd::GapClosingPanel</name>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Deals needed in each stage</source>
        <translation>各阶段所需商机</translation>
    </message>
    <message>
        <source>Open deals that would close the gap if won</source>
        <translation>赢下即可补齐差距的在途商机</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Deals needed</source>
        <translation>所需商机数</translation>
    </message>
    <message>
        <source>Amount needed</source>
        <translation>所需金额</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>当前在途</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>在途金额</translation>
    </message>
    <message>
        <source>Of the deals that entered the stage and closed, the share won (shrunk toward the configured rate)</source>
        <translation>进入该阶段并已结束的商机中赢单的比例（向配置赢率收缩）</translation>
    </message>
    <message>
        <source>Wins needed ÷ the stage&apos;s win rate</source>
        <translation>还需赢单数 ÷ 该阶段赢率</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期金额</translation>
    </message>
    <message>
        <source>Cumulative if won</source>
        <translation>赢单后累计增加</translation>
    </message>
    <message>
        <source>What winning this deal and those above adds to the forecast: amount − expected</source>
        <translation>赢下本行及以上商机使预测增加的金额：金额 − 预期金额</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The gap could not be computed: %1</source>
        <translation>无法计算差距：%1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>No target is set for %1 in this scope: there is no gap to close.</source>
        <translation>此范围内 %1 未设定目标：没有需要补齐的差距。</translation>
    </message>
    <message>
        <source>Ahead of target: the forecast %1 reaches the target %2 of %3, there is no gap to close.</source>
        <translation>已超前于目标：预测 %1 已达到 %3 的目标 %2，没有需要补齐的差距。</translation>
    </message>
    <message>
        <source>%1 is over: nothing more can be won in it.</source>
        <translation>%1 已结束：不能再在其中赢单。</translation>
    </message>
    <message>
        <source>%1: target %2, forecast %3 — %4 short.</source>
        <translation>%1：目标 %2，预测 %3——差 %4。</translation>
    </message>
    <message>
        <source>With the average won deal of %1 (deals won in the last %3 days: %2) that is %4 more won deals.</source>
        <translation>按平均赢单金额 %1（近 %3 天赢单 %2 笔）计算，还需再赢 %4 单。</translation>
    </message>
    <message>
        <source>No deal was won in the last %1 days, so the number of wins needed cannot be estimated.</source>
        <translation>近 %1 天没有赢单，无法估算还需赢多少单。</translation>
    </message>
    <message>
        <source>Deals needed in each stage (%1)</source>
        <translation>各阶段所需商机（%1）</translation>
    </message>
    <message>
        <source>%1 of %2 deals that entered the stage and closed were won</source>
        <translation>进入该阶段并已结束的 %2 笔商机中赢单 %1 笔</translation>
    </message>
    <message>
        <source>Open deals that would close the gap if won: %1</source>
        <translation>赢下即可补齐差距的在途商机：%1 笔</translation>
    </message>
    <message>
        <source>Open deals that would close the gap if won: even all %1 listed leave %2 missing</source>
        <translation>赢下即可补齐差距的在途商机：即使赢下所列 %1 笔仍差 %2</translation>
    </message>
</context>
<context>
    <name>fd::HistoryTab</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>No recorded changes you may see.</source>
        <translation>没有您可查看的变更记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>共 %n 条变更，最新的在前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ImportSettingsBox</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Reason for lost deals without one:</source>
        <translation>无输单原因时使用(&amp;R)：</translation>
    </message>
    <message>
        <source>Old CRMs seldom asked why a deal was lost. Imported lost deals without a reason get this one (for everyone using this database), and the import report counts them.</source>
        <translation>旧 CRM 很少记录输单原因。导入的输单商机若没有原因，将使用此原因（对使用此数据库的所有人生效），导入报告会统计这些商机。</translation>
    </message>
</context>
<context>
    <name>fd::ImportWizard</name>
    <message>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.txt *.xlsx)</source>
        <translation>CSV 或 Excel 文件 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>There are no rejected rows to save.</source>
        <translation>没有被拒绝的行可保存。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>CSV (UTF-8, GB18030/GBK or Big5) or Excel (.xlsx), one kind of record.</source>
        <translation>CSV（UTF-8、GB18030/GBK 或 Big5）或 Excel（.xlsx），每次一种记录。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create customers, reps, teams, regions, products and stages that do not exist yet</source>
        <translation>自动创建尚不存在的客户、销售、团队、区域、产品和阶段(&amp;C)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Columns are matched by their Chinese or English names; change any that are wrong. Columns marked * are required.</source>
        <translation>已按中文或英文列名自动匹配；如有不对请修改。标 * 的列为必填。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一行的值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Every row was checked without storing anything.</source>
        <translation>已检查每一行，尚未保存任何数据。</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>保存被拒绝的行(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Excel workbook: no text encoding to choose.</source>
        <translation>Excel 工作簿：无需选择文本编码。</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>无法打开该文件。</translation>
    </message>
    <message>
        <source>Detected encoding: %1</source>
        <translation>识别到的编码：%1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose an existing file.</source>
        <translation>请选择一个存在的文件。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>%1 rows imported.</source>
        <translation>已导入 %1 行。</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>已创建：%1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 rows read (%2, %3): %4 can be imported, %5 rejected.</source>
        <translation>已读取 %1 行（%2，%3）：%4 行可导入，%5 行被拒绝。</translation>
    </message>
    <message>
        <source>To be created: %1.</source>
        <translation>将创建：%1。</translation>
    </message>
    <message>
        <source>Correct the file (or the column matching) and try again: the import stores all rows or none.</source>
        <translation>请修正文件（或列匹配）后重试：导入要么全部保存，要么一行都不保存。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Duplicates:</source>
        <translation>重复记录(&amp;D)：</translation>
    </message>
    <message>
        <source>Reject the file (list them as errors)</source>
        <translation>拒绝导入（列为错误）</translation>
    </message>
    <message>
        <source>Skip them (keep what is stored)</source>
        <translation>跳过（保留已有记录）</translation>
    </message>
    <message>
        <source>Import them too (for the duplicate review)</source>
        <translation>一并导入（留待查重处理）</translation>
    </message>
    <message>
        <source>Merge them (fill empty fields of the stored record)</source>
        <translation>合并（补充已有记录的空字段）</translation>
    </message>
    <message>
        <source>A lead, customer or contact that repeats a stored record or an earlier row (same external id, phone, or company and name).</source>
        <translation>与已保存记录或文件中前面某行重复的线索、客户或联系人（外部编号、电话或公司加姓名相同）。</translation>
    </message>
    <message>
        <source>Deals and history are duplicates only by their external id: such rows are errors.</source>
        <translation>商机和阶段历史只按外部编号判断重复：重复的行视为错误。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Duplicates: %1 skipped, %2 merged into the stored record, %3 imported as well.</source>
        <translation>重复记录：跳过 %1 行，合并到已有记录 %2 行，一并导入 %3 行。</translation>
    </message>
    <message>
        <source>%1 lost deals without a reason get &quot;%2&quot;.</source>
        <translation>%1 个没有输单原因的输单商机使用“%2”。</translation>
    </message>
    <message>
        <source>Columns not imported (%1): %2.</source>
        <translation>未导入的列（%1 列）：%2。</translation>
    </message>
    <message>
        <source>Import #%1 in the audit trail.</source>
        <translation>审计日志中的导入 #%1。</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>处理结果</translation>
    </message>
</context>
<context>
    <name>fd::IncentivePlansPage</name>
    <message>
        <source>What turns each person&apos;s credited performance into pay: base pay plus performance pay. A plan applies to everyone of a role or to one person (a person&apos;s own plan wins). Its terms are versioned: a change applies from a month on and never rewrites the months before.</source>
        <translation>把每个人计入的业绩折算成薪酬：底薪 + 绩效。方案适用于某个角色的所有人，或某一个人（个人方案优先）。条款按版本管理：修改从某月起生效，之前的月份不受影响。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Terms from</source>
        <translation>条款生效</translation>
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
        <translation>累进分档</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Forecast accuracy</source>
        <translation>预测准确奖</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动量奖</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>新建方案(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;Version…</source>
        <translation>新版本(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>Only finance or an administrator may create or change incentive plans.</source>
        <translation>只有财务或管理员可以新建或修改绩效方案。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
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
        <translation>%1 的版本（最新在前；版本一经保存不再修改）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Select a plan first.</source>
        <translation>请先选择一个方案。</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Rename Plan</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>%1 will pay nothing from now on, in periods not yet closed too; its versions stay for the record. Deactivate it?</source>
        <translation>从现在起 %1 不再计薪，尚未结账的期间也一样；它的各个版本保留备查。要停用吗？</translation>
    </message>
    <message>
        <source>%1 (± %2 %)</source>
        <translation>%1（±%2%）</translation>
    </message>
    <message>
        <source>%1 / %2 activities</source>
        <translation>%1 / %2 次活动</translation>
    </message>
</context>
<context>
    <name>fd::InvoiceDialog</name>
    <message>
        <source>Issue an invoice</source>
        <translation>开具发票</translation>
    </message>
    <message>
        <source>The whole contract</source>
        <translation>整个合同</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>增值税税率</translation>
    </message>
    <message>
        <source>For instalment</source>
        <translation>对应分期</translation>
    </message>
</context>
<context>
    <name>fd::KanbanBoard</name>
    <message>
        <source>Pipeline:</source>
        <translation>销售流程：</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>阶段…</translation>
    </message>
    <message>
        <source>Edit pipelines, stages, win probabilities, checklists and lost reasons</source>
        <translation>编辑销售流程、阶段、赢率、阶段任务和输单原因</translation>
    </message>
    <message>
        <source>Search customer, title, owner</source>
        <translation>搜索客户、商机名称、负责人</translation>
    </message>
    <message>
        <source>Show on hold</source>
        <translation>显示搁置的商机</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>+ New opportunity</source>
        <translation>+ 新建商机</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
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
        <translation>已过预计成交日期</translation>
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
        <translation>无预计成交日期</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All product lines</source>
        <translation>全部产品线</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>标记为%1</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>No opportunities yet</source>
        <translation>还没有商机</translation>
    </message>
    <message>
        <source>Each opportunity is a card in the column of its stage; drag it on as the deal moves, and onto Won or Lost when it closes. Enter the first one, or import your deals from a spreadsheet or another CRM.</source>
        <translation>每个商机是其阶段列中的一张卡片；交易推进时向后拖动，成交或丢单时拖到“赢单”或“输单”。新建第一个商机，或从表格或其他 CRM 导入商机。</translation>
    </message>
    <message>
        <source>New opportunity…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <source>Import opportunities…</source>
        <translation>导入商机…</translation>
    </message>
</context>
<context>
    <name>fd::KanbanPage</name>
    <message>
        <source>Open a database to see the board.</source>
        <translation>打开数据库后即可查看看板。</translation>
    </message>
</context>
<context>
    <name>fd::LeadEditor</name>
    <message>
        <source>Edit lead</source>
        <translation>编辑线索</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>无效</translation>
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
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>市场活动</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Disqualify reason</source>
        <translation>无效原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>公司相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>Lead #%1 %2 / %3</source>
        <translation>线索 #%1 %2 / %3</translation>
    </message>
    <message>
        <source>Customer #%1 %2</source>
        <translation>客户 #%1 %2</translation>
    </message>
    <message>
        <source>Possible duplicates (check before saving):</source>
        <translation>可能重复（保存前请核对）：</translation>
    </message>
    <message>
        <source>No possible duplicate found.</source>
        <translation>未发现可能的重复。</translation>
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
        <translation>已联系</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>公司相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Filter by name, company, phone…</source>
        <translation>按姓名、公司、电话筛选…</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>未关闭的线索</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>全部线索</translation>
    </message>
    <message>
        <source>Duplicate leads</source>
        <translation>重复线索</translation>
    </message>
    <message>
        <source>Duplicate customers</source>
        <translation>重复客户</translation>
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
        <translation>转为客户…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Round-robin to team</source>
        <translation>团队轮流分配</translation>
    </message>
    <message>
        <source>Return stale leads now</source>
        <translation>立即回收超期线索</translation>
    </message>
    <message>
        <source>Merge second into first</source>
        <translation>将第二条合并到第一条</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一条</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>第二条</translation>
    </message>
    <message>
        <source>Why they match</source>
        <translation>匹配原因</translation>
    </message>
    <message>
        <source>Leads with no follow-up within %1 days return here automatically.</source>
        <translation>%1 天内未跟进的线索会自动回到公海池。</translation>
    </message>
    <message>
        <source>Pairs found by normalised company name, phone and e-mail. Merging keeps every activity, contact, opportunity and task of both.</source>
        <translation>按规范化的公司名称、电话和邮箱查出的重复对。合并会保留双方全部跟进、联系人、商机和任务。</translation>
    </message>
    <message>
        <source>(pool)</source>
        <translation>（公海）</translation>
    </message>
    <message>
        <source>%1 leads returned to the public pool.</source>
        <translation>%1 条线索已回到公海池。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge #%1 into #%2? Everything of #%1 moves to #%2; you can undo while this window is open.</source>
        <translation>将 #%1 合并到 #%2？#%1 的全部内容都会移到 #%2；窗口未关闭前可以撤销。</translation>
    </message>
    <message>
        <source>New customer &quot;%1&quot;</source>
        <translation>新客户“%1”</translation>
    </message>
    <message>
        <source>Join existing customer &quot;%1&quot;</source>
        <translation>并入已有客户“%1”</translation>
    </message>
    <message>
        <source>Convert lead</source>
        <translation>线索转化</translation>
    </message>
    <message>
        <source>Convert &quot;%1&quot; into:</source>
        <translation>将“%1”转化为：</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>新建线索…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation>还没有线索</translation>
    </message>
    <message>
        <source>People and companies who may buy: from trade fairs, the website, calls. Enter one, or import a list; leads nobody follows up go back to the public pool.</source>
        <translation>可能购买的人和公司：来自展会、网站、电话。录入一条，或导入名单；无人跟进的线索会回到公海。</translation>
    </message>
    <message>
        <source>Import leads…</source>
        <translation>导入线索…</translation>
    </message>
    <message>
        <source>Amount of a new opportunity in %1 (0 = no opportunity):</source>
        <translation>新商机金额（%1，0 = 不建商机）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2.</source>
        <translation>“%1”%2。</translation>
    </message>
</context>
<context>
    <name>fd::LineItemsTable</name>
    <message>
        <source>Σ (quantity × unit price less the discount − quantity × unit cost) over the line items</source>
        <translation>各产品明细的 Σ（数量 × 单价扣除折扣 − 数量 × 单位成本）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Copied from the product when the line is added; change it to override</source>
        <translation>添加明细时从产品复制；可修改以覆盖</translation>
    </message>
    <message>
        <source>Line %1: the unit price is not an amount.</source>
        <translation>第 %1 行：单价不是有效金额。</translation>
    </message>
    <message>
        <source>Line %1: the unit cost is not an amount.</source>
        <translation>第 %1 行：单位成本不是有效金额。</translation>
    </message>
    <message>
        <source>Margin: — (no line items)</source>
        <translation>毛利：—（无产品明细）</translation>
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
        <translation>创建跟进任务</translation>
    </message>
    <message>
        <source>Log activity</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>跟进：%1</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>提醒时间</translation>
    </message>
</context>
<context>
    <name>fd::LostReasonDialog</name>
    <message>
        <source>Mark as lost</source>
        <translation>标记为输单</translation>
    </message>
    <message>
        <source>(other — describe below)</source>
        <translation>（其他 — 请在下方说明）</translation>
    </message>
    <message>
        <source>Details (optional when a reason is chosen)</source>
        <translation>详细说明（已选原因时可不填）</translation>
    </message>
    <message numerus="yes">
        <source>Why was this lost? (%n deal(s))</source>
        <translation>
            <numerusform>输单原因是什么？（%n 个商机）</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Choose a reason or describe it.</source>
        <translation>请选择原因或填写说明。</translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another FunnelDesk database file</source>
        <translation>打开另一个 FunnelDesk 数据库文件</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, empty FunnelDesk database file</source>
        <translation>新建一个空的 FunnelDesk 数据库文件</translation>
    </message>
    <message>
        <source>Load &amp;Demo Office…</source>
        <translation>加载演示办公室(&amp;D)…</translation>
    </message>
    <message>
        <source>Fill an empty database with a made-up sales office to explore FunnelDesk</source>
        <translation>在空数据库中填入一个虚构的销售团队，用来体验 FunnelDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Navigation Bar</source>
        <translation>导航栏(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About FunnelDesk</source>
        <translation>关于 FunnelDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>%1 — FunnelDesk</source>
        <translation>%1 — FunnelDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Opportunities: %1</source>
        <translation>商机：%1 个</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>FunnelDesk databases (%1)</source>
        <translation>FunnelDesk 数据库 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open the existing file with File → Open Database.</source>
        <translation>%1 已存在。请换一个文件名，或通过“文件 → 打开数据库”打开现有文件。</translation>
    </message>
    <message>
        <source>Load Demo Office</source>
        <translation>加载演示办公室</translation>
    </message>
    <message>
        <source>The demo office can only be loaded into an empty database, and this one already holds opportunities.

Create a new database file for the demo office?</source>
        <translation>演示办公室只能加载到空数据库中，而当前数据库已有商机。

要为演示办公室新建一个数据库文件吗？</translation>
    </message>
    <message>
        <source>The demo office was loaded.</source>
        <translation>演示办公室已加载。</translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation>打开团队数据库(&amp;T)…</translation>
    </message>
    <message>
        <source>Work on the office&apos;s shared database on a PostgreSQL server</source>
        <translation>使用 PostgreSQL 服务器上的办公室共享数据库</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
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
        <translation>退出登录 / 切换用户(&amp;O)…</translation>
    </message>
    <message>
        <source>Sign out on this desktop and let someone else sign in</source>
        <translation>在这台电脑上退出登录，让其他人登录</translation>
    </message>
    <message>
        <source>On a team database your PostgreSQL login is who you are: open it again with another login to switch.</source>
        <translation>在团队数据库中，您的 PostgreSQL 登录就是您的身份：要切换，请用另一个登录重新打开。</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Changes are recorded as made by nobody.</source>
        <translation>所做的更改将记录为无人操作。</translation>
    </message>
    <message>
        <source>This PostgreSQL login is no FunnelDesk person.</source>
        <translation>这个 PostgreSQL 登录不对应任何 FunnelDesk 人员。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <source>PostgreSQL login %1</source>
        <translation>PostgreSQL 登录 %1</translation>
    </message>
    <message>
        <source>Signed out. Open a database to go on.</source>
        <translation>已退出登录。请打开一个数据库以继续。</translation>
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
        <translation>还没有商机</translation>
    </message>
    <message>
        <source>These figures are computed from your opportunities: what is open, what was won and lost, and when. Enter the first deals on the board, or import them.</source>
        <translation>这些数字由您的商机计算：哪些在进行、哪些赢单和输单、何时发生。在看板上录入第一批商机，或导入。</translation>
    </message>
    <message>
        <source>New opportunity on the board…</source>
        <translation>在看板上新建商机…</translation>
    </message>
    <message>
        <source>Import opportunities…</source>
        <translation>导入商机…</translation>
    </message>
</context>
<context>
    <name>fd::OpportunityEditor</name>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>商机：%1</translation>
    </message>
    <message>
        <source>New opportunity in %1</source>
        <translation>在“%1”新建商机</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>阶段任务</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>By</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <source>e.g. 120000 or 12万</source>
        <translation>例如 120000 或 12万</translation>
    </message>
    <message>
        <source>Own probability (kept when the stage changes)</source>
        <translation>自定赢率（变更阶段时保留）</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Lost reason:</source>
        <translation>输单原因：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Win probability:</source>
        <translation>赢率：</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>预计成交：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>市场活动：</translation>
    </message>
    <message>
        <source>External id:</source>
        <translation>外部编号：</translation>
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
        <translation>成员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必做）</translation>
    </message>
    <message>
        <source>This stage has no checklist.</source>
        <translation>这个阶段没有阶段任务。</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>（创建）</translation>
    </message>
    <message>
        <source>Choose a customer from the list.</source>
        <translation>请从列表中选择客户。</translation>
    </message>
    <message>
        <source>Enter an amount such as 120000, 120,000.50 or 12万.</source>
        <translation>请输入金额，例如 120000、120,000.50 或 12万。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <source>%1. Their version is shown; your changes were not saved.</source>
        <translation>%1。已显示对方的版本，您的修改未保存。</translation>
    </message>
    <message>
        <source>%1. Nothing was saved: save again to reload or overwrite.</source>
        <translation>%1。未保存任何内容：再次保存可选择重新载入或覆盖。</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Credit when won</source>
        <translation>赢单时业绩</translation>
    </message>
    <message>
        <source>Split performance:</source>
        <translation>业绩拆分：</translation>
    </message>
    <message>
        <source>whole amount</source>
        <translation>全额</translation>
    </message>
    <message>
        <source>Member %1: the share is not an amount.</source>
        <translation>第 %1 位成员：份额不是金额。</translation>
    </message>
    <message>
        <source>Each member&apos;s percentage of the deal; together 100 %.</source>
        <translation>每位成员占商机的百分比，合计 100%。</translation>
    </message>
    <message>
        <source>Each member&apos;s amount; together the deal amount. The shares follow later changes of the amount.</source>
        <translation>每位成员的金额，合计等于商机金额。之后金额变化时按比例跟随。</translation>
    </message>
    <message>
        <source>Every member is credited the whole amount (overlay teams).</source>
        <translation>每位成员都计全额业绩（叠加团队）。</translation>
    </message>
    <message>
        <source>Percentages that may add up to more than 100 % (e.g. owner 100 % + solution engineer 30 %), each at most 100 %.</source>
        <translation>百分比合计可超过 100%（如负责人 100% + 解决方案工程师 30%），每人最多 100%。</translation>
    </message>
    <message>
        <source>No team: the owner is credited with the whole deal.</source>
        <translation>未设团队：负责人获得全部业绩。</translation>
    </message>
    <message>
        <source>Credited when won: %1 in all; company figures count the deal once: %2.</source>
        <translation>赢单时共计业绩 %1；公司数据只计一次该商机：%2。</translation>
    </message>
    <message>
        <source>This amount is written in %1: choose %1 as the currency, or enter the amount in %2.</source>
        <translation>此金额以 %1 书写：请将币种选为 %1，或按 %2 填写金额。</translation>
    </message>
</context>
<context>
    <name>fd::OutcomeDropZone</name>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Drop here: %1</source>
        <translation>拖放到此处：%1</translation>
    </message>
</context>
<context>
    <name>fd::PasswordDialog</name>
    <message>
        <source>New Password for %1</source>
        <translation>为 %1 设置新密码</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Desktops that remember %1 will ask for the new password.</source>
        <translation>记住了 %1 的电脑将要求输入新密码。</translation>
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
        <translation>新建绩效方案</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>适用于：</translation>
    </message>
    <message>
        <source>e.g. Sales reps 2027</source>
        <translation>例如：2027 销售代表方案</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Everyone of the role</source>
        <translation>该角色的所有人</translation>
    </message>
    <message>
        <source>One person</source>
        <translation>某一个人</translation>
    </message>
    <message>
        <source>Base pay is monthly; a quarterly plan computes commission and bonuses on the whole quarter and pays them with its last month.</source>
        <translation>底薪按月发放；按季度的方案按整季计算提成和奖金，在季度最后一个月发放。</translation>
    </message>
    <message>
        <source>Commission period:</source>
        <translation>提成周期：</translation>
    </message>
    <message>
        <source>The terms apply from the first day of this month until the next version; months before keep the terms they had.</source>
        <translation>条款从该月第一天起生效，直到下一个版本；之前的月份仍按原条款。</translation>
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
        <translation>提成基数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>From completion</source>
        <translation>完成率起点</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Add Tier</source>
        <translation>添加分档</translation>
    </message>
    <message>
        <source>Commission rules</source>
        <translation>提成规则</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Marginal: the part of the commission that falls in each band of target completion is paid at that band&apos;s multiplier, so crossing a threshold never makes the whole period jump. The first band starts at 0 %.</source>
        <translation>累进：提成中落在每个完成率区间的部分按该档系数计算，跨过门槛时整期提成不会跳变。第一档从 0% 开始。</translation>
    </message>
    <message>
        <source>Tiers by target completion (marginal)</source>
        <translation>按目标完成率累进分档</translation>
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
        <translation>赢单与承诺预测相差</translation>
    </message>
    <message>
        <source>of the committed forecast</source>
        <translation>以内</translation>
    </message>
    <message>
        <source>Full bonus within the tolerance, falling linearly to nothing at twice the tolerance. Empty or 0: no such bonus.</source>
        <translation>误差在容差以内得全额奖金，超出后线性递减，到两倍容差时为零。留空或 0：没有此项奖金。</translation>
    </message>
    <message>
        <source>Forecast accuracy bonus (%1):</source>
        <translation>预测准确奖（%1）：</translation>
    </message>
    <message>
        <source>in full at</source>
        <translation>全额需完成</translation>
    </message>
    <message>
        <source>completed activities per period</source>
        <translation>次活动（每期）</translation>
    </message>
    <message>
        <source>Paid in proportion below the norm. Empty or 0: no such bonus.</source>
        <translation>未达标准时按比例发放。留空或 0：没有此项奖金。</translation>
    </message>
    <message>
        <source>Activity bonus (%1):</source>
        <translation>活动量奖（%1）：</translation>
    </message>
    <message>
        <source>Why these terms (shown in the plan&apos;s history)</source>
        <translation>为什么这样定（显示在方案的版本记录中）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>fd::PaymentPlanDialog</name>
    <message>
        <source>Payment plan</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <source>By percent of the contract</source>
        <translation>按合同金额比例</translation>
    </message>
    <message>
        <source>By amount</source>
        <translation>按金额</translation>
    </message>
    <message>
        <source>Add instalment</source>
        <translation>添加分期</translation>
    </message>
    <message>
        <source>Remove instalment</source>
        <translation>删除分期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>On signing</source>
        <translation>签约预付款</translation>
    </message>
    <message>
        <source>On acceptance</source>
        <translation>验收款</translation>
    </message>
    <message>
        <source>Final service payment</source>
        <translation>服务尾款</translation>
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
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>is not a whole percent</source>
        <translation>不是整数百分比</translation>
    </message>
</context>
<context>
    <name>fd::PdfSave</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>fd::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>Add &amp;Team…</source>
        <translation>添加团队(&amp;T)…</translation>
    </message>
    <message>
        <source>Edit T&amp;eam…</source>
        <translation>编辑团队(&amp;E)…</translation>
    </message>
    <message>
        <source>Add &amp;Region…</source>
        <translation>添加区域(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;name Region…</source>
        <translation>重命名区域(&amp;N)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>On this embedded database FunnelDesk checks who may change what on each desktop; the database file itself is protected only by its file permissions.</source>
        <translation>在这个内嵌数据库上，由各台电脑上的 FunnelDesk 检查谁可以更改什么；数据库文件本身只受文件权限保护。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>PostgreSQL login</source>
        <translation>PostgreSQL 登录</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>Choose a person in the table first.</source>
        <translation>请先在表格中选择一个人。</translation>
    </message>
    <message>
        <source>Choose a team in the table first.</source>
        <translation>请先在表格中选择一个团队。</translation>
    </message>
    <message>
        <source>Choose a region in the table first.</source>
        <translation>请先在表格中选择一个区域。</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in or be assigned work. Their deals, customers and history keep their name; nothing is deleted. You can make them active again with Edit.</source>
        <translation>%1 将无法再登录或被分配工作。其商机、客户和历史记录仍保留其姓名，不会删除任何内容。之后可通过“编辑”重新启用。</translation>
    </message>
    <message>
        <source>%1 stays active: %2</source>
        <translation>%1 保持在职：%2</translation>
    </message>
</context>
<context>
    <name>fd::PerformancePage</name>
    <message>
        <source>%1 is closed; a closed period is never reopened.</source>
        <translation>%1 已月结；已月结的期间不会重新打开。</translation>
    </message>
    <message>
        <source>No statement to close.</source>
        <translation>没有可月结的绩效单。</translation>
    </message>
    <message>
        <source>Only finance or an administrator closes a period.</source>
        <translation>只有财务或管理员可以月结。</translation>
    </message>
    <message>
        <source>%1 is closed: its statements read back as they were closed. A closed period is never reopened; later changes are paid as adjustments on the first open month.</source>
        <translation>%1 已月结：绩效单保持月结时的内容。已月结的期间不会重新打开；之后的变动作为调整计入第一个未结月份。</translation>
    </message>
    <message>
        <source>Select a statement.</source>
        <translation>请选择一份绩效单。</translation>
    </message>
    <message>
        <source>Only the person&apos;s manager or an administrator reviews a statement.</source>
        <translation>只有本人的经理或管理员可以审核绩效单。</translation>
    </message>
    <message>
        <source>No statement for %1 that you may see.</source>
        <translation>%1 没有您可查看的绩效单。</translation>
    </message>
    <message>
        <source>No pay plan</source>
        <translation>没有绩效方案</translation>
    </message>
    <message>
        <source>Plan %1, terms from %2, commission on %3</source>
        <translation>方案 %1，条款自 %2 起，提成按 %3 计算</translation>
    </message>
    <message>
        <source>Target %1 · credited won %2 · completion %3</source>
        <translation>目标 %1 · 计入签约 %2 · 完成率 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation>由 %1 审核</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Credited deal</source>
        <translation>计入的商机</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>核销</translation>
    </message>
    <message>
        <source>deal won on %1</source>
        <translation>商机于 %1 签约</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>审核…</translation>
    </message>
    <message>
        <source>Close period…</source>
        <translation>月结…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组成</translation>
    </message>
    <message>
        <source>Computed from</source>
        <translation>计算依据</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>明细行</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>计入业绩</translation>
    </message>
    <message>
        <source>Review statement</source>
        <translation>审核绩效单</translation>
    </message>
    <message>
        <source>Review of %1&apos;s statement for %2. Note (optional):</source>
        <translation>审核 %1 的 %2 绩效单。备注（可选）：</translation>
    </message>
    <message numerus="yes">
        <source>Close %1 and freeze %n statement(s) for payroll?

A closed period cannot be reopened: its statements will always read back as they are now. Changes that touch %1 later are paid as adjustments on the next month&apos;s statements.</source>
        <translation>
            <numerusform>月结 %1 并冻结 %n 份绩效单用于发薪？

已月结的期间不能重新打开：其绩效单将始终保持现在的内容。之后涉及 %1 的变动将作为调整计入下个月的绩效单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close period</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>Freezing the statements of %1…</source>
        <translation>正在冻结 %1 的绩效单…</translation>
    </message>
    <message>
        <source>Print preview – %1</source>
        <translation>打印预览 – %1</translation>
    </message>
    <message>
        <source>Save statement as PDF</source>
        <translation>将绩效单保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export statements</source>
        <translation>导出绩效单</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>fd::PipelineSettingsDialog</name>
    <message>
        <source>Pipelines and stages</source>
        <translation>销售流程与阶段</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>销售流程</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Stages, in order</source>
        <translation>阶段（按顺序）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
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
        <translation>删除…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Checklist task</source>
        <translation>阶段任务</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必做</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Win probability:</source>
        <translation>赢率：</translation>
    </message>
    <message>
        <source>Stalled after:</source>
        <translation>停滞判定：</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>移除任务</translation>
    </message>
    <message>
        <source>Save stage</source>
        <translation>保存阶段</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>输单原因</translation>
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
        <translation>标记输单时可选的原因（也可随时自由填写）。</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>新建销售流程</translation>
    </message>
    <message>
        <source>Initial contact</source>
        <translation>初步接洽</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>重命名销售流程</translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation>删除销售流程</translation>
    </message>
    <message>
        <source>Delete the pipeline &quot;%1&quot;?</source>
        <translation>删除销售流程“%1”？</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新建阶段</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>删除阶段</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; holds %n open deal(s). Move them to:</source>
        <translation>
            <numerusform>“%1”中有 %n 个进行中的商机。将它们移到：</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the stage &quot;%1&quot;?</source>
        <translation>删除阶段“%1”？</translation>
    </message>
</context>
<context>
    <name>fd::PlaceholderPage</name>
    <message>
        <source>This area is not available yet in this version of FunnelDesk.</source>
        <translation>此功能在当前版本的 FunnelDesk 中尚未提供。</translation>
    </message>
</context>
<context>
    <name>fd::ProductsPage</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>What one unit costs the company; new line items of deals copy it</source>
        <translation>每单位产品的公司成本；商机新增的产品明细会复制该成本</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Row %1: the list price is not an amount.</source>
        <translation>第 %1 行：标价不是有效金额。</translation>
    </message>
    <message>
        <source>Row %1: the cost is not an amount.</source>
        <translation>第 %1 行：成本不是有效金额。</translation>
    </message>
</context>
<context>
    <name>fd::ReceiptDialog</name>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Record a receipt</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>Reconcile automatically (oldest due first)</source>
        <translation>自动核销（先到期先核销）</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>回款金额</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <source>Against instalment</source>
        <translation>核销到分期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
</context>
<context>
    <name>fd::RegionDialog</name>
    <message>
        <source>Rename Region %1</source>
        <translation>重命名区域 %1</translation>
    </message>
    <message>
        <source>Add a Region</source>
        <translation>添加区域</translation>
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
            <numerusform>%n 条提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::RemindersDialog</name>
    <message>
        <source>Nothing to be reminded of now.</source>
        <translation>当前没有需要提醒的事项。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒事项</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>一小时后</translation>
    </message>
    <message>
        <source>Tomorrow at 09:00</source>
        <translation>明天 09:00</translation>
    </message>
    <message>
        <source>A follow-up task is marked done; a payment reminder is put away for you only.</source>
        <translation>跟进任务将标记为完成；回款提醒只对您本人隐藏。</translation>
    </message>
</context>
<context>
    <name>fd::RepDiagnosticsView</name>
    <message>
        <source>Days in stage: the rep&apos;s median against the team&apos;s median for the same stage. The redder the cell, the longer the rep&apos;s deals sit there (full red: twice the team median or more).</source>
        <translation>阶段停留天数：销售在该阶段的中位数与团队中位数对比。颜色越红，该销售的商机停留越久（全红：达到团队中位数的两倍或以上）。</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>在途金额</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>平均单额</translation>
    </message>
    <message>
        <source>Median cycle (days)</source>
        <translation>成交周期中位数（天）</translation>
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
        <translation>%1：本人中位数 %2 天，团队中位数 %3 天</translation>
    </message>
    <message>
        <source>Stalls in: the stage where the rep&apos;s median is at least %1 times the team&apos;s and %2 days longer, over at least %3 of the rep&apos;s deals; empty when no stage is that slow.</source>
        <translation>卡在：本人在该阶段的中位天数至少为团队中位数的 %1 倍且多出 %2 天以上，并且至少有 %3 个本人商机经过该阶段；没有这样慢的阶段则留空。</translation>
    </message>
</context>
<context>
    <name>fd::ReportsPage</name>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>周(&amp;W)：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>另存为 HTML(&amp;H)…</translation>
    </message>
    <message>
        <source>E&amp;xport records:</source>
        <translation>导出记录(&amp;X)：</translation>
    </message>
    <message>
        <source>Export (CSV/XLSX)…</source>
        <translation>导出（CSV/XLSX）…</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>销售 %1</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2 – %3）</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>The report could not be prepared: %1</source>
        <translation>无法生成报表：%1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>No report yet.</source>
        <translation>还没有报表。</translation>
    </message>
    <message>
        <source>Print preview – %1</source>
        <translation>打印预览 – %1</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>将报表另存为 PDF</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Save report as HTML</source>
        <translation>将报表另存为 HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Save as HTML</source>
        <translation>另存为 HTML</translation>
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
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>Results analysis</source>
        <translation>成果分析</translation>
    </message>
    <message>
        <source>The report&apos;s forecasts could not be recorded: %1</source>
        <translation>无法记录报告中的预测：%1</translation>
    </message>
</context>
<context>
    <name>fd::ResultsAnalysisView</name>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F):</translation>
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
        <translation>按该日结束时的数据统计</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Campaign ROI</source>
        <translation>市场活动 ROI</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>销售区域</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>A campaign&apos;s cost counts in full when it ran in the window; leads and opportunities are those created in the window, won amounts those won in it, pipeline what is open at the as-of date. ROI = (won − cost) ÷ cost; a campaign without a recorded cost has no ROI.</source>
        <translation>市场活动在统计期间内举办时，其成本全额计入；线索和商机为期间内新建的，赢单金额为期间内赢单的，在途商机为截止日仍未结束的。ROI = (赢单金额 − 成本) ÷ 成本；未录入成本的市场活动不计算 ROI。</translation>
    </message>
    <message>
        <source>By customer tier</source>
        <translation>按客户级别</translation>
    </message>
    <message>
        <source>Conversion: leads created in the window that became customers by the as-of date. Cost: the campaigns of that channel that ran in the window.</source>
        <translation>转化：期间内新建的线索中截至截止日已转为客户的。成本：该渠道在期间内举办的市场活动的成本。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>The window starts after it ends.</source>
        <translation>统计期间的开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The results could not be computed: %1</source>
        <translation>无法计算成果分析：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in another currency left out.</source>
        <translation>
            <numerusform>%n 个其他币种的商机未计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>市场活动</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Counted in full when the campaign ran in the window</source>
        <translation>市场活动在统计期间内举办时全额计入</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Leads created in the window</source>
        <translation>统计期间内新建的线索</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Customers converted from those leads by the as-of date</source>
        <translation>这些线索截至截止日转化成的客户</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Opportunities created in the window</source>
        <translation>统计期间内新建的商机</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>在途金额</translation>
    </message>
    <message>
        <source>Open at the as-of date</source>
        <translation>截止日仍在跟进的商机</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>(won amount − cost) ÷ cost</source>
        <translation>(赢单金额 − 成本) ÷ 成本</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>单条线索成本</translation>
    </message>
    <message>
        <source>Cost per won customer</source>
        <translation>单个成交客户成本</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Customer tier</source>
        <translation>客户级别</translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation>输单数</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>全部市场活动</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Of those, converted to a customer by the as-of date</source>
        <translation>其中截至截止日已转为客户的</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Won customers</source>
        <translation>成交客户数</translation>
    </message>
    <message>
        <source>Campaigns of this channel that ran in the window</source>
        <translation>该渠道在统计期间内举办的市场活动</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(未记录)</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>在途商机数</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>won ÷ (won + lost)</source>
        <translation>赢单 ÷（赢单 + 输单）</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>平均单额</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(无区域)</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>(no product line)</source>
        <translation>(无产品线)</translation>
    </message>
    <message>
        <source>Save margins as PDF</source>
        <translation>将毛利另存为 PDF</translation>
    </message>
    <message>
        <source>Save margins as P&amp;DF…</source>
        <translation>毛利另存为 P&amp;DF…</translation>
    </message>
    <message>
        <source>Won amount, cost, margin and margin % by region and product line, on A4</source>
        <translation>按区域和产品线的赢单金额、成本、毛利和毛利率，A4 版面</translation>
    </message>
    <message>
        <source>A deal with several product lines is split by the amounts of its line items, so the amounts add up to the total; counts include a deal in each of its lines. Cost and margin come from the line items of the won deals; a won deal without line items has no margin (—).</source>
        <translation>涉及多条产品线的商机按各产品明细金额拆分，金额合计等于总计；数量则在其每条产品线中各计一次。成本与毛利取自赢单商机的产品明细；没有产品明细的赢单没有毛利（—）。</translation>
    </message>
    <message>
        <source>Quantity × unit cost over the line items of the won deals</source>
        <translation>赢单商机各产品明细的数量 × 单位成本</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>The line items&apos; sales less their cost; — without line items</source>
        <translation>产品明细销售额减去成本；无产品明细时为 —</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>margin ÷ the line items&apos; sales</source>
        <translation>毛利 ÷ 产品明细销售额</translation>
    </message>
    <message>
        <source>Customer mix</source>
        <translation>客户结构</translation>
    </message>
    <message>
        <source>Sales efficiency</source>
        <translation>销售效率</translation>
    </message>
    <message>
        <source>Input against output per rep: average deal, cycle (created → won) and win rate of the deals won in the window, how many of their new leads became customers, activities logged per deal won, and what they were paid for the window&apos;s months (monthly statements; — without a pay plan).</source>
        <translation>每位销售的投入与产出：期间内赢单的平均客单价、销售周期（创建 → 赢单）和赢率，其新线索有多少转化为客户，每赢一单记录的活动数，以及期间各月的薪酬（绩效单；没有绩效方案时显示 —）。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>The region&apos;s customers on file at the as-of date</source>
        <translation>截至统计日该区域已建档的客户</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>已跟进</translation>
    </message>
    <message>
        <source>Of those, customers with a deal or an activity in the window</source>
        <translation>其中在期间内有商机或活动的客户</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>worked ÷ customers</source>
        <translation>已跟进 ÷ 客户数</translation>
    </message>
    <message>
        <source>Share of won</source>
        <translation>赢单占比</translation>
    </message>
    <message>
        <source>won amount ÷ all won in the window</source>
        <translation>赢单金额 ÷ 期间内全部赢单金额</translation>
    </message>
    <message>
        <source>Key customers (large, enterprise)</source>
        <translation>大客户（大型、集团）</translation>
    </message>
    <message>
        <source>Key customers (大客户: size large or enterprise) brought %1 of the amount won in the window, A-rated customers (优质客户) %2. A large share means the team holds its important accounts; a small one, that growth rests on many small deals.</source>
        <translation>大客户（规模为大型或集团）贡献了期间内赢单金额的 %1，A 级优质客户贡献了 %2。占比高说明团队牢牢把握重点客户；占比低则说明增长依赖大量小单。</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>客单价: won amount ÷ won deals</source>
        <translation>客单价：赢单金额 ÷ 赢单数</translation>
    </message>
    <message>
        <source>Cycle (days)</source>
        <translation>销售周期（天）</translation>
    </message>
    <message>
        <source>Median days from creation to won</source>
        <translation>从创建到赢单天数的中位数</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Leads they own created in the window</source>
        <translation>其名下在期间内创建的线索</translation>
    </message>
    <message>
        <source>Lead conversion</source>
        <translation>线索转化率</translation>
    </message>
    <message>
        <source>Of those, converted to customers by the as-of date</source>
        <translation>其中截至统计日已转化为客户的比例</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动数</translation>
    </message>
    <message>
        <source>Calls, visits, meetings, proposals and e-mails logged in the window</source>
        <translation>期间内记录的电话、拜访、会议、方案和邮件</translation>
    </message>
    <message>
        <source>Activities per won deal</source>
        <translation>每赢一单活动数</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>薪酬</translation>
    </message>
    <message>
        <source>Their monthly statements for the window&apos;s months</source>
        <translation>期间各月绩效单合计</translation>
    </message>
    <message>
        <source>Pay ÷ won</source>
        <translation>薪酬 ÷ 赢单</translation>
    </message>
    <message>
        <source>What each yuan won cost in pay</source>
        <translation>每赢单一元所付的薪酬</translation>
    </message>
</context>
<context>
    <name>fd::ScoringRulesDialog</name>
    <message>
        <source>Rescore all customers now</source>
        <translation>保存后立即重新评级所有客户</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>评分规则</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运算符</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Each matching rule adds its points (−100…100); the score is kept within 0…100. Sizes: micro, small, medium, large, enterprise. Money in fen (cents); days since the last activity.</source>
        <translation>每条命中的规则加上其分值（−100…100），总分限定在 0…100。规模取值：micro、small、medium、large、enterprise。金额以分为单位；天数为距上次活动的天数。</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Tier A from score</source>
        <translation>A 级最低分</translation>
    </message>
    <message>
        <source>Tier B from score</source>
        <translation>B 级最低分</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <source>Won revenue (fen)</source>
        <translation>已赢收入（分）</translation>
    </message>
    <message>
        <source>Open pipeline (fen)</source>
        <translation>在途商机金额（分）</translation>
    </message>
    <message>
        <source>Days since activity</source>
        <translation>距上次活动天数</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must not be above the tier A threshold</source>
        <translation>不能高于 A 级最低分</translation>
    </message>
    <message>
        <source>Rule %1, %2 = &quot;%3&quot;: %4</source>
        <translation>第 %1 条规则，%2 = &quot;%3&quot;：%4</translation>
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
        <translation>语言</translation>
    </message>
    <message>
        <source>User interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>结构版本：</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>People &amp;&amp; Teams</source>
        <translation>人员与团队</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>The change applies at once. Amounts are in the office currency (%1), written as the language writes it: Chinese summaries of yuan, NT$ and HK$ count in 万, all others in thousands (K) and millions (M).</source>
        <translation>更改立即生效。金额以办公室币种（%1）显示，并按界面语言的习惯书写：中文汇总时人民币、新台币和港币以“万”为单位，其他币种以千（K）和百万（M）为单位。</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Incentive Plans</source>
        <translation>绩效方案</translation>
    </message>
</context>
<context>
    <name>fd::SetupWizard</name>
    <message>
        <source>Set Up Your Office</source>
        <translation>设置您的办公室</translation>
    </message>
    <message>
        <source>&amp;Set Up and Sign In</source>
        <translation>完成设置并登录(&amp;S)</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>您的办公室</translation>
    </message>
    <message>
        <source>The company name heads the weekly report; new deals are in the office&apos;s currency.</source>
        <translation>公司名称显示在周报抬头；新商机使用办公室的币种。</translation>
    </message>
    <message>
        <source>e.g. 星辰科技 华东销售部</source>
        <translation>例如：星辰科技 华东销售部</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Each desktop can still choose its own language in Settings.</source>
        <translation>每台电脑仍可在“设置”中选择自己的语言。</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The person who adds the others (Settings → People &amp; teams), sets their roles and teams, and resets forgotten passwords. You are signed in as them when the setup is done.</source>
        <translation>负责添加其他人员（设置 → 人员与团队）、设定角色和团队、重置遗忘密码的人。设置完成后将以此身份登录。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>At least %1 characters. The password is stored only as a salted Argon2id hash; the database file itself is protected only by its file permissions.</source>
        <translation>至少 %1 个字符。密码只以加盐的 Argon2id 哈希保存；数据库文件本身只受文件权限保护。</translation>
    </message>
    <message>
        <source>Regions and teams</source>
        <translation>区域和团队</translation>
    </message>
    <message>
        <source>Managers see their teams&apos; deals, and the targets roll up by team and region. Both can be left empty and added later in Settings → People &amp; teams.</source>
        <translation>经理能看到自己团队的商机，目标按团队和区域汇总。两者都可以先留空，之后在“设置 → 人员与团队”中添加。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Add Region</source>
        <translation>添加区域</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add Team</source>
        <translation>添加团队</translation>
    </message>
    <message>
        <source>The sales process</source>
        <translation>销售流程</translation>
    </message>
    <message>
        <source>The stages a deal goes through and the chance of winning it in each. Change names and percentages as your office works; Settings → Stages… changes them later.</source>
        <translation>商机经过的各个阶段及每个阶段的赢率。按贵办公室的做法修改名称和百分比；以后可在看板的“阶段…”中修改。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Win probability %</source>
        <translation>赢率 %</translation>
    </message>
    <message>
        <source>Process name:</source>
        <translation>流程名称：</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>After the last stage: Won — 100 % (an outcome, like Lost and On hold, not a stage).</source>
        <translation>最后一个阶段之后：赢单 — 100 %（与输单、暂停一样是结果，不是阶段）。</translation>
    </message>
    <message>
        <source>Restore the Default Stages</source>
        <translation>恢复默认阶段</translation>
    </message>
    <message>
        <source>does not match the password</source>
        <translation>与密码不一致</translation>
    </message>
    <message>
        <source>The office could not be set up; nothing was stored.
%1</source>
        <translation>办公室未能设置，未保存任何内容。
%1</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入的密码</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>第 %1 个区域</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>第 %1 个团队</translation>
    </message>
    <message>
        <source>Region of team %1</source>
        <translation>第 %1 个团队的区域</translation>
    </message>
    <message>
        <source>Name of the sales process</source>
        <translation>销售流程名称</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Name of stage %1</source>
        <translation>第 %1 阶段的名称</translation>
    </message>
    <message>
        <source>Win probability of stage %1</source>
        <translation>第 %1 阶段的赢率</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1“%2”：%3</translation>
    </message>
</context>
<context>
    <name>fd::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this desktop</source>
        <translation>在这台电脑上记住我(&amp;R)</translation>
    </message>
    <message>
        <source>Sign in to FunnelDesk</source>
        <translation>登录 FunnelDesk</translation>
    </message>
    <message>
        <source>This desktop account keeps your login and a random token for 30 days, never your password. Signing out here, a new password or a deactivation ends it.</source>
        <translation>这台电脑的账户会保存您的登录名和一个随机令牌 30 天，绝不保存密码。在此退出登录、更换密码或被停用都会使其失效。</translation>
    </message>
    <message>
        <source>Sign in to work on
%1</source>
        <translation>登录后处理
%1</translation>
    </message>
    <message>
        <source>Signing in records who makes each change. It is a check FunnelDesk makes on this desktop: a database file on a shared disk is protected only by the file&apos;s permissions, and anyone who can write the file can change it with other tools. A team database on a PostgreSQL server enforces the rules itself.</source>
        <translation>登录是为了记录每项更改由谁做出。这是 FunnelDesk 在这台电脑上进行的检查：放在共享磁盘上的数据库文件只受文件权限保护，任何能写入该文件的人都可以用其他工具修改它。PostgreSQL 服务器上的团队数据库则由服务器自己执行这些规则。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
</context>
<context>
    <name>fd::StageColumn</name>
    <message>
        <source>Amount: sum of the deals&apos; amounts. Weighted: each amount × its win probability (the deal&apos;s own if set, else the stage&apos;s).</source>
        <translation>金额：各商机金额之和。加权：各商机金额 × 赢率（商机自定赢率优先，否则取阶段赢率）。</translation>
    </message>
    <message>
        <source>New opportunity in %1</source>
        <translation>在“%1”新建商机</translation>
    </message>
    <message>
        <source>1 deal · %1 · weighted %2</source>
        <translation>1 个商机 · %1 · 加权 %2</translation>
    </message>
    <message>
        <source>%1 deals · %2 · weighted %3</source>
        <translation>%1 个商机 · %2 · 加权 %3</translation>
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
        <translation>未分区域</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>未分团队</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>People and teams not assigned to a region or team hold no target of their own.</source>
        <translation>未分配到区域或团队的人员和团队没有自己的目标。</translation>
    </message>
    <message>
        <source>Sum of the targets of the period&apos;s months or quarters (%1). Type an amount to set the period&apos;s own target.</source>
        <translation>本期各月或各季度目标之和（%1）。输入金额即可设定本期自己的目标。</translation>
    </message>
    <message>
        <source>No target set. Double-click to enter one (e.g. 120万 or 1,200,000).</source>
        <translation>尚未设定目标。双击输入（如 120万 或 1,200,000）。</translation>
    </message>
    <message>
        <source>Over-allocated: the children&apos;s targets exceed this target by %1.</source>
        <translation>超额分配：下级目标合计比本目标多 %1。</translation>
    </message>
    <message>
        <source>Target not yet handed down to the children: %1.</source>
        <translation>尚未分配给下级的目标：%1。</translation>
    </message>
    <message>
        <source>Achieved ÷ target. Time elapsed in the period: %1.</source>
        <translation>已完成 ÷ 目标。本期时间进度：%1。</translation>
    </message>
    <message>
        <source>Sum of the children&apos;s targets</source>
        <translation>下级目标之和</translation>
    </message>
    <message>
        <source>Target − allocated to children (negative = over-allocated)</source>
        <translation>目标 − 已分配给下级（负数 = 超额分配）</translation>
    </message>
    <message>
        <source>Won in the period, credited by performance splits</source>
        <translation>本期赢单金额，按业绩拆分计入</translation>
    </message>
    <message>
        <source>Achieved ÷ target; the mark shows the time elapsed in the period</source>
        <translation>已完成 ÷ 目标；竖线标出本期时间进度</translation>
    </message>
    <message>
        <source>Open deals expected to close in the period: amount × win rate × split share</source>
        <translation>预计本期成交的进行中商机：金额 × 赢率 × 拆分比例</translation>
    </message>
    <message>
        <source>Target − achieved</source>
        <translation>目标 − 已完成</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>未分配余额</translation>
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
        <translation>加权商机金额</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Target of %1 (%2): “%3” is negative. Enter an amount of 0 or more, such as 120万 or 1,200,000.</source>
        <translation>%1（%2）的目标：“%3”是负数。请输入 0 或以上的金额，如 120万 或 1,200,000。</translation>
    </message>
    <message>
        <source>Target of %1 (%2): “%3” is not an amount. Enter an amount such as 120万 or 1,200,000.</source>
        <translation>%1（%2）的目标：“%3”不是金额。请输入金额，如 120万 或 1,200,000。</translation>
    </message>
    <message>
        <source>Target of %1 (%2): “%3” is in %4, but targets are in the office&apos;s currency, %5.</source>
        <translation>%1（%2）的目标：“%3”是 %4 金额，但目标以本公司币种 %5 计。</translation>
    </message>
</context>
<context>
    <name>fd::TargetsPage</name>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>Split evenly</source>
        <translation>平均拆分</translation>
    </message>
    <message numerus="yes">
        <source>Replace the targets of the %n team(s) or people under %1 with an even share of %2?</source>
        <translation>
            <numerusform>将 %1 下属 %n 个团队或人员的目标替换为 %2 的平均份额？</numerusform>
        </translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <comment>year and quarter</comment>
        <translation>%1年第%2季度</translation>
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
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Period length</source>
        <translation>期间长度</translation>
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
        <translation>今天所在的期间</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Split evenly to children…</source>
        <translation>平均拆分给下级…</translation>
    </message>
    <message>
        <source>Give each child of the selected row an equal share of its target</source>
        <translation>把所选行的目标平均分给每个下级</translation>
    </message>
    <message>
        <source>Company target</source>
        <translation>公司目标</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权商机金额</translation>
    </message>
    <message>
        <source>Gap to target</source>
        <translation>距目标缺口</translation>
    </message>
    <message>
        <source>Double-click a target to change it (120万 or 1,200,000; empty clears it). Achieved and weighted pipeline count each deal&apos;s performance split (业绩拆分); the mark on a completion bar is the time elapsed in the period.</source>
        <translation>双击目标即可修改（120万 或 1,200,000；清空即删除目标）。已完成和加权商机金额均按每个商机的业绩拆分计入；完成率条上的竖线为本期时间进度。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The targets could not be computed: %1</source>
        <translation>无法计算目标：%1</translation>
    </message>
    <message>
        <source>Unallocated: %1</source>
        <translation>未分配余额：%1</translation>
    </message>
    <message>
        <source>Over-allocated by %1</source>
        <translation>超额分配 %1</translation>
    </message>
    <message>
        <source>Not set; regions&apos; targets add up to %1</source>
        <translation>未设定；各区域目标合计 %1</translation>
    </message>
    <message>
        <source>No target set for this period</source>
        <translation>本期尚未设定目标</translation>
    </message>
    <message>
        <source>%1 of target · %2 of the period elapsed</source>
        <translation>完成目标 %1 · 时间进度 %2</translation>
    </message>
    <message>
        <source>%1 of the period elapsed</source>
        <translation>时间进度 %1</translation>
    </message>
    <message>
        <source>Achieved + weighted: %1</source>
        <translation>已完成 + 加权：%1</translation>
    </message>
    <message>
        <source>Weighted pipeline covers the gap</source>
        <translation>加权商机金额可覆盖缺口</translation>
    </message>
    <message>
        <source>Weighted pipeline leaves %1 uncovered</source>
        <translation>加权商机金额仍差 %1</translation>
    </message>
    <message>
        <source>Target reached, %1 above</source>
        <translation>已达成目标，超出 %1</translation>
    </message>
    <message>
        <source>%1 — not stored: %2</source>
        <translation>%1 — 未保存：%2</translation>
    </message>
    <message>
        <source>%1. Ctrl+Z undoes it.</source>
        <translation>%1。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Target of %1 for %2 set to %3</source>
        <translation>%1 %2 的目标已设为 %3</translation>
    </message>
    <message>
        <source>Target of %1 for %2 cleared</source>
        <translation>%1 %2 的目标已清除</translation>
    </message>
    <message>
        <source>%1 has no teams or people to split its target among.</source>
        <translation>%1 下没有可分配目标的团队或人员。</translation>
    </message>
    <message>
        <source>Set a target for %1 first, then split it.</source>
        <translation>请先为 %1 设定目标，再进行拆分。</translation>
    </message>
    <message numerus="yes">
        <source>Target of %1 split evenly among %n child row(s)</source>
        <translation>
            <numerusform>%1 的目标已平均拆分给 %n 个下级</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::TeamDatabaseDialog</name>
    <message>
        <source>Open Team Database</source>
        <translation>打开团队数据库</translation>
    </message>
    <message>
        <source>e.g. db.office.lan or 192.168.1.10</source>
        <translation>例如 db.office.lan 或 192.168.1.10</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Everyone in the office works on one PostgreSQL database. Ask your administrator for the server, the database name and your login. The password is not saved.</source>
        <translation>办公室所有人使用同一个 PostgreSQL 数据库。请向管理员索取服务器地址、数据库名称和登录账号。密码不会被保存。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W):</translation>
    </message>
    <message>
        <source>S&amp;chema:</source>
        <translation>模式(&amp;C):</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>fd::TeamDialog</name>
    <message>
        <source>Edit Team %1</source>
        <translation>编辑团队 %1</translation>
    </message>
    <message>
        <source>Add a Team</source>
        <translation>添加团队</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>（无区域）</translation>
    </message>
    <message>
        <source>(no manager)</source>
        <translation>（无经理）</translation>
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
        <translation>区域：</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>经理：</translation>
    </message>
</context>
<context>
    <name>fd::UserDialog</name>
    <message>
        <source>does not match the password</source>
        <translation>与密码不一致</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Add a Person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Active (can sign in and be assigned work)</source>
        <translation>在职（可以登录并被分配工作）</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>On a team database the person signs in with a PostgreSQL login of the same name; FunnelDesk stores no password.</source>
        <translation>在团队数据库中，此人使用同名的 PostgreSQL 登录；FunnelDesk 不保存密码。</translation>
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
        <translation>只有财务或管理员可以录入开票、回款和核销。</translation>
    </message>
    <message>
        <source>You may not change %1 %2: it is outside what your role lets you change.</source>
        <translation>您无权修改%1 %2：它不在您的角色可修改的范围内。</translation>
    </message>
    <message>
        <source>You may not add this %1: it would be outside what your role lets you change.</source>
        <translation>您无权添加这条%1：它将超出您的角色可修改的范围。</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may change who owns %1 %2.</source>
        <translation>只有经理或管理员可以更改%1 %2 的负责人。</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may set or remove targets.</source>
        <translation>只有经理或管理员可以设置或删除目标。</translation>
    </message>
    <message>
        <source>You may not give lead %1 to user %2: a rep may only take a lead from the pool for themselves.</source>
        <translation>您不能把线索 %1 分给用户 %2：销售只能从公海为自己领取线索。</translation>
    </message>
    <message>
        <source>You may not give lead %1 to user %2: the lead or the user is outside what your role lets you change.</source>
        <translation>您不能把线索 %1 分给用户 %2：该线索或用户超出了您的角色可修改的范围。</translation>
    </message>
    <message>
        <source>You may not deal out leads to team %1: only its manager or an administrator may.</source>
        <translation>您不能向团队 %1 分配线索：只有该团队的经理或管理员可以。</translation>
    </message>
    <message>
        <source>Only finance or an administrator may create or change incentive plans.</source>
        <translation>只有财务或管理员可以新建或修改绩效方案。</translation>
    </message>
    <message>
        <source>Only the person&apos;s manager or an administrator may review a statement.</source>
        <translation>只有本人的经理或管理员可以审核绩效单。</translation>
    </message>
    <message>
        <source>Only finance or an administrator may close a pay period.</source>
        <translation>只有财务或管理员可以月结。</translation>
    </message>
</context>
<context>
    <name>fd::WonVsTargetChart</name>
    <message numerus="yes">
        <source>Won per month vs target (last %n months)</source>
        <translation>
            <numerusform>近 %n 个月每月赢单与目标</numerusform>
        </translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>万元</translation>
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
        <translation>减免或核销应收</translation>
    </message>
    <message>
        <source>Why, e.g. 10 % of the final service payment waived after the delayed acceptance</source>
        <translation>原因，例如：验收延期，免除 10% 服务尾款</translation>
    </message>
    <message>
        <source>The last instalments first</source>
        <translation>从最后一期起冲减</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
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
        <translation>为必填项</translation>
    </message>
</context>
<context>
    <name>fd::payplantext</name>
    <message>
        <source>Quarterly</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>签约金额</translation>
    </message>
    <message>
        <source>Received amount</source>
        <translation>回款金额</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>%1 of won</source>
        <translation>签约 %1</translation>
    </message>
    <message>
        <source>%1 of received</source>
        <translation>回款 %1</translation>
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
        <translation>全体%1</translation>
    </message>
</context>
<context>
    <name>fd::rolepolicy</name>
    <message>
        <source>Only an administrator may edit pipelines, stages, checklists and lost reasons.</source>
        <translation>只有管理员可以编辑销售流程、阶段、检查清单和丢单原因。</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may set targets.</source>
        <translation>只有经理或管理员可以设定目标。</translation>
    </message>
    <message>
        <source>Finance reads the deals; moving, winning and adding them is for sales and administrators.</source>
        <translation>财务可查看商机；推进、赢单和新建商机由销售和管理员操作。</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may give a record to someone else.</source>
        <translation>只有经理或管理员可以把记录转给他人。</translation>
    </message>
    <message>
        <source>Only finance or an administrator records invoices, receipts and write-offs.</source>
        <translation>只有财务或管理员录入开票、回款和核销。</translation>
    </message>
    <message>
        <source>Read only: this %1 is outside what you may change as %2. Its owner, their manager or an administrator can change it.</source>
        <translation>只读：这条%1不在您作为%2可修改的范围内。其负责人、负责人的经理或管理员可以修改。</translation>
    </message>
    <message>
        <source>You see what your role lets you see. On this SQLite file FunnelDesk applies that itself: it cannot be enforced here, and anyone who can open the file with another program sees and changes everything. A team database on PostgreSQL enforces it on the server.</source>
        <translation>您看到的是您的角色允许查看的内容。在这个 SQLite 文件上，这是由 FunnelDesk 自己执行的，无法强制保证：任何能用其他程序打开该文件的人都能查看和修改全部数据。PostgreSQL 团队数据库会在服务器端强制执行。</translation>
    </message>
    <message>
        <source>Only an administrator may edit the products, their prices and costs.</source>
        <translation>只有管理员可以编辑产品及其价格和成本。</translation>
    </message>
</context>
</TS>
