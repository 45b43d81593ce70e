<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en">
<context>
    <name>ActionItemDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_findings.py" line="+308"/>
        <source>Edit the action</source>
        <translation>تعديل الإجراء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New action</source>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The result wanted, e.g. Vulnerable posts rotate</source>
        <translation>النتيجة المنشودة، مثل: تناوب شاغلي الوظائف الحساسة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is to be done</source>
        <translation>ما يجب القيام به</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Human Resource Management</source>
        <translation>مثل: إدارة الموارد البشرية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due by</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due &amp;by</source>
        <translation>الموعد ال&amp;نهائي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How progress will be seen</source>
        <translation>كيف يُقاس التقدم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no recommendation)</source>
        <translation>(بلا توصية)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Objective:</source>
        <translation>ال&amp;هدف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activity:</source>
        <translation>ال&amp;نشاط:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible &amp;unit:</source>
        <translation>الوحدة ال&amp;مسؤولة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeframe:</source>
        <translation>الإطار ال&amp;زمني:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Indicator:</source>
        <translation>ال&amp;مؤشر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recommendation:</source>
        <translation>ال&amp;توصية:</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/editor_models.py" line="+148"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counterparts</source>
        <translation>النظراء</translation>
    </message>
</context>
<context>
    <name>ArchivedMissionsDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/sync_archive.py" line="+27"/>
        <location line="+10"/>
        <source>Archived missions</source>
        <translation>البعثات المؤرشفة</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived on</source>
        <translation>تاريخ الأرشفة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No archived missions: you are on the team of every mission on this laptop.</source>
        <translation>لا توجد بعثات مؤرشفة: أنت عضو في فريق كل بعثة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You were taken off the team of these missions. They stay on this laptop, read-only and out of the mission list; HQ no longer sends their changes and does not take yours.</source>
        <translation>أُخرجتَ من فريق هذه البعثات. تبقى على هذا الحاسوب للقراءة فقط وخارج قائمة البعثات؛ لم يعد المقر يرسل تغييراتها ولا يقبل تغييراتك.</translation>
    </message>
</context>
<context>
    <name>AssessmentEvidenceDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_dialogs.py" line="+94"/>
        <source>Evidence – {title}</source>
        <translation>الأدلة – {title}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note or caption</source>
        <translation>ملاحظة أو تعليق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note, or a caption for the next file</source>
        <translation>ملاحظة، أو تعليق للملف التالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;note</source>
        <translation>إضافة &amp;ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;file…</source>
        <translation>إضافة &amp;ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (photo shrunk on import)</source>
        <translation> (صُغّرت الصورة عند الاستيراد)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file is already attached.</source>
        <translation>هذا الملف مرفق بالفعل.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
