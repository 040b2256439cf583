<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>QObject</name>
        <message>
            <source>Capture Station review</source>
            <translation>采集站 照片审核</translation>
        </message>
        <message>
            <source>Which batch folder do you want to review?</source>
            <translation>要审核哪个批次文件夹？</translation>
        </message>
        <message>
            <source>No batch folder was chosen.</source>
            <translation>没有选择批次文件夹。</translation>
        </message>
        <message>
            <source>%1 cannot be opened as a batch: %2</source>
            <translation>%1 无法作为批次打开：%2</translation>
        </message>
    </context>
    <context>
        <name>ReviewProblem</name>
        <message>
            <source>The stored photo cannot be decoded.</source>
            <translation>保存的照片无法打开。</translation>
        </message>
    </context>
    <context>
        <name>ReviewTile</name>
        <message>
            <source>No photo yet</source>
            <translation>还没有照片</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message numerus="yes">
            <source> (%n takes)</source>
            <translation>
                <numerusform>（拍了 %n 次）</numerusform>
            </translation>
        </message>
        <message>
            <source>Ticket %1</source>
            <translation>准考证 %1</translation>
        </message>
        <message>
            <source>Not captured</source>
            <translation>未拍摄</translation>
        </message>
        <message>
            <source>Passed · review</source>
            <translation>检查通过 · 待审核</translation>
        </message>
        <message>
            <source>Warning · review</source>
            <translation>有提醒 · 待审核</translation>
        </message>
        <message>
            <source>Failed · kept</source>
            <translation>未通过 · 强制保留</translation>
        </message>
        <message>
            <source>✓ Approved</source>
            <translation>✓ 已审核通过</translation>
        </message>
        <message>
            <source>✗ Re-take needed</source>
            <translation>✗ 已退回 · 需重拍</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::CandidateDetail</name>
        <message>
            <source>Show the standard's bands (B)</source>
            <translation>显示标准线（B 键）</translation>
        </message>
        <message>
            <source>Green: inside the band. Red: outside. The solid line is where the check measured.</source>
            <translation>绿色：在范围内。红色：超出范围。实线是检测测得的位置。</translation>
        </message>
        <message>
            <source>Earlier photos stay on record; pick one to look at it.</source>
            <translation>以前拍的照片都保留着；选一张即可查看。</translation>
        </message>
        <message>
            <source>Pick a candidate on the left.</source>
            <translation>请在左侧选择一位考生。</translation>
        </message>
        <message>
            <source>ID number:</source>
            <translation>身份证号：</translation>
        </message>
        <message>
            <source>Ticket:</source>
            <translation>准考证号：</translation>
        </message>
        <message>
            <source>Not captured yet: the station has no photo of this candidate.</source>
            <translation>尚未拍摄：采集站还没有这位考生的照片。</translation>
        </message>
        <message>
            <source>No photo yet</source>
            <translation>还没有照片</translation>
        </message>
        <message>
            <source>Photo %1 of %2 · %3</source>
            <translation>第 %1 张（共 %2 张）· %3</translation>
        </message>
        <message>
            <source> (latest)</source>
            <translation>（最新）</translation>
        </message>
        <message>
            <source>The stored photo cannot be decoded.</source>
            <translation>保存的照片无法打开。</translation>
        </message>
        <message>
            <source>Captured by &lt;b&gt;%1&lt;/b&gt; on %2</source>
            <translation>拍摄人 &lt;b&gt;%1&lt;/b&gt;，时间 %2</translation>
        </message>
        <message>
            <source>Kept despite a failed check. Reason given:</source>
            <translation>有检查未通过，但拍摄人仍保留了这张照片。理由：</translation>
        </message>
        <message>
            <source>Not reviewed yet.</source>
            <translation>尚未审核。</translation>
        </message>
        <message>
            <source>&lt;b style='color:#1565c0'&gt;Approved&lt;/b&gt; by %1 on %2</source>
            <translation>&lt;b style='color:#1565c0'&gt;已审核通过&lt;/b&gt;，审核人 %1，时间 %2</translation>
        </message>
        <message>
            <source>&lt;b style='color:#c62828'&gt;Rejected&lt;/b&gt; by %1 on %2. Reason: %3</source>
            <translation>&lt;b style='color:#c62828'&gt;已退回&lt;/b&gt;，审核人 %1，时间 %2。原因：%3</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::RejectReasonDialog</name>
        <message>
            <source>Reject photo</source>
            <translation>退回照片</translation>
        </message>
        <message>
            <source>Reject the photo of %1? The candidate will be shown at the station for a re-take. Say what is wrong so the photographer can fix it:</source>
            <translation>退回 %1 的照片吗？采集站会把这位考生列为需要重拍。请写明问题，方便摄影员改正：</translation>
        </message>
        <message>
            <source>Reason (required), e.g. eyes closed</source>
            <translation>退回原因（必填），例如：闭眼</translation>
        </message>
        <message>
            <source>Eyes closed or looking away</source>
            <translation>闭眼或没有看镜头</translation>
        </message>
        <message>
            <source>Head tilted or turned</source>
            <translation>头部歪斜或侧转</translation>
        </message>
        <message>
            <source>Shadow on the face or the backdrop</source>
            <translation>脸上或背景有阴影</translation>
        </message>
        <message>
            <source>Hair covers the eyebrows or ears</source>
            <translation>头发遮住眉毛或耳朵</translation>
        </message>
        <message>
            <source>Glasses reflect light</source>
            <translation>眼镜反光</translation>
        </message>
        <message>
            <source>Wrong person or wrong ID number</source>
            <translation>人与身份证号不符</translation>
        </message>
        <message>
            <source>Blurred photo</source>
            <translation>照片模糊</translation>
        </message>
        <message>
            <source>Reject: re-take needed</source>
            <translation>退回，需要重拍</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>A rejection needs a reason: the photographer reads it before the re-take.</source>
            <translation>退回必须填写原因：摄影员重拍前要看到它。</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::ReviewChecksTable</name>
        <message>
            <source>Requirement</source>
            <translation>要求</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>未测量</translation>
        </message>
        <message>
            <source>Click a check to read it in full with what was measured.</source>
            <translation>点击任一项检查，即可看到完整说明和实测数值。</translation>
        </message>
        <message>
            <source>meets the standard</source>
            <translation>符合标准</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a check's title: its verdict</comment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>提醒：%1</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>未通过：%1</translation>
        </message>
        <message>
            <source>Measured %1.</source>
            <translation>实测 %1。</translation>
        </message>
        <message>
            <source>Measured %1; allowed %2.</source>
            <translation>实测 %1，允许 %2。</translation>
        </message>
        <message>
            <source>This check is an estimate: you decide.</source>
            <translation>此项只是估计，请您判断。</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::ReviewWindow</name>
        <message>
            <source>Wrong name or password.</source>
            <translation>用户名或密码不对。</translation>
        </message>
        <message>
            <source>%1 is a photographer of this batch; only a supervisor may review.</source>
            <translation>%1 是本批次的摄影员；只有主管可以审核。</translation>
        </message>
        <message>
            <source>This batch has accounts: log in as a supervisor.</source>
            <translation>本批次设有账号：请以主管身份登录。</translation>
        </message>
        <message>
            <source>Who is reviewing?</source>
            <translation>谁在审核？</translation>
        </message>
        <message>
            <source>Your name (recorded with each decision):</source>
            <translation>您的姓名（每次审核都会记录）：</translation>
        </message>
        <message>
            <source>A rejection needs a reason: the photographer reads it before the re-take.</source>
            <translation>退回必须填写原因：摄影员重拍前要看到它。</translation>
        </message>
        <message>
            <source>This window was opened to look only.</source>
            <translation>此窗口以只读方式打开，只能查看。</translation>
        </message>
        <message>
            <source>This candidate has no photo yet: there is nothing to review.</source>
            <translation>这位考生还没有照片，无需审核。</translation>
        </message>
        <message>
            <source>Cannot change the batch</source>
            <translation>无法修改批次</translation>
        </message>
        <message>
            <source>Not approved</source>
            <translation>未能通过审核</translation>
        </message>
        <message>
            <source>Not rejected</source>
            <translation>未能退回</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Export not possible yet</source>
            <translation>暂时不能导出</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was exported. Every candidate needs an approved photo, and no two candidates may get the same file name. Fix these %n problem(s), then export again:</source>
            <translation>
                <numerusform>没有导出任何文件。每位考生都要有一张审核通过的照片，而且两位考生不能用同一个文件名。请处理下面 %n 个问题后再导出：</numerusform>
            </translation>
        </message>
        <message>
            <source>Export to which folder (e.g. the USB stick)?</source>
            <translation>导出到哪个文件夹（例如 U 盘）？</translation>
        </message>
        <message>
            <source>Exporting the approved photos…</source>
            <translation>正在导出审核通过的照片…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Export not done</source>
            <translation>导出没有完成</translation>
        </message>
        <message>
            <source>Nothing was exported (a partly written folder is removed):</source>
            <translation>没有导出任何文件（写了一半的文件夹已删除）：</translation>
        </message>
        <message>
            <source>Export done</source>
            <translation>导出完成</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) exported with manifest.csv, manifest.xlsx and SHA256SUMS to:
