<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cs::ui::FirstRunDialog</name>
    <message>
        <source>White</source>
        <translation>白</translation>
    </message>
    <message>
        <source>Light grey</source>
        <translation>浅灰</translation>
    </message>
    <message>
        <source>Light blue</source>
        <translation>浅蓝</translation>
    </message>
    <message>
        <source>Set up this station</source>
        <translation>设置本采集站</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>采集站设置</translation>
    </message>
    <message>
        <source>Welcome. Fill in these details once; you can change every one of them later under File → Station settings….</source>
        <translation>欢迎使用。请填写以下信息，只需填写一次；以后可以在“文件 → 采集站设置…”中修改其中任何一项。</translation>
    </message>
    <message>
        <source>Change the station&apos;s settings. Leave the password empty to keep it.</source>
        <translation>修改本采集站的设置。密码框留空表示保留原密码。</translation>
    </message>
    <message>
        <source>Exam site</source>
        <translation>考点</translation>
    </message>
    <message>
        <source>e.g. Chengguan Middle School site</source>
        <translation>例如：城关镇中学考点</translation>
    </message>
    <message>
        <source>as issued by the exam office (may stay empty)</source>
        <translation>考试院给的代码（可以留空）</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>考点名称</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>考点代码</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>本采集机</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>采集机名称</translation>
    </message>
    <message>
        <source>Default background colour</source>
        <translation>默认背景颜色</translation>
    </message>
    <message>
        <source>Batches are kept in</source>
        <translation>批次保存位置</translation>
    </message>
    <message>
        <source>Supervisor account</source>
        <translation>审核员账号</translation>
    </message>
    <message>
        <source>Supervisor&apos;s name</source>
        <translation>审核员姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the site name (as on the exam office&apos;s list).</source>
        <translation>请填写考点名称（与考试院名单一致）。</translation>
    </message>
    <message>
        <source>The site code may contain only digits, Latin letters and &apos;-&apos; (at most 20).</source>
        <translation>考点代码只能包含数字、英文字母和“-”（最多20个）。</translation>
    </message>
    <message>
        <source>Enter a name for this station, e.g. Station 1.</source>
        <translation>请填写本采集机的名称，例如：一号机。</translation>
    </message>
    <message>
        <source>Choose the folder where batches are kept (a full path, e.g. on the data disk).</source>
        <translation>请选择保存批次的文件夹（完整路径，例如数据盘上的文件夹）。</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s name.</source>
        <translation>请填写审核员姓名。</translation>
    </message>
    <message>
        <source>The supervisor&apos;s password must have at least %1 characters.</source>
        <translation>审核员密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passwords are not the same: type the password again in both boxes.</source>
        <translation>两次输入的密码不一致，请在两个框中重新输入。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose a folder for the batches.</source>
        <translation>%1 是文件而不是文件夹，请为批次选择一个文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: choose a folder on a disk you can write to.</source>
        <translation>无法创建文件夹 %1，请选择可以写入的磁盘上的文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to: choose another folder or ask for write permission.</source>
        <translation>文件夹 %1 无法写入，请选择其他文件夹，或请管理员开放写入权限。</translation>
    </message>
    <message>
        <source>The password could not be stored (the computer is short of memory): close other programs and try again.</source>
        <translation>密码无法保存（电脑内存不足），请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>Where batches are kept</source>
        <translation>批次保存位置</translation>
    </message>
</context>
</TS>