</context>
<context>
    <name>AssessmentEvidenceModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_models.py" line="+233"/>
        <source>File or note</source>
        <translation>ملف أو ملاحظة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>أُضيف في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_dialogs.py" line="+22"/>
        <source>History – {title}</source>
        <translation>السجل – {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History of the answers</source>
        <translation>سجل الإجابات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change recorded yet.</source>
        <translation>لم يُسجَّل أي تغيير بعد.</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_models.py" line="+10"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>AssessmentMissingModel</name>
    <message>
        <location line="-17"/>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required question</source>
        <translation>سؤال إلزامي</translation>
    </message>
</context>
<context>
    <name>AssessmentScoreModel</name>
    <message>
        <location line="-23"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>مُجاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N/A</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unanswered</source>
        <translation>بلا إجابة</translation>
    </message>
</context>
<context>
    <name>AssessmentSectionModel</name>
    <message>
        <location line="-88"/>
        <source>{title}
{done} of {total} answered or N/A</source>
        <translation>{title}
{done} من {total} مُجاب أو غير منطبق</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>AssessmentWindow</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_window.py" line="+201"/>
        <source>&amp;Find question…</source>
        <translation>&amp;بحث عن سؤال…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Summary</source>
        <translation>المل&amp;خص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare with &amp;baseline…</source>
        <translation>المقارنة بخط الأ&amp;ساس…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;completed</source>
        <translation>وضع علامة &amp;مكتمل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Validate…</source>
        <translation>ا&amp;عتماد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reopen…</source>
        <translation>إعادة ال&amp;فتح…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the &amp;newer template…</source>
        <translation>الانتقال إلى القالب الأ&amp;حدث…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evidence…</source>
        <translation>الأ&amp;دلة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History…</source>
        <translation>ال&amp;سجل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Keys: {rate} rate · Y/P/N · − N/A · Del clear · ↑↓ question · PgUp/PgDn section · Enter note · Ctrl+E evidence · Ctrl+H history · Ctrl+F find · Ctrl+R summary</source>
        <translation>المفاتيح: {rate} تقييم · Y/P/N · − غير منطبق · Del مسح · ↑↓ سؤال · PgUp/PgDn قسم · Enter ملاحظة · Ctrl+E أدلة · Ctrl+H سجل · Ctrl+F بحث · Ctrl+R ملخص</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Find a question</source>
        <translation>البحث عن سؤال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a question by number or words; Enter for the next match, Esc to close</source>
        <translation>ابحث عن سؤال برقمه أو بكلماته؛ Enter للنتيجة التالية، Esc للإغلاق</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Scores by section</source>
        <translation>الدرجات حسب القسم</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Required questions without an answer</source>
        <translation>أسئلة إلزامية بلا إجابة</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{title} – Mercator Desktop</source>
        <translation>{title} – Mercator Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mission {mission} · {template}, version {version} · {status}</source>
        <translation>البعثة {mission} · {template}، الإصدار {version} · {status}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Validated by {name} on {when}. The answers are locked; use Reopen… (with a reason) to change them.</source>
        <translation>اعتمده {name} في {when}. الإجابات مقفلة؛ استخدم «إعادة الفتح…» (مع ذكر السبب) لتغييرها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {version} of this checklist is available. Move to the newer template… carries your answers over and lists any that cannot be carried.</source>
        <translation>الإصدار {version} من قائمة المراجعة هذه متاح. «الانتقال إلى القالب الأحدث…» ينقل إجاباتك ويسرد ما لا يمكن نقله.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no score yet</source>
        <translation>لا درجة بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall: {percent} — {answered} answered, {na} N/A, {unanswered} unanswered of {total}</source>
        <translation>الإجمالي: {percent} — {answered} مُجاب، {na} غير منطبق، {unanswered} بلا إجابة من أصل {total}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Missing required answers: {n}</source>
        <translation>إجابات إلزامية ناقصة: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No required answer is missing.</source>
        <translation>لا تنقص أي إجابة إلزامية.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {time}</source>
        <translation>حُفظ {time}</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+462"/>
        <source>N/A</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>Not saved</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>{n} found</source>
        <translation>عُثر على {n}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{i} of {n}</source>
        <translation>{i} من {n}</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Not completed yet</source>
        <translation>لم يكتمل بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} required answers are missing. They are listed on the summary; double-click one to go there.</source>
        <translation>{n} من الإجابات الإلزامية ناقصة. وهي مدرجة في الملخص؛ انقر نقرًا مزدوجًا على إحداها للانتقال إليها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not completed</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Validate the assessment</source>
        <translation>اعتماد التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validating locks the answers. Name of the validator:</source>
        <translation>الاعتماد يقفل الإجابات. اسم المعتمِد:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reopen the assessment</source>
        <translation>إعادة فتح التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopening makes the answers editable again and is recorded. Why is it reopened?</source>
        <translation>إعادة الفتح تجعل الإجابات قابلة للتعديل مجددًا وتُسجَّل. لماذا يُعاد فتحه؟</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move to the newer template</source>
        <translation>الانتقال إلى القالب الأحدث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move this assessment to version {version}? Answers are carried over by question; any that cannot be carried are listed and kept in the history.</source>
        <translation>نقل هذا التقييم إلى الإصدار {version}؟ تُنقل الإجابات سؤالًا بسؤال؛ وما لا يمكن نقله يُسرد ويُحفظ في السجل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not moved</source>
        <translation>لم يُنقل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved to version {version}</source>
        <translation>نُقل إلى الإصدار {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{carried} answers carried over.</source>
        <translation>نُقلت {carried} إجابة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not carried:</source>
        <translation>لم يُنقل:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/backups_dialog.py" line="+88"/>
        <source>Made on</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good</source>
        <translation>سليمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged</source>
        <translation>تالفة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup {id}</source>
        <translation>النسخة الاحتياطية {id}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location line="-54"/>
        <source>Made by you</source>
        <translation>أنشأتها أنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a sync</source>
        <translation>قبل مزامنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>قبل ترقية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{size} MB</source>
        <translation>{size} ميغابايت</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+15"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A copy of your data is made before every upgrade, before a sync changes your records, and once a day while the app is open. Restoring a backup puts its data back; what you have now is first kept as a backup of its own, and the next sync brings back from HQ what you had already sent.</source>
        <translation>تُنشأ نسخة من بياناتك قبل كل ترقية، وقبل أن تغيّر المزامنة سجلاتك، ومرة يوميًا أثناء فتح التطبيق. استعادة نسخة احتياطية تعيد بياناتها؛ ويُحفظ ما لديك الآن أولًا كنسخة احتياطية مستقلة، وتعيد المزامنة التالية من المقر ما كنت قد أرسلته.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kept in {folder}</source>
        <translation>محفوظة في {folder}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back up now</source>
        <translation>إنشاء &amp;نسخة احتياطية الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The backup could not be made</source>
        <translation>تعذّر إنشاء النسخة الاحتياطية</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back your data as it was on {when}?</source>
        <translation>إعادة بياناتك كما كانت في {when}؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you have now is first kept as a backup of its own, so this can be undone. Work you had already sent to HQ comes back at the next sync; work not sent since that day is only in the kept copy.</source>
        <translation>يُحفظ ما لديك الآن أولًا كنسخة احتياطية مستقلة، لذا يمكن التراجع عن ذلك. العمل الذي أرسلته إلى المقر يعود في المزامنة التالية؛ أما العمل غير المرسل منذ ذلك اليوم فلا يوجد إلا في النسخة المحفوظة.</translation>
    </message>
</context>
<context>
    <name>CalendarCanvas</name>
    <message>
        <location filename="../../mercator_desktop/ui/team_calendar.py" line="+232"/>
        <source>{days} d · double-booked</source>
        <translation>{days} يوم · حجز مزدوج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{days} d booked</source>
        <translation>{days} يوم محجوز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>free</source>
        <translation>متاح</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No expert in the directory yet.</source>
        <translation>لا يوجد خبير في الدليل بعد.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Overlaps another mission of this expert</source>
        <translation>يتداخل مع بعثة أخرى لهذا الخبير</translation>
    </message>
</context>
<context>
    <name>ChartRadarWidget</name>
    <message>
        <location filename="../../mercator_desktop/ui/chart_widgets.py" line="+127"/>
        <source>A radar needs three sections or more</source>
        <translation>يحتاج المخطط الراداري إلى ثلاثة أقسام أو أكثر</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_comparison.py" line="+191"/>
        <source>Compare with an earlier assessment</source>
        <translation>المقارنة بتقييم سابق</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare &amp;with:</source>
        <translation>المقارنة &amp;مع:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scores of both assessments by section</source>
        <translation>درجات التقييمين حسب القسم</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No other assessment of this administration uses the same checklist yet. When the administration is assessed again (a follow-up), start the same checklist on the new mission: the two are then compared here, section by section.</source>
        <translation>لا يوجد بعد تقييم آخر لهذه الإدارة يستخدم قائمة المراجعة نفسها. عندما تُقيَّم الإدارة مجددًا (متابعة)، ابدأ قائمة المراجعة نفسها في البعثة الجديدة: عندئذ يُقارن التقييمان هنا، قسمًا بقسم.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Baseline: {baseline}. Follow-up: {follow_up}. Scores are the percentage of the maximum over the answered questions; the change is in percentage points.</source>
        <translation>خط الأساس: {baseline}. المتابعة: {follow_up}. الدرجات هي النسبة المئوية من الحد الأقصى على الأسئلة المُجابة؛ والتغيّر بالنقاط المئوية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baseline {year}</source>
        <translation>خط الأساس {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up {year}</source>
        <translation>المتابعة {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location line="-128"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change (points)</source>
        <translation>التغيّر (نقاط)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/sync_conflicts.py" line="+52"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edited at HQ while you deleted it</source>
        <translation>عُدّل في المقر بينما حذفته أنت</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted at HQ while you edited it</source>
        <translation>حُذف في المقر بينما عدّلته أنت</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep &amp;mine</source>
        <translation>الإبقاء على &amp;قيمتي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put your value back; it is sent to HQ at the next sync</source>
        <translation>إعادة قيمتك؛ تُرسل إلى المقر في المزامنة التالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;HQ&apos;s</source>
        <translation>الإبقاء على قيمة ال&amp;مقر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept HQ&apos;s value (already in the record)</source>
        <translation>قبول قيمة المقر (موجودة بالفعل في السجل)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete anyway</source>
        <translation>ال&amp;حذف رغم ذلك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete it (to the trash); HQ is told at the next sync</source>
        <translation>حذفه (إلى سلة المحذوفات)؛ يُبلَّغ المقر في المزامنة التالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep with their edit</source>
        <translation>الإب&amp;قاء مع تعديلهم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the record as HQ edited it</source>
        <translation>الإبقاء على السجل كما عدّله المقر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore with my edit</source>
        <translation>الاس&amp;تعادة مع تعديلي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring it back with your edit; HQ gets it at the next sync</source>
        <translation>إعادته مع تعديلك؛ يتلقاه المقر في المزامنة التالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave deleted</source>
        <translation>ت&amp;ركه محذوفًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept HQ&apos;s deletion (it stays in the trash here)</source>
        <translation>قبول حذف المقر (يبقى في سلة المحذوفات هنا)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by HQ</source>
        <translation>رفضها المقر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>HQ and you both changed these since the last sync. Everything else was merged. The record now holds HQ&apos;s version: keep HQ&apos;s, or keep yours — yours is then sent to HQ at the next sync.</source>
        <translation>غيّرتَ أنت والمقر هذه منذ آخر مزامنة. دُمج كل ما عداها. يحمل السجل الآن نسخة المقر: أبقِ على نسخة المقر أو على نسختك — وتُرسل نسختك حينئذ إلى المقر في المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts: everything you and HQ changed was merged.</source>
        <translation>لا تعارضات: دُمج كل ما غيّرته أنت والمقر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <location line="+25"/>
        <source>Mission</source>
        <translation>البعثة</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+24"/>
        <location line="+25"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours</source>
        <translation>قيمتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ&apos;s</source>
        <translation>قيمة المقر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>تاريخ الاكتشاف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep mine</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep HQ&apos;s</source>
        <translation>الإبقاء على قيمة المقر</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HQ did not accept these records; they wait here and do not hold up the others. Do what the advice says, discard your change to take HQ&apos;s version back, or try them again.</source>
        <translation>لم يقبل المقر هذه السجلات؛ تنتظر هنا ولا تعطّل غيرها. اتبع ما تقوله النصيحة، أو تخلَّ عن تغييرك لاستعادة نسخة المقر، أو أعد المحاولة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HQ refused nothing.</source>
        <translation>لم يرفض المقر شيئًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ&apos;s reason</source>
        <translation>سبب المقر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you can do</source>
        <translation>ما يمكنك فعله</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Discard my change</source>
        <translation>ال&amp;تخلي عن تغييري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up this laptop&apos;s change of the selected record: it takes back the version HQ has</source>
        <translation>التخلي عن تغيير هذا الحاسوب للسجل المحدد: يعود إلى النسخة التي لدى المقر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Try them again at the next sync</source>
        <translation>إعادة المحاولة في المزامنة ال&amp;تالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send all these records again at the next sync</source>
        <translation>إرسال كل هذه السجلات مرة أخرى في المزامنة التالية</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These came from HQ and cannot be applied yet. They are kept and applied as soon as the way out is done.</source>
        <translation>وصلت هذه من المقر ولا يمكن تطبيقها بعد. تُحفظ وتُطبّق حالما يُنجز المخرج المقترح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing from HQ is waiting.</source>
        <translation>لا شيء من المقر في الانتظار.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it waits</source>
        <translation>سبب الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Way out</source>
        <translation>المخرج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Refused by HQ (%n)</source>
        <translation>
            <numerusform>رفضها المقر (%n)</numerusform>
            <numerusform>رفضها المقر (%n)</numerusform>
            <numerusform>رفضها المقر (%n)</numerusform>
            <numerusform>رفضها المقر (%n)</numerusform>
            <numerusform>رفضها المقر (%n)</numerusform>
            <numerusform>رفضها المقر (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Waiting (%n)</source>
        <translation>
            <numerusform>في الانتظار (%n)</numerusform>
            <numerusform>في الانتظار (%n)</numerusform>
            <numerusform>في الانتظار (%n)</numerusform>
            <numerusform>في الانتظار (%n)</numerusform>
            <numerusform>في الانتظار (%n)</numerusform>
            <numerusform>في الانتظار (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sync inbox: %n to look at</source>
        <translation>
            <numerusform>صندوق المزامنة: %n للمراجعة</numerusform>
            <numerusform>صندوق المزامنة: %n للمراجعة</numerusform>
            <numerusform>صندوق المزامنة: %n للمراجعة</numerusform>
            <numerusform>صندوق المزامنة: %n للمراجعة</numerusform>
            <numerusform>صندوق المزامنة: %n للمراجعة</numerusform>
            <numerusform>صندوق المزامنة: %n للمراجعة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync inbox</source>
        <translation>صندوق المزامنة</translation>
    </message>
</context>
<context>
    <name>CounterpartTableModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/editor_models.py" line="+13"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../mercator_desktop/ui/crash.py" line="+122"/>
        <source>Mercator Desktop ran into an unexpected problem.</source>
        <translation>واجه Mercator Desktop مشكلة غير متوقعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It could not finish what it was doing. This is a bug in Mercator Desktop, not something you did wrong.

What you saved before is not affected: every change is stored in one step, so the last action was either stored completely or not at all. You can keep working; if something looks wrong, quit and start Mercator Desktop again.</source>
        <translation>تعذّر عليه إنهاء ما كان يقوم به. هذا خلل في Mercator Desktop، وليس خطأً ارتكبته.

ما حفظته من قبل لم يتأثر: كل تغيير يُخزَّن في خطوة واحدة، فآخر إجراء إما خُزّن كاملًا وإما لم يُخزَّن إطلاقًا. يمكنك مواصلة العمل؛ وإن بدا شيء غير سليم فأغلق Mercator Desktop وشغّله من جديد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The details were written to the log file:
{path}

Please send this file (or the copied details) to the Mercator Desktop team.</source>
        <translation>كُتبت التفاصيل في ملف السجل:
{path}

يُرجى إرسال هذا الملف (أو التفاصيل المنسوخة) إلى فريق Mercator Desktop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please copy the details and send them to the Mercator Desktop team.</source>
        <translation>يُرجى نسخ التفاصيل وإرسالها إلى فريق Mercator Desktop.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected problem</source>
        <translation>مشكلة غير متوقعة</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../mercator_desktop/ui/dashboard.py" line="+149"/>
        <source>missions start in the next {days} days</source>
        <translation>بعثات تبدأ خلال الأيام الـ{days} القادمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missions delivered without a report yet</source>
        <translation>بعثات نُفّذت دون تقرير بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>action items overdue</source>
        <translation>إجراءات متأخرة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missions in all</source>
        <translation>بعثات إجمالًا</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Needs your attention</source>
        <translation>يحتاج إلى انتباهك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coming up</source>
        <translation>قادم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missions by status</source>
        <translation>البعثات حسب الحالة</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot show the dashboard</source>
        <translation>تعذّر عرض لوحة المعلومات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today, {date}</source>
        <translation>اليوم، {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} missions in your data</source>
        <translation>{n} بعثة في بياناتك</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>… and {n} more</source>
        <translation>… و{n} أخرى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No mission starts in the next {days} days.</source>
        <translation>لا تبدأ أي بعثة خلال الأيام الـ{days} القادمة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dashboard: {count} {caption}</source>
        <translation>لوحة المعلومات: {count} {caption}</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <location filename="../../mercator_desktop/ui/data_safety.py" line="+55"/>
        <location line="+12"/>
        <location line="+27"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Close the mission and assessment windows first.</source>
        <translation>أغلق نوافذ البعثات والتقييمات أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They may hold changes not saved yet; nothing was restored.</source>
        <translation>قد تحتوي على تغييرات لم تُحفظ بعد؛ لم يُستعد شيء.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+88"/>
        <source>The backup could not be restored.</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data is back as it was on {when}. What you had before is kept as the backup “{kept}”. Sync with HQ to get back the work you had already sent.</source>
        <translation>عادت بياناتك كما كانت في {when}. ما كان لديك من قبل محفوظ كالنسخة الاحتياطية «{kept}». زامن مع المقر لاستعادة العمل الذي كنت قد أرسلته.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The data folder could not be opened again.</source>
        <translation>تعذّر فتح مجلد البيانات مجددًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Close Mercator Desktop and start it again.</source>
        <translation>{problem}

أغلق Mercator Desktop ثم شغّله من جديد.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Everything exported to {folder}.</source>
        <translation>صُدّر كل شيء إلى {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export finished</source>
        <translation>انتهى التصدير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export could not be written</source>
        <translation>تعذّرت كتابة التصدير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything into a new or empty folder</source>
        <translation>تصدير كل شيء إلى مجلد جديد أو فارغ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file was not opened, so nothing in it was changed. SQLite says: {problem}</source>
        <translation>لم يُفتح الملف، فلم يتغير فيه شيء. رسالة SQLite: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <location line="+8"/>
        <source>Your data is damaged</source>
        <translation>بياناتك تالفة</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The database of Mercator Desktop is damaged and there is no backup to restore.</source>
        <translation>قاعدة بيانات Mercator Desktop تالفة ولا توجد نسخة احتياطية لاستعادتها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the file {file} and ask for help.</source>
        <translation>احتفظ بالملف {file} واطلب المساعدة.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The database of Mercator Desktop is damaged. Restore the newest good backup, made on {when}?</source>
        <translation>قاعدة بيانات Mercator Desktop تالفة. استعادة أحدث نسخة احتياطية سليمة، المُنشأة في {when}؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore the backup</source>
        <translation>ا&amp;ستعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The damaged file is kept in the data folder&apos;s set-aside folder for inspection. Work you had sent to HQ after {when} comes back at the next sync.</source>
        <translation>يُحفظ الملف التالف في مجلد set-aside داخل مجلد البيانات لفحصه. العمل الذي أرسلته إلى المقر بعد {when} يعود في المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>ExpertDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/expert_directory.py" line="+650"/>
        <source>New expert</source>
        <translation>خبير جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert: {name}</source>
        <translation>الخبير: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+67"/>
        <source>&amp;Name</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>&amp;E-mail</source>
        <translation>ال&amp;بريد الإلكتروني</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+114"/>
        <source>(not recorded)</source>
        <translation>(غير مسجَّل)</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+61"/>
        <source>Home &amp;country</source>
        <translation>&amp;بلد الإقامة</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+56"/>
        <source>&amp;Languages</source>
        <translation>ال&amp;لغات</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Language codes, e.g. fr, en, es</source>
        <translation>رموز اللغات، مثل fr، en، es</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accreditation category</source>
        <translation>فئة الاعتماد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accreditation status</source>
        <translation>حالة الاعتماد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accredited on</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACE id</source>
        <translation>معرّف ACE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add / update</source>
        <translation>إضافة / تحديث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Home &amp;administration</source>
        <translation>الإدارة ال&amp;أصلية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accreditations (WCO categories)</source>
        <translation>الاعتمادات (فئات المنظمة العالمية للجمارك)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>None yet.</source>
        <translation>لا شيء بعد.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The expert was not saved</source>
        <translation>لم يُحفظ الخبير</translation>
    </message>
</context>
<context>
    <name>ExpertDirectory</name>
    <message>
        <location line="-751"/>
        <source>accredited</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-accredited</source>
        <translation>معتمد مبدئيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lapsed</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Search experts by name</source>
        <translation>البحث عن الخبراء بالاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name</source>
        <translation>البحث بالاسم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accreditation category</source>
        <translation>فئة الاعتماد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any accreditation</source>
        <translation>أي اعتماد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted experts</source>
        <translation>الخبراء المحذوفون</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Experts</source>
        <translation>الخبراء</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New expert…</source>
        <translation>خبير &amp;جديد…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Missions of the selected expert</source>
        <translation>بعثات الخبير المحدد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Missions</source>
        <translation>البعثات</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter or double-click opens a mission.</source>
        <translation>يفتح Enter أو النقر المزدوج البعثة.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>1 expert</source>
        <translation>خبير واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} experts</source>
        <translation>{n} خبير</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No deleted experts.</source>
        <translation>لا يوجد خبراء محذوفون.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts you delete wait here until you restore them.</source>
        <translation>ينتظر هنا الخبراء الذين تحذفهم حتى تستعيدهم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No expert matches these filters.</source>
        <translation>لا يطابق أي خبير عوامل التصفية هذه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No experts yet.</source>
        <translation>لا يوجد خبراء بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the experts you work with: their accreditations and languages, then pick them for a mission&apos;s team.</source>
        <translation>أضف الخبراء الذين تعمل معهم: اعتماداتهم ولغاتهم، ثم اخترهم لفريق البعثة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the first expert…</source>
        <translation>إضافة الخبير الأول…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No expert selected</source>
        <translation>لم يُحدَّد أي خبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No expert matches</source>
        <translation>لا يطابق أي خبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No experts yet</source>
        <translation>لا يوجد خبراء بعد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No missions yet.</source>
        <translation>لا توجد بعثات بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The missions this expert is on the team of show here; add the expert on a mission&apos;s Team tab.</source>
        <translation>تظهر هنا البعثات التي يكون هذا الخبير في فريقها؛ أضف الخبير في تبويب «الفريق» لإحدى البعثات.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missions ({n})</source>
        <translation>البعثات ({n})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Speaks {languages}</source>
        <translation>يتحدث {languages}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> since {date}</source>
        <translation> منذ {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No accreditation recorded</source>
        <translation>لم يُسجَّل أي اعتماد</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot delete the expert</source>
        <translation>تعذّر حذف الخبير</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot restore the expert</source>
        <translation>تعذّرت استعادة الخبير</translation>
    </message>
</context>
<context>
    <name>ExpertMissionsModel</name>
    <message>
        <location line="-407"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
</context>
<context>
    <name>ExpertTableModel</name>
    <message>
        <location line="-65"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accreditation</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home country</source>
        <translation>بلد الإقامة</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../mercator_desktop/ui/filter_bar.py" line="+56"/>
        <source>Search code, title, country or expert  (Ctrl+F)</source>
        <extracomment>↓ (False) or Enter (True) in the search field: go to the results (and open one)</extracomment>
        <translation>ابحث بالرمز أو العنوان أو البلد أو الخبير  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search missions</source>
        <translation>البحث في البعثات</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any type</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any region</source>
        <translation>أي منطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+168"/>
        <source>Any country</source>
        <translation>أي بلد</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Missions from</source>
        <translation>البعثات من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions that end on or after this date</source>
        <translation>البعثات التي تنتهي في هذا التاريخ أو بعده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missions until</source>
        <translation>البعثات حتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions that start on or before this date</source>
        <translation>البعثات التي تبدأ في هذا التاريخ أو قبله</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show all missions</source>
        <translation>عرض كل البعثات</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Between</source>
        <translation>بين</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{shown} of {total} missions in the trash</source>
        <translation>{shown} من {total} بعثة في سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{total} missions in the trash</source>
        <translation>{total} بعثة في سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total} missions</source>
        <translation>{shown} من {total} بعثة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 mission</source>
        <translation>بعثة واحدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} missions</source>
        <translation>{total} بعثة</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_findings.py" line="-121"/>
        <source>Edit the finding</source>
        <translation>تعديل الاستنتاج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New finding</source>
        <translation>استنتاج جديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gap — something to improve</source>
        <translation>ثغرة — أمر يجب تحسينه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength — something that works</source>
        <translation>نقطة قوة — أمر ينجح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not linked)</source>
        <translation>(غير مرتبط)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this mission</source>
        <translation>هذه البعثة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type to search a factor, principle or article</source>
        <translation>اكتب للبحث عن عامل أو مبدأ أو مادة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you saw, in a sentence or two the report can print as it is</source>
        <translation>ما رأيته، في جملة أو جملتين يمكن للتقرير طباعتهما كما هما</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Linked to:</source>
        <translation>&amp;مرتبط بـ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this mission is linked to comes first; any factor, principle or article can be chosen.</source>
        <translation>يأتي أولًا ما ترتبط به هذه البعثة؛ ويمكن اختيار أي عامل أو مبدأ أو مادة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From &amp;assessment:</source>
        <translation>من ال&amp;تقييم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>ال&amp;نص:</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../mercator_desktop/ui/global_search.py" line="+36"/>
        <source>Mission code</source>
        <extracomment>(kind, field) → where the hit is, as shown before its text</extracomment>
        <translation>رمز البعثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics notes</source>
        <translation>ملاحظات لوجستية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive summary</source>
        <translation>الملخص التنفيذي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda, location</source>
        <translation>جدول الأعمال، المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda, with</source>
        <translation>جدول الأعمال، مع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on an answer</source>
        <translation>ملاحظة على إجابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>استنتاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item</source>
        <translation>بند إجراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item, objective</source>
        <translation>بند إجراء، الهدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item, indicator</source>
        <translation>بند إجراء، المؤشر</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <location line="+24"/>
        <source>Search everything</source>
        <translation>البحث في كل شيء</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kingston, a phrase from a note, a code…</source>
        <translation>Kingston، عبارة من ملاحظة، رمز…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search missions, agendas, notes, findings and actions:</source>
        <translation>ا&amp;بحث في البعثات وجداول الأعمال والملاحظات والاستنتاجات والإجراءات:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Type a word or two: accents and capitals do not matter. Enter opens the place it was found.</source>
        <translation>اكتب كلمة أو كلمتين: لا تهم الحركات ولا حالة الأحرف. يفتح Enter المكان الذي عُثر فيه على النتيجة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{code} — {title} ({count})</source>
        <translation>{code} — {title} ({count})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type a word or two: accents and capitals do not matter.</source>
        <translation>اكتب كلمة أو كلمتين: لا تهم الحركات ولا حالة الأحرف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “{query}”. Try fewer words, or the beginning of a word.</source>
        <translation>لم يُعثر على شيء لـ«{query}». جرّب كلمات أقل، أو بداية كلمة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 place found</source>
        <translation>عُثر على مكان واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} places found</source>
        <translation>عُثر على {n} مكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in 1 mission</source>
        <translation>في بعثة واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {n} missions</source>
        <translation>في {n} بعثة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter opens the place.</source>
        <translation>يفتح Enter المكان.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/import_preview.py" line="+53"/>
        <source>Import preview – {name}</source>
        <translation>معاينة الاستيراد – {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sheet:</source>
        <translation>ال&amp;ورقة:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What the import would do, row by row</source>
        <translation>ما سيفعله الاستيراد، صفًا بصف</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>ما يحدث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values not recognised – choose what each one means</source>
        <translation>قيم غير معروفة – اختر معنى كل منها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value in the file</source>
        <translation>القيمة في الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Means</source>
        <translation>المعنى</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The sheet “{sheet}” cannot be imported:</source>
        <translation>لا يمكن استيراد الورقة «{sheet}»:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another sheet, or correct this one in your spreadsheet and import the file again.</source>
        <translation>اختر ورقة أخرى، أو صحّح هذه الورقة في جدولك ثم استورد الملف مرة أخرى.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the sheet “{sheet}”…</source>
        <translation>جارٍ قراءة الورقة «{sheet}»…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>حُدّث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>رُفض</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>lines {lines}</source>
        <translation>الأسطر {lines}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>line {lines}</source>
        <translation>السطر {lines}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows {lines}</source>
        <translation>الصفوف {lines}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>row {lines}</source>
        <translation>الصف {lines}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records {lines}</source>
        <translation>السجلات {lines}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>record {lines}</source>
        <translation>السجل {lines}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}”</source>
        <translation>«{value}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matches more than one entry</source>
        <translation>يطابق أكثر من مدخل</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a new programme “{name}”</source>
        <translation>إنشاء برنامج جديد «{name}»</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Created: {created} · updated: {updated} · refused: {refused} (missions in the file: {total}).</source>
        <translation>أُنشئ: {created} · حُدّث: {updated} · رُفض: {refused} (البعثات في الملف: {total}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some rows have problems a choice cannot fix: correct them in your spreadsheet and import the file again. Nothing is imported until every row can be.</source>
        <translation>في بعض الصفوف مشكلات لا يحلها الاختيار: صحّحها في جدولك ثم استورد الملف مرة أخرى. لا يُستورد شيء حتى تصبح كل الصفوف قابلة للاستيراد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose what each value not recognised means to import the file.</source>
        <translation>اختر معنى كل قيمة غير معروفة لاستيراد الملف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is stored until you click Import.</source>
        <translation>لا يُخزَّن شيء حتى تنقر «استيراد».</translation>
    </message>
</context>
<context>
    <name>IssueReportDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/issued_reports.py" line="+68"/>
        <source>Reissue the report</source>
        <translation>إعادة إصدار التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue the report</source>
        <translation>إصدار التقرير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This freezes the mission report as version %1: the PDF is kept in the data folder, listed on the mission and sent to HQ with the next sync. An issued report is never changed; a correction is a new version.</source>
        <translation>يُثبَّت تقرير البعثة في النسخة %1: يُحفظ ملف PDF في مجلد البيانات ويُدرج في البعثة ويُرسل إلى المقر مع المزامنة التالية. لا يُعدَّل التقرير الصادر أبدًا؛ التصحيح نسخة جديدة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date of issue</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Date of &amp;issue:</source>
        <translation>&amp;تاريخ الإصدار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Issue version %1</source>
        <translation>إ&amp;صدار النسخة %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the results of the assessments</source>
        <translation>نتائج التقييمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue a Final report?</source>
        <translation>إصدار تقرير نهائي؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These parts of the report are empty: %1. Issue it as Final anyway?</source>
        <translation>هذه الأجزاء من التقرير فارغة: %1. هل تريد إصداره نهائيًا رغم ذلك؟</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issuing the report…</source>
        <translation>جارٍ إصدار التقرير…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was not issued</source>
        <translation>لم يصدر التقرير</translation>
    </message>
</context>
<context>
    <name>IssuedReports</name>
    <message>
        <location line="-125"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>نهائية</translation>
    </message>
</context>
<context>
    <name>IssuedReportsPanel</name>
    <message>
        <location line="+145"/>
        <source>Version</source>
        <extracomment>who opens the issue dialog (the editor: it offers to save unsaved changes first); by default the panel itself</extracomment>
        <translation>النسخة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of issue</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>أصدره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issued reports of the mission</source>
        <translation>التقارير الصادرة عن البعثة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Issue report…</source>
        <translation>إ&amp;صدار التقرير…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;copy…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reissue…</source>
        <translation>إعادة الإص&amp;دار…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each issue freezes the report as it was sent: version 1.0, then 1.1, 1.2 … The PDF is kept in the data folder (encrypted when the folder is) and goes to HQ and the mission&apos;s other experts with the sync.</source>
        <translation>كل إصدار يثبّت التقرير كما أُرسل: النسخة 1.0 ثم 1.1 و1.2 … يُحفظ ملف PDF في مجلد البيانات (مشفّرًا إذا كان المجلد مشفّرًا) ويصل إلى المقر وإلى خبراء البعثة الآخرين مع المزامنة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No report issued yet.</source>
        <translation>لم يصدر أي تقرير بعد.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (arrives with the next sync)</source>
        <translation>%1 (يصل مع المزامنة التالية)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Version %1 of the report issued (%2 pages)</source>
        <translation>صدرت النسخة %1 من التقرير (%2 صفحات)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report cannot be opened</source>
        <translation>تعذّر فتح التقرير</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save a copy of the issued report</source>
        <translation>حفظ نسخة من التقرير الصادر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The copy was not saved</source>
        <translation>لم تُحفظ النسخة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy saved to %1</source>
        <translation>حُفظت النسخة في %1</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/letterhead_dialog.py" line="+39"/>
        <source>Letterhead for reports</source>
        <translation>ترويسة التقارير</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printed on the cover and at the top of every page of the reports made on this computer. Leave a field empty to print the standard wording shown in grey.</source>
        <translation>تُطبع على الغلاف وفي أعلى كل صفحة من التقارير المُعدّة على هذا الحاسوب. اترك الحقل فارغًا لطباعة الصياغة القياسية الظاهرة باللون الرمادي.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;منظمة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>World Customs Organization</source>
        <translation>المنظمة العالمية للجمارك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>ال&amp;وحدة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity Building</source>
        <translation>بناء القدرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address line:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Rue du Marché 30, 1210 Brussels, Belgium</source>
        <translation>مثل: Rue du Marché 30, 1210 Brussels, Belgium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Classification:</source>
        <translation>الت&amp;صنيف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RESTRICTED — for the beneficiary administration and the WCO only</source>
        <translation>مقيّد — للإدارة المستفيدة والمنظمة العالمية للجمارك فقط</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>C&amp;hoose image…</source>
        <translation>ا&amp;ختيار صورة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Logo:</source>
        <translation>الشعار:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no logo)</source>
        <translation>(بلا شعار)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the logo</source>
        <translation>اختيار الشعار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mercator_desktop/ui/main_window.py" line="+108"/>
        <source>Mercator Desktop</source>
        <extracomment>makes the ``services.sync.SyncService`` of a store; None: the OS keyring&apos;s</extracomment>
        <translation>Mercator Desktop</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;New mission…</source>
        <translation>بعثة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a new mission</source>
        <translation>التخطيط لبعثة جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected mission</source>
        <translation>فتح البعثة المحددة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate…</source>
        <translation>ت&amp;كرار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new mission from the selected one</source>
        <translation>بدء بعثة جديدة انطلاقًا من البعثة المحددة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected mission to the trash</source>
        <translation>نقل البعثة المحددة إلى سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;trash</source>
        <translation>عرض سلة ال&amp;محذوفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the missions in the trash, to restore them</source>
        <translation>عرض البعثات في سلة المحذوفات لاستعادتها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;estore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected mission out of the trash</source>
        <translation>إخراج البعثة المحددة من سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import missions…</source>
        <translation>ا&amp;ستيراد بعثات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import missions from a spreadsheet (Excel, OpenDocument or CSV)</source>
        <translation>استيراد بعثات من جدول بيانات (Excel أو OpenDocument أو CSV)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export missions…</source>
        <translation>ت&amp;صدير البعثات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the missions shown to an Excel workbook or a CSV file</source>
        <translation>تصدير البعثات المعروضة إلى مصنف Excel أو ملف CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assessments…</source>
        <translation>ال&amp;تقييمات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the mission on its assessments (checklists)</source>
        <translation>فتح البعثة على تقييماتها (قوائم المراجعة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;report…</source>
        <translation>تصدير الت&amp;قرير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the mission report of the selected mission as a PDF</source>
        <translation>كتابة تقرير البعثة المحددة بصيغة PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Progress report…</source>
        <translation>تقرير الت&amp;قدم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the Capacity Building Progress Report as a PDF</source>
        <translation>كتابة تقرير التقدم في بناء القدرات بصيغة PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Letterhead for reports…</source>
        <translation>&amp;ترويسة التقارير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation, address, classification and logo printed on the reports</source>
        <translation>المنظمة والعنوان والتصنيف والشعار المطبوعة على التقارير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups…</source>
        <translation>النسخ الا&amp;حتياطية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copies of your data: make one now, or restore one</source>
        <translation>نسخ بياناتك: أنشئ واحدة الآن، أو استعد واحدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro&amp;tect this data folder…</source>
        <translation>حماية مجلد ال&amp;بيانات هذا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt this data folder, so that a lost laptop does not give it away</source>
        <translation>تشفير مجلد البيانات هذا حتى لا يكشفه حاسوب محمول مفقود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hange recovery passphrase…</source>
        <translation>تغيير &amp;عبارة مرور الاسترداد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a new recovery passphrase for this encrypted data folder</source>
        <translation>اختيار عبارة مرور استرداد جديدة لمجلد البيانات المشفر هذا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export e&amp;verything…</source>
        <translation>تصدير &amp;كل شيء…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every record, evidence file and report into a folder, readable without the app</source>
        <translation>كتابة كل سجل وملف دليل وتقرير في مجلد يمكن قراءته دون التطبيق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign i&amp;n to HQ…</source>
        <translation>&amp;تسجيل الدخول إلى المقر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to WCO headquarters to sync</source>
        <translation>تسجيل الدخول إلى مقر المنظمة العالمية للجمارك للمزامنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync now</source>
        <translation>م&amp;زامنة الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send your changes to HQ and receive theirs</source>
        <translation>إرسال تغييراتك إلى المقر واستلام تغييراته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync &amp;automatically when HQ can be reached</source>
        <translation>مزامنة تل&amp;قائية عندما يمكن الوصول إلى المقر</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+602"/>
        <source>Sync &amp;inbox…</source>
        <translation>&amp;صندوق المزامنة…</translation>
    </message>
    <message>
        <location line="-601"/>
        <source>Fields HQ and you both changed, records HQ refused and records from HQ that wait</source>
        <translation>حقول غيّرتها أنت والمقر، وسجلات رفضها المقر، وسجلات من المقر في الانتظار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;rchived missions…</source>
        <translation>البعثات المؤ&amp;رشفة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions you were taken off the team of, kept read-only on this laptop</source>
        <translation>بعثات أُخرجتَ من فريقها، محفوظة للقراءة فقط على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the HQ session on this computer; your work stays here</source>
        <translation>إنهاء جلسة المقر على هذا الحاسوب؛ يبقى عملك هنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find missions</source>
        <translation>البح&amp;ث عن البعثات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to narrow the mission list</source>
        <translation>اكتب لتضييق قائمة البعثات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search everything…</source>
        <translation>البحث في &amp;كل شيء…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a word in every mission: objectives, locations, agendas, notes, findings and actions</source>
        <translation>ابحث عن كلمة في كل البعثات: الأهداف والأماكن وجداول الأعمال والملاحظات والاستنتاجات والإجراءات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cl&amp;ear filters</source>
        <translation>م&amp;سح عوامل التصفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every mission again</source>
        <translation>عرض كل البعثات مجددًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;لوحة المعلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Missions</source>
        <translation>ال&amp;بعثات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xperts</source>
        <translation>ال&amp;خبراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team &amp;calendar</source>
        <translation>تقويم ال&amp;فريق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit Mercator Desktop</source>
        <translation>إنهاء Mercator Desktop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Mercator Desktop</source>
        <translation>&amp;حول Mercator Desktop</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Mission</source>
        <translation>&amp;بعثة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sync</source>
        <translation>م&amp;زامنة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mission actions</source>
        <translation>إجراءات البعثة</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+108"/>
        <location line="+622"/>
        <source>Missions</source>
        <translation>البعثات</translation>
    </message>
    <message>
        <location line="-682"/>
        <source>Plan your first mission</source>
        <translation>خطّط لبعثتك الأولى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import missions from a spreadsheet…</source>
        <translation>استيراد بعثات من جدول بيانات…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No mission matches these filters.</source>
        <translation>لا تطابق أي بعثة عوامل التصفية هذه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear the filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+61"/>
        <source>Opening your data…</source>
        <translation>جارٍ فتح بياناتك…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The trash: missions you deleted. Select one and choose Restore (Ctrl+R) to bring it back.</source>
        <translation>سلة المحذوفات: البعثات التي حذفتها. حدّد إحداها واختر «استعادة» (Ctrl+R) لإعادتها.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts</source>
        <translation>الخبراء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team calendar</source>
        <translation>تقويم الفريق</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Loading the missions…</source>
        <translation>جارٍ تحميل البعثات…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot load the missions</source>
        <translation>تعذّر تحميل البعثات</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The trash is empty.</source>
        <translation>سلة المحذوفات فارغة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions you delete wait here until you restore them.</source>
        <translation>تنتظر هنا البعثات التي تحذفها حتى تستعيدها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No missions yet.</source>
        <translation>لا توجد بعثات بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan your first mission, or import the missions you keep in a spreadsheet (Excel, OpenDocument or CSV). Everything stays on this computer until you sync.</source>
        <translation>خطّط لبعثتك الأولى، أو استورد البعثات التي تحفظها في جدول بيانات (Excel أو OpenDocument أو CSV). يبقى كل شيء على هذا الحاسوب حتى تُجري المزامنة.</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>Sync &amp;inbox (%n)…</source>
        <translation>
            <numerusform>&amp;صندوق المزامنة (%n)…</numerusform>
            <numerusform>&amp;صندوق المزامنة (%n)…</numerusform>
            <numerusform>&amp;صندوق المزامنة (%n)…</numerusform>
            <numerusform>&amp;صندوق المزامنة (%n)…</numerusform>
            <numerusform>&amp;صندوق المزامنة (%n)…</numerusform>
            <numerusform>&amp;صندوق المزامنة (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot open the mission</source>
        <translation>تعذّر فتح البعثة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New mission from {code}: give it its dates, then save.</source>
        <translation>بعثة جديدة من {code}: حدّد تواريخها ثم احفظ.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Mission is being edited</source>
        <translation>البعثة قيد التعديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} has unsaved changes in its window.</source>
        <translation>لـ{code} تغييرات غير محفوظة في نافذتها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save or close that window first, then delete the mission.</source>
        <translation>احفظ تلك النافذة أو أغلقها أولًا، ثم احذف البعثة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot delete the mission</source>
        <translation>تعذّر حذف البعثة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} moved to the trash. Show the trash (Ctrl+Shift+T) to restore it.</source>
        <translation>نُقلت {code} إلى سلة المحذوفات. اعرض السلة (Ctrl+Shift+T) لاستعادتها.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot restore the mission</source>
        <translation>تعذّرت استعادة البعثة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} is back in the mission list.</source>
        <translation>عادت {code} إلى قائمة البعثات.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trash</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import missions</source>
        <translation>استيراد البعثات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv);;Mission files (*.json);;All files (*)</source>
        <translation>جداول البيانات (*.xlsx *.xls *.ods *.csv);;ملفات البعثات (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة {name}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check what {name} holds, then import it.</source>
        <translation>تحقّق مما يحتويه {name}، ثم استورده.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+97"/>
        <source>Nothing was imported from {name}.</source>
        <translation>لم يُستورد شيء من {name}.</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+1"/>
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{total} missions imported from {name}: {created} new, {updated} updated.</source>
        <translation>استُوردت {total} بعثة من {name}: {created} جديدة، {updated} محدَّثة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} of them came back from the trash.</source>
        <translation>عادت {n} منها من سلة المحذوفات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New experts in the directory: {names}.</source>
        <translation>خبراء جدد في الدليل: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check:</source>
        <translation>يُرجى التحقق:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the import to finish…</source>
        <translation>في انتظار انتهاء الاستيراد…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>أُلغي الاستيراد؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and {n} more (see the details)</source>
        <translation>… و{n} أخرى (انظر التفاصيل)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nothing was imported: {name} has {n} problems to fix.</source>
        <translation>لم يُستورد شيء: في {name} {n} مشكلات يجب إصلاحها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: {name} has a problem to fix.</source>
        <translation>لم يُستورد شيء: في {name} مشكلة يجب إصلاحها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the file in your spreadsheet and import it again.</source>
        <translation>صحّح الملف في جدول البيانات ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the missions shown</source>
        <translation>تصدير البعثات المعروضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>مصنفات Excel (*.xlsx);;ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting to {name}…</source>
        <translation>جارٍ التصدير إلى {name}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} missions exported to {path}.</source>
        <translation>صُدّرت {count} بعثة إلى {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dashboard selection is not part of an export; the other filters are.</source>
        <translation>اختيار لوحة المعلومات لا يدخل في التصدير؛ أما عوامل التصفية الأخرى فتدخل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export finished</source>
        <translation>انتهى التصدير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please wait</source>
        <translation>يُرجى الانتظار</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>&lt;h3&gt;Mercator Desktop {version}&lt;/h3&gt;&lt;p&gt;The offline workbench of WCO accredited experts: plan missions, fill the GEOAT and integrity checklists, write the mission report and sync with WCO headquarters when a connection appears.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mercator Desktop {version}&lt;/h3&gt;&lt;p&gt;منصة العمل غير المتصلة لخبراء المنظمة العالمية للجمارك المعتمدين: تخطيط البعثات، وملء أداة GEOAT وقوائم مراجعة النزاهة، وكتابة تقرير البعثة، والمزامنة مع مقر المنظمة عند توفر الاتصال.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Your data: {folder}&lt;/p&gt;</source>
        <translation>&lt;p&gt;بياناتك: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Mercator Desktop</source>
        <translation>حول Mercator Desktop</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These windows have unsaved changes:</source>
        <translation>في هذه النوافذ تغييرات غير محفوظة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them before quitting?</source>
        <translation>حفظها قبل الإنهاء؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save all</source>
        <translation>&amp;حفظ الكل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Discard all</source>
        <translation>&amp;تجاهل الكل</translation>
    </message>
</context>
<context>
    <name>MissionAssessmentsPanel</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_assessments.py" line="+388"/>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop group</source>
        <translation>مجموعة الورشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Percentage of the maximum over the answered questions, weights applied</source>
        <translation>النسبة المئوية من الحد الأقصى على الأسئلة المُجابة، مع تطبيق الأوزان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assessments of the mission</source>
        <translation>تقييمات البعثة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No assessments yet.</source>
        <translation>لا توجد تقييمات بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the checklist that fits the mission (GEOAT, integrity); for a workshop with several groups, one per group.</source>
        <translation>ابدأ قائمة المراجعة المناسبة للبعثة (GEOAT، النزاهة)؛ ولورشة تضم عدة مجموعات، واحدة لكل مجموعة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start an assessment…</source>
        <translation>بدء تقييم…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The checklists filled for this mission — one per workshop group if you like. Answers are saved as you give them; what you do on this page is stored at once and is not part of the mission&apos;s Save and Undo.</source>
        <translation>قوائم المراجعة المملوءة لهذه البعثة — واحدة لكل مجموعة ورشة إن شئت. تُحفظ الإجابات فور إدخالها؛ وما تفعله في هذه الصفحة يُخزَّن فورًا ولا يدخل في «حفظ» البعثة و«تراجع».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the new mission first (Ctrl+S); then you can start its assessments here.</source>
        <translation>احفظ البعثة الجديدة أولًا (Ctrl+S)؛ ثم يمكنك بدء تقييماتها هنا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assessments in the trash. Select one and click Restore to bring it back.</source>
        <translation>تقييمات في سلة المحذوفات. حدّد أحدها وانقر «استعادة» لإعادته.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New assessment…</source>
        <translation>تقييم &amp;جديد…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the filling screen (Enter)</source>
        <translation>فتح شاشة الملء (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rena&amp;me…</source>
        <translation>إعادة ال&amp;تسمية…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to &amp;trash</source>
        <translation>نقل إلى &amp;سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected assessment to the trash (Delete)</source>
        <translation>نقل التقييم المحدد إلى سلة المحذوفات (Delete)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;how trash</source>
        <translation>&amp;عرض سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest&amp;ore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{done} answers</source>
        <translation>{done} إجابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The trash is empty.</source>
        <translation>سلة المحذوفات فارغة.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Validated by {name} on {day}; locked. Open it and use Reopen… (with a reason) to change it.</source>
        <translation>اعتمده {name} في {day}؛ مقفل. افتحه واستخدم «إعادة الفتح…» (مع ذكر السبب) لتغييره.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} questions not answered yet.</source>
        <translation>{n} سؤال لم يُجب عنه بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every question is answered.</source>
        <translation>أُجيب عن كل الأسئلة.</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/agenda.py" line="+66"/>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="+228"/>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Opening with the Commissioner</source>
        <translation>مثل: الافتتاح مع المدير العام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who attends</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions planned yet.</source>
        <translation>لا توجد جلسات مخطط لها بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the day and the activity below, then Add session.</source>
        <translation>حدّد اليوم والنشاط أدناه، ثم «إضافة جلسة».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan the first session</source>
        <translation>خطّط للجلسة الأولى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add session</source>
        <translation>إ&amp;ضافة جلسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Update session</source>
        <translation>&amp;تحديث الجلسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move u&amp;p</source>
        <translation>نقل إلى الأ&amp;على</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier in the day (Alt+Up)</source>
        <translation>في وقت أبكر من اليوم (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>نقل إلى الأ&amp;سفل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later in the day (Alt+Down)</source>
        <translation>في وقت لاحق من اليوم (Alt+Down)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Da&amp;y</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;rom</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../mercator_desktop/ui/editor_sections/overview.py" line="+76"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acti&amp;vity</source>
        <translation>ال&amp;نشاط</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../mercator_desktop/ui/editor_sections/overview.py" line="+7"/>
        <source>&amp;Location</source>
        <translation>ال&amp;مكان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>W&amp;ith</source>
        <translation>م&amp;ع</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Sessions fall within the mission dates, {start} to {end}. Sessions of a day keep the order you give them (Alt+Up / Alt+Down).</source>
        <translation>تقع الجلسات ضمن تواريخ البعثة، من {start} إلى {end}. تحتفظ جلسات اليوم بالترتيب الذي تعطيه لها (Alt+Up / Alt+Down).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mission is ongoing: sessions fall on or after its start, {start}. Sessions of a day keep the order you give them (Alt+Up / Alt+Down).</source>
        <translation>البعثة جارية: تقع الجلسات في يوم بدايتها {start} أو بعده. تحتفظ جلسات اليوم بالترتيب الذي تعطيه لها (Alt+Up / Alt+Down).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the mission its dates (Overview) to plan the days.</source>
        <translation>حدّد تواريخ البعثة (نظرة عامة) لتخطيط الأيام.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>give the day of the session</source>
        <translation>حدّد يوم الجلسة</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/conflicts.py" line="+126"/>
        <source>Not saved: changed elsewhere meanwhile — choose what to keep, then save again</source>
        <translation>لم يُحفظ: تغيّر في مكان آخر في الأثناء — اختر ما تريد الإبقاء عليه ثم احفظ مجددًا</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>changed elsewhere meanwhile too; saving again keeps what you see here</source>
        <translation>تغيّر في مكان آخر في الأثناء أيضًا؛ الحفظ مجددًا يبقي ما تراه هنا</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/fields.py" line="+235"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. JM-2025-INTD-01</source>
        <translation>مثل: JM-2025-INTD-01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a type…</source>
        <translation>اختر نوعًا…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search a country</source>
        <translation>اكتب للبحث عن بلد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end date</source>
        <translation>تاريخ النهاية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City, venue</source>
        <translation>المدينة، المقر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remote</source>
        <translation>عن بُعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote (online)</source>
        <translation>عن بُعد (عبر الإنترنت)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter reference</source>
        <translation>مرجع الرسالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request date</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the administration asked for and what the mission should achieve</source>
        <translation>ما طلبته الإدارة وما ينبغي أن تحققه البعثة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logistics notes</source>
        <translation>ملاحظات لوجستية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flights, visas, hotel, venue, interpreters, equipment, security briefings…</source>
        <translation>الرحلات، التأشيرات، الفندق، مكان الانعقاد، المترجمون، المعدات، الإحاطات الأمنية…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>executive summary</source>
        <translation>الملخص التنفيذي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the mission found and what matters most for the administration</source>
        <translation>ما توصلت إليه البعثة وما يهم الإدارة أكثر من غيره</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Keep mine</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take theirs</source>
        <translation>أخذ قيمتهم</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed elsewhere to «{value}»</source>
        <translation>تغيّر في مكان آخر إلى «{value}»</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/links.py" line="+53"/>
        <source>Find an article, e.g. 7.6 or enquiry</source>
        <translation>ابحث عن مادة، مثل 7.6 أو استعلام</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>WTO Trade Facilitation Agreement — articles</source>
        <translation>اتفاق تيسير التجارة لمنظمة التجارة العالمية — المواد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised Arusha Declaration — factors</source>
        <translation>إعلان أروشا المنقح — العوامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="-150"/>
        <source>GEOAT principles</source>
        <translation>مبادئ GEOAT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} ({n} chosen)</source>
        <translation>{title} ({n} مختار)</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/logistics.py" line="+23"/>
        <source>&amp;Notes on logistics</source>
        <translation>&amp;ملاحظات لوجستية</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/overview.py" line="-46"/>
        <source>Only the moves the mission lifecycle allows from the saved status are offered.</source>
        <translation>لا تُعرض إلا الانتقالات التي تسمح بها دورة حياة البعثة انطلاقًا من الحالة المحفوظة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the customs administration of this country to the list</source>
        <translation>إضافة الإدارة الجمركية لهذا البلد إلى القائمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Code</source>
        <translation>ال&amp;رمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cou&amp;ntry</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;ministration</source>
        <translation>الإ&amp;دارة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Dates</source>
        <translation>الت&amp;واريخ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rogramme</source>
        <translation>البرنا&amp;مج</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;quest</source>
        <translation>ال&amp;طلب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Objectives</source>
        <translation>الأ&amp;هداف</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{status} (now)</source>
        <translation>{status} (حاليًا)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (now)</source>
        <translation> (حاليًا)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>WCO region: {region}</source>
        <translation>منطقة المنظمة العالمية للجمارك: {region}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not recorded)</source>
        <translation>(غير مسجَّل)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New administration</source>
        <translation>إدارة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the customs administration of {country}:</source>
        <translation>اسم الإدارة الجمركية في {country}:</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/participants.py" line="+38"/>
        <source>Total = women + men</source>
        <translation>المجموع = نساء + رجال</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Women</source>
        <translation>ال&amp;نساء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Men</source>
        <translation>ال&amp;رجال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Total</source>
        <translation>ال&amp;مجموع</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="+150"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts of the workshop or meeting participants; leave empty when not known. The total may include people who did not say.</source>
        <translation>أعداد المشاركين في الورشة أو الاجتماع؛ اتركها فارغة إن لم تكن معروفة. قد يشمل المجموع أشخاصًا لم يصرّحوا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No counterparts yet.</source>
        <translation>لا يوجد نظراء بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people of the administration the team works with: type a name below and add them.</source>
        <translation>أشخاص الإدارة الذين يعمل معهم الفريق: اكتب اسمًا أدناه وأضفهم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit, e.g. Internal Affairs</source>
        <translation>الوحدة، مثل: الشؤون الداخلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail or phone</source>
        <translation>البريد الإلكتروني أو الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart&apos;s name</source>
        <translation>اسم النظير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart&apos;s unit</source>
        <translation>وحدة النظير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart&apos;s e-mail or phone</source>
        <translation>البريد الإلكتروني أو هاتف النظير</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Beneficiary counterparts</source>
        <translation>نظراء الإدارة المستفيدة</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A&amp;dd counterpart</source>
        <translation>إ&amp;ضافة نظير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remo&amp;ve</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/problems.py" line="+96"/>
        <source>Not saved: 1 problem to correct</source>
        <translation>لم يُحفظ: مشكلة واحدة يجب تصحيحها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: {n} problems to correct</source>
        <translation>لم يُحفظ: {n} مشكلات يجب تصحيحها</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/report.py" line="+49"/>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="+207"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report is made from the saved mission. Save your changes first?</source>
        <translation>يُعد التقرير من البعثة المحفوظة. حفظ تغييراتك أولًا؟</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Save and export</source>
        <translation>حفظ وتصدير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save and issue</source>
        <translation>حفظ وإصدار</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/saving.py" line="+61"/>
        <source>choose the type of mission</source>
        <translation>اختر نوع البعثة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose the country</source>
        <translation>اختر البلد</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The mission was not saved</source>
        <translation>لم تُحفظ البعثة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double booking</source>
        <translation>حجز مزدوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is already booked at the same time on:
{missions}</source>
        <translation>{name} محجوز بالفعل في الوقت نفسه في:
{missions}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save anyway</source>
        <translation>الحفظ رغم ذلك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t save</source>
        <translation>عدم الحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this mission with the double booking?</source>
        <translation>حفظ هذه البعثة مع الحجز المزدوج؟</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not saved: {name} is booked on another mission at the same time; change the dates or the team, or save again and accept the double booking</source>
        <translation>لم يُحفظ: {name} محجوز في بعثة أخرى في الوقت نفسه؛ غيّر التواريخ أو الفريق، أو احفظ مجددًا مع قبول الحجز المزدوج</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved at {time}</source>
        <translation>حُفظ في {time}</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/team.py" line="+40"/>
        <source>Lead expert</source>
        <translation>الخبير الرئيسي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co-facilitator</source>
        <translation>ميسّر مشارك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WCO staff</source>
        <translation>موظف في المنظمة العالمية للجمارك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type to search the directory</source>
        <translation>اكتب للبحث في الدليل</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+162"/>
        <source>&amp;Add to team</source>
        <translation>إ&amp;ضافة إلى الفريق</translation>
    </message>
    <message>
        <location line="-155"/>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="-208"/>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one on the team yet.</source>
        <translation>لا أحد في الفريق بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name in Expert above, choose the role, then Add to team. The lead expert comes first in the report.</source>
        <translation>اكتب اسمًا في حقل «الخبير» أعلاه، واختر الدور، ثم «إضافة إلى الفريق». يأتي الخبير الرئيسي أولًا في التقرير.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the first expert</source>
        <translation>اختيار الخبير الأول</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove from team</source>
        <translation>إ&amp;زالة من الفريق</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E&amp;xpert</source>
        <translation>ال&amp;خبير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ole</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick experts from the directory and give each a role. A mission past &apos;planned&apos; needs a lead expert.</source>
        <translation>اختر خبراء من الدليل وأعطِ كلًّا منهم دورًا. البعثة التي تجاوزت حالة «مخطط لها» تحتاج إلى خبير رئيسي.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>choose an expert from the directory</source>
        <translation>اختر خبيرًا من الدليل</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is already booked at the same time: {missions}. You will be asked to confirm when you save.</source>
        <translation>{name} محجوز بالفعل في الوقت نفسه: {missions}. سيُطلب منك التأكيد عند الحفظ.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Set role</source>
        <translation>تحديد ال&amp;دور</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="-151"/>
        <source>TFA articles</source>
        <translation>مواد اتفاق تيسير التجارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arusha factors</source>
        <translation>عوامل أروشا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counterparts</source>
        <translation>النظراء</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+102"/>
        <source>Save the mission (Ctrl+S)</source>
        <translation>حفظ البعثة (Ctrl+S)</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next section</source>
        <translation>القسم التالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous section</source>
        <translation>القسم السابق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;report…</source>
        <translation>تصدير الت&amp;قرير…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the mission report as a PDF (Ctrl+Shift+E)</source>
        <translation>كتابة تقرير البعثة بصيغة PDF (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issue report…</source>
        <translation>إ&amp;صدار التقرير…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Freeze the mission report as a new version, kept and sent to HQ</source>
        <translation>تثبيت تقرير البعثة في نسخة جديدة تُحفظ وتُرسل إلى المقر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Editing</source>
        <translation>التعديل</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics</source>
        <translation>اللوجستيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings and actions</source>
        <translation>الاستنتاجات والإجراءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued reports</source>
        <translation>التقارير الصادرة</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+13"/>
        <location line="+55"/>
        <source>New mission</source>
        <translation>بعثة جديدة</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Mission</source>
        <translation>البعثة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from {start}, ongoing</source>
        <translation>من {start}، جارية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}[*] — Mercator Desktop</source>
        <translation>{name}[*] — Mercator Desktop</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the new mission</source>
        <translation>البعثة الجديدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the changes to {name} before closing?</source>
        <translation>حفظ التغييرات على {name} قبل الإغلاق؟</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/summary.py" line="+25"/>
        <source>&amp;Executive summary</source>
        <translation>ال&amp;ملخص التنفيذي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key conclusions of the mission, in a few paragraphs: they open the mission report, before the details. Leave a blank line between paragraphs.</source>
        <translation>الاستنتاجات الرئيسية للبعثة في بضع فقرات: تفتتح تقرير البعثة قبل التفاصيل. اترك سطرًا فارغًا بين الفقرات.</translation>
    </message>
