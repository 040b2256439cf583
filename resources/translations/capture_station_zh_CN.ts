<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchSession</name>
    <message>
        <source>Cannot open the batch in %1: %2</source>
        <translation>无法打开 %1 中的批次：%2</translation>
    </message>
    <message>
        <source>Cannot create a batch in %1: %2</source>
        <translation>无法在 %1 中新建批次：%2</translation>
    </message>
    <message>
        <source>Open or create a batch first (File menu).</source>
        <translation>请先打开或新建批次（文件菜单）。</translation>
    </message>
    <message>
        <source>There is no photo to keep: retake it.</source>
        <translation>没有可保存的照片，请重拍。</translation>
    </message>
    <message>
        <source>%1 · ID %2 · ticket %3</source>
        <translation>%1 · 身份证 %2 · 准考证 %3</translation>
    </message>
</context>
<context>
    <name>CheckLabels</name>
    <message>
        <source>Size 480×640</source>
        <translation>尺寸 480×640</translation>
    </message>
    <message>
        <source>Resolution 300 dpi</source>
        <translation>分辨率 300dpi</translation>
    </message>
    <message>
        <source>24-bit colour</source>
        <translation>24位真彩色</translation>
    </message>
    <message>
        <source>JPEG format</source>
        <translation>JPEG 格式</translation>
    </message>
    <message>
        <source>Quality ≥ 60</source>
        <translation>压缩品质 ≥ 60</translation>
    </message>
    <message>
        <source>File size 20–40 KB</source>
        <translation>文件大小 20–40KB</translation>
    </message>
    <message>
        <source>Extension JPG</source>
        <translation>扩展名 JPG</translation>
    </message>
    <message>
        <source>Centred horizontally</source>
        <translation>水平居中</translation>
    </message>
    <message>
        <source>Head top 50–110 px</source>
        <translation>头顶位置 50–110 像素</translation>
    </message>
    <message>
        <source>Eye position 200–300 px</source>
        <translation>眼睛位置 200–300 像素</translation>
    </message>
    <message>
        <source>Face width 180–300 px</source>
        <translation>脸宽 180–300 像素</translation>
    </message>
    <message>
        <source>Even backdrop, no gradient</source>
        <translation>背景均匀无渐变</translation>
    </message>
    <message>
        <source>No shadow or other people</source>
        <translation>背景无阴影、无他人</translation>
    </message>
    <message>
        <source>Backdrop colour (light blue/white/light grey)</source>
        <translation>背景颜色（浅蓝/白/浅灰）</translation>
    </message>
    <message>
        <source>Colour, frontal, bare-headed, recent</source>
        <translation>彩色正面免冠近照</translation>
    </message>
    <message>
        <source>No mirroring or rotation</source>
        <translation>禁止镜像、旋转</translation>
    </message>
    <message>
        <source>Sharp focus, true colour</source>
        <translation>对焦清晰、色彩真实</translation>
    </message>
    <message>
        <source>No border, text or pattern</source>
        <translation>无边框、文字、图案</translation>
    </message>
    <message>
        <source>Sitting upright / head tilt</source>
        <translation>坐姿端正 / 头部倾斜</translation>
    </message>
    <message>
        <source>Both eyes open, looking ahead</source>
        <translation>双眼睁开平视</translation>
    </message>
    <message>
        <source>Head frontal (ears symmetric)</source>
        <translation>头部正面（耳朵对称）</translation>
    </message>
    <message>
        <source>Shoulders level</source>
        <translation>双肩水平</translation>
    </message>
    <message>
        <source>Lips closed</source>
        <translation>嘴唇闭合</translation>
    </message>
    <message>
        <source>Glasses (no tint, no glare)</source>
        <translation>眼镜（无有色镜片、无反光）</translation>
    </message>
    <message>
        <source>No hat or headwear</source>
        <translation>不戴帽子/头饰</translation>
    </message>
    <message>
        <source>No earrings or necklace</source>
        <translation>不戴耳环、项链</translation>
    </message>
    <message>
        <source>Hair clear of brows, eyes and ears</source>
        <translation>头发不遮眉眼耳</translation>
    </message>
    <message>
        <source>No heavy make-up</source>
        <translation>不宜化妆</translation>
    </message>
    <message>
        <source>Clothing distinct from backdrop</source>
        <translation>衣服与背景区分明显</translation>
    </message>
    <message>
        <source>No busy patterns or stripes</source>
        <translation>避免复杂图案、条纹</translation>
    </message>
    <message>
        <source>Even light, no hot spots</source>
        <translation>光线均匀、无高光光斑</translation>
    </message>
    <message>
        <source>No red-eye</source>
        <translation>无红眼</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>渐变</translation>
    </message>
    <message>
        <source>darker below</source>
        <translation>下部变暗</translation>
    </message>
    <message>
        <source>tinted lenses</source>
        <translation>有色镜片</translation>
    </message>
    <message>
        <source>glare</source>
        <translation>镜片反光</translation>
    </message>
    <message>
        <source>evenness</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>other people</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>shadow</source>
        <translation>阴影</translation>
    </message>
    <message>
        <source>lightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>曝光</translation>
    </message>
    <message>
        <source>hot spots</source>
        <translation>光斑</translation>
    </message>
    <message>
        <source>border</source>
        <translation>边框</translation>
    </message>
    <message>
        <source>text on backdrop</source>
        <translation>背景文字</translation>
    </message>
    <message>
        <source>coloured text</source>
        <translation>彩色文字</translation>
    </message>
    <message>
        <source>left/right</source>
        <translation>左右</translation>
    </message>
    <message>
        <source>chin up/down</source>
        <translation>俯仰</translation>
    </message>
    <message>
        <source>tilt</source>
        <translation>歪头</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>The ID number must have 18 characters; this one has %1. Check it against the ID card.</source>
        <translation>身份证号应为18位，现在是%1位。请对照身份证核对。</translation>
    </message>
    <message>
        <source>The first 17 characters of an ID number are digits. Check it against the ID card.</source>
        <translation>身份证号前17位必须是数字。请对照身份证核对。</translation>
    </message>
    <message>
        <source>Wrong check digit: with these first 17 digits the last character must be %1. One digit is probably mistyped: check it against the ID card.</source>
        <translation>校验位不对：按前17位，最后一位应为 %1。可能有一位输错了，请对照身份证核对。</translation>
    </message>
    <message>
        <source>The birth date in this ID number (digits 7-14) is not a real date. Check it against the ID card.</source>
        <translation>身份证号中的出生日期（第7–14位）不是有效日期。请对照身份证核对。</translation>
    </message>
