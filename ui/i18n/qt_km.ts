<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings the app shows (standard buttons, text field menus, the file dialog):
     PySide6 ships no Khmer qtbase catalogue. Written by hand; compiled by ui/i18n/catalogue.py. -->
<TS version="2.1" language="km_KH">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>យល់ព្រម</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>រក្សាទុក</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>រក្សាទុកទាំងអស់</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>បើក</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>បាទ/ចាស (&amp;Y)</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>បាទ/ចាស ទាំងអស់ (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>ទេ (&amp;N)</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>ទេ ទាំងអស់ (&amp;O)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>បោះបង់ចោល</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>សាកម្ដងទៀត</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>មិនអើពើ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>បិទ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>បោះបង់ការផ្លាស់ប្ដូរ</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>ជំនួយ</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>អនុវត្ត</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>កំណត់ឡើងវិញ</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>ស្ដារលំនាំដើម</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>មិនធ្វើវិញ (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ធ្វើវិញ (&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>កាត់ (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>ចម្លង (&amp;C)</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>ចម្លងទីតាំងតំណ (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>បិទភ្ជាប់ (&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>លុប</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>ជ្រើសរើសទាំងអស់</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>មិនធ្វើវិញ (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ធ្វើវិញ (&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>កាត់ (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>ចម្លង (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>បិទភ្ជាប់ (&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>លុប</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>ជ្រើសរើសទាំងអស់</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>បង្ហាញព័ត៌មានលម្អិត...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>លាក់ព័ត៌មានលម្អិត...</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>រកមើលក្នុង៖</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>ឈ្មោះឯកសារ (&amp;N)៖</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>ប្រភេទឯកសារ៖</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>បើក (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>រក្សាទុក (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>ជ្រើសរើស (&amp;C)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>ថយក្រោយ</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>ទៅមុខ</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>ថតមេ</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>បង្កើតថតថ្មី</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>ទិដ្ឋភាពបញ្ជី</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>ទិដ្ឋភាពលម្អិត</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>ឯកសារទាំងអស់ (*)</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>ថតថ្មី</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>លុប (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>ប្ដូរឈ្មោះ (&amp;R)</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>បង្ហាញឯកសារលាក់ (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>ថតថ្មី (&amp;N)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>បើក</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>រក្សាទុកជា</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>ទីតាំងថ្មីៗ</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>ថត៖</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 មានរួចហើយ។
តើអ្នកចង់ជំនួសវាទេ?</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>ឈ្មោះ</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>ទំហំ</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>ប្រភេទ</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>កាលបរិច្ឆេទកែប្រែ</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>កុំព្យូទ័ររបស់ខ្ញុំ</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>កុំព្យូទ័រ</translation>
        </message>
    </context>
    <context>
        <name>QDockWidget</name>
        <message>
            <source>Float</source>
            <translation>អណ្ដែត</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>បិទ</translation>
        </message>
    </context>
</TS>