</context>
<context>
    <name>MissionFindingsPanel</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_findings.py" line="+347"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked to</source>
        <translation>مرتبط بـ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding</source>
        <translation>الاستنتاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengths and gaps found, each linked to the factor, principle or article it concerns. The report prints them in this order.</source>
        <translation>نقاط القوة والثغرات المكتشفة، كلٌّ منها مرتبط بالعامل أو المبدأ أو المادة التي تخصه. يطبعها التقرير بهذا الترتيب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add finding…</source>
        <translation>إ&amp;ضافة استنتاج…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No findings yet.</source>
        <translation>لا توجد استنتاجات بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers finding</source>
        <translation>يجيب عن الاستنتاج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the administration should do, most important first.</source>
        <translation>ما ينبغي للإدارة فعله، الأهم أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add recommendation…</source>
        <translation>إ&amp;ضافة توصية…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No recommendations yet.</source>
        <translation>لا توجد توصيات بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator: {text}</source>
        <translation>المؤشر: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible unit</source>
        <translation>الوحدة المسؤولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeframe</source>
        <translation>الإطار الزمني</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The action plan agreed with the administration. Select an action to see and add its progress updates.</source>
        <translation>خطة العمل المتفق عليها مع الإدارة. حدّد إجراءً لرؤية مستجدات تقدمه وإضافتها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add action…</source>
        <translation>إ&amp;ضافة إجراء…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action plan yet.</source>
        <translation>لا توجد خطة عمل بعد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+151"/>
        <source>Findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+151"/>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+151"/>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Save the new mission first (Ctrl+S); then you can record its findings, recommendations and action plan here.</source>
        <translation>احفظ البعثة الجديدة أولًا (Ctrl+S)؛ ثم يمكنك تسجيل استنتاجاتها وتوصياتها وخطة عملها هنا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stored at once: what you do on this page is not part of the mission&apos;s Save and Undo.</source>
        <translation>يُخزَّن فورًا: ما تفعله في هذه الصفحة لا يدخل في «حفظ» البعثة و«تراجع».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done</source>
        <translation>ما أُنجز</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add pro&amp;gress update…</source>
        <translation>إضافة مستجد &amp;تقدم…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove &amp;update</source>
        <translation>إزالة ال&amp;مستجد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected progress update to the trash (a correction)</source>
        <translation>نقل مستجد التقدم المحدد إلى سلة المحذوفات (تصحيح)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+169"/>
        <source>Progress of the selected action</source>
        <translation>تقدم الإجراء المحدد</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>(a finding in the trash)</source>
        <translation>(استنتاج في سلة المحذوفات)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Progress of: {activity}</source>
        <translation>تقدم: {activity}</translation>
    </message>