</context>
<context>
    <name>Instruction</name>
    <message>
        <source>Not enough room above the head: raise the camera or move back</source>
        <translation>头顶上方空间不足，请把相机向上调整或后退</translation>
    </message>
    <message>
        <source>Lower the camera</source>
        <translation>请把相机向下调整</translation>
    </message>
    <message>
        <source>Move a little right</source>
        <translation>请向右移动一点</translation>
    </message>
    <message>
        <source>Move a little left</source>
        <translation>请向左移动一点</translation>
    </message>
    <message>
        <source>Move closer (or zoom in)</source>
        <translation>请靠近一点（或放大镜头）</translation>
    </message>
    <message>
        <source>The top of the head cannot be seen: check the backdrop behind the hair</source>
        <translation>看不清头顶，请检查头发后面的背景</translation>
    </message>
    <message>
        <source>Loading the face model…</source>
        <translation>正在加载人脸模型…</translation>
    </message>
    <message>
        <source>Waiting for the picture…</source>
        <translation>正在等待画面…</translation>
    </message>
    <message>
        <source>No face found: have the candidate face the camera</source>
        <translation>未检测到人脸，请考生正对镜头</translation>
    </message>
    <message>
        <source>More than one person in view: only the candidate may be in the picture</source>
        <translation>画面中有多人，请只留考生一人</translation>
    </message>
    <message>
        <source>All checks pass: press Space to take the photo</source>
        <translation>全部合格，按空格键拍摄</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>checked after the shutter</source>
        <translation>拍摄后检查</translation>
    </message>
</context>
<context>
    <name>cs::ui::BackdropSwatch</name>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>未测到</translation>
    </message>
</context>
<context>
    <name>cs::ui::CameraSource</name>
    <message>
        <source>Camera: %1 %2x%3</source>
        <translation>相机：%1 %2x%3</translation>
    </message>
    <message>
        <source>Camera problem: %1. Check the cable, or pick another camera in the Camera menu.</source>
        <translation>相机故障：%1。请检查连接线，或在“相机”菜单中选择其他相机。</translation>
    </message>
    <message>
        <source>The camera %1 was unplugged. Plug it back in: the preview resumes by itself.</source>
        <translation>相机 %1 已断开。请重新插好，预览会自动恢复。</translation>
    </message>