%1</source>
            <translation>
                <numerusform>已导出 %n 张照片，以及 manifest.csv、manifest.xlsx 和 SHA256SUMS，位置：
%1</numerusform>
            </translation>
        </message>
        <message>
            <source>All candidates</source>
            <translation>全部考生</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>待审核</translation>
        </message>
        <message>
            <source>Failed checks</source>
            <translation>有未通过的检查</translation>
        </message>
        <message>
            <source>Kept despite failed check</source>
            <translation>未通过检查仍保留</translation>
        </message>
        <message>
            <source>Re-takes (more than one photo)</source>
            <translation>重拍过（多于一张）</translation>
        </message>
        <message>
            <source>Not captured yet</source>
            <translation>未拍摄</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已审核通过</translation>
        </message>
        <message>
            <source>Rejected (re-take needed)</source>
            <translation>已退回（需重拍）</translation>
        </message>
        <message>
            <source>Review photos — %1</source>
            <translation>照片审核 — %1</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <source>Show: </source>
            <translation>显示：</translation>
        </message>
        <message>
            <source>Refresh (F5)</source>
            <translation>刷新（F5）</translation>
        </message>
        <message>
            <source>Export approved photos…</source>
            <translation>导出审核通过的照片…</translation>
        </message>
        <message>
            <source>Supervisor login…</source>
            <translation>主管登录…</translation>
        </message>
        <message>
            <source>Approve (A)</source>
            <translation>通过（A）</translation>
        </message>
        <message>
            <source>Reject… (R)</source>
            <translation>退回…（R）</translation>
        </message>
        <message>
            <source>✓ Approve (A)</source>
            <translation>✓ 审核通过（A 键）</translation>
        </message>
        <message>
            <source>✗ Reject, needs re-take (R)</source>
            <translation>✗ 退回重拍（R 键）</translation>
        </message>
        <message>
            <source>No candidate matches this filter.</source>
            <translation>没有符合此筛选条件的考生。</translation>
        </message>
        <message>
            <source>Pick a candidate on the left.</source>
            <translation>请在左侧选择一位考生。</translation>
        </message>
        <message>
            <source>This window was opened to look only: approving, rejecting and exporting are off.</source>
            <translation>此窗口以只读方式打开：不能审核通过、退回或导出。</translation>
        </message>
        <message>
            <source>Look only (read-only)</source>
            <translation>只读查看</translation>
        </message>
        <message>
            <source>Not logged in</source>
            <translation>未登录</translation>
        </message>
        <message>
            <source>Reviewer: %1</source>
            <translation>审核人：%1</translation>
        </message>
        <message>
            <source>%1 · %2 candidates: %3 not captured, %4 to review, %5 approved, %6 rejected (re-take)</source>
            <translation>%1 · 共 %2 人：未拍摄 %3，待审核 %4，已通过 %5，已退回 %6（需重拍）</translation>
        </message>
    </context>
    <context>
        <name>cs::ui::SupervisorLoginDialog</name>
        <message>
            <source>Supervisor login</source>
            <translation>主管登录</translation>
        </message>
        <message>
            <source>Only a supervisor of this batch may approve, reject or export. Your name is recorded with each decision.</source>
            <translation>只有本批次的主管可以审核通过、退回或导出。每次审核都会记录您的姓名。</translation>
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
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
</TS>