</context>
<context>
    <name>MissionReportDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/report_actions.py" line="+267"/>
        <source>Export the mission report</source>
        <translation>تصدير تقرير البعثة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mission report of %1 — %2</source>
        <translation>تقرير البعثة %1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (.docx)</source>
        <translation>مستند Word ‏(.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ormat:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of issue</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;issue:</source>
        <translation>تاريخ الإ&amp;صدار:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the results of the assessments</source>
        <translation>نتائج التقييمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export a Final report?</source>
        <translation>تصدير تقرير نهائي؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mission&apos;s report is Final, but these parts are empty: %1. Export it as Final anyway?</source>
        <translation>تقرير البعثة نهائي، لكن هذه الأجزاء فارغة: %1. تصديره كتقرير نهائي رغم ذلك؟</translation>
    </message>
</context>
<context>
    <name>MissionTableModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_model.py" line="+223"/>
        <source>Code</source>
        <extracomment>the folded text the free-text filter looks in; None: made when a filter first needs it (``MissionTableModel``)</extracomment>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead expert</source>
        <translation>الخبير الرئيسي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not yet sent</source>
        <translation>لم يُرسل بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to send</source>
        <translation>تغييرات للإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced</source>
        <translation>متزامن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No lead expert yet</source>
        <translation>لا خبير رئيسي بعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ongoing</source>
        <translation>جارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From {start}, no end date yet</source>
        <translation>من {start}، دون تاريخ نهاية بعد</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_assessments.py" line="-498"/>
        <source>New assessment</source>
        <extracomment>open filling screens, by assessment id (one window per assessment)</extracomment>
        <translation>تقييم جديد</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a checklist from &amp;XLSForm…</source>
        <translation>إضافة قائمة مراجعة من &amp;XLSForm…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install a checklist written as an XLSForm workbook (.xlsx with the sheets survey, choices and settings), e.g. the official wording sent by HQ</source>
        <translation>تثبيت قائمة مراجعة مكتوبة كمصنف XLSForm (ملف ‎.xlsx يضم الأوراق survey وchoices وsettings)، مثل الصياغة الرسمية المرسلة من المقر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Senior management (optional)</source>
        <translation>مثل: الإدارة العليا (اختياري)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>… and {n} more (see the log file)</source>
        <translation>… و{n} أخرى (انظر ملف السجل)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some checklist files could not be read and are not offered here; the other checklists work normally. Ask HQ for a corrected file.</source>
        <translation>تعذّرت قراءة بعض ملفات قوائم المراجعة فلم تُعرض هنا؛ تعمل قوائم المراجعة الأخرى بشكل طبيعي. اطلب من المقر ملفًا مصحّحًا.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Checklist:</source>
        <translation>&amp;قائمة المراجعة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop &amp;group:</source>
        <translation>م&amp;جموعة الورشة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start and open</source>
        <translation>&amp;بدء وفتح</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a checklist for this mission. For a workshop with several groups, start one per group and name the group.</source>
        <translation>ابدأ قائمة مراجعة لهذه البعثة. لورشة تضم عدة مجموعات، ابدأ واحدة لكل مجموعة وسمِّ المجموعة.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no checklist can be started: none could be read</source>
        <translation>لا يمكن بدء أي قائمة مراجعة: تعذّرت قراءتها كلها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a checklist from XLSForm</source>
        <translation>إضافة قائمة مراجعة من XLSForm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLSForm workbooks (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>مصنفات XLSForm (*.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>… and {n} more (see Show Details)</source>
        <translation>… و{n} أخرى (انظر «عرض التفاصيل»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Checklist not added</source>
        <translation>لم تُضف قائمة المراجعة</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{file} cannot be used as a checklist; nothing was added. Correct these places in the workbook and add it again:</source>
        <translation>لا يمكن استخدام {file} كقائمة مراجعة؛ لم يُضف شيء. صحّح هذه المواضع في المصنف ثم أضفه مجددًا:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>added</source>
        <translation>أُضيفت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>already installed</source>
        <translation>مثبتة بالفعل</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{n} questions · version {version}</source>
        <translation>{n} سؤال · الإصدار {version}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>choose a checklist</source>
        <translation>اختر قائمة مراجعة</translation>
    </message>
</context>
<context>
    <name>PassphraseCheck</name>
    <message>
        <location filename="../../mercator_desktop/ui/protection_dialogs.py" line="+65"/>
        <source>Checking the passphrase…</source>
        <translation>جارٍ التحقق من عبارة مرور الاسترداد…</translation>
    </message>
</context>
<context>
    <name>PersonNameDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/person_dialog.py" line="+29"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mercator Desktop records who made each change, in the history of every answer and in reports. Enter your name as your colleagues know it. When you sign in to HQ, your HQ user name is recorded instead.</source>
        <translation>يسجّل Mercator Desktop من أجرى كل تغيير، في سجل كل إجابة وفي التقارير. أدخل اسمك كما يعرفه زملاؤك. عند تسجيل الدخول إلى المقر يُسجَّل اسم المستخدم لدى المقر بدلًا منه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Ana Pérez</source>
        <translation>مثل: Ana Pérez</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_findings.py" line="-501"/>
        <source>Progress update</source>
        <translation>مستجد التقدم</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What was done, what is next</source>
        <translation>ما أُنجز، وما التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done (&amp;percent):</source>
        <translation>نسبة الإ&amp;نجاز:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give the date of the update</source>
        <translation>حدّد تاريخ المستجد</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/report_actions.py" line="+26"/>
        <source>Capacity Building Progress Report</source>
        <translation>تقرير التقدم في بناء القدرات</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period from</source>
        <translation>الفترة من</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period to</source>
        <translation>الفترة إلى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part II since</source>
        <translation>الجزء الثاني منذ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions &amp;since:</source>
        <translation>البعثات &amp;منذ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also save the tables as CSV files (in a folder beside the PDF)</source>
        <translation>حفظ الجداول أيضًا كملفات CSV (في مجلد بجوار ملف PDF)</translation>
    </message>
</context>
<context>
    <name>ProtectFolder</name>
    <message>
        <location filename="../../mercator_desktop/ui/protect_folder.py" line="+59"/>
        <source>You can protect this folder later from the File menu.</source>
        <translation>يمكنك حماية هذا المجلد لاحقًا من قائمة ملف.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+15"/>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+13"/>
        <source>Protect this data folder</source>
        <translation>حماية مجلد البيانات هذا</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>This data folder is encrypted now.</source>
        <translation>أصبح مجلد البيانات هذا مشفرًا الآن.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your data is protected</source>
        <translation>بياناتك محمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This data folder is encrypted now, with its backups and evidence files.</source>
        <translation>أصبح مجلد البيانات هذا مشفرًا الآن، مع نسخه الاحتياطية وملفات الأدلة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the recovery passphrase somewhere safe: without it, this folder cannot be opened on another computer.</source>
        <translation>احتفظ بعبارة مرور الاسترداد في مكان آمن: فبدونها لا يمكن فتح هذا المجلد على حاسوب آخر.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The data folder could not be encrypted; it was opened again as it was.</source>
        <translation>تعذر تشفير مجلد البيانات؛ وأُعيد فتحه كما كان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details were written to the log file.</source>
        <translation>كُتبت التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A window has changes that cannot be saved yet.</source>
        <translation>في إحدى النوافذ تغييرات لا يمكن حفظها بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct them, or close the window, then protect the folder again. Nothing was changed.</source>
        <translation>صحّحها أو أغلق النافذة، ثم أعد حماية المجلد. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypting your data… A large folder takes a few minutes.
This cannot be cancelled. Should the computer stop meanwhile, nothing is lost: the next start finishes the work.</source>
        <translation>جارٍ تشفير بياناتك… يستغرق المجلد الكبير بضع دقائق.
لا يمكن إلغاء هذه العملية. إذا توقف الحاسوب في أثنائها فلن يضيع شيء: يُكمل التشغيل التالي العمل.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The recovery passphrase was changed.</source>
        <translation>تم تغيير عبارة مرور الاسترداد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery passphrase changed</source>
        <translation>تم تغيير عبارة مرور الاسترداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new recovery passphrase opens this data folder from now on; the old one no longer does.</source>
        <translation>من الآن فصاعدًا تفتح عبارة مرور الاسترداد الجديدة مجلد البيانات هذا؛ ولم تعد القديمة تفتحه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the new passphrase somewhere safe.</source>
        <translation>احتفظ بالعبارة الجديدة في مكان آمن.</translation>
    </message>
</context>
<context>
    <name>ProtectNotice</name>
    <message>
        <location filename="../../mercator_desktop/ui/protect_notice.py" line="+24"/>
        <source>This data folder is not encrypted</source>
        <translation>مجلد البيانات هذا غير مشفر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This data folder is not encrypted: anyone who gets hold of this laptop can read your missions, answers and evidence files.</source>
        <translation>مجلد البيانات هذا غير مشفر: يستطيع كل من يضع يده على هذا الحاسوب المحمول قراءة بعثاتك وإجاباتك وملفات الأدلة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protect this folder…</source>
        <translation>حماية هذا المجلد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_card.py" line="+341"/>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Note on question {number}</source>
        <translation>ملاحظة على السؤال {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: what you saw, who said it, which document…</source>
        <translation>ملاحظة: ما رأيته، ومن قاله، وأي وثيقة…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+195"/>
        <source>Evidence…</source>
        <translation>الأدلة…</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Files and notes behind this answer (Ctrl+E)</source>
        <translation>الملفات والملاحظات التي تستند إليها هذه الإجابة (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who changed this answer, when, and from what (Ctrl+H)</source>
        <translation>من غيّر هذه الإجابة، ومتى، وعن أي قيمة (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+184"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+184"/>
        <source>Partly</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Key {n} or {letter}</source>
        <translation>المفتاح {n} أو {letter}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key {n}</source>
        <translation>المفتاح {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no answer)</source>
        <translation>(بلا إجابة)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your answer…</source>
        <translation>إجابتك…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>N/A</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} (key −)</source>
        <translation>{label} (المفتاح −)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer to question {number}</source>
        <translation>الإجابة عن السؤال {number}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Evidence ({n})…</source>
        <translation>الأدلة ({n})…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not applicable</source>
        <translation>غير منطبق</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_findings.py" line="-118"/>
        <source>Edit the recommendation</source>
        <translation>تعديل التوصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recommendation</source>
        <translation>توصية جديدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no finding)</source>
        <translation>(بلا استنتاج)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the administration should do</source>
        <translation>ما ينبغي للإدارة فعله</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Priority:</source>
        <translation>الأ&amp;ولوية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers &amp;finding:</source>
        <translation>يجيب عن الا&amp;ستنتاج:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>ال&amp;نص:</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location line="+147"/>
        <source>In the trash. Select one and click Restore to bring it back.</source>
        <translation>في سلة المحذوفات. حدّد عنصرًا وانقر «استعادة» لإعادته.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected one (Enter)</source>
        <translation>تعديل العنصر المحدد (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move u&amp;p</source>
        <translation>نقل إلى الأ&amp;على</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier in the report (Alt+Up)</source>
        <translation>في موضع أبكر من التقرير (Alt+Up)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>نقل إلى الأ&amp;سفل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later in the report (Alt+Down)</source>
        <translation>في موضع لاحق من التقرير (Alt+Down)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to &amp;trash</source>
        <translation>نقل إلى &amp;سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected one to the trash (Delete)</source>
        <translation>نقل العنصر المحدد إلى سلة المحذوفات (Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how trash</source>
        <translation>&amp;عرض سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest&amp;ore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The trash is empty.</source>
        <translation>سلة المحذوفات فارغة.</translation>
    </message>
</context>
<context>
    <name>RenameAssessmentDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_assessments.py" line="+25"/>
        <source>Rename the assessment</source>
        <translation>إعادة تسمية التقييم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no group)</source>
        <translation>(بلا مجموعة)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop &amp;group:</source>
        <translation>م&amp;جموعة الورشة:</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/protection_dialogs.py" line="+102"/>
        <source>Protect your data</source>
        <translation>احمِ بياناتك</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Mercator Desktop encrypts your missions, answers, findings and evidence files on this computer, so that a lost or stolen laptop does not give them away.

Choose a recovery passphrase. You do not need it every day: this computer keeps the key in its keyring. You need it to open your data on a new laptop or after the keyring was reset. Write it down and keep it somewhere safe: without it, nobody — not even WCO — can open your data elsewhere.</source>
        <translation>يشفّر Mercator Desktop بعثاتك وإجاباتك واستنتاجاتك وملفات الأدلة على هذا الحاسوب، حتى لا يكشفها حاسوب محمول مفقود أو مسروق.

اختر عبارة مرور للاسترداد. لا تحتاج إليها كل يوم: يحتفظ هذا الحاسوب بالمفتاح في حافظة مفاتيحه. وتحتاج إليها لفتح بياناتك على حاسوب جديد أو بعد إعادة تعيين حافظة المفاتيح. دوّنها واحفظها في مكان آمن: من دونها لا يستطيع أحد — ولا حتى المنظمة العالمية للجمارك — فتح بياناتك في مكان آخر.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Recovery passphrase:</source>
        <translation>عبارة مرور الاسترداد:</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Current passphrase:</source>
        <translation>العبارة الحالية:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgotten? Leave it empty: this computer&apos;s keyring holds the key, which proves the data is yours.</source>
        <translation>هل نسيتها؟ اترك الحقل فارغًا: تحتفظ حلقة مفاتيح هذا الحاسوب بالمفتاح، وهذا يثبت أن البيانات لك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New recovery passphrase:</source>
        <translation>عبارة مرور الاسترداد الجديدة:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type it again:</source>
        <translation>اكتبها مرة أخرى:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Protect my data</source>
        <translation>احمِ بياناتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect this data folder</source>
        <translation>حماية مجلد البيانات هذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect this folder</source>
        <translation>حماية هذا المجلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Change the recovery passphrase</source>
        <translation>تغيير عبارة مرور الاسترداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>تغيير العبارة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This data folder is not encrypted: anyone who gets hold of this laptop can read your missions, answers, findings and evidence files. Mercator Desktop can encrypt it now, with its backups.

Choose a recovery passphrase. You do not need it every day: this computer keeps the key in its keyring. You need it to open your data on a new laptop or after the keyring was reset. Write it down and keep it somewhere safe.

Open mission and assessment windows are saved and closed first. A large folder takes a few minutes; the encryption cannot be cancelled once started.</source>
        <translation>مجلد البيانات هذا غير مشفر: يستطيع كل من يضع يده على هذا الحاسوب المحمول قراءة بعثاتك وإجاباتك ونتائجك وملفات الأدلة. يستطيع Mercator Desktop تشفيره الآن مع نسخه الاحتياطية.

اختر عبارة مرور للاسترداد. لا تحتاج إليها كل يوم: يحتفظ هذا الحاسوب بالمفتاح في حلقة مفاتيحه. تحتاج إليها لفتح بياناتك على حاسوب محمول جديد أو بعد إعادة تعيين حلقة المفاتيح. دوّنها واحتفظ بها في مكان آمن.

تُحفظ نوافذ البعثات والتقييمات المفتوحة وتُغلق أولًا. يستغرق المجلد الكبير بضع دقائق؛ ولا يمكن إلغاء التشفير بعد بدئه.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new recovery passphrase replaces the old one, which no longer opens this data folder afterwards. Your data is not encrypted again: only the small recovery file changes, so this takes a moment.</source>
        <translation>تحل عبارة مرور الاسترداد الجديدة محل القديمة، التي لن تفتح مجلد البيانات هذا بعد ذلك. لا يُعاد تشفير بياناتك: يتغير ملف الاسترداد الصغير فقط، لذا لا يستغرق ذلك إلا لحظة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Strength: weak — use at least {n} characters</source>
        <translation>القوة: ضعيفة — استخدم {n} حرفًا على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: fair — a few more words make it stronger</source>
        <translation>القوة: مقبولة — بضع كلمات إضافية تجعلها أقوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong</source>
        <translation>القوة: قوية</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+35"/>
        <source>Enter the current recovery passphrase.</source>
        <translation>أدخل عبارة مرور الاسترداد الحالية.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The recovery passphrase needs at least {n} characters; a few words you will remember make a good one.</source>
        <translation>تحتاج عبارة مرور الاسترداد إلى {n} حرفًا على الأقل؛ بضع كلمات تتذكرها تصنع عبارة جيدة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same: type it again.</source>
        <translation>العبارتان غير متطابقتين: اكتبها مرة أخرى.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>That is not the current recovery passphrase of this data folder. Nothing was changed; check the spelling and the keyboard layout, then try again.</source>
        <translation>هذه ليست عبارة مرور الاسترداد الحالية لمجلد البيانات هذا. لم يتغير شيء؛ تحقق من الكتابة ومن تخطيط لوحة المفاتيح ثم أعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/sync_dialog.py" line="+36"/>
        <source>Sign in to HQ</source>
        <translation>تسجيل الدخول إلى المقر</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This computer has no secure password store (keyring) that Mercator Desktop can use, so your sign-in cannot be remembered safely. You can keep it for this session only: you will be asked to sign in again next time. (On Linux, a Secret Service such as GNOME Keyring or KWallet provides one.)</source>
        <translation>لا يوجد على هذا الحاسوب مخزن آمن لكلمات المرور (حافظة مفاتيح) يمكن لـ Mercator Desktop استخدامه، لذا لا يمكن حفظ تسجيل دخولك بأمان. يمكنك الاحتفاظ به لهذه الجلسة فقط: سيُطلب منك تسجيل الدخول مجددًا في المرة القادمة. (على Linux، توفر خدمة Secret Service مثل GNOME Keyring أو KWallet هذا المخزن.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep me signed in for this session only</source>
        <translation>إبقائي مسجّلًا لهذه الجلسة فقط</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HQ &amp;address:</source>
        <translation>&amp;عنوان المقر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Too many failed sign-ins. Wait {0} seconds, then try again.</source>
        <translation>محاولات دخول فاشلة كثيرة. انتظر {0} ثانية ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many failed sign-ins: HQ has locked signing in to this account for a while. Try again after {0} (in {1} minutes).</source>
        <translation>محاولات دخول فاشلة كثيرة: أقفل المقر الدخول إلى هذا الحساب لبعض الوقت. أعد المحاولة بعد {0} (خلال {1} دقيقة).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter HQ&apos;s address, your user name and your password.</source>
        <translation>أدخل عنوان المقر واسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick “Keep me signed in for this session only” to sign in without a secure keyring.</source>
        <translation>ضع علامة على «إبقائي مسجّلًا لهذه الجلسة فقط» لتسجيل الدخول دون حافظة مفاتيح آمنة.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../mercator_desktop/app.py" line="+169"/>
        <source>Opening your data in {folder}…</source>
        <extracomment>the daily backup is looked at a minute after opening, then every hour</extracomment>
        <translation>جارٍ فتح بياناتك في {folder}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the demonstration data…</source>
        <translation>جارٍ تحميل بيانات العرض التوضيحي…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{problem}

Data folder: {folder}</source>
        <translation>{problem}

مجلد البيانات: {folder}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{problem}

Data folder: {folder}

The details were written to the log file:
{log_file}</source>
        <translation>{problem}

مجلد البيانات: {folder}

كُتبت التفاصيل في ملف السجل:
{log_file}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your data is damaged.</source>
        <translation>بياناتك تالفة.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The key this computer&apos;s keyring keeps for this data folder does not open it (the folder may have been replaced by another one). Nothing was changed or overwritten. Enter the folder&apos;s recovery passphrase to open it.</source>
        <translation>المفتاح الذي تحفظه حافظة مفاتيح هذا الحاسوب لمجلد البيانات هذا لا يفتحه (ربما استُبدل المجلد بآخر). لم يُغيَّر شيء ولم يُكتب فوق شيء. أدخل عبارة مرور الاسترداد الخاصة بالمجلد لفتحه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data is encrypted and this computer does not hold its key (a new laptop, or the keyring was reset). Enter the recovery passphrase you set when the data was protected.</source>
        <translation>بياناتك مشفرة ولا يملك هذا الحاسوب مفتاحها (حاسوب جديد، أو أُعيد تعيين حافظة المفاتيح). أدخل عبارة مرور الاسترداد التي حددتها عند حماية البيانات.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ready — 1 mission · data in {folder}</source>
        <translation>جاهز — بعثة واحدة · البيانات في {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready — {count} missions · data in {folder}</source>
        <translation>جاهز — {count} بعثة · البيانات في {folder}</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+83"/>
        <source>Your data could not be opened.</source>
        <translation>تعذّر فتح بياناتك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open your data</source>
        <translation>تعذّر فتح بياناتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mercator Desktop cannot open your data.</source>
        <translation>لا يستطيع Mercator Desktop فتح بياناتك.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../mercator_desktop/ui/sync_panel.py" line="+124"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Conflicts to settle, records HQ refused and records from HQ that wait</source>
        <translation>تعارضات يجب حسمها، وسجلات رفضها المقر، وسجلات من المقر في الانتظار</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Never synced</source>
        <extracomment>whether HQ answered the last hello (None: not asked yet, or not signed in)</extracomment>
        <translation>لم تُجرَ مزامنة قط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync: {0}</source>
        <translation>آخر مزامنة: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n مرفوض</numerusform>
            <numerusform>%n مرفوض</numerusform>
            <numerusform>%n مرفوض</numerusform>
            <numerusform>%n مرفوض</numerusform>
            <numerusform>%n مرفوض</numerusform>
            <numerusform>%n مرفوض</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last sync failed: {0}</source>
        <translation>فشلت آخر مزامنة: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Sync (%Ln)</source>
        <translation>
            <numerusform>المزامنة (%Ln)</numerusform>
            <numerusform>المزامنة (%Ln)</numerusform>
            <numerusform>المزامنة (%Ln)</numerusform>
            <numerusform>المزامنة (%Ln)</numerusform>
            <numerusform>المزامنة (%Ln)</numerusform>
            <numerusform>المزامنة (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sync inbox (%n)</source>
        <translation>
            <numerusform>صندوق المزامنة (%n)</numerusform>
            <numerusform>صندوق المزامنة (%n)</numerusform>
            <numerusform>صندوق المزامنة (%n)</numerusform>
            <numerusform>صندوق المزامنة (%n)</numerusform>
            <numerusform>صندوق المزامنة (%n)</numerusform>
            <numerusform>صندوق المزامنة (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changes not yet sent to HQ</source>
        <translation>
            <numerusform>%n تغيير لم يُرسل إلى المقر بعد</numerusform>
            <numerusform>%n تغيير لم يُرسل إلى المقر بعد</numerusform>
            <numerusform>%n تغيير لم يُرسل إلى المقر بعد</numerusform>
            <numerusform>%n تغيير لم يُرسل إلى المقر بعد</numerusform>
            <numerusform>%n تغيير لم يُرسل إلى المقر بعد</numerusform>
            <numerusform>%n تغيير لم يُرسل إلى المقر بعد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync with HQ</source>
        <translation>المزامنة مع المقر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signed in to HQ</source>
        <translation>غير مسجّل الدخول إلى المقر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to HQ (Sync menu) to send your work.</source>
        <translation>سجّل الدخول إلى المقر (قائمة المزامنة) لإرسال عملك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● HQ online</source>
        <translation>● المقر متصل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>○ HQ offline</source>
        <translation>○ المقر غير متصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ: checking…</source>
        <translation>المقر: جارٍ التحقق…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{state} · {user} @ {server}</source>
        <translation>{state} · {user} @ {server}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in to HQ at {server} as {user}. HQ answers now.</source>
        <translation>مسجّل الدخول إلى المقر في {server} باسم {user}. المقر يستجيب الآن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in to HQ at {server} as {user}. HQ does not answer now; your work is kept and sent at the next sync.</source>
        <translation>مسجّل الدخول إلى المقر في {server} باسم {user}. المقر لا يستجيب الآن؛ يُحفظ عملك ويُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in to HQ at {server} as {user}.</source>
        <translation>مسجّل الدخول إلى المقر في {server} باسم {user}.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling after the current batch…</source>
        <translation>جارٍ الإلغاء بعد الدفعة الحالية…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>now a new device</source>
        <translation>أصبح جهازًا جديدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This data folder was restored from a copy or copied from another laptop; it now syncs as a new device. Nothing was lost.</source>
        <translation>استُعيد مجلد البيانات هذا من نسخة أو نُسخ من حاسوب آخر؛ وهو يُزامَن الآن كجهاز جديد. لم يُفقد شيء.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>HQ restored: %n sent again</source>
        <translation>
            <numerusform>استُعيد المقر: أُعيد إرسال %n</numerusform>
            <numerusform>استُعيد المقر: أُعيد إرسال %n</numerusform>
            <numerusform>استُعيد المقر: أُعيد إرسال %n</numerusform>
            <numerusform>استُعيد المقر: أُعيد إرسال %n</numerusform>
            <numerusform>استُعيد المقر: أُعيد إرسال %n</numerusform>
            <numerusform>استُعيد المقر: أُعيد إرسال %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>HQ had been restored from a backup; %n records were sent again so HQ has them.</source>
        <translation>
            <numerusform>كان المقر قد استُعيد من نسخة احتياطية؛ فأُعيد إرسال %n سجل ليحصل عليها المقر.</numerusform>
            <numerusform>كان المقر قد استُعيد من نسخة احتياطية؛ فأُعيد إرسال %n سجل ليحصل عليها المقر.</numerusform>
            <numerusform>كان المقر قد استُعيد من نسخة احتياطية؛ فأُعيد إرسال %n سجل ليحصل عليها المقر.</numerusform>
            <numerusform>كان المقر قد استُعيد من نسخة احتياطية؛ فأُعيد إرسال %n سجل ليحصل عليها المقر.</numerusform>
            <numerusform>كان المقر قد استُعيد من نسخة احتياطية؛ فأُعيد إرسال %n سجل ليحصل عليها المقر.</numerusform>
            <numerusform>كان المقر قد استُعيد من نسخة احتياطية؛ فأُعيد إرسال %n سجل ليحصل عليها المقر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n mission(s) archived</source>
        <translation>
            <numerusform>أُرشفت %n بعثة</numerusform>
            <numerusform>أُرشفت %n بعثة</numerusform>
            <numerusform>أُرشفت %n بعثة</numerusform>
            <numerusform>أُرشفت %n بعثة</numerusform>
            <numerusform>أُرشفت %n بعثة</numerusform>
            <numerusform>أُرشفت %n بعثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You were taken off the team of %n mission(s); they are kept in Sync → Archived missions.</source>
        <translation>
            <numerusform>أُخرجتَ من فريق %n بعثة؛ وهي محفوظة في «المزامنة ← البعثات المؤرشفة».</numerusform>
            <numerusform>أُخرجتَ من فريق %n بعثة؛ وهي محفوظة في «المزامنة ← البعثات المؤرشفة».</numerusform>
            <numerusform>أُخرجتَ من فريق %n بعثة؛ وهي محفوظة في «المزامنة ← البعثات المؤرشفة».</numerusform>
            <numerusform>أُخرجتَ من فريق %n بعثة؛ وهي محفوظة في «المزامنة ← البعثات المؤرشفة».</numerusform>
            <numerusform>أُخرجتَ من فريق %n بعثة؛ وهي محفوظة في «المزامنة ← البعثات المؤرشفة».</numerusform>
            <numerusform>أُخرجتَ من فريق %n بعثة؛ وهي محفوظة في «المزامنة ← البعثات المؤرشفة».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Synced: up to date with HQ.</source>
        <translation>تمت المزامنة: محدَّث مع المقر.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sent %n change(s) to HQ.</source>
        <translation>
            <numerusform>أُرسل %n تغيير إلى المقر.</numerusform>
            <numerusform>أُرسل %n تغيير إلى المقر.</numerusform>
            <numerusform>أُرسل %n تغيير إلى المقر.</numerusform>
            <numerusform>أُرسل %n تغيير إلى المقر.</numerusform>
            <numerusform>أُرسل %n تغيير إلى المقر.</numerusform>
            <numerusform>أُرسل %n تغيير إلى المقر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Received %n change(s) from others.</source>
        <translation>
            <numerusform>استُلم %n تغيير من الآخرين.</numerusform>
            <numerusform>استُلم %n تغيير من الآخرين.</numerusform>
            <numerusform>استُلم %n تغيير من الآخرين.</numerusform>
            <numerusform>استُلم %n تغيير من الآخرين.</numerusform>
            <numerusform>استُلم %n تغيير من الآخرين.</numerusform>
            <numerusform>استُلم %n تغيير من الآخرين.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced:</source>
        <translation>تمت المزامنة:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>After the sync</source>
        <translation>بعد المزامنة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync cancelled; what HQ confirmed is kept.</source>
        <translation>أُلغيت المزامنة؛ يُحتفظ بما أكده المقر.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sync took longer than {0} seconds, so it stopped. Your work is kept; what HQ confirmed stays confirmed, the rest is sent at the next sync.</source>
        <translation>استغرقت المزامنة أكثر من {0} ثانية فتوقفت. يُحتفظ بعملك؛ ما أكده المقر يبقى مؤكدًا، والباقي يُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ answered too slowly (more than {0} seconds), so the sync stopped. Your work is kept; what HQ confirmed stays confirmed, the rest is sent at the next sync.</source>
        <translation>أجاب المقر ببطء شديد (أكثر من {0} ثانية) فتوقفت المزامنة. يُحتفظ بعملك؛ ما أكده المقر يبقى مؤكدًا، والباقي يُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Apply HQ&apos;s deletions?</source>
        <translation>تطبيق عمليات الحذف التي أجراها المقر؟</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Demonstration data</source>
        <translation>بيانات العرض التوضيحي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data folder holds the demonstration missions ({0} missions, {1} experts). They stay on this laptop and are never sent to HQ. Remove them now?</source>
        <translation>يحتوي مجلد بياناتك على بعثات العرض التوضيحي ({0} بعثة، {1} خبير). تبقى على هذا الحاسوب ولا تُرسل إلى المقر أبدًا. إزالتها الآن؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>الإبقاء</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Removed the demonstration data: {0} missions, {1} experts.</source>
        <translation>أُزيلت بيانات العرض التوضيحي: {0} بعثة، {1} خبير.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed in to HQ as {0}.</source>
        <translation>مسجّل الدخول إلى المقر باسم {0}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed out of HQ. Your work stays on this computer.</source>
        <translation>سُجّل الخروج من المقر. يبقى عملك على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>TeamCalendar</name>
    <message>
        <location filename="../../mercator_desktop/ui/team_calendar.py" line="+84"/>
        <source>◀ Previous</source>
        <translation>▶ السابق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous period (PgUp)</source>
        <translation>الفترة السابقة (PgUp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the current period (Home)</source>
        <translation>العودة إلى الفترة الحالية (Home)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next ▶</source>
        <translation>التالي ◀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next period (PgDown)</source>
        <translation>الفترة التالية (PgDown)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Month</source>
        <translation>&amp;شهر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quarter</source>
        <translation>&amp;ربع سنة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team calendar chart</source>
        <translation>مخطط تقويم الفريق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missions of each expert as bars; the same bookings are listed under “Show as a list” (L).</source>
        <translation>بعثات كل خبير كأشرطة؛ والحجوزات نفسها مدرجة في «العرض كقائمة» (L).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as a &amp;list</source>
        <translation>العرض كـ&amp;قائمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bookings of the period as a table (L)</source>
        <translation>حجوزات الفترة كجدول (L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expert</source>
        <translation>الخبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission</source>
        <translation>البعثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double booking</source>
        <translation>حجز مزدوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>double-booked</source>
        <translation>حجز مزدوج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bookings of the period</source>
        <translation>حجوزات الفترة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bar shows here for each expert on the team of a mission with dates in this period. PgUp and PgDown move to the period before or after.</source>
        <translation>يظهر هنا شريط لكل خبير في فريق بعثة لها تواريخ في هذه الفترة. ينتقل PgUp وPgDown إلى الفترة السابقة أو التالية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>No mission in this period.</source>
        <translation>لا توجد بعثة في هذه الفترة.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>double booking</source>
        <translation>حجز مزدوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: double-booked {first} – {last}</source>
        <translation>{name}: حجز مزدوج {first} – {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double bookings in this period</source>
        <translation>الحجوزات المزدوجة في هذه الفترة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No mission in this period: every expert is free. PgUp and PgDown move to the period before or after.</source>
        <translation>لا توجد بعثة في هذه الفترة: كل الخبراء متاحون. ينتقل PgUp وPgDown إلى الفترة السابقة أو التالية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No double booking in this period.</source>
        <translation>لا حجز مزدوج في هذه الفترة.</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/editor_models.py" line="-27"/>
        <source>Expert</source>
        <translation>الخبير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Booked elsewhere at that time</source>
        <translation>محجوز في مكان آخر في ذلك الوقت</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/protection_dialogs.py" line="+17"/>
        <source>Unlock your data</source>
        <translation>فتح قفل بياناتك</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery passphrase:</source>
        <translation>عبارة مرور الاسترداد:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the recovery passphrase.</source>
        <translation>أدخل عبارة مرور الاسترداد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That recovery passphrase is not the one of this data folder. Nothing was changed; check the spelling and the keyboard layout, then try again.</source>
        <translation>عبارة مرور الاسترداد هذه ليست عبارة مجلد البيانات هذا. لم يُغيَّر شيء؛ تحقق من الإملاء ومن تخطيط لوحة المفاتيح، ثم أعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>_ReportDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/report_actions.py" line="-269"/>
        <source>File</source>
        <extracomment>the languages the reports are written in (``reports/texts.py``), each named in itself</extracomment>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Save the report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Give the file to write the report to.</source>
        <translation>حدّد الملف الذي يُكتب فيه التقرير.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was not written</source>
        <translation>لم يُكتب التقرير</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report written to %1</source>
        <translation>كُتب التقرير في %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report was written to %1. Open it now?</source>
        <translation>كُتب التقرير في %1. فتحه الآن؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No font on this computer has these characters; they print as empty boxes:</source>
        <translation>لا يوجد على هذا الحاسوب خط يحتوي على هذه المحارف؛ فهي تُطبع كمربعات فارغة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report written</source>
        <translation>كُتب التقرير</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The report was written to %1 (%2 pages). Open it now?</source>
        <translation>كُتب التقرير في %1 (%2 صفحة). فتحه الآن؟</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../mercator_desktop/ui/help.py" line="+66"/>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shortcuts of the windows open now. Open a mission or an assessment to see theirs too.</source>
        <translation>اختصارات النوافذ المفتوحة الآن. افتح بعثة أو تقييمًا لرؤية اختصاراتهما أيضًا.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة ال&amp;مفاتيح</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open &amp;data folder</source>
        <translation>فتح مجلد ال&amp;بيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;log</source>
        <translation>فتح ملف ال&amp;سجل</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../mercator_desktop/ui/i18n.py" line="+345"/>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mercator Desktop will be in {language} the next time it starts.</source>
        <translation>سيكون Mercator Desktop بلغة {language} في المرة القادمة التي يبدأ فيها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mercator Desktop will be in {language} after a restart. Restart now?</source>
        <translation>سيكون Mercator Desktop بلغة {language} بعد إعادة التشغيل. إعادة التشغيل الآن؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your work is saved first; for a window with unsaved changes you are asked, as when you quit. Later: the new language comes at the next start.</source>
        <translation>يُحفظ عملك أولًا؛ وبالنسبة إلى نافذة فيها تغييرات غير محفوظة يُطلب منك القرار، كما عند الإنهاء. «لاحقًا»: تُطبَّق اللغة الجديدة عند التشغيل القادم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restart now</source>
        <translation>إعادة التشغيل ال&amp;آن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../mercator_desktop/ui/labels.py" line="+19"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gap</source>
        <translation>ثغرة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strength</source>
        <translation>نقطة قوة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short term</source>
        <translation>قصير الأجل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium term</source>
        <translation>متوسط الأجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long term</source>
        <translation>طويل الأجل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arusha</source>
        <translation>أروشا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GEOAT</source>
        <translation>GEOAT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TFA</source>
        <translation>اتفاق تيسير التجارة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mission</source>
        <translation>البعثة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team member</source>
        <translation>عضو الفريق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda session</source>
        <translation>جلسة جدول الأعمال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counterpart</source>
        <translation>النظير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked instrument</source>
        <translation>أداة مرتبطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Answer history</source>
        <translation>سجل الإجابات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessment event</source>
        <translation>حدث التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>الاستنتاج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item</source>
        <translation>بند الإجراء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress update</source>
        <translation>مستجد التقدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued report</source>
        <translation>تقرير صادر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>الخبير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accreditation</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Start date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End date</source>
        <translation>تاريخ النهاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the trash</source>
        <translation>في سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename this mission (its code) and sync again.</source>
        <extracomment>The advice of ``services.sync`` (``REFUSAL_ADVICE`` for records HQ refused, the way out of records waiting from HQ), English there for the command line; listed here so that they are translated. A test checks that every sentence of the service is in this list.</extracomment>
        <translation>أعد تسمية هذه البعثة (رمزها) ثم زامن مجددًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the assessment (with a reason) to keep your answer, or discard your change to take HQ&apos;s.</source>
        <translation>أعد فتح التقييم (مع ذكر السبب) للإبقاء على إجابتك، أو تخلَّ عن تغييرك لأخذ إجابة المقر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do: the mission stays on this laptop, read-only. Discard your change to clear this line.</source>
        <translation>لا شيء يجب فعله: تبقى البعثة على هذا الحاسوب للقراءة فقط. تخلَّ عن تغييرك لإزالة هذا السطر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync again later; if it stays, discard your change or ask HQ.</source>
        <translation>زامن لاحقًا؛ وإن استمر الأمر فتخلَّ عن تغييرك أو اسأل المقر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the record (the reason names the field) and sync again.</source>
        <translation>صحّح السجل (يذكر السبب الحقل المعني) ثم زامن مجددًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record of this laptop holds the same code or key: rename yours (e.g. the mission code); this one is applied at the next sync.</source>
        <translation>سجل على هذا الحاسوب يحمل الرمز أو المفتاح نفسه: أعد تسمية سجلك (مثل رمز البعثة)؛ ويُطبَّق هذا في المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is applied as soon as the record it belongs to arrives (at a next sync).</source>
        <translation>يُطبَّق حالما يصل السجل الذي ينتمي إليه (في مزامنة قادمة).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update Mercator Desktop; it is kept until then.</source>
        <translation>حدّث Mercator Desktop؛ يُحتفظ به حتى ذلك الحين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record went to HQ; the file stays on this laptop. Attach a smaller copy (a compressed PDF, a photo) if HQ needs it.</source>
        <translation>وصل السجل إلى المقر؛ ويبقى الملف على هذا الحاسوب. أرفق نسخة أصغر (PDF مضغوط، صورة) إن احتاج إليها المقر.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Official wording</source>
        <translation>صياغة رسمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft wording, not official</source>
        <translation>صياغة مسودة، غير رسمية</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: {licence}</source>
        <translation>الترخيص: {licence}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../mercator_desktop/ui/messages.py" line="+131"/>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>نُسخ</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+44"/>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>ت&amp;جاهل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../mercator_desktop/ui/operations.py" line="+206"/>
        <source>Could not finish</source>
        <translation>تعذّر الإنهاء</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../mercator_desktop/ui/problem_texts.py" line="+18"/>
        <source>a mission code is required</source>
        <translation>رمز البعثة مطلوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use 2 to 40 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;/&apos;, e.g. JM-2019-INTD-01</source>
        <translation>استخدم من 2 إلى 40 حرفًا أو رقمًا أو &apos;-&apos; أو &apos;_&apos; أو &apos;.&apos; أو &apos;/&apos;، مثل JM-2019-INTD-01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a title is required</source>
        <translation>العنوان مطلوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the title under {limit} characters</source>
        <translation>اجعل العنوان أقل من {limit} حرفًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end date {end} is before the start date {start}</source>
        <translation>تاريخ النهاية {end} يسبق تاريخ البداية {start}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} is outside the mission dates ({start} to {end})</source>
        <translation>{day} خارج تواريخ البعثة ({start} إلى {end})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the session ends before it starts</source>
        <translation>تنتهي الجلسة قبل أن تبدأ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no mission with code &apos;{code}&apos;</source>
        <translation>لا توجد بعثة بالرمز «{code}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a counterpart needs a name</source>
        <translation>يجب أن يكون للنظير اسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the counterpart no longer exists</source>
        <translation>لم يعد النظير موجودًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mission no longer exists (it may be in the trash)</source>
        <translation>لم تعد البعثة موجودة (ربما هي في سلة المحذوفات)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the agenda item no longer exists</source>
        <translation>لم يعد بند جدول الأعمال موجودًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown mission type &apos;{value}&apos;</source>
        <translation>نوع بعثة غير معروف: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown topic &apos;{value}&apos;</source>
        <translation>موضوع غير معروف: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown status &apos;{value}&apos;</source>
        <translation>حالة غير معروفة: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown country code &apos;{value}&apos;</source>
        <translation>رمز بلد غير معروف: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown programme</source>
        <translation>برنامج غير معروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another mission already has the code &apos;{code}&apos;</source>
        <translation>لبعثة أخرى الرمز «{code}» بالفعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mission past &apos;planned&apos; needs a lead expert</source>
        <translation>البعثة التي تجاوزت حالة «مخططة» تحتاج إلى خبير رئيسي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a mission that is {status} needs a lead expert</source>
        <translation>البعثة ذات الحالة {status} تحتاج إلى خبير رئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown role &apos;{value}&apos;</source>
        <translation>دور غير معروف: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an expert of the team no longer exists</source>
        <translation>أحد خبراء الفريق لم يعد موجودًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mission has only one lead expert</source>
        <translation>للبعثة خبير رئيسي واحد فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an expert is listed twice</source>
        <translation>أحد الخبراء مُدرج مرتين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown link kind &apos;{value}&apos;</source>
        <translation>نوع ربط غير معروف: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown code &apos;{value}&apos;</source>
        <translation>رمز غير معروف: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say what happens in this session</source>
        <translation>اذكر ما يجري في هذه الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session {number} ({day}): {message}</source>
        <translation>الجلسة {number} ({day}): {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counterpart {number} needs a name</source>
        <translation>يجب أن يكون للنظير {number} اسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mission cannot move from {current} to {target}; possible: {moves}</source>
        <translation>لا يمكن أن تنتقل البعثة من {current} إلى {target}؛ الممكن: {moves}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the agenda has sessions on {day}, before this start date; move or remove them first</source>
        <translation>في جدول الأعمال جلسات في {day}، قبل تاريخ البدء هذا؛ انقلها أو احذفها أولًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the agenda has sessions on {day}, after this end date; move or remove them first</source>
        <translation>في جدول الأعمال جلسات في {day}، بعد تاريخ الانتهاء هذا؛ انقلها أو احذفها أولًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expert no longer exists (they may be in the trash)</source>
        <translation>لم يعد الخبير موجودًا (ربما هو في سلة المحذوفات)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a name is required</source>
        <translation>الاسم مطلوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>«{value}» ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos;: use ISO language codes such as en, fr, es</source>
        <translation>«{value}»: استخدم رموز اللغات وفق ISO، مثل en وfr وes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown category &apos;{value}&apos;</source>
        <translation>فئة غير معروفة: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the accreditation date is in the future</source>
        <translation>تاريخ الاعتماد في المستقبل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an expert named &apos;{name}&apos; exists already</source>
        <translation>يوجد بالفعل خبير باسم «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the administration needs a name</source>
        <translation>يجب أن يكون للإدارة اسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{expert} is already booked on {bookings}</source>
        <translation>{expert} محجوز بالفعل في {bookings}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed meanwhile by someone else: {fields}</source>
        <translation>غيّره شخص آخر في هذه الأثناء: {fields}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source}: {problem}; nothing was imported</source>
        <translation>{source}: {problem}؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source}: {problem} (and {more} more problems); nothing was imported</source>
        <translation>{source}: {problem} (و{more} مشكلات أخرى)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line}: {message}</source>
        <translation>السطر {line}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {line}: {message}</source>
        <translation>الصف {line}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record {line}: {message}</source>
        <translation>السجل {line}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}, column &apos;{column}&apos;: {message}</source>
        <translation>السطر {line}، العمود «{column}»: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {line}, column &apos;{column}&apos;: {message}</source>
        <translation>الصف {line}، العمود «{column}»: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record {line}, column &apos;{column}&apos;: {message}</source>
        <translation>السجل {line}، الحقل «{column}»: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &apos;{column}&apos;: {message}</source>
        <translation>العمود «{column}»: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is neither a strength nor a gap</source>
        <translation>«{value}» ليس نقطة قوة ولا ثغرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>say what was found</source>
        <translation>اذكر ما تمت ملاحظته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say what is recommended</source>
        <translation>اذكر ما يوصى به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say what is to be done</source>
        <translation>اذكر ما يجب فعله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the assessment is not one of this mission&apos;s</source>
        <translation>التقييم ليس من تقييمات هذه البعثة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown priority &apos;{value}&apos;; use high, medium or low</source>
        <translation>أولوية غير معروفة: «{value}»؛ استخدم high أو medium أو low</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the finding is not one of this mission&apos;s</source>
        <translation>الاستنتاج ليس من استنتاجات هذه البعثة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the progress update no longer exists (it may be in the trash)</source>
        <translation>لم يعد مستجد التقدم موجودًا (ربما هو في سلة المحذوفات)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {limit} characters</source>
        <translation>{limit} حرفًا على الأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown timeframe &apos;{value}&apos;; use short, medium or long</source>
        <translation>إطار زمني غير معروف: «{value}»؛ استخدم short أو medium أو long</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the recommendation is not one of this mission&apos;s</source>
        <translation>التوصية ليست من توصيات هذه البعثة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the action item no longer exists (it may be in the trash)</source>
        <translation>لم يعد بند الإجراء موجودًا (ربما هو في سلة المحذوفات)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the finding no longer exists (it may be in the trash)</source>
        <translation>لم يعد الاستنتاج موجودًا (ربما هو في سلة المحذوفات)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the recommendation no longer exists (it may be in the trash)</source>
        <translation>لم تعد التوصية موجودة (ربما هي في سلة المحذوفات)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the finding is not there any more</source>
        <translation>لم يعد الاستنتاج هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recommendation is not there any more</source>
        <translation>لم تعد التوصية هنا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the action item is not there any more</source>
        <translation>لم يعد بند الإجراء هنا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the finding is not in the trash</source>
        <translation>الاستنتاج ليس في سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recommendation is not in the trash</source>
        <translation>التوصية ليست في سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the action item is not in the trash</source>
        <translation>بند الإجراء ليس في سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a percentage between 0 and 100</source>
        <translation>نسبة مئوية بين 0 و100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is in the future</source>
        <translation>التاريخ في المستقبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such mission (or it is in the trash)</source>
        <translation>لا توجد هذه البعثة (أو هي في سلة المحذوفات)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kind of link &apos;{value}&apos;; use tfa, arusha or geoat</source>
        <translation>نوع ربط غير معروف: «{value}»؛ استخدم tfa أو arusha أو geoat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown code &apos;{value}&apos; for {kind}</source>
        <translation>رمز غير معروف «{value}» لـ {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown status &apos;{value}&apos;; use {choices}</source>
        <translation>حالة غير معروفة: «{value}»؛ استخدم {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore the mission first (it is in the trash)</source>
        <translation>استعد البعثة أولًا (هي في سلة المحذوفات)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the list changed meanwhile; look at it again and move the item anew</source>
        <translation>تغيّرت القائمة في هذه الأثناء؛ راجعها من جديد وانقل العنصر مرة أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checklist template &apos;{template}&apos; version {version} is not installed; install it (or sync with HQ) to open this assessment.</source>
        <translation>قالب قائمة المراجعة «{template}» الإصدار {version} غير مثبت؛ ثبّته (أو زامن مع المقر) لفتح هذا التقييم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no checklist template &apos;{template}&apos;</source>
        <translation>لا يوجد قالب قائمة مراجعة «{template}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no checklist template &apos;{template}&apos; version {version}</source>
        <translation>لا يوجد قالب قائمة مراجعة «{template}» الإصدار {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template is written in {languages}, not &apos;{value}&apos;</source>
        <translation>القالب مكتوب بـ {languages}، وليس بـ «{value}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no question &apos;{question}&apos; in this checklist</source>
        <translation>لا يوجد سؤال «{question}» في قائمة المراجعة هذه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this question cannot be marked N/A</source>
        <translation>لا يمكن وسم هذا السؤال بـ «لا ينطبق»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note is a text</source>
        <translation>الملاحظة نص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment is validated and locked; reopen it first.</source>
        <translation>هذا التقييم معتمد ومقفل؛ أعد فتحه أولًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such question in this checklist</source>
        <translation>لا يوجد هذا السؤال في قائمة المراجعة هذه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the validator&apos;s name is needed</source>
        <translation>اسم المعتمِد مطلوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say why the assessment is reopened</source>
        <translation>اذكر سبب إعادة فتح التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {current} assessment cannot become {target}</source>
        <translation>لا يمكن لتقييم {current} أن يصبح {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only a draft can move to a newer template version; reopen it first</source>
        <translation>المسودة وحدها يمكن نقلها إلى إصدار أحدث من القالب؛ أعد فتحه أولًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no version {version} of &apos;{template}&apos;</source>
        <translation>لا يوجد إصدار {version} من «{template}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version {version} is not newer than {current}</source>
        <translation>الإصدار {version} ليس أحدث من {current}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version {version} has no &apos;{value}&apos; text</source>
        <translation>لا يحتوي الإصدار {version} على نص «{value}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no assessment &apos;{id}&apos; (or it is in the trash)</source>
        <translation>لا يوجد تقييم «{id}» (أو هو في سلة المحذوفات)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment was validated by {validator} and is locked. Reopen it, giving a reason, to change it.</source>
        <translation>اعتمد {validator} هذا التقييم وهو مقفل. أعد فتحه، مع ذكر السبب، لتغييره.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This assessment was validated and is locked. Reopen it, giving a reason, to change it.</source>
        <translation>هذا التقييم معتمد ومقفل. أعد فتحه، مع ذكر السبب، لتغييره.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{path}&apos; is not a file that can be read</source>
        <translation>«{path}» ليس ملفًا يمكن قراءته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the note first</source>
        <translation>اكتب الملاحظة أولًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is {size} MB; attachments are limited to {limit} MB</source>
        <translation>حجم الملف {size} ميغابايت؛ والحد الأقصى للمرفقات {limit} ميغابايت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no attached file &apos;{id}&apos;</source>
        <translation>لا يوجد ملف مرفق «{id}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file of &apos;{name}&apos; is missing from the data folder (not synced yet?)</source>
        <translation>ملف «{name}» مفقود من مجلد البيانات (ألم تتم مزامنته بعد؟)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This assessment is validated and locked; reopen it, giving a reason, to add evidence.</source>
        <translation>هذا التقييم معتمد ومقفل؛ أعد فتحه، مع ذكر السبب، لإضافة أدلة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no evidence &apos;{id}&apos;</source>
        <translation>لا يوجد دليل «{id}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment is validated and locked; reopen it, giving a reason, to change its evidence.</source>
        <translation>هذا التقييم معتمد ومقفل؛ أعد فتحه، مع ذكر السبب، لتغيير أدلته.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a rating is one of the scale&apos;s whole numbers</source>
        <translation>التقدير أحد الأعداد الصحيحة في المقياس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not on the scale ({allowed})</source>
        <translation>{value} ليس على المقياس ({allowed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is yes, partly or no</source>
        <translation>الإجابة نعم أو جزئيًا أو لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is a text</source>
        <translation>الإجابة نص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date is written YYYY-MM-DD, e.g. 2024-03-21</source>
        <translation>يُكتب التاريخ بالشكل YYYY-MM-DD، مثل 2024-03-21</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not one of the choices</source>
        <translation>«{value}» ليس من الخيارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is a list of choices</source>
        <translation>الإجابة قائمة خيارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is a number</source>
        <translation>الإجابة عدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is a whole number</source>
        <translation>الإجابة عدد صحيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least {limit}</source>
        <translation>{limit} على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {limit}</source>
        <translation>{limit} على الأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync took longer than {seconds} seconds, so the sync stopped. Your work is kept; what HQ confirmed stays confirmed, the rest is sent at the next sync.</source>
        <translation>استغرقت المزامنة أكثر من {seconds} ثانية، فتوقفت. يُحتفظ بعملك؛ ما أكده المقر يبقى مؤكدًا، والباقي يُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ&apos;s answer took longer than {seconds} seconds, so the sync stopped. Your work is kept; what HQ confirmed stays confirmed, the rest is sent at the next sync.</source>
        <translation>استغرق رد المقر أكثر من {seconds} ثانية، فتوقفت المزامنة. يُحتفظ بعملك؛ ما أكده المقر يبقى مؤكدًا، والباقي يُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{url} answered, but not as Mercator HQ. On hotel or airport Wi-Fi, open a web browser and accept the network&apos;s terms first; nothing was marked as sent.</source>
        <translation>أجاب {url}، ولكن ليس بصفته مقر Mercator. على شبكة Wi-Fi في فندق أو مطار، افتح متصفح الويب واقبل شروط الشبكة أولًا؛ لم يُعلَّم شيء على أنه أُرسل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ cannot be reached now: this computer is offline, or HQ is not running. Your work is kept and will be sent at the next sync.</source>
        <translation>لا يمكن الوصول إلى المقر الآن: هذا الحاسوب غير متصل، أو المقر لا يعمل. يُحتفظ بعملك ويُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ did not answer in time. Your work is kept and will be sent at the next sync.</source>
        <translation>لم يُجب المقر في الوقت المحدد. يُحتفظ بعملك ويُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ is unavailable for the moment. Your work is kept and will be sent at the next sync.</source>
        <translation>المقر غير متاح حاليًا. يُحتفظ بعملك ويُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ answered but could not do this now. Your work is kept and will be sent at the next sync.</source>
        <translation>أجاب المقر لكنه لم يستطع القيام بذلك الآن. يُحتفظ بعملك ويُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ refused the sign-in: {reason}</source>
        <translation>رفض المقر تسجيل الدخول: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ refused the request: {reason}</source>
        <translation>رفض المقر الطلب: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to HQ again: {reason}</source>
        <translation>سجّل الدخول إلى المقر مجددًا: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign in to HQ first</source>
        <translation>سجّل الدخول إلى المقر أولًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter your HQ user name and password</source>
        <translation>أدخل اسم المستخدم وكلمة المرور لدى المقر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server address must look like https://hq.example.org</source>
        <translation>يجب أن يكون عنوان الخادم على شكل https://hq.example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plain http:// is allowed only to this computer (localhost); use https:// for HQ</source>
        <translation>لا يُسمح بـ http:// العادي إلا إلى هذا الحاسوب (localhost)؛ استخدم https:// للمقر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no connection to HQ: this computer is offline, or HQ is not running</source>
        <translation>لا اتصال بالمقر: هذا الحاسوب غير متصل، أو المقر لا يعمل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ did not answer in time</source>
        <translation>لم يُجب المقر في الوقت المحدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ is unavailable for the moment</source>
        <translation>المقر غير متاح حاليًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sync took longer than {seconds} s, the time allowed; nothing unconfirmed was marked as sent</source>
        <translation>استغرقت المزامنة أكثر من {seconds} ث، وهي المدة المسموح بها؛ لم يُعلَّم أي شيء غير مؤكد على أنه أُرسل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ&apos;s answer took longer than {seconds} s, the time allowed; nothing unconfirmed was marked as sent</source>
        <translation>استغرق رد المقر أكثر من {seconds} ث، وهي المدة المسموح بها؛ لم يُعلَّم أي شيء غير مؤكد على أنه أُرسل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{url} answered, but not as Mercator HQ (HTTP {status}); nothing was marked as sent.</source>
        <translation>أجاب {url}، ولكن ليس بصفته مقر Mercator (HTTP {status})؛ لم يُعلَّم شيء على أنه أُرسل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{url} answered, but not as Mercator HQ (HTTP {status}, {type}). On hotel or airport Wi-Fi, open a web browser and accept the network&apos;s terms first; nothing was marked as sent.</source>
        <translation>أجاب {url}، ولكن ليس بصفته مقر Mercator (HTTP {status}، {type}). على شبكة Wi-Fi في فندق أو مطار، افتح متصفح الويب واقبل شروط الشبكة أولًا؛ لم يُعلَّم شيء على أنه أُرسل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HQ&apos;s answer to {path} is not what protocol {version} says: {detail}</source>
        <translation>رد المقر على {path} لا يطابق البروتوكول {version}: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ failed: {reason}</source>
        <translation>أخفق المقر: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose &apos;mine&apos; or &apos;theirs&apos;</source>
        <translation>اختر «mine» أو «theirs»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this conflict is no longer open</source>
        <translation>لم يعد هذا التعارض مفتوحًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record of this conflict no longer exists</source>
        <translation>لم يعد سجل هذا التعارض موجودًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind of record &apos;{value}&apos;</source>
        <translation>نوع سجل غير معروف: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this record no longer exists</source>
        <translation>لم يعد هذا السجل موجودًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ never had this record, so there is no HQ version to go back to: correct it (e.g. rename the mission) or delete it</source>
        <translation>لم يكن هذا السجل لدى المقر قط، فلا توجد نسخة من المقر للرجوع إليها: صحّحه (مثلًا غيّر اسم البعثة) أو احذفه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ needs a newer Mercator Desktop (sync protocol {protocol}, version {version} or later); this is {mine}, protocol {my_protocol}. Install the newer version to sync; your work stays here.</source>
        <translation>يحتاج المقر إلى إصدار أحدث من Mercator Desktop (بروتوكول المزامنة {protocol}، الإصدار {version} أو أحدث)؛ هذا هو {mine}، البروتوكول {my_protocol}. ثبّت الإصدار الأحدث لتتمكن من المزامنة؛ يبقى عملك هنا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HQ speaks sync protocol {protocol}, older than this Mercator Desktop ({low} to {high}); HQ needs an update before you can sync.</source>
        <translation>يستخدم المقر بروتوكول المزامنة {protocol}، وهو أقدم من هذا الإصدار من Mercator Desktop ({low} إلى {high})؛ يجب تحديث المقر قبل أن تتمكن من المزامنة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ speaks sync protocol {protocol}, older than this Mercator Desktop ({low} to {high}); HQ needs an update before you can sync. HQ says: {message}</source>
        <translation>يستخدم المقر بروتوكول المزامنة {protocol}، وهو أقدم من هذا الإصدار من Mercator Desktop ({low} إلى {high})؛ يجب تحديث المقر قبل أن تتمكن من المزامنة. يقول المقر: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ keeps changing its epoch; try again later</source>
        <translation>يغيّر المقر حقبته باستمرار؛ أعد المحاولة لاحقًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync cancelled; what HQ confirmed is kept</source>
        <translation>أُلغيت المزامنة؛ يُحتفظ بما أكده المقر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync cancelled; what was received is kept</source>
        <translation>أُلغيت المزامنة؛ يُحتفظ بما تم استلامه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ keeps asking for a full resync; try again later</source>
        <translation>يطلب المقر باستمرار إعادة مزامنة كاملة؛ أعد المحاولة لاحقًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ&apos;s changes would delete {count} of your {total} records ({share}). Nothing was deleted. If this is expected, sync again and allow the deletions; otherwise ask HQ.</source>
        <translation>ستحذف تغييرات المقر {count} من سجلاتك البالغة {total} ({share}). لم يُحذف شيء. إذا كان هذا متوقعًا، فزامن مرة أخرى واسمح بالحذف؛ وإلا فاسأل المقر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ no longer lists this file among yours</source>
        <translation>لم يعد المقر يدرج هذا الملف ضمن ملفاتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say which HQ with --server URL</source>
        <translation>حدّد المقر باستخدام ‎--server URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign in to {server} first: {command}</source>
        <translation>سجّل الدخول أولًا إلى {server}: {command}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign in again: your session is unknown, expired or signed out</source>
        <translation>سجّل الدخول مجددًا: جلستك غير معروفة أو منتهية أو مُغلقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrong user name or password</source>
        <translation>اسم مستخدم أو كلمة مرور غير صحيحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this HQ speaks sync protocol {low} to {high}; your Mercator Desktop speaks {yours}</source>
        <translation>يستخدم هذا المقر بروتوكولات المزامنة من {low} إلى {high}؛ ويستخدم Mercator Desktop لديك {yours}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>send at most {limit} changes per batch</source>
        <translation>أرسل {limit} تغييرًا على الأكثر في كل دفعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this batch id is taken; send it with a new one</source>
        <translation>معرّف الدفعة هذا مستخدم؛ أرسلها بمعرّف جديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ&apos;s database was restored or changed epoch; say hello again and send what it lacks</source>
        <translation>استُعيدت قاعدة بيانات المقر أو تغيّرت حقبتها؛ أعد التحية وأرسل ما ينقصها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ holds {held} bytes of this file; send from there</source>
        <translation>لدى المقر {held} بايت من هذا الملف؛ تابع الإرسال من هناك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chunk goes past the file&apos;s size</source>
        <translation>يتجاوز الجزء حجم الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file&apos;s bytes do not match its SHA-256; HQ kept nothing of it: send it again</source>
        <translation>بايتات الملف لا تطابق قيمة SHA-256 الخاصة به؛ لم يحتفظ المقر بشيء منه: أرسله مرة أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ does not hold this file yet</source>
        <translation>لا يحتفظ المقر بهذا الملف بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no record among your missions refers to this file</source>
        <translation>لا يشير أي سجل من سجلات بعثاتك إلى هذا الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ takes files of at most {limit} bytes; this one has {size}</source>
        <translation>يقبل المقر ملفات لا يتجاوز حجمها {limit} بايت؛ وحجم هذا الملف {size}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>send at most {limit} bytes per chunk</source>
        <translation>أرسل {limit} بايت على الأكثر في كل جزء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chunk is empty</source>
        <translation>الجزء فارغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many failed sign-ins for this account: sign-in is locked; try again after {when} (in {count} seconds)</source>
        <translation>عدد كبير جدًا من محاولات تسجيل الدخول الفاشلة لهذا الحساب: تسجيل الدخول مقفل؛ أعد المحاولة بعد {when} (بعد {count} ثانية)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed sign-ins for this account: sign-in is locked; try again after {when} (in {count} minutes)</source>
        <translation>عدد كبير جدًا من محاولات تسجيل الدخول الفاشلة لهذا الحساب: تسجيل الدخول مقفل؛ أعد المحاولة بعد {when} (بعد {count} دقيقة)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed sign-ins for your network address: sign-in is locked; try again after {when} (in {count} seconds)</source>
        <translation>عدد كبير جدًا من محاولات تسجيل الدخول الفاشلة من عنوان شبكتك: تسجيل الدخول مقفل؛ أعد المحاولة بعد {when} (بعد {count} ثانية)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed sign-ins for your network address: sign-in is locked; try again after {when} (in {count} minutes)</source>
        <translation>عدد كبير جدًا من محاولات تسجيل الدخول الفاشلة من عنوان شبكتك: تسجيل الدخول مقفل؛ أعد المحاولة بعد {when} (بعد {count} دقيقة)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed sign-ins for this account: wait {count} seconds before trying again</source>
        <translation>عدد كبير جدًا من محاولات تسجيل الدخول الفاشلة لهذا الحساب: انتظر {count} ثانية قبل إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many failed sign-ins for this account: wait {count} minutes before trying again</source>
        <translation>عدد كبير جدًا من محاولات تسجيل الدخول الفاشلة لهذا الحساب: انتظر {count} دقيقة قبل إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many failed sign-ins for your network address: wait {count} seconds before trying again</source>
        <translation>عدد كبير جدًا من محاولات تسجيل الدخول الفاشلة من عنوان شبكتك: انتظر {count} ثانية قبل إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed sign-ins for your network address: wait {count} minutes before trying again</source>
        <translation>عدد كبير جدًا من محاولات تسجيل الدخول الفاشلة من عنوان شبكتك: انتظر {count} دقيقة قبل إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ is busy signing people in; try again in a minute</source>
        <translation>المقر مشغول بتسجيل دخول أشخاص آخرين؛ أعد المحاولة بعد دقيقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: use a .csv, .json or spreadsheet (.xlsx, .xls, .ods) file (got &apos;{suffix}&apos;)</source>
        <translation>{name}: استخدم ملف ‎.csv أو ‎.json أو جدول بيانات (‎.xlsx أو ‎.xls أو ‎.ods) (المستلم: «{suffix}»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: use a .csv, .xlsx or .json file (got &apos;{suffix}&apos;)</source>
        <translation>{name}: استخدم ملف ‎.csv أو ‎.xlsx أو ‎.json (المستلم: «{suffix}»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: no such file</source>
        <translation>{path}: لا يوجد هذا الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: تتعذر قراءته ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: تتعذر كتابته ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot be read (it is a folder)</source>
        <translation>{path}: تتعذر قراءته (إنه مجلد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required column missing (the header needs {columns})</source>
        <translation>عمود مطلوب مفقود (يجب أن يتضمن العنوان {columns})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown column; known columns are {columns}</source>
        <translation>عمود غير معروف؛ الأعمدة المعروفة هي {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the column appears twice in the header</source>
        <translation>يظهر العمود مرتين في العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{cells} cells but the header has {width} columns (a separator inside an unquoted cell?)</source>
        <translation>{cells} خلية بينما للعنوان {width} عمودًا (فاصل داخل خلية غير محاطة بعلامات اقتباس؟)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value right of the last column of the header</source>
        <translation>قيمة على يمين آخر عمود في العنوان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{cells} cells but the header has {width} columns (a missing separator?)</source>
        <translation>{cells} خلية بينما للعنوان {width} عمودًا (فاصل مفقود؟)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not valid JSON: {detail}</source>
        <translation>JSON غير صالح: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a JSON array of mission objects</source>
        <translation>يُتوقع مصفوفة JSON من كائنات البعثات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required field missing</source>
        <translation>حقل مطلوب مفقود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field; known fields are {fields}</source>
        <translation>حقل غير معروف؛ الحقول المعروفة هي {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code &apos;{code}&apos; is also on line {other}</source>
        <translation>الرمز «{code}» موجود أيضًا في السطر {other}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the code &apos;{code}&apos; is also on row {other}</source>
        <translation>الرمز «{code}» موجود أيضًا في الصف {other}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code &apos;{code}&apos; is also on record {other}</source>
        <translation>الرمز «{code}» موجود أيضًا في السجل {other}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be read as CSV ({detail})</source>
        <translation>تتعذر قراءة الملف بصيغة CSV ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workbook is empty</source>
        <translation>المصنف فارغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no sheet named &apos;{sheet}&apos;; the sheets are {sheets}</source>
        <translation>{name}: لا توجد ورقة باسم «{sheet}»؛ الأوراق هي {sheets}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sheet is empty</source>
        <translation>الورقة فارغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every sheet is empty</source>
        <translation>كل الأوراق فارغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the sheet &apos;{sheet}&apos; cannot be read ({detail})</source>
        <translation>{name}: تتعذر قراءة الورقة «{sheet}» ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: not a readable {suffix} workbook (save it again from your spreadsheet program)</source>
        <translation>{name}: ليس مصنف {suffix} قابلًا للقراءة (احفظه مرة أخرى من برنامج جداول البيانات)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; matches more than one: {candidates}; write the code of the one you mean</source>
        <translation>«{value}» يطابق أكثر من عنصر: {candidates}؛ اكتب رمز العنصر الذي تقصده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {noun} &apos;{value}&apos;; did you mean {candidates}?</source>
        <translation>قيمة غير معروفة ({noun}): «{value}»؛ هل تقصد {candidates}؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {noun} &apos;{value}&apos;; use one of: {choices}</source>
        <translation>قيمة غير معروفة ({noun}): «{value}»؛ استخدم إحدى القيم: {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {noun} &apos;{value}&apos;</source>
        <translation>قيمة غير معروفة ({noun}): «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} (the mapping to &apos;{target}&apos; names no {noun} either)</source>
        <translation>{message} (الربط بـ «{target}» لا يشير أيضًا إلى أي قيمة ({noun}))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {noun} is required</source>
        <translation>قيمة مطلوبة ({noun})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is a number, not a date; format the cell as a date or write YYYY-MM-DD</source>
        <translation>«{value}» عدد وليس تاريخًا؛ نسّق الخلية كتاريخ أو اكتب YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD</source>
        <translation>«{value}» ليس تاريخًا؛ اكتبه بالشكل YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>«{value}» ليس تاريخًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be negative</source>
        <translation>لا يمكن أن يكون سالبًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not yes or no</source>
        <translation>«{value}» ليس نعم أو لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TFA provision</source>
        <translation>حكم من أحكام اتفاق تيسير التجارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arusha factor</source>
        <translation>عامل أروشا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GEOAT principle</source>
        <translation>مبدأ GEOAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mercator Desktop is open on this data folder (it was brought to the front): restore from its File ▸ Backups… menu, or close it first</source>
        <translation>Mercator Desktop مفتوح على مجلد البيانات هذا (وقد أُظهر في المقدمة): استعد من قائمته ملف ▸ النسخ الاحتياطية…، أو أغلقه أولًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: cannot be used as the data folder ({reason})</source>
        <translation>{path}: لا يمكن استخدامه مجلدًا للبيانات ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the passphrase was expected on standard input, which is empty</source>
        <translation>كان يُنتظر عبارة المرور في الإدخال القياسي، وهو فارغ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new passphrase was expected on standard input, which is empty</source>
        <translation>كان يُنتظر عبارة المرور الجديدة في الإدخال القياسي، وهو فارغ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the current passphrase was expected on standard input, which is empty</source>
        <translation>كان يُنتظر عبارة المرور الحالية في الإدخال القياسي، وهو فارغ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {option} &apos;{value}&apos;; use one of: {choices}</source>
        <translation>{option} غير معروف: «{value}»؛ استخدم إحدى القيم: {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period ends before it starts</source>
        <translation>تنتهي الفترة قبل أن تبدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--map &apos;{item}&apos;: write it as COLUMN:VALUE=CODE, e.g. &apos;programme:Mercator Plus=mercator&apos;</source>
        <translation>‎--map «{item}»: اكتبه بالشكل COLUMN:VALUE=CODE، مثل «programme:Mercator Plus=mercator»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--map &apos;{item}&apos;: &apos;{column}&apos; is not a column that can be mapped; use one of {columns}</source>
        <translation>‎--map «{item}»: «{column}» ليس عمودًا يمكن ربطه؛ استخدم أحد الأعمدة: {columns}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give the new passphrase on standard input with --passphrase-stdin (the command line does not prompt)</source>
        <translation>أدخل عبارة المرور الجديدة عبر الإدخال القياسي باستخدام ‎--passphrase-stdin (لا يطلبها سطر الأوامر)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains a NUL character</source>
        <translation>يحتوي على محرف NUL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not well-formed Unicode (it holds a lone surrogate)</source>
        <translation>ليس نص Unicode سليم التكوين (يحتوي على بديل منفرد)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {limit} characters (this one has {count})</source>
        <translation>{limit} حرفًا على الأكثر (وهذا فيه {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the total {total} is less than women + men ({sum})</source>
        <translation>المجموع {total} أقل من النساء + الرجال ({sum})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keep between 1 and {limit} backups (not {count})</source>
        <translation>احتفظ بعدد من النسخ الاحتياطية بين 1 و{limit} (وليس {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a file; give a folder to export into</source>
        <translation>{path} ملف؛ حدّد مجلدًا للتصدير إليه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not empty; give a new or empty folder so that nothing in it is overwritten</source>
        <translation>{path} ليس فارغًا؛ حدّد مجلدًا جديدًا أو فارغًا حتى لا يُستبدل شيء فيه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: cannot be created ({reason})</source>
        <translation>{path}: يتعذر إنشاؤه ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: the export could not be written ({reason})</source>
        <translation>{path}: تعذرت كتابة التصدير ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longer than {limit} characters ({count})</source>
        <translation>أطول من {limit} حرفًا ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file {path} does not exist</source>
        <translation>الملف {path} غير موجود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file {name} is larger than {limit} MB; use a smaller image</source>
        <translation>الملف {name} أكبر من {limit} ميغابايت؛ استخدم صورة أصغر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file {name} is not an image (PNG or JPEG) that can be read</source>
        <translation>الملف {name} ليس صورة قابلة للقراءة (PNG أو JPEG)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>تنتهي الفترة ({end}) قبل أن تبدأ ({start})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the launch date {day} is after the end of the period</source>
        <translation>تاريخ الإطلاق {day} بعد نهاية الفترة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the CSV folder {path}: {reason}</source>
        <translation>يتعذر إنشاء مجلد CSV ‏{path}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write in the CSV folder {path}: no permission</source>
        <translation>تتعذر الكتابة في مجلد CSV ‏{path}: لا يوجد إذن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the CSV files in {path}: {reason}</source>
        <translation>تتعذر كتابة ملفات CSV في {path}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This data folder is encrypted and this computer does not hold its key (a new laptop, or the keyring was reset). Enter the recovery passphrase set when the folder was protected.</source>
        <translation>مجلد البيانات هذا مشفّر ولا يحتفظ هذا الحاسوب بمفتاحه (حاسوب محمول جديد، أو أُعيد ضبط حلقة المفاتيح). أدخل عبارة مرور الاسترداد التي عُيّنت عند حماية المجلد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That recovery passphrase is not the one of this data folder. Nothing was changed; check the spelling and the keyboard layout, then try again.</source>
        <translation>عبارة مرور الاسترداد هذه ليست عبارة مجلد البيانات هذا. لم يُغيَّر شيء؛ تحقق من الإملاء ومن تخطيط لوحة المفاتيح، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key this computer&apos;s keyring keeps for this data folder does not open it (the folder may have been replaced by another one). Nothing was changed or overwritten. Enter the folder&apos;s recovery passphrase to open it.</source>
        <translation>المفتاح الذي تحفظه حافظة مفاتيح هذا الحاسوب لمجلد البيانات هذا لا يفتحه (ربما استُبدل المجلد بآخر). لم يُغيَّر شيء ولم يُكتب فوق شيء. أدخل عبارة مرور الاسترداد الخاصة بالمجلد لفتحه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recovery passphrase needs at least {limit} characters; a few words you will remember make a good one.</source>
        <translation>تحتاج عبارة مرور الاسترداد إلى {limit} حرفًا على الأقل؛ بضع كلمات ستتذكرها تصنع عبارة جيدة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This data folder is encrypted already; to change its recovery passphrase, unlock it first.</source>
        <translation>مجلد البيانات هذا مشفّر بالفعل؛ لتغيير عبارة مرور الاسترداد الخاصة به، افتح قفله أولًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This data folder is not encrypted with that key.</source>
        <translation>مجلد البيانات هذا غير مشفّر بهذا المفتاح.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery key file {path} was written by a newer version of Mercator Desktop, or is damaged, so this data folder was not opened and nothing in it was changed. Open it with the newer version, or restore the file from a copy.</source>
        <translation>ملف مفتاح الاسترداد {path} كُتب بإصدار أحدث من Mercator Desktop، أو أنه تالف، ولذلك لم يُفتح مجلد البيانات هذا ولم يُغيَّر فيه شيء. افتحه بالإصدار الأحدث، أو استعد الملف من نسخة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The encrypted copy of the database did not match the original, so the original was kept unchanged. Please report this problem.</source>
        <translation>لم تطابق النسخة المشفّرة من قاعدة البيانات الأصل، لذا احتُفظ بالأصل دون تغيير. يُرجى الإبلاغ عن هذه المشكلة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted database could not be opened, so the original was put back unchanged. Please report this problem.</source>
        <translation>تعذر فتح قاعدة البيانات المشفّرة، لذا أُعيد الأصل إلى مكانه دون تغيير. يُرجى الإبلاغ عن هذه المشكلة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ published an unknown reference set &apos;{name}&apos;</source>
        <translation>نشر المقر مجموعة مرجعية غير معروفة: «{name}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reference set &apos;{name}&apos;: version &apos;{version}&apos; is not a number</source>
        <translation>المجموعة المرجعية «{name}»: الإصدار «{version}» ليس عددًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reference set &apos;{name}&apos; version {version} is malformed ({detail}); nothing was changed</source>
        <translation>المجموعة المرجعية «{name}» الإصدار {version} معيبة التكوين ({detail})؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the mission {code} is in the trash; restore it first</source>
        <translation>البعثة {code} في سلة المحذوفات؛ استعدها أولًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a folder; give a file name such as report.pdf</source>
        <translation>{path} مجلد؛ حدّد اسم ملف، مثل report.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>تتعذر كتابة {path}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write {path}: no permission to write in {folder}</source>
        <translation>تتعذر كتابة {path}: لا يوجد إذن بالكتابة في {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write {path}: the file is read-only</source>
        <translation>تتعذر كتابة {path}: الملف للقراءة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write {path}: {reason}</source>
        <translation>تتعذر كتابة {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter your name: it is recorded with your changes</source>
        <translation>أدخل اسمك: يُسجَّل مع تغييراتك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name is longer than {limit} characters</source>
        <translation>الاسم أطول من {limit} حرفًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: &apos;{template}&apos; version {version} is already installed ({source}) with other content; give the form a new version in the settings sheet; nothing was imported</source>
        <translation>{name}: «{template}» الإصدار {version} مثبت بالفعل ({source}) بمحتوى مختلف؛ أعطِ النموذج إصدارًا جديدًا في ورقة settings؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no checklist template &apos;{template}&apos; version {version} is installed (installed: {installed})</source>
        <translation>لا يوجد قالب قائمة مراجعة «{template}» الإصدار {version} مثبت (المثبت: {installed})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no checklist template &apos;{template}&apos; is installed (installed: {installed})</source>
        <translation>لا يوجد قالب قائمة مراجعة «{template}» مثبت (المثبت: {installed})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{template}&apos; cannot be written as an XLSForm: {detail}</source>
        <translation>تتعذر كتابة «{template}» بصيغة XLSForm: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This data was written by a newer version of Mercator Desktop (schema {schema}). Install the newer version to open it; nothing was changed.</source>
        <translation>كُتبت هذه البيانات بإصدار أحدث من Mercator Desktop (المخطط {schema}). ثبّت الإصدار الأحدث لفتحها؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another Mercator Desktop program is writing to this data folder and did not finish in time. Try again when it has finished.</source>
        <translation>برنامج Mercator Desktop آخر يكتب في مجلد البيانات هذا ولم ينتهِ في الوقت المحدد. أعد المحاولة عندما ينتهي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: خطأ: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the command line: give the passphrase on standard input with &apos;{command}&apos;.</source>
        <translation>في سطر الأوامر: أدخل عبارة المرور عبر الإدخال القياسي باستخدام «{command}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{prog}: interrupted</source>
        <translation>{prog}: توقف بمقاطعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{prog}: unexpected error: {error}</source>
        <translation>{prog}: خطأ غير متوقع: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(details in {path})</source>
        <translation>(التفاصيل في {path})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{prog}: {command} failed: {message}</source>
        <translation>{prog}: أخفق {command}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused by HQ: {problem}</source>
        <translation>رفضه المقر: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: would import: {created} to create, {updated} to update, {refused} refused. Nothing was stored.</source>
        <translation>{file}: سيُستورد: {created} للإنشاء، {updated} للتحديث، {refused} مرفوضة. لم يُخزَّن شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: would import nothing: {created} to create, {updated} to update, {refused} refused. Nothing was stored.</source>
        <translation>{file}: لن يُستورد شيء: {created} للإنشاء، {updated} للتحديث، {refused} مرفوضة. لم يُخزَّن شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {line} ({code}): refused: {why}</source>
        <translation>السطر {line} ({code}): مرفوض: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {line} ({code}): refused: {why}</source>
        <translation>الصف {line} ({code}): مرفوض: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record {line} ({code}): refused: {why}</source>
        <translation>السجل {line} ({code}): مرفوض: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; matches both {first} and {second}; write the code of the one you mean</source>
        <translation>«{value}» يطابق {first} و{second} معًا؛ اكتب رمز العنصر الذي تقصده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the mission code is already used by another mission at HQ; rename this mission (or the other one) and sync again</source>
        <translation>رمز البعثة مستخدم بالفعل لبعثة أخرى في المقر؛ غيّر اسم هذه البعثة (أو الأخرى) وزامن مرة أخرى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the assessment was validated at HQ; its answers change only after it is reopened with a reason. Reopen it and keep your answer, or discard your change</source>
        <translation>اعتُمد التقييم في المقر؛ لا تتغير إجاباته إلا بعد إعادة فتحه مع ذكر السبب. أعد فتحه واحتفظ بإجابتك، أو تخلَّ عن تغييرك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the assessment was validated at HQ on {day}; its answers change only after it is reopened with a reason. Reopen it and keep your answer, or discard your change</source>
        <translation>اعتُمد التقييم في المقر في {day}؛ لا تتغير إجاباته إلا بعد إعادة فتحه مع ذكر السبب. أعد فتحه واحتفظ بإجابتك، أو تخلَّ عن تغييرك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you were taken off the team of this mission on {day}; your change was not applied. The mission is kept on your laptop, read-only</source>
        <translation>أُبعدت عن فريق هذه البعثة في {day}؛ لم يُطبَّق تغييرك. تبقى البعثة على حاسوبك المحمول، للقراءة فقط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kind of record this version does not know; update Mercator Desktop</source>
        <translation>نوع سجل لا يعرفه هذا الإصدار؛ حدّث Mercator Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for {records}</source>
        <translation>في انتظار {records}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clashes with a local record ({reason})</source>
        <translation>يتعارض مع سجل محلي ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no database to back up at {path}</source>
        <translation>لا توجد قاعدة بيانات لنسخها احتياطيًا في {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup could not be written to {path}: {reason}</source>
        <translation>تعذرت كتابة النسخة الاحتياطية في {path}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{id}&apos; names {count} backups; give more of the id</source>
        <translation>«{id}» يشير إلى {count} نسخ احتياطية؛ اكتب جزءًا أطول من المعرّف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no backup &apos;{id}&apos; in {path}</source>
        <translation>لا توجد نسخة احتياطية «{id}» في {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup {id} is damaged ({detail}); choose another one</source>
        <translation>النسخة الاحتياطية {id} تالفة ({detail})؛ اختر نسخة أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup could not be copied into place: {reason}</source>
        <translation>تعذر نسخ النسخة الاحتياطية إلى مكانها: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} required answers are missing ({first}); the assessment stays a draft</source>
        <translation>{count} من الإجابات المطلوبة مفقودة ({first})؛ يبقى التقييم مسودة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} required answers are missing ({first} and {more} more); the assessment stays a draft</source>
        <translation>{count} من الإجابات المطلوبة مفقودة ({first} و{more} أخرى)؛ يبقى التقييم مسودة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {path} is damaged and was not opened, so nothing in it was changed (SQLite says: {detail}). Restore the newest good backup ({id}, made {when}) with: mercator-desktop backup restore {id}</source>
        <translation>قاعدة البيانات {path} تالفة ولم تُفتح، لذا لم يُغيَّر فيها شيء (تقول SQLite: {detail}). استعد أحدث نسخة احتياطية سليمة ({id}، أُنشئت في {when}) باستخدام: mercator-desktop backup restore {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {path} is damaged and was not opened, so nothing in it was changed (SQLite says: {detail}). There is no good backup to restore; keep the file and ask for help.</source>
        <translation>قاعدة البيانات {path} تالفة ولم تُفتح، لذا لم يُغيَّر فيها شيء (تقول SQLite: {detail}). لا توجد نسخة احتياطية سليمة لاستعادتها؛ احتفظ بالملف واطلب المساعدة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} is not encrypted, so it has no recovery passphrase to change; &apos;mercator-desktop recovery set&apos; encrypts it</source>
        <translation>{folder} غير مشفّر، فلا توجد له عبارة استرداد لتغييرها؛ الأمر «mercator-desktop recovery set» يشفّره</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the current and the new passphrase on standard input, one per line, with --passphrase-stdin (the command line does not prompt)</source>
        <translation>أدخل عبارة الاسترداد الحالية والجديدة على الإدخال القياسي، كل واحدة في سطر، مع --passphrase-stdin (سطر الأوامر لا يطرح أسئلة)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This data folder is not encrypted, so it has no recovery passphrase to change. Protect it first.</source>
        <translation>مجلد البيانات هذا غير مشفّر، فلا توجد له عبارة استرداد لتغييرها. احمِه أولًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--status, --final, --date and --yes go with --issue</source>
        <translation>الخيارات --status و--final و--date و--yes تُستعمل مع --issue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give the file to write with --out FILE.pdf (or --issue, --issued)</source>
        <translation>حدّد الملف المراد كتابته بـ --out FILE.pdf (أو --issue أو --issued)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an issued report is a PDF: give --out FILE.pdf</source>
        <translation>التقرير الصادر ملف PDF: حدّد --out FILE.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the report would be Final with these parts empty: {parts}. Add --yes to issue it as Final anyway, or issue a draft</source>
        <translation>سيكون التقرير نهائيًا وهذه الأجزاء فارغة: {parts}. أضف --yes لإصداره نهائيًا رغم ذلك، أو أصدِر مسودة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the results of the assessments</source>
        <translation>نتائج التقييمات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{a}</source>
        <translation>{a}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{a}; {b}</source>
        <translation>{a}؛ {b}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{a}; {b}; {c}</source>
        <translation>{a}؛ {b}؛ {c}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF of version {version} is not on this computer yet: it arrives with the next sync</source>
        <translation>ملف PDF للإصدار {version} ليس على هذا الحاسوب بعد: سيصل مع المزامنة التالية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a report status (draft or final)</source>
        <translation>«{value}» ليست حالة تقرير (مسودة أو نهائي)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reports are issued in {languages}, not &apos;{value}&apos;</source>
        <translation>تصدر التقارير باللغات {languages}، وليس «{value}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no issued report &apos;{id}&apos;</source>
        <translation>لا يوجد تقرير صادر «{id}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version {version} of {code} was issued meanwhile; issue again</source>
        <translation>صدر الإصدار {version} من {code} في الأثناء؛ أعد الإصدار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: {message}</source>
        <translation>تحذير: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no demonstration data to remove.</source>
        <translation>لا توجد بيانات تجريبية لإزالتها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed the demonstration data: {missions} missions, {experts} experts, {administrations} administrations ({records} records).</source>
        <translation>أُزيلت البيانات التجريبية: البعثات {missions}، الخبراء {experts}، الإدارات {administrations} (السجلات {records}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept the demonstration expert {name}: your missions {codes} have them in the team.</source>
        <translation>أُبقي على الخبير التجريبي {name}: بعثاتك {codes} تضمّه إلى فريقها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept the demonstration expert {name}: you added accreditations to them.</source>
        <translation>أُبقي على الخبير التجريبي {name}: أضفت إليه اعتمادات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept the demonstration administration {name}: {users} still point at it.</source>
        <translation>أُبقي على الإدارة التجريبية {name}: لا تزال {users} تشير إليها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mission {code}</source>
        <translation>البعثة {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expert {name}</source>
        <translation>الخبير {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demonstration data loaded: {missions} missions, {experts} experts, {administrations} administrations.</source>
        <translation>حُمّلت البيانات التجريبية: البعثات {missions}، الخبراء {experts}، الإدارات {administrations}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demonstration data is already loaded; nothing added.</source>
        <translation>البيانات التجريبية محمّلة من قبل؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No missions.</source>
        <translation>لا توجد بعثات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trash is empty.</source>
        <translation>سلة المحذوفات فارغة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} mission</source>
        <translation>بعثة واحدة ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} missions</source>
        <translation>عدد البعثات: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CODE</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>START</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>END</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CTRY</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>REGION</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TYPE</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STATUS</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TITLE</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LANG</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACCREDITATIONS</source>
        <translation>الاعتمادات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EMAIL</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {count} mission from {file}: {created} created, {updated} updated.</source>
        <translation>استُوردت بعثة واحدة ({count}) من {file} (أُنشئت: {created}، حُدّثت: {updated}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {count} missions from {file}: {created} created, {updated} updated.</source>
        <translation>استُوردت البعثات من {file}، وعددها {count} (أُنشئت: {created}، حُدّثت: {updated}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {count} mission from {file}: {created} created, {updated} updated, {restored} restored from the trash.</source>
        <translation>استُوردت بعثة واحدة ({count}) من {file} (أُنشئت: {created}، حُدّثت: {updated}، استُعيدت من سلة المحذوفات: {restored}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {count} missions from {file}: {created} created, {updated} updated, {restored} restored from the trash.</source>
        <translation>استُوردت البعثات من {file}، وعددها {count} (أُنشئت: {created}، حُدّثت: {updated}، استُعيدت من سلة المحذوفات: {restored}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New experts in the directory: {names}.</source>
        <translation>خبراء جدد في الدليل: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New administrations: {names}.</source>
        <translation>إدارات جديدة: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New programmes: {names}.</source>
        <translation>برامج جديدة: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {column} &apos;{value}&apos; on lines {lines}</source>
        <translation>قيمة غير معروفة في {column} «{value}» في الأسطر {lines}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {column} &apos;{value}&apos; on rows {lines}</source>
        <translation>قيمة غير معروفة في {column} «{value}» في الصفوف {lines}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {column} &apos;{value}&apos; on records {lines}</source>
        <translation>قيمة غير معروفة في {column} «{value}» في السجلات {lines}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{lines} and {count} more</source>
        <translation>{lines} و{count} غيرها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{unknown}; map it with --map &apos;{mapping}&apos;</source>
        <translation>{unknown}؛ اربطها بالخيار --map &apos;{mapping}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new expert: {name}</source>
        <translation>خبير جديد: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new programme: {name}</source>
        <translation>برنامج جديد: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported {count} mission to {file}.</source>
        <translation>صُدّرت بعثة واحدة ({count}) إلى {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported {count} missions to {file}.</source>
        <translation>صُدّرت البعثات إلى {file}، وعددها {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>team: {name} ({role})</source>
        <translation>الفريق: {name} ({role})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agenda: {day} {hours} {activity}</source>
        <translation>جدول الأعمال: {day} {hours} {activity}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No expert is booked on overlapping missions.</source>
        <translation>لا يوجد خبير محجوز لبعثات متداخلة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {first} and {second} overlap from {start} to {end}</source>
        <translation>{name}: تتداخل {first} و{second} من {start} إلى {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{a}, {b}</source>
        <translation>{a}، {b}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{chars} in {where}: “{excerpt}”</source>
        <translation>{chars} في {where}: «{excerpt}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{prog}: warning: no font on this computer has {where}; they print as empty boxes</source>
        <translation>{prog}: تحذير: لا يوجد خط على هذا الحاسوب يتضمن {where}؛ ستُطبع مربعات فارغة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {path}: {pages} pages.</source>
        <translation>كُتب {path}: عدد الصفحات {pages}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {path}: {pages} pages (DRAFT watermark: the mission is not at report_final yet).</source>
        <translation>كُتب {path}: عدد الصفحات {pages} (علامة «مسودة» المائية: لم تبلغ البعثة report_final بعد).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote {path}: Word document.</source>
        <translation>كُتب {path}: مستند Word.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {path}: Word document (marked DRAFT: the mission is not at report_final yet).</source>
        <translation>كُتب {path}: مستند Word (موسوم «مسودة»: لم تبلغ البعثة report_final بعد).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued {code} version {version} ({status}, {language}, date of issue {date}): {pages} pages, SHA-256 {sha256}.</source>
        <translation>صدر {code}، الإصدار {version} ({status}، {language}، تاريخ الإصدار {date}): عدد الصفحات {pages}، SHA-256 {sha256}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote a copy to {path}</source>
        <translation>كُتبت نسخة في {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No report of {code} has been issued yet.</source>
        <translation>لم يصدر أي تقرير عن {code} بعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} (not on this computer yet)</source>
        <translation>{file} (ليس على هذا الحاسوب بعد)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date of issue</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>issued by</source>
        <translation>أصدره</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {path}: {pages} pages; {activities} from {start} to {end}, {missions} since {since}.</source>
        <translation>كُتب {path}: عدد الصفحات {pages}؛ {activities} من {start} إلى {end}، و{missions} منذ {since}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} activity</source>
        <translation>نشاط واحد ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} activities</source>
        <translation>عدد الأنشطة: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {path}</source>
        <translation>كُتب {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backups in {path}.</source>
        <translation>لا توجد نسخ احتياطية في {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ok</source>
        <translation>سليمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DAMAGED</source>
        <translation>تالفة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} backup in {path}</source>
        <translation>نسخة احتياطية واحدة ({count}) في {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} backups in {path}</source>
        <translation>عدد النسخ الاحتياطية في {path}: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {id} ({when}) restored. The database it replaced is kept in {path}.</source>
        <translation>استُعيدت النسخة الاحتياطية {id} ({when}). قاعدة البيانات التي حلّت محلها محفوظة في {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {id} written ({size} MB, integrity ok).</source>
        <translation>كُتبت النسخة الاحتياطية {id} ({size} ميغابايت، السلامة مؤكدة).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {id} written ({size} MB, integrity NOT ok).</source>
        <translation>كُتبت النسخة الاحتياطية {id} ({size} ميغابايت، السلامة غير مؤكدة).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} backups are kept (plus one a day for a week and the newest before an upgrade).</source>
        <translation>يُحتفظ بـ {count} من النسخ الاحتياطية (إضافة إلى نسخة يومية لمدة أسبوع وأحدث نسخة قبل الترقية).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From now on {count} backups are kept.</source>
        <translation>من الآن فصاعدًا يُحتفظ بـ {count} من النسخ الاحتياطية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to {folder}: {parts}; {evidence} evidence files, {reports} reports.</source>
        <translation>صُدّرت البيانات إلى {folder}: {parts}؛ ملفات الأدلة: {evidence}، التقارير: {reports}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to {folder}: {parts}; {evidence} evidence files, {reports} reports. {missing} evidence files or reports were not on this computer (listed in README.txt).</source>
        <translation>صُدّرت البيانات إلى {folder}: {parts}؛ ملفات الأدلة: {evidence}، التقارير: {reports}. لم تكن على هذا الحاسوب ملفات أدلة أو تقارير عددها {missing} (مذكورة في README.txt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{folder}: not encrypted. &apos;mercator-desktop recovery set&apos; encrypts it.</source>
        <translation>{folder}: غير مشفّر. الأمر «mercator-desktop recovery set» يشفّره.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder}: encrypted; this computer&apos;s keyring holds its key.</source>
        <translation>{folder}: مشفّر؛ سلسلة مفاتيح هذا الحاسوب تحفظ مفتاحه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder}: encrypted; it cannot open without the recovery passphrase: {reason}.</source>
        <translation>{folder}: مشفّر؛ لا يمكن فتحه دون عبارة مرور الاسترداد: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery passphrase was changed; the old one no longer opens this folder.</source>
        <translation>غُيّرت عبارة مرور الاسترداد؛ العبارة القديمة لم تعد تفتح هذا المجلد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} is encrypted now. Keep the recovery passphrase somewhere safe: without it, this folder cannot be opened on another computer.</source>
        <translation>أصبح {folder} مشفّرًا. احفظ عبارة مرور الاسترداد في مكان آمن: فدونها لا يمكن فتح هذا المجلد على حاسوب آخر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer has no keyring to keep the key in: give the passphrase to each command with --passphrase-stdin.</source>
        <translation>لا توجد على هذا الحاسوب سلسلة مفاتيح لحفظ المفتاح: أعطِ عبارة المرور لكل أمر باستخدام --passphrase-stdin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery passphrase was changed; the old one no longer opens this folder. The data itself was not touched.</source>
        <translation>غُيّرت عبارة مرور الاسترداد؛ العبارة القديمة لم تعد تفتح هذا المجلد. ولم تُمسّ البيانات نفسها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} (&apos;{id}&apos; version {version}) is already installed, unchanged</source>
        <translation>{title} («{id}» الإصدار {version}) مثبّت من قبل، دون تغيير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} (&apos;{id}&apos; version {version}) installed ({questions} questions)</source>
        <translation>ثُبّت {title} («{id}» الإصدار {version}) (عدد الأسئلة: {questions})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{id} version {version} written to {path}</source>
        <translation>كُتب {id} الإصدار {version} في {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed out of HQ.</source>
        <translation>سُجّل الخروج من المقر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To sync without keeping a session, run: {command}</source>
        <translation>للمزامنة دون الاحتفاظ بجلسة، نفّذ: {command}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in to {server} as {user} ({role}).</source>
        <translation>سُجّل الدخول إلى {server} باسم {user} ({role}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced with {server}: {sent} sent, {received} received, {applied} applied.</source>
        <translation>تمت المزامنة مع {server}: أُرسل {sent}، استُلم {received}، طُبّق {applied}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence files: {sent} sent, {received} received.</source>
        <translation>ملفات الأدلة: أُرسل {sent}، استُلم {received}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} changes HQ already had (a lost answer); nothing doubled.</source>
        <translation>تغييرات كانت لدى المقر من قبل (رد مفقود): {count}؛ لم يتكرر شيء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} fields were changed at HQ too: HQ&apos;s value is shown, yours is kept in the conflict inbox.</source>
        <translation>حقول غُيّرت في المقر أيضًا: {count}؛ تُعرض قيمة المقر وتُحفظ قيمتك في صندوق المزامنة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} received records wait; see why with: {command}</source>
        <translation>سجلات مستلمة تنتظر: {count}؛ اعرف السبب بالأمر: {command}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To see them with the way out: {command}</source>
        <translation>لعرضها مع طريقة الحل: {command}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This data folder was restored from a copy or copied from another laptop; it now syncs as a new device. Nothing was lost.</source>
        <translation>استُعيد مجلد البيانات هذا من نسخة أو نُسخ من حاسوب محمول آخر؛ وهو يُزامَن الآن بوصفه جهازًا جديدًا. لم يُفقد شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ had been restored from a backup; {count} record was sent again so HQ has them.</source>
        <translation>استُعيد المقر من نسخة احتياطية؛ أُعيد إرسال سجل واحد ({count}) ليكون لدى المقر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ had been restored from a backup; {count} records were sent again so HQ has them.</source>
        <translation>استُعيد المقر من نسخة احتياطية؛ أُعيد إرسال السجلات ليكون لدى المقر، وعددها {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You were taken off the team of {count} mission; it is kept read-only (list: {command}).</source>
        <translation>أُخرجت من فريق بعثة واحدة ({count})؛ وهي محفوظة للقراءة فقط (القائمة: {command}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You were taken off the team of {count} missions; they are kept read-only (list: {command}).</source>
        <translation>أُخرجت من فرق بعثات عددها {count}؛ وهي محفوظة للقراءة فقط (القائمة: {command}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to settle: no conflicts, nothing refused by HQ, nothing waiting.</source>
        <translation>لا شيء للتسوية: لا تعارضات، ولا شيء رفضه المقر، ولا شيء ينتظر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts ({count}): settle them in the app, Sync → Sync inbox.</source>
        <translation>التعارضات ({count}): سوّها في التطبيق، مزامنة ← صندوق المزامنة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: yours {mine}; HQ&apos;s {theirs}</source>
        <translation>{what}: قيمتك {mine}؛ قيمة المقر {theirs}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited at HQ while you deleted it</source>
        <translation>عُدّل في المقر بينما حذفته أنت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted at HQ while you edited it</source>
        <translation>حُذف في المقر بينما عدّلته أنت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited</source>
        <translation>معدّل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused by HQ ({count}):</source>
        <translation>رفضها المقر ({count}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what to do: {advice}</source>
        <translation>ما العمل: {advice}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to take HQ&apos;s version back: {command}</source>
        <translation>لاستعادة نسخة المقر: {command}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting from HQ ({count}):</source>
        <translation>واردة من المقر تنتظر ({count}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>way out: {how}</source>
        <translation>طريقة الحل: {how}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{prog}: sync discard: {message}</source>
        <translation>{prog}: sync discard: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discarded this laptop&apos;s change of {kind} {id}: it holds HQ&apos;s version again.</source>
        <translation>أُلغي تغيير هذا الحاسوب المحمول على {kind} {id}: عادت إليه نسخة المقر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No archived missions: you are on the team of every mission here.</source>
        <translation>لا توجد بعثات مؤرشفة: أنت في فريق كل بعثة هنا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code}  {title}  archived {day}</source>
        <translation>{code}  {title}  أُرشفت في {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} archived mission (read-only, out of the mission list)</source>
        <translation>بعثة مؤرشفة واحدة ({count}) (للقراءة فقط، خارج قائمة البعثات)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} archived missions (read-only, out of the mission list)</source>
        <translation>عدد البعثات المؤرشفة: {count} (للقراءة فقط، خارج قائمة البعثات)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ: {server}  user: {user}  signed in: {signed_in}</source>
        <translation>المقر: {server}  المستخدم: {user}  مسجّل الدخول: {signed_in}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsent changes: {pending}  conflicts: {conflicts}  refused: {refused}  waiting: {waiting}</source>
        <translation>تغييرات لم تُرسل: {pending}  تعارضات: {conflicts}  مرفوضة: {refused}  تنتظر: {waiting}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last sync: {when}</source>
        <translation>آخر مزامنة: {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last sync: {when} ({state}: {message})</source>
        <translation>آخر مزامنة: {when} ({state}: {message})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>push: {count}</source>
        <translation>الإرسال: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pull: {count}</source>
        <translation>الاستلام: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>send files: {count}</source>
        <translation>إرسال الملفات: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receive files: {count}</source>
        <translation>استلام الملفات: {count}</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../mercator_desktop/ui/widgets.py" line="+124"/>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2025-03-24</source>
        <translation>«{text}» ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD، مثل 2025-03-24</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{text}&apos; is not a time; write it as HH:MM, e.g. 09:30</source>
        <translation>«{text}» ليس وقتًا؛ اكتبه بالصيغة HH:MM، مثل 09:30</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick the date on a calendar</source>
        <translation>اختيار التاريخ من التقويم</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name}: pick on a calendar</source>
        <translation>{name}: اختر من التقويم</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&apos;{text}&apos; is not in the list; pick one of the list</source>
        <translation>«{text}» ليس في القائمة؛ اختر عنصرًا من القائمة</translation>
    </message>
</context>
<context>
    <name>write_waiting</name>
    <message>
        <location filename="../../mercator_desktop/ui/write_waiting.py" line="+30"/>
        <source>Waiting for another Mercator Desktop program to finish writing…</source>
        <translation>في انتظار انتهاء برنامج Mercator Desktop آخر من الكتابة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for another task to finish saving…</source>
        <translation>في انتظار انتهاء مهمة أخرى من الحفظ…</translation>
    </message>
</context>
</TS>