</context>
<context>
    <name>cs::ui::CandidatePanel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>考生</translation>
    </message>
    <message>
        <source>Type name, ID or ticket number, or scan the ticket</source>
        <translation>输入姓名、身份证号或准考证号，或扫描准考证</translation>
    </message>
    <message>
        <source>Not on the roster? Type the candidate in</source>
        <translation>名单上没有？手动输入考生</translation>
    </message>
    <message>
        <source>Add to the batch and select</source>
        <translation>加入本批并选中</translation>
    </message>
    <message numerus="yes">
        <source>Already photographed %n time(s): a new photo is kept as a retake.</source>
        <translation>
            <numerusform>已拍摄 %n 次：新照片将作为重拍保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidate selected</source>
        <translation>未选择考生</translation>
    </message>
    <message>
        <source>No batch open (File menu)</source>
        <translation>未打开批次（文件菜单）</translation>
    </message>
    <message>
        <source>No candidate matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的考生。</translation>
    </message>
</context>
<context>
    <name>cs::ui::CaptureWindow</name>
    <message>
        <source>Open or create a batch first (File menu).</source>
        <translation>请先打开或新建批次（文件菜单）。</translation>
    </message>
    <message>
        <source>Select the candidate first: type the name, ID or ticket number, or scan the ticket.</source>
        <translation>请先选择考生：输入姓名、身份证号或准考证号，或扫描准考证。</translation>
    </message>
    <message>
        <source>Processing the photo…</source>
        <translation>正在处理照片…</translation>
    </message>
    <message>
        <source>Check the photo: Enter keeps it, Esc retakes</source>
        <translation>请检查照片：回车保留，Esc 重拍</translation>
    </message>
    <message>
        <source>This picture cannot become a photo: press Esc to retake</source>
        <translation>这张无法生成证件照，请按 Esc 重拍</translation>
    </message>
    <message>
        <source>The photo was not saved</source>
        <translation>照片未保存</translation>
    </message>
    <message>
        <source>%1
The photo is still on screen: press Enter to save it again, or Esc to retake.</source>
        <translation>%1
照片仍在屏幕上：按回车键再保存一次，或按 Esc 重拍。</translation>
    </message>
    <message>
        <source>Saved photo %1 of %2 (%3).</source>
        <translation>已保存%2的第 %1 张照片（%3）。</translation>
    </message>
    <message>
        <source>About Capture Station</source>
        <translation>关于采集站</translation>
    </message>
    <message>
        <source>Capture Station %1
Certificate photos to the 480x640 standard.</source>
        <translation>采集站 %1
按标准拍摄 480×640 证件照。</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>未找到相机</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Demo video (no camera)</source>
        <translation>演示视频（无相机）</translation>
    </message>
    <message>
        <source>Capture Station</source>
        <translation>采集站</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Lighting (L1)</source>
        <translation>光线（L1）</translation>
    </message>
    <message>
        <source>Backdrop colour (B3)</source>
        <translation>背景颜色（B3）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open or create a batch…</source>
        <translation>打开或新建批次…</translation>
    </message>
    <message>
        <source>Import the roster (CSV/XLSX)…</source>
        <translation>导入名单（CSV/XLSX）…</translation>
    </message>
    <message>
        <source>Operator…</source>
        <translation>操作员…</translation>
    </message>
    <message>
        <source>Review this batch…</source>
        <translation>审核本批次…</translation>
    </message>
    <message>
        <source>Station settings…</source>
        <translation>采集站设置…</translation>
    </message>
    <message>
        <source>Open a batch first (File → Open or create a batch).</source>
        <translation>请先打开批次（文件 → 打开或新建批次）。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>相机(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Folder of the batch (an empty folder creates a new batch)</source>
        <translation>批次文件夹（选择空文件夹即新建批次）</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Roster from the exam office</source>
        <translation>考试院下发的名单</translation>
    </message>
    <message>
        <source>Roster (*.csv *.xlsx)</source>
        <translation>名单 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows and import again:
%1</source>
        <translation>没有导入任何考生。请改正以下各行后重新导入：
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 名考生。</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Photographer&apos;s name (recorded with each photo):</source>
        <translation>摄影员姓名（随每张照片记录）：</translation>
    </message>
    <message>
        <source>The face model could not be loaded: %1</source>
        <translation>无法加载人脸模型：%1</translation>
    </message>
    <message>
        <source>Checks are off: install the package libdlib-data, then restart</source>
        <translation>自动检查不可用：请安装 libdlib-data 软件包后重新启动</translation>
    </message>
    <message>
        <source>Waiting for the first analysed picture</source>
        <translation>正在等待第一帧分析结果</translation>
    </message>
    <message>
        <source>pictures from a file, not a camera</source>
        <translation>画面来自文件，不是相机</translation>
    </message>
    <message>
        <source>Auto-capture: every check was green for one second</source>
        <translation>自动拍摄：所有检查已连续一秒合格</translation>
    </message>
    <message>
        <source>Preview %1 fps · analysis %2 fps</source>
        <translation>预览 %1 fps · 分析 %2 fps</translation>
    </message>
    <message>
        <source>No picture source</source>
        <translation>没有画面来源</translation>
    </message>
    <message>
        <source>No batch open · operator %1</source>
        <translation>未打开批次 · 操作员 %1</translation>
    </message>
    <message>
        <source>Batch %1: %2/%3 photographed · operator %4</source>
        <translation>批次 %1：已拍 %2/%3 · 操作员 %4</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChecksPanel</name>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 measured %2 %3, allowed %4</source>
        <translation>%1 实测 %2 %3，允许 %4</translation>
    </message>
</context>
<context>
    <name>cs::ui::DemoFolderSource</name>
    <message>
        <source>Demo: %1 photos in %2</source>
        <translation>演示：%2 中的 %1 张照片</translation>
    </message>
    <message>
        <source>The folder %1 holds no JPEG or PNG photos. Start with --source FILE or FOLDER.</source>
        <translation>文件夹 %1 中没有 JPEG 或 PNG 照片。请用 --source 文件或文件夹 启动。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>cs::ui::DemoVideoSource</name>
    <message>
        <source>The demo video cannot be played (%1): %2. Choose another file with --source.</source>
        <translation>演示视频无法播放（%1）：%2。请用 --source 选择其他文件。</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation>演示：%1</translation>
    </message>
    <message>
        <source>The demo video %1 is missing. Start with --source FILE or FOLDER.</source>
        <translation>找不到演示视频 %1。请用 --source 文件或文件夹 启动。</translation>
    </message>
</context>
<context>
    <name>cs::ui::FrameSource</name>
    <message>
        <source>No picture yet: wait for the preview to appear, then try again.</source>
        <translation>还没有画面：请等预览出现后再试。</translation>
    </message>
</context>
<context>
    <name>cs::ui::InstructionBar</name>
    <message>
        <source>Capture (Space)</source>
        <translation>拍摄（空格）</translation>
    </message>
    <message>
        <source>Auto-capture</source>
        <translation>自动拍摄</translation>
    </message>
    <message>
        <source>Takes the photo by itself when every check has been green for one second</source>
        <translation>所有检查连续一秒合格时自动拍摄</translation>
    </message>
    <message>
        <source>Mirror preview</source>
        <translation>镜像预览</translation>
    </message>
    <message>
        <source>Mirrors only this preview for the candidate&apos;s comfort; the saved photo is never mirrored (I2)</source>
        <translation>只镜像预览画面，方便考生调整；保存的照片绝不镜像（I2）</translation>
    </message>
</context>
<context>
    <name>cs::ui::LightingGauge</name>
    <message>
        <source>Light L/R</source>
        <translation>左右光线</translation>
    </message>
    <message>
        <source>L</source>
        <translation>左</translation>
    </message>
    <message>
        <source>R</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>曝光</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>暗</translation>
    </message>
    <message>
        <source>bright</source>
        <translation>亮</translation>
    </message>
</context>
<context>
    <name>cs::ui::ReviewPanel</name>
    <message>
        <source>Keep anyway although a check failed (override)</source>
        <translation>有检查不合格，仍要保留（人工放行）</translation>
    </message>
    <message>
        <source>Reason for keeping it (required, recorded), e.g. candidate wears a medical eye patch</source>
        <translation>保留原因（必填，将被记录），例如：考生因病佩戴眼罩</translation>
    </message>
    <message>
        <source>Keep (Enter)</source>
        <translation>保留（回车）</translation>
    </message>
    <message>
        <source>Retake (Esc)</source>
        <translation>重拍（Esc）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No photo could be made
from this picture</source>
        <translation>这张画面
无法生成证件照</translation>
    </message>
    <message>
        <source>Cannot be kept: %1 Press Esc and take it again.</source>
        <translation>无法保留：%1 请按 Esc 重拍。</translation>
    </message>
    <message>
        <source>Meets the standard. Enter keeps it, Esc retakes.</source>
        <translation>符合标准。回车保留，Esc 重拍。</translation>
    </message>
    <message>
        <source>Does not meet the standard: %1 Retake (Esc), or keep it with a reason.</source>
        <translation>不符合标准：%1 请重拍（Esc），或填写原因后保留。</translation>
    </message>
</context>
</TS>
