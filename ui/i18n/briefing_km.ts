<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name></name>
    <message>
        <source>included in the book</source>
        <extracomment>the user dragged a section: (from row, to row as the final position) the user ticked or unticked a section: (row, included)</extracomment>
        <translation>បញ្ចូលក្នុងសៀវភៅ</translation>
    </message>
    <message>
        <source>left out of the book</source>
        <translation>មិនបញ្ចូលក្នុងសៀវភៅ</translation>
    </message>
    <message>
        <source>owner: {owner}</source>
        <translation>អ្នកទទួលបន្ទុក៖ {owner}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>គ្មានអ្នកទទួលបន្ទុក</translation>
    </message>
    <message>
        <source>clearance: {where}</source>
        <translation>ការឯកភាព៖ {where}</translation>
    </message>
    <message>
        <source>marked {level}, above the book: the book will be marked {level}</source>
        <translation>មានកម្រិតសម្ងាត់ {level} ខ្ពស់ជាងសៀវភៅ៖ សៀវភៅនឹងត្រូវសម្គាល់កម្រិត {level}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>កំហុសដែលមិនបានរំពឹងទុក</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}

Your saved work is safe in the workspace. If this happens again, please report it with the log.</source>
        <translation>មានបញ្ហាកើតឡើង៖ {detail}

ការងារដែលបានរក្សាទុករបស់អ្នកនៅមានសុវត្ថិភាពក្នុងលំហការងារ។ ប្រសិនបើបញ្ហានេះកើតឡើងម្ដងទៀត សូមរាយការណ៍ដោយភ្ជាប់កំណត់ហេតុ។</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>ជ្រើសរើសបុគ្គល</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>សៀវភៅណែនាំអ្នកប្រើ (&amp;G)</translation>
    </message>
    <message>
        <source>How to make a briefing book, step by step (works offline)</source>
        <translation>របៀបរៀបចំសៀវភៅព័ត៌មានសង្ខេប មួយជំហានម្តងៗ (ប្រើបានដោយគ្មានអ៊ីនធឺណិត)</translation>
    </message>
    <message>
        <source>Show &amp;Log…</source>
        <translation>បង្ហាញកំណត់ហេតុ (&amp;L)…</translation>
    </message>
    <message>
        <source>What the app did and what went wrong, for a report</source>
        <translation>អ្វីដែលកម្មវិធីបានធ្វើ និងអ្វីដែលខុស សម្រាប់ការរាយការណ៍</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>តើនេះជាអ្វី? (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About Briefing Book</source>
        <translation>អំពី Briefing Book (&amp;A)</translation>
    </message>
    <message>
        <source>Reading the press release…</source>
        <extracomment>the dialog shows only when drafting takes longer than this (ms): most releases take less</extracomment>
        <translation>កំពុងអានសេចក្តីប្រកាសព័ត៌មាន…</translation>
    </message>
    <message>
        <source>Import Press Release</source>
        <translation>នាំចូលសេចក្ដីប្រកាសព័ត៌មាន</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>មិនអាចនាំចូលបានទេ</translation>
    </message>
    <message>
        <source>The workspace is open read-only; a meeting cannot be added.</source>
        <translation>លំហការងារត្រូវបានបើកសម្រាប់តែអាន មិនអាចបន្ថែមកិច្ចប្រជុំបានទេ។</translation>
    </message>
    <message>
        <source>Cannot import the press release</source>
        <translation>មិនអាចនាំចូលសេចក្ដីប្រកាសព័ត៌មានបានទេ</translation>
    </message>
    <message>
        <source>Already in the workspace</source>
        <translation>មានរួចហើយក្នុងលំហការងារ</translation>
    </message>
    <message>
        <source>This release is already in the workspace as the meeting of {label}.

Open that meeting instead? Nothing will be imported.</source>
        <translation>សេចក្ដីប្រកាសព័ត៌មាននេះមានរួចហើយក្នុងលំហការងារ ជាកិច្ចប្រជុំ {label}។

បើកកិច្ចប្រជុំនោះជំនួសវិញឬ? គ្មានអ្វីនឹងត្រូវនាំចូលទេ។</translation>
    </message>
    <message>
        <source>Open Meeting</source>
        <translation>បើកកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Keep</source>
        <extracomment>highlight colours by item kind: (light, strong) — the table swatch and the source view emitted after the officer changed something through this model</extracomment>
        <translation>រក្សា</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>ភាគី</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>ភាពប្រាកដ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ចំណុច</translation>
    </message>
    <message>
        <source>How sure the importer is of this item&apos;s area, side and kind</source>
        <translation>កម្រិតប្រាកដប្រជារបស់កម្មវិធីនាំចូល ចំពោះវិស័យ ភាគី និងប្រភេទនៃចំណុចនេះ</translation>
    </message>
    <message>
        <source>Untick to leave this item out of the record (Space)</source>
        <translation>ដោះធីកចេញ ដើម្បីទុកចំណុចនេះចោលពីកំណត់ត្រា (Space)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>គោរមងារ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>មុខតំណែង</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ទុកចោល</translation>
    </message>
    <message>
        <source>in the workspace</source>
        <translation>មានក្នុងលំហការងារ</translation>
    </message>
    <message>
        <source>new: will be created</source>
        <translation>ថ្មី៖ នឹងត្រូវបង្កើត</translation>
    </message>
    <message>
        <source>Matched to {name}, already in the workspace (as written: {raw})</source>
        <translation>ផ្គូផ្គងនឹង {name} ដែលមានរួចហើយក្នុងលំហការងារ (ដូចដែលបានសរសេរ៖ {raw})</translation>
    </message>
    <message>
        <source>As written in the release: {raw}</source>
        <translation>ដូចដែលបានសរសេរក្នុងសេចក្ដីប្រកាសព័ត៌មាន៖ {raw}</translation>
    </message>
    <message>
        <source>Owed by</source>
        <translation>ភាគីទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>Commitment</source>
        <extracomment>the user chose a new status in the table: (commitment id, status)</extracomment>
        <translation>ការប្ដេជ្ញាចិត្ត</translation>
    </message>
    <message>
        <source>Its item is left out of the record, so it cannot be tracked</source>
        <translation>ចំណុចរបស់វាត្រូវបានទុកចោលពីកំណត់ត្រា ដូច្នេះមិនអាចតាមដានបានទេ</translation>
    </message>
    <message>
        <source>Untick to not track this (Space)</source>
        <translation>ដោះធីកចេញ ដើម្បីមិនតាមដានវា (Space)</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>ការត្រួតពិនិត្យមុនបោះពុម្ព</translation>
    </message>
    <message>
        <source>&amp;Check Book…</source>
        <translation>ពិនិត្យសៀវភៅ (&amp;C)…</translation>
    </message>
    <message>
        <source>What would embarrass the book if it were printed now</source>
        <translation>កំហុសដែលនឹងប៉ះពាល់ដល់សៀវភៅ ប្រសិនបើបោះពុម្ពឥឡូវនេះ</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>នាំចេញ (&amp;E)…</translation>
    </message>
    <message>
        <source>Export the book to PDF and DOCX: numbered copies, password, issued version</source>
        <translation>នាំចេញសៀវភៅជា PDF និង DOCX៖ ច្បាប់មានលេខរៀង ពាក្យសម្ងាត់ កំណែដែលបានចេញផ្សាយ</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>កំណែ (&amp;V)…</translation>
    </message>
    <message>
        <source>Cop&amp;y Book for Next Visit…</source>
        <translation>ចម្លងសៀវភៅសម្រាប់ដំណើរទស្សនកិច្ចបន្ទាប់ (&amp;Y)…</translation>
    </message>
    <message>
        <source>Pre&amp;flight</source>
        <translation>ការត្រួតពិនិត្យមុនបោះពុម្ព (&amp;F)</translation>
    </message>
    <message>
        <source>&lt;p&gt;From &lt;b&gt;{a}&lt;/b&gt; to &lt;b&gt;{b}&lt;/b&gt;: {what}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ពី &lt;b&gt;{a}&lt;/b&gt; ដល់ &lt;b&gt;{b}&lt;/b&gt;៖ {what}។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ថ្មី</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>បានផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>, page %d</source>
        <translation> ទំព័រ %d</translation>
    </message>
    <message>
        <source>, pages %d–%d</source>
        <translation> ទំព័រ %d–%d</translation>
    </message>
    <message>
        <source>The whole part is no longer in the book.</source>
        <translation>ផ្នែកទាំងមូលលែងមានក្នុងសៀវភៅទៀតហើយ។</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>គ្មានអ្វីផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>1 part changed</source>
        <translation>ផ្នែក ១ បានផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>%d parts changed</source>
        <translation>ផ្នែក %d បានផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>{title} (next visit)</source>
        <translation>{title} (ដំណើរទស្សនកិច្ចបន្ទាប់)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>សម្រាប់តែអាន</translation>
    </message>
    <message>
        <source>The workspace is open read-only; a book cannot be added.</source>
        <translation>លំហការងារត្រូវបានបើកសម្រាប់តែអាន មិនអាចបន្ថែមសៀវភៅបានទេ។</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>មិនបានចម្លង</translation>
    </message>
    <message>
        <source>Copy book “%s”</source>
        <translation>ចម្លងសៀវភៅ “%s”</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <source>Write the %s as</source>
        <translation>សរសេរ %s ជា</translation>
    </message>
    <message>
        <source>C&amp;learance…</source>
        <translation>ការឯកភាព (&amp;L)…</translation>
    </message>
    <message>
        <source>Request clearance of the briefs, record answers, see the clearance trail</source>
        <translation>ស្នើសុំការឯកភាពលើសេចក្ដីសង្ខេប កត់ត្រាចម្លើយ និងមើលប្រវត្តិនៃការឯកភាព</translation>
    </message>
    <message>
        <source>Sen&amp;d for Review…</source>
        <translation>ផ្ញើដើម្បីពិនិត្យ (&amp;D)…</translation>
    </message>
    <message>
        <source>Write a Word document of the briefs for the clearers</source>
        <translation>សរសេរឯកសារ Word នៃសេចក្ដីសង្ខេប សម្រាប់អ្នកផ្ដល់ការឯកភាព</translation>
    </message>
    <message>
        <source>&amp;Apply Returned Review…</source>
        <translation>អនុវត្តលទ្ធផលពិនិត្យដែលបានត្រឡប់មកវិញ (&amp;A)…</translation>
    </message>
    <message>
        <source>Bring a review document back from Word</source>
        <translation>នាំឯកសារពិនិត្យត្រឡប់មកវិញពី Word</translation>
    </message>
    <message>
        <source>Which book?</source>
        <translation>សៀវភៅមួយណា?</translation>
    </message>
    <message>
        <source>Open the book in the library first.</source>
        <translation>សូមបើកសៀវភៅក្នុងបណ្ណាល័យជាមុនសិន។</translation>
    </message>
    <message>
        <source>Send for Review</source>
        <translation>ផ្ញើដើម្បីពិនិត្យ</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>ឯកសារ Word (*.docx)</translation>
    </message>
    <message>
        <source>Apply Returned Review</source>
        <translation>អនុវត្តលទ្ធផលពិនិត្យដែលបានត្រឡប់មកវិញ</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 section(s)).</source>
        <translation>បានសរសេរ %1 (ផ្នែក %2)។</translation>
    </message>
    <message>
        <source>Open the book in the library first (Books tab).</source>
        <translation>សូមបើកសៀវភៅក្នុងបណ្ណាល័យជាមុនសិន (ផ្ទាំងសៀវភៅ)។</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>គ្មានអ្វីត្រូវកែទេ។</translation>
    </message>
    <message>
        <source>%s; double-click one to go to it.</source>
        <translation>%s។ ចុចពីរដងលើចំណុចមួយ ដើម្បីទៅកាន់វា។</translation>
    </message>
    <message>
        <source>(Measuring brief lengths…)</source>
        <translation>(កំពុងវាស់ប្រវែងសេចក្ដីសង្ខេប…)</translation>
    </message>
    <message>
        <source>{kind}, {date}, {place}: {n} items</source>
        <translation>{kind}, {date}, {place}៖ {n} ចំណុច</translation>
    </message>
    <message>
        <source>The {what} could not start: {error}</source>
        <extracomment>called on the reader thread with each message (header, payload) called with (book id, serial, why) when a request will get no answer</extracomment>
        <translation>{what} មិនអាចចាប់ផ្ដើមបានទេ៖ {error}</translation>
    </message>
    <message>
        <source>The {what} stopped unexpectedly; it starts again at the next change.</source>
        <translation>{what} បានឈប់ដោយមិនបានរំពឹងទុក វានឹងចាប់ផ្ដើមឡើងវិញនៅការផ្លាស់ប្ដូរបន្ទាប់។</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>ការមើលជាមុន</translation>
    </message>
    <message>
        <source>check</source>
        <translation>ការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Preview</source>
        <extracomment>what print and similar callers get: the pages, or None and why not the previewed book changed (its id, or None)</extracomment>
        <translation>មើលជាមុន</translation>
    </message>
    <message>
        <source>The workspace was closed.</source>
        <translation>លំហការងារត្រូវបានបិទ។</translation>
    </message>
    <message>
        <source>Another book was opened.</source>
        <translation>សៀវភៅមួយផ្សេងទៀតត្រូវបានបើក។</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>កំពុងរៀបចំទំព័រ…</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>មិនមានលំហការងារបើកទេ។</translation>
    </message>
    <message>
        <source>No book is open. Open a book from the library to see its pages here.</source>
        <translation>មិនមានសៀវភៅបើកទេ។ សូមបើកសៀវភៅពីបណ្ណាល័យ ដើម្បីមើលទំព័ររបស់វានៅទីនេះ។</translation>
    </message>
    <message>
        <source>Changed; updating…</source>
        <translation>បានផ្លាស់ប្ដូរ កំពុងធ្វើបច្ចុប្បន្នភាព…</translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation>មិនមានសៀវភៅបើកទេ។</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>កំពុងបង្ហាញ…</translation>
    </message>
    <message>
        <source>Up to date · %d pages · laid out in %.1f s</source>
        <translation>ទាន់សម័យ · %d ទំព័រ · រៀបចំក្នុងរយៈពេល %.1f វិនាទី</translation>
    </message>
    <message>
        <source>Not updated: %s</source>
        <translation>មិនបានធ្វើបច្ចុប្បន្នភាព៖ %s</translation>
    </message>
    <message>
        <source>The book could not be laid out.

%s

The PDF export would fail too; change what the message names.</source>
        <translation>មិនអាចរៀបចំទំព័រសៀវភៅបានទេ។

%s

ការនាំចេញជា PDF ក៏នឹងបរាជ័យដែរ សូមកែចំណុចដែលសារនេះបានលើកឡើង។</translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation>លំហការងារត្រូវបានចាក់សោ។</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>បានចាក់សោ។</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>មើលជាមុន (&amp;R)</translation>
    </message>
    <message>
        <source>The book as it will print, updated a moment after each edit</source>
        <translation>សៀវភៅដូចដែលវានឹងត្រូវបោះពុម្ព ធ្វើបច្ចុប្បន្នភាពបន្តិចក្រោយការកែសម្រួលនីមួយៗ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព (&amp;P)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>បោះពុម្ព</translation>
    </message>
    <message>
        <source>Open a book to print it.</source>
        <translation>សូមបើកសៀវភៅ ដើម្បីបោះពុម្ពវា។</translation>
    </message>
    <message>
        <source>Laying out “%s”…</source>
        <translation>កំពុងរៀបចំទំព័រ “%s”…</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>មិនអាចបោះពុម្ពបានទេ</translation>
    </message>
    <message>
        <source>Print “%s”</source>
        <translation>បោះពុម្ព “%s”</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>មិនអាចចាប់ផ្ដើមម៉ាស៊ីនបោះពុម្ពបានទេ។</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>កំពុងបោះពុម្ព…</translation>
    </message>
    <message>
        <source>Printing page %d of %d…</source>
        <translation>កំពុងបោះពុម្ពទំព័រទី %d នៃ %d…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>កាលកំណត់</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>វឌ្ឍនភាពចុងក្រោយ</translation>
    </message>
    <message>
        <source>Source meeting</source>
        <translation>កិច្ចប្រជុំប្រភព</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>ហួសកាលកំណត់តាំងពី {date}</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>កម្រិតសម្ងាត់</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>បានតាមដាន</translation>
    </message>
    <message>
        <source>tracked</source>
        <translation>បានតាមដាន</translation>
    </message>
    <message>
        <source>The workspace is open read-only; changes cannot be made.</source>
        <extracomment>(kind, id) after a structured change was applied, undone or redone a change could not be made or saved; the text says why</extracomment>
        <translation>លំហការងារត្រូវបានបើកសម្រាប់តែអាន មិនអាចធ្វើការផ្លាស់ប្ដូរបានទេ។</translation>
    </message>
    <message>
        <source>Briefing Book</source>
        <extracomment>how a deleted record is undone: the edit of its kind</extracomment>
        <translation>សៀវភៅឯកសារសង្ខេប</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>បណ្ណាល័យ</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>ស្ដារពីឯកសារបម្រុងទុក (&amp;T)…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
    <message>
        <source>%s — Briefing Book</source>
        <translation>%s — សៀវភៅឯកសារសង្ខេប</translation>
    </message>
    <message>
        <source> (read-only: changes cannot be saved)</source>
        <translation> (សម្រាប់តែអាន៖ មិនអាចរក្សាទុកការផ្លាស់ប្ដូរបានទេ)</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>គ្មានលំហការងារ</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>សម្រាប់តែអាន៖ មិនអាចរក្សាទុកការផ្លាស់ប្ដូរបានទេ</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>បានរក្សាទុក</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>កំពុងរក្សាទុក…</translation>
    </message>
    <message>
        <source>Not saved!</source>
        <translation>មិនបានរក្សាទុក!</translation>
    </message>
    <message>
        <source>&amp;Undo %s</source>
        <translation>មិនធ្វើវិញ %s (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %s</source>
        <translation>ធ្វើវិញ %s (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>រកមិនឃើញ</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>កំណត់ត្រានោះលែងមានទៀតហើយ។</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ឯកសារ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>កែសម្រួល (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>កំណត់ត្រា (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>សៀវភៅ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ទិដ្ឋភាព (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>របារឧបករណ៍មេ</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>លំហការងារថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>បើកលំហការងារ (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>បិទលំហការងារ (&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>បើកថ្មីៗ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import Press Release…</source>
        <translation>នាំចូលសេចក្ដីប្រកាសព័ត៌មាន (&amp;I)…</translation>
    </message>
    <message>
        <source>Import from Clip&amp;board / Paste…</source>
        <translation>នាំចូលពីក្ដារតម្បៀតខ្ទាស់ / បិទភ្ជាប់ (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Workspace Settings…</source>
        <translation>ការកំណត់លំហការងារ (&amp;W)…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>ចំណូលចិត្ត (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find in Workspace…</source>
        <translation>ស្វែងរកក្នុងលំហការងារ (&amp;F)…</translation>
    </message>
    <message>
        <source>New &amp;Meeting</source>
        <translation>កិច្ចប្រជុំថ្មី (&amp;M)</translation>
    </message>
    <message>
        <source>New &amp;Person</source>
        <translation>បុគ្គលថ្មី (&amp;P)</translation>
    </message>
    <message>
        <source>New &amp;Book</source>
        <translation>សៀវភៅថ្មី (&amp;B)</translation>
    </message>
    <message>
        <source>Commitments &amp;Tracker</source>
        <translation>តារាងតាមដានការប្ដេជ្ញាចិត្ត (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Delete Current Record…</source>
        <translation>លុបកំណត់ត្រាបច្ចុប្បន្ន (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>បណ្ណាល័យ (&amp;L)</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>ស្វែងរក (&amp;I)</translation>
    </message>
    <message>
        <source>New meeting</source>
        <extracomment>how a deleted record is undone: the edit of its kind</extracomment>
        <translation>កិច្ចប្រជុំថ្មី</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>បុគ្គលថ្មី</translation>
    </message>
    <message>
        <source>New briefing book</source>
        <translation>សៀវភៅឯកសារសង្ខេបថ្មី</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>សៀវភៅថ្មី</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>លុបកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>លុបបុគ្គល</translation>
    </message>
    <message>
        <source>Delete book</source>
        <translation>លុបសៀវភៅ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Delete “%s”? You can undo this.</source>
        <translation>លុប “%s”? អ្នកអាចមិនធ្វើវិញបាន។</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>បើកលំហការងារ</translation>
    </message>
    <message>
        <source>Workspaces (*%s);;All files (*)</source>
        <translation>លំហការងារ (*%s);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>មិនអាចបង្កើតលំហការងារបានទេ</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>លំហការងារកំពុងប្រើ</translation>
    </message>
    <message>
        <source>{detail}

You can open it read-only to look things up; changes can then not be made.</source>
        <translation>{detail}

អ្នកអាចបើកវាសម្រាប់តែអាន ដើម្បីរកមើលព័ត៌មាន ប៉ុន្តែមិនអាចធ្វើការផ្លាស់ប្ដូរបានទេ។</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>បើកសម្រាប់តែអាន</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>បានបើកសម្រាប់តែអាន</translation>
    </message>
    <message>
        <source>{detail}

The workspace is open read-only: you can read, search, check and export it, but changes cannot be saved.</source>
        <translation>{detail}

លំហការងារត្រូវបានបើកសម្រាប់តែអាន៖ អ្នកអាចអាន ស្វែងរក ពិនិត្យ និងនាំចេញវាបាន ប៉ុន្តែមិនអាចរក្សាទុកការផ្លាស់ប្ដូរបានទេ។</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <extracomment>the windows built by a switch (the one ``main`` made may be gone): kept alive here</extracomment>
        <translation>មិនអាចបើកលំហការងារបានទេ</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>ការផ្លាស់ប្ដូរមិនបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: {error}

Free disk space or check the folder, then try again.</source>
        <translation>ការផ្លាស់ប្ដូរចុងក្រោយរបស់អ្នកមិនអាចរក្សាទុកបានទេ៖ {error}

សូមបង្កើនទំហំថាសទំនេរ ឬពិនិត្យថតឯកសារ រួចសាកល្បងម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>សាកល្បងម្ដងទៀត</translation>
    </message>
    <message>
        <source>Keep Open</source>
        <translation>ទុកឱ្យបើក</translation>
    </message>
    <message>
        <source>Cannot open the sample</source>
        <translation>មិនអាចបើកគំរូបានទេ</translation>
    </message>
    <message>
        <source>Import a press release</source>
        <translation>នាំចូលសេចក្ដីប្រកាសព័ត៌មាន</translation>
    </message>
    <message>
        <source>A press release becomes a meeting in a workspace (one workspace per relationship). Create a workspace for it now, or try the import on the sample workspace.</source>
        <translation>សេចក្ដីប្រកាសព័ត៌មានមួយក្លាយជាកិច្ចប្រជុំមួយក្នុងលំហការងារ (លំហការងារមួយសម្រាប់ទំនាក់ទំនងមួយ)។ បង្កើតលំហការងារសម្រាប់វាឥឡូវនេះ ឬសាកល្បងការនាំចូលលើលំហការងារគំរូ។</translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation>លំហការងារថ្មី…</translation>
    </message>
    <message>
        <source>Use the Sample</source>
        <translation>ប្រើគំរូ</translation>
    </message>
    <message>
        <source>Backup failed: %s</source>
        <extracomment>a backup ended: the Backup made (None if none was due), or the WorkspaceError</extracomment>
        <translation>ការបម្រុងទុកបានបរាជ័យ៖ %s</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <extracomment>each window&apos;s scheduler, for what must wait for its backups (restoring)</extracomment>
        <translation>មិនអាចស្ដារបានទេ</translation>
    </message>
    <message>
        <source>The workspace is open read-only because another program is using it. Close it there first, then restore here.</source>
        <translation>លំហការងារត្រូវបានបើកសម្រាប់តែអាន ព្រោះកម្មវិធីមួយផ្សេងទៀតកំពុងប្រើវា។ សូមបិទវានៅទីនោះជាមុនសិន រួចស្ដារនៅទីនេះ។</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>មិនទាន់មានឯកសារបម្រុងទុកទេ</translation>
    </message>
    <message>
        <source>There are no backups of this workspace yet (they are kept in {folder}).</source>
        <translation>មិនទាន់មានឯកសារបម្រុងទុកនៃលំហការងារនេះទេ (ពួកវាត្រូវបានរក្សាទុកក្នុង {folder})។</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>ស្ដារពីឯកសារបម្រុងទុក</translation>
    </message>
    <message>
        <source>Replace the workspace with the backup of {when}?

What it holds now is backed up first; you can go back to it from this list.</source>
        <translation>ជំនួសលំហការងារដោយឯកសារបម្រុងទុកនៃ {when}?

អ្វីដែលវាមានឥឡូវនេះនឹងត្រូវបម្រុងទុកជាមុន អ្នកអាចត្រឡប់ទៅវាវិញពីបញ្ជីនេះ។</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ស្ដារ</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>មិនបានស្ដារ</translation>
    </message>
    <message>
        <source>The workspace is unchanged.</source>
        <translation>លំហការងារមិនបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>The workspace now holds the backup of {when}.</source>
        <translation>ឥឡូវនេះលំហការងារមានឯកសារបម្រុងទុកនៃ {when}។</translation>
    </message>
    <message>
        <source>What it held before is kept as the backup of {when}.</source>
        <translation>អ្វីដែលវាមានពីមុនត្រូវបានរក្សាទុកជាឯកសារបម្រុងទុកនៃ {when}។</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>បានស្ដារ</translation>
    </message>
    <message>
        <source>{name} is encrypted (or it is not a Briefing Book workspace).
Type its passphrase to open it.</source>
        <translation>{name} ត្រូវបានអ៊ិនគ្រីប (ឬវាមិនមែនជាលំហការងាររបស់សៀវភៅឯកសារសង្ខេបទេ)។
សូមវាយឃ្លាសម្ងាត់របស់វា ដើម្បីបើក។</translation>
    </message>
    <message>
        <source>Encrypted Workspace</source>
        <translation>លំហការងារដែលបានអ៊ិនគ្រីប</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>ឃ្លាសម្ងាត់មិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>The passphrase is not right for {name}. Try again.</source>
        <translation>ឃ្លាសម្ងាត់មិនត្រឹមត្រូវសម្រាប់ {name} ទេ។ សូមសាកល្បងម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The workspace is open read-only; close it in the other program first.</source>
        <translation>លំហការងារត្រូវបានបើកសម្រាប់តែអាន សូមបិទវានៅក្នុងកម្មវិធីផ្សេងនោះជាមុនសិន។</translation>
    </message>
    <message>
        <source>Encrypt Workspace</source>
        <translation>អ៊ិនគ្រីបលំហការងារ</translation>
    </message>
    <message>
        <source>Choose a passphrase for {name}. It will be needed to open the workspace and its backups; without it nothing in them can be read, so keep it safe.</source>
        <translation>ជ្រើសរើសឃ្លាសម្ងាត់សម្រាប់ {name}។ វានឹងត្រូវការដើម្បីបើកលំហការងារ និងឯកសារបម្រុងទុករបស់វា បើគ្មានវាទេ គ្មានអ្វីនៅក្នុងនោះអាចអានបានឡើយ ដូច្នេះសូមរក្សាវាឱ្យមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <source>The workspace is already encrypted.</source>
        <translation>លំហការងារត្រូវបានអ៊ិនគ្រីបរួចហើយ។</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>ប្ដូរឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>The workspace is not encrypted.</source>
        <translation>លំហការងារមិនត្រូវបានអ៊ិនគ្រីបទេ។</translation>
    </message>
    <message>
        <source>Choose the new passphrase (its backups change too).</source>
        <translation>ជ្រើសរើសឃ្លាសម្ងាត់ថ្មី (ឯកសារបម្រុងទុករបស់វាក៏ផ្លាស់ប្ដូរដែរ)។</translation>
    </message>
    <message>
        <source>Remove Encryption</source>
        <translation>ដកការអ៊ិនគ្រីបចេញ</translation>
    </message>
    <message>
        <source>Store {name} without encryption? Anyone with the file can then read it. Its backups stay encrypted.</source>
        <translation>រក្សាទុក {name} ដោយគ្មានការអ៊ិនគ្រីប? អ្នកណាដែលមានឯកសារនេះនឹងអាចអានវាបាន។ ឯកសារបម្រុងទុករបស់វានៅតែអ៊ិនគ្រីប។</translation>
    </message>
    <message>
        <source>&amp;Encrypt Workspace…</source>
        <translation>អ៊ិនគ្រីបលំហការងារ (&amp;E)…</translation>
    </message>
    <message>
        <source>Change Passp&amp;hrase…</source>
        <translation>ប្ដូរឃ្លាសម្ងាត់ (&amp;H)…</translation>
    </message>
    <message>
        <source>Remove Encr&amp;yption…</source>
        <translation>ដកការអ៊ិនគ្រីបចេញ (&amp;Y)…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;បានចាក់សោ&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ដោះសោ</translation>
    </message>
    <message>
        <source>{name} is locked. Type its passphrase to go on.</source>
        <translation>{name} ត្រូវបានចាក់សោ។ សូមវាយឃ្លាសម្ងាត់របស់វា ដើម្បីបន្ត។</translation>
    </message>
    <message>
        <source>Locked — Briefing Book</source>
        <translation>បានចាក់សោ — សៀវភៅឯកសារសង្ខេប</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>ឃ្លាសម្ងាត់មិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <source>Not added to the dictionary</source>
        <extracomment>longest stretch of checking between two events (the rest waits for the next idle moment)</extracomment>
        <translation>មិនបានបន្ថែមទៅក្នុងវចនានុក្រមទេ</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(គ្មានការណែនាំ)</translation>
    </message>
    <message>
        <source>Add “%s” to the Workspace&apos;s Dictionary</source>
        <translation>បន្ថែម “%s” ទៅក្នុងវចនានុក្រមរបស់លំហការងារ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <extracomment>a sync in the background this often while a replica is open (and once on opening)</extracomment>
        <translation>កំពុងធ្វើសមកាលកម្ម…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ក្រៅបណ្ដាញ</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>មិនបានធ្វើសមកាលកម្ម</translation>
    </message>
    <message>
        <source>last synced {0}</source>
        <translation>ធ្វើសមកាលកម្មចុងក្រោយ {0}</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>មិនដែលធ្វើសមកាលកម្ម</translation>
    </message>
    <message>
        <source>Synced {0}</source>
        <translation>បានធ្វើសមកាលកម្ម {0}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>មិនទាន់បានធ្វើសមកាលកម្ម</translation>
    </message>
    <message>
        <source>1 change to send</source>
        <translation>ការផ្លាស់ប្ដូរ 1 ត្រូវផ្ញើ</translation>
    </message>
    <message>
        <source>{0} changes to send</source>
        <translation>ការផ្លាស់ប្ដូរ {0} ត្រូវផ្ញើ</translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>គ្មានអ្វីត្រូវផ្ញើ</translation>
    </message>
    <message>
        <source>1 conflict to decide</source>
        <translation>ការប៉ះទង្គិច 1 ត្រូវសម្រេច</translation>
    </message>
    <message>
        <source>{0} conflicts to decide</source>
        <translation>ការប៉ះទង្គិច {0} ត្រូវសម្រេច</translation>
    </message>
    <message>
        <source>Connect to Shared &amp;Library…</source>
        <extracomment>passwords typed in the connect dialog, by library: in memory while the app runs</extracomment>
        <translation>តភ្ជាប់ទៅបណ្ណាល័យរួម (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>ធ្វើសមកាលកម្មឥឡូវនេះ (&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;view Sync Conflicts…</source>
        <translation>ពិនិត្យការប៉ះទង្គិចនៃសមកាលកម្ម (&amp;V)…</translation>
    </message>
    <message>
        <source>Connect to Shared Library</source>
        <translation>តភ្ជាប់ទៅបណ្ណាល័យរួម</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>កំពុងទទួល</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>កំពុងផ្ញើ</translation>
    </message>
    <message>
        <source>Syncing… {0} {1:,}/{2:,}</source>
        <translation>កំពុងធ្វើសមកាលកម្ម… {0} {1:,}/{2:,}</translation>
    </message>
    <message>
        <source>the sync did not finish</source>
        <translation>ការធ្វើសមកាលកម្មមិនបានបញ្ចប់ទេ</translation>
    </message>
    <message>
        <source>Synced: {0}</source>
        <translation>បានធ្វើសមកាលកម្ម៖ {0}</translation>
    </message>
    <message>
        <source> — File ▸ Review Sync Conflicts… to decide</source>
        <translation> — ឯកសារ › ពិនិត្យការប៉ះទង្គិចនៃសមកាលកម្ម… ដើម្បីសម្រេច</translation>
    </message>
    <message>
        <source>Not synced: {0}</source>
        <translation>មិនបានធ្វើសមកាលកម្ម៖ {0}</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>ការធ្វើសមកាលកម្ម</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Briefing Book</source>
        <translation>អំពី Briefing Book</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>កំណែ {version}</translation>
    </message>
    <message>
        <source>Briefing books for high-level visits, from the records of past meetings.</source>
        <translation>សៀវភៅព័ត៌មានសង្ខេបសម្រាប់ដំណើរទស្សនកិច្ចថ្នាក់ខ្ពស់ ពីកំណត់ត្រានៃកិច្ចប្រជុំកន្លងមក។</translation>
    </message>
    <message>
        <source>Licence: {licence}. Qt {qt}, Python {python}.</source>
        <translation>អាជ្ញាប័ណ្ណ៖ {licence}។ Qt {qt}, Python {python}។</translation>
    </message>
    <message>
        <source>&amp;Libraries</source>
        <translation>បណ្ណាល័យកម្មវិធី (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Fonts</source>
        <translation>ពុម្ពអក្សរ (&amp;F)</translation>
    </message>
    <message>
        <source>Read from the installed packages&apos; metadata and the font files themselves. Select an entry for its copyright and licence text.</source>
        <translation>អានពីទិន្នន័យមេតានៃកញ្ចប់ដែលបានដំឡើង និងពីឯកសារពុម្ពអក្សរផ្ទាល់។ ជ្រើសធាតុមួយ ដើម្បីមើលសិទ្ធិអ្នកនិពន្ធ និងអត្ថបទអាជ្ញាប័ណ្ណរបស់វា។</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>កំណែ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>អាជ្ញាប័ណ្ណ</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Record an Answer</source>
        <translation>កត់ត្រាចម្លើយ</translation>
    </message>
    <message>
        <source>&amp;Clearer</source>
        <translation>អ្នកផ្ដល់ការឯកភាព (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>ចម្លើយ (&amp;A)</translation>
    </message>
    <message>
        <source>Their comments (needed when returned)</source>
        <translation>មតិយោបល់របស់អ្នកផ្ដល់ការឯកភាព (ចាំបាច់ នៅពេលបញ្ជូនត្រឡប់វិញ)</translation>
    </message>
    <message>
        <source>C&amp;omments</source>
        <translation>មតិយោបល់ (&amp;O)</translation>
    </message>
</context>
<context>
    <name>ApplyReviewDialog</name>
    <message>
        <source>Apply Returned Review — %1</source>
        <translation>អនុវត្តលទ្ធផលពិនិត្យដែលបានត្រឡប់មកវិញ — %1</translation>
    </message>
    <message>
        <source>%1 change(s) proposed; %2 new comment(s), %3 reply(ies).</source>
        <translation>ការផ្លាស់ប្ដូរដែលបានស្នើ %1, មតិយោបល់ថ្មី %2 និងការឆ្លើយតប %3។</translation>
    </message>
    <message>
        <source>Tracked changes by %1.</source>
        <translation>ការផ្លាស់ប្ដូរដែលបានតាមដាន (Track Changes) ដោយ %1។</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>ការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source> (conflict)</source>
        <translation> (ការប៉ះទង្គិច)</translation>
    </message>
    <message>
        <source>Not reconciled: </source>
        <translation>មិនអាចផ្គូផ្គងនឹងអត្ថបទបាន៖ </translation>
    </message>
    <message>
        <source>Kept in the clearance trail, not placed in the text:</source>
        <translation>រក្សាទុកក្នុងប្រវត្តិនៃការឯកភាព មិនបានដាក់ក្នុងអត្ថបទទេ៖</translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation>ទទួលយកទាំងអស់ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject All</source>
        <translation>បដិសេធទាំងអស់ (&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;pply Ticked</source>
        <translation>អនុវត្តចំណុចដែលបានធីក (&amp;P)</translation>
    </message>
    <message>
        <source>No change to the text.</source>
        <translation>គ្មានការផ្លាស់ប្ដូរលើអត្ថបទទេ។</translation>
    </message>
</context>
<context>
    <name>BookEditor</name>
    <message>
        <source>From the &amp;Records</source>
        <extracomment>where the user is in the book: a section&apos;s anchor (&quot;section-12&quot;), or a field of it (&quot;section-12-points&quot;) while that field has the focus; None without a section</extracomment>
        <translation>ពីកំណត់ត្រា (&amp;R)</translation>
    </message>
    <message>
        <source>Show or hide what earlier meetings said in this brief&apos;s area (Ctrl+Alt+R); an entry can be inserted into the background</source>
        <translation>បង្ហាញ ឬលាក់អ្វីដែលកិច្ចប្រជុំមុនៗបាននិយាយក្នុងវិស័យនៃសេចក្ដីសង្ខេបនេះ (Ctrl+Alt+R) ធាតុនីមួយៗអាចបញ្ចូលទៅក្នុងព័ត៌មានសាវតារបាន</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>ផ្នែក (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>លក្ខណៈសម្បត្តិ (&amp;P)</translation>
    </message>
    <message>
        <source>Pro&amp;gramme</source>
        <translation>កម្មវិធី (&amp;G)</translation>
    </message>
    <message>
        <source>Change programme</source>
        <translation>ផ្លាស់ប្ដូរកម្មវិធី</translation>
    </message>
</context>
<context>
    <name>BookProperties</name>
    <message>
        <source>&amp;Title</source>
        <extracomment>how each scope field&apos;s widget value becomes the model&apos;s a ready edit of the book (briefing.edits.BookEdit): the counterparts the user chose another status (a BookStatus): final needs clearance, so the editor takes it through briefing.clearance rather than as an undoable edit</extracomment>
        <translation>ចំណងជើង (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Occasion</source>
        <translation>ឱកាស (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>ទីកន្លែង (&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;rincipal</source>
        <translation>ថ្នាក់ដឹកនាំ (&amp;R)</translation>
    </message>
    <message>
        <source>Handling &amp;caveat</source>
        <translation>ការណែនាំអំពីការកាន់កាប់ឯកសារ (&amp;C)</translation>
    </message>
    <message>
        <source>Prepared &amp;by</source>
        <translation>រៀបចំដោយ (&amp;B)</translation>
    </message>
    <message>
        <source>The title on the cover, e.g. “Official Visit of … to …”</source>
        <translation>ចំណងជើងលើក្រប ឧ. “ដំណើរទស្សនកិច្ចផ្លូវការរបស់ … ទៅកាន់ …”</translation>
    </message>
    <message>
        <source>What the visit is: an official visit, a summit&apos;s margins …</source>
        <translation>ប្រភេទនៃដំណើរទស្សនកិច្ច៖ ដំណើរទស្សនកិច្ចផ្លូវការ ជំនួបក្រៅសម័យប្រជុំកំពូល …</translation>
    </message>
    <message>
        <source>Where the visit takes place</source>
        <translation>ទីកន្លែងដែលដំណើរទស្សនកិច្ចប្រព្រឹត្តទៅ</translation>
    </message>
    <message>
        <source>Who the book is for: the Prime Minister, the Minister …</source>
        <translation>អ្នកដែលសៀវភៅនេះរៀបចំជូន៖ សម្ដេចនាយករដ្ឋមន្ត្រី ឯកឧត្តមរដ្ឋមន្ត្រី …</translation>
    </message>
    <message>
        <source>Printed after the marking on every page, e.g. EYES ONLY</source>
        <translation>បោះពុម្ពបន្ទាប់ពីសញ្ញាសម្គាល់កម្រិតសម្ងាត់នៅលើទំព័រនីមួយៗ ឧ. សម្រាប់តែអ្នកទទួលផ្ទាល់</translation>
    </message>
    <message>
        <source>The office that prepared the book, on the cover</source>
        <translation>អង្គភាពដែលបានរៀបចំសៀវភៅ (នៅលើក្រប)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ពី</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation>កម្រិតសម្ងាត់ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ស្ថានភាព (&amp;S)</translation>
    </message>
    <message>
        <source>Pap&amp;er</source>
        <translation>ក្រដាស (&amp;E)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>ភាសា (&amp;G)</translation>
    </message>
    <message>
        <source>C&amp;ounterparts</source>
        <translation>សមភាគី (&amp;O)</translation>
    </message>
    <message>
        <source>The language of the headings, dates, page numbers and tables the book prints</source>
        <translation>ភាសានៃចំណងជើង កាលបរិច្ឆេទ លេខទំព័រ និងតារាង ដែលសៀវភៅបោះពុម្ព</translation>
    </message>
    <message>
        <source>Its own &amp;digits</source>
        <translation>លេខផ្ទាល់របស់ភាសា (&amp;D)</translation>
    </message>
    <message>
        <source>Numbers in the language&apos;s digits: ១២៣ in Khmer</source>
        <translation>លេខជាលេខរបស់ភាសានោះ៖ ១២៣ ជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <source>People whose biographies go in the annex, in this order.</source>
        <translation>បុគ្គលដែលជីវប្រវត្តិរបស់ពួកគេត្រូវដាក់ក្នុងឧបសម្ព័ន្ធ តាមលំដាប់នេះ។</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>បន្ថែម (&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>ដកចេញ (&amp;M)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>ផ្លាស់ទីឡើងលើ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>ផ្លាស់ទីចុះក្រោម</translation>
    </message>
    <message>
        <source>(lowest)</source>
        <translation>(ទាបបំផុត)</translation>
    </message>
    <message>
        <source>Add counterpart</source>
        <translation>បន្ថែមសមភាគី</translation>
    </message>
    <message>
        <source>Change book scope (%s)</source>
        <translation>ផ្លាស់ប្ដូរវិសាលភាពសៀវភៅ (%s)</translation>
    </message>
    <message>
        <source>Change book %s</source>
        <translation>ផ្លាស់ប្ដូរសៀវភៅ %s</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>Clearance</source>
        <extracomment>the trail or the book changed (the book&apos;s id): the editors refresh</extracomment>
        <translation>ការឯកភាព</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>ស្ថានភាពបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>&amp;Request Clearance…</source>
        <translation>ស្នើសុំការឯកភាព (&amp;R)…</translation>
    </message>
    <message>
        <source>Record &amp;Answer…</source>
        <translation>កត់ត្រាចម្លើយ (&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;learers…</source>
        <translation>អ្នកផ្ដល់ការឯកភាព (&amp;L)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>book</source>
        <translation>សៀវភៅ</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, ផុតកំណត់ {date}</translation>
    </message>
    <message>
        <source>No clearance steps yet.</source>
        <translation>មិនទាន់មានជំហាននៃការឯកភាពនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Select the sections to clear.</source>
        <translation>សូមជ្រើសរើសផ្នែកដែលត្រូវស្នើសុំការឯកភាព។</translation>
    </message>
    <message>
        <source>Select one section.</source>
        <translation>សូមជ្រើសរើសផ្នែកមួយ។</translation>
    </message>
    <message>
        <source>No one was asked to clear this section.</source>
        <translation>គ្មាននរណាម្នាក់ត្រូវបានស្នើសុំឱ្យផ្ដល់ការឯកភាពលើផ្នែកនេះទេ។</translation>
    </message>
</context>
<context>
    <name>ClearersDialog</name>
    <message>
        <source>Clearers</source>
        <translation>អ្នកផ្ដល់ការឯកភាព</translation>
    </message>
    <message>
        <source>Who clears briefs: a key (kept), their name and title.</source>
        <translation>អ្នកដែលផ្ដល់ការឯកភាពលើសេចក្ដីសង្ខេប៖ កូដសម្គាល់ (មិនប្ដូរ) ឈ្មោះ និងមុខតំណែងរបស់គាត់។</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>កូដសម្គាល់</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>មុខតំណែង</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>បន្ថែម (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ដកចេញ (&amp;R)</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>&lt;b&gt;Comments&lt;/b&gt;</source>
        <extracomment>threads were added or changed (the outline and preflight do not care; tests do)</extracomment>
        <translation>&lt;b&gt;មតិយោបល់&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Co&amp;mment on Selection</source>
        <translation>ដាក់មតិយោបល់លើអត្ថបទដែលបានជ្រើស (&amp;M)</translation>
    </message>
    <message>
        <source>Comment on the words selected in the text (Ctrl+Alt+M)</source>
        <translation>ដាក់មតិយោបល់លើពាក្យដែលបានជ្រើសរើសក្នុងអត្ថបទ (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>បង្ហាញមតិយោបល់ដែលបានដោះស្រាយ</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>ឆ្លើយតប (&amp;R)…</translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation>ដោះស្រាយ (&amp;V)</translation>
    </message>
    <message>
        <source>(words no longer in the text)</source>
        <translation>(ពាក្យទាំងនេះលែងមានក្នុងអត្ថបទទៀតហើយ)</translation>
    </message>
    <message>
        <source>Resolved by %s</source>
        <translation>បានដោះស្រាយដោយ %s</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>បើកឡើងវិញ (&amp;O)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>មតិយោបល់</translation>
    </message>
    <message>
        <source>Select the words to comment on in one of the section&apos;s fields.</source>
        <translation>សូមជ្រើសរើសពាក្យដែលត្រូវដាក់មតិយោបល់ ក្នុងប្រអប់អត្ថបទណាមួយនៃផ្នែកនេះ។</translation>
    </message>
    <message>
        <source>Comment on “%s”:</source>
        <translation>មតិយោបល់លើ “%s”៖</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>ឆ្លើយតប</translation>
    </message>
    <message>
        <source>Reply to %s:</source>
        <translation>ឆ្លើយតបទៅ %s៖</translation>
    </message>
</context>
<context>
    <name>CommitmentsEditor</name>
    <message>
        <source>Overdue only</source>
        <translation>តែហួសកាលកំណត់</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <source>Owed by</source>
        <translation>ភាគីទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>កាលកំណត់</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>បិទនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>The day it was done or dropped (set when its status is closed): a book shows the commitments closed within its period</source>
        <translation>ថ្ងៃដែលវាត្រូវបានបញ្ចប់ ឬបោះបង់ (កំណត់នៅពេលស្ថានភាពរបស់វាត្រូវបានបិទ)៖ សៀវភៅមួយបង្ហាញការប្ដេជ្ញាចិត្តដែលបានបិទក្នុងរយៈពេលរបស់វា</translation>
    </message>
    <message>
        <source>Add progress &amp;note…</source>
        <translation>បន្ថែមកំណត់សម្គាល់វឌ្ឍនភាព (&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;source meeting</source>
        <translation>បើកកិច្ចប្រជុំប្រភព (&amp;S)</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>ឈប់តាមដាន</translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress&lt;/b&gt;</source>
        <translation>&lt;b&gt;វឌ្ឍនភាព&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(ទាំងអស់)</translation>
    </message>
    <message>
        <source>Select a commitment to see its progress.</source>
        <translation>ជ្រើសរើសការប្ដេជ្ញាចិត្តមួយ ដើម្បីមើលវឌ្ឍនភាពរបស់វា។</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>ផ្លាស់ប្ដូរកាលកំណត់</translation>
    </message>
    <message>
        <source>Change closing date</source>
        <translation>ផ្លាស់ប្ដូរកាលបរិច្ឆេទបិទ</translation>
    </message>
    <message>
        <source>Stop tracking commitment</source>
        <translation>ឈប់តាមដានការប្ដេជ្ញាចិត្ត</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Review Sync Conflicts</source>
        <translation>ពិនិត្យការប៉ះទង្គិចនៃសមកាលកម្ម</translation>
    </message>
    <message>
        <source>Before (common version)</source>
        <translation>មុន (កំណែរួម)</translation>
    </message>
    <message>
        <source>Mine (this laptop)</source>
        <translation>របស់ខ្ញុំ (កុំព្យូទ័រយួរដៃនេះ)</translation>
    </message>
    <message>
        <source>Theirs (the library)</source>
        <translation>របស់គេ (បណ្ណាល័យ)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged&lt;/b&gt;: both kept where they differ; edit it, then Use Merged Text</source>
        <translation>&lt;b&gt;បានបញ្ចូលគ្នា&lt;/b&gt;៖ រក្សាទុកទាំងពីរនៅកន្លែងដែលខុសគ្នា សូមកែសម្រួលវា រួចចុច “ប្រើអត្ថបទដែលបានបញ្ចូលគ្នា”</translation>
    </message>
    <message>
        <source>Use &amp;Merged Text</source>
        <translation>ប្រើអត្ថបទដែលបានបញ្ចូលគ្នា (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>បិទ (&amp;C)</translation>
    </message>
    <message>
        <source>No conflicts to decide.</source>
        <translation>គ្មានការប៉ះទង្គិចដែលត្រូវសម្រេចទេ។</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>រក្សារបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>យករបស់គេ</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Shared Library</source>
        <extracomment>sslmode values that refuse an unencrypted connection</extracomment>
        <translation>តភ្ជាប់ទៅបណ្ណាល័យរួម</translation>
    </message>
    <message>
        <source>A shared library keeps the desk&apos;s records on the ministry&apos;s PostgreSQL server. This workspace stays on this computer as your copy: you work offline, and it syncs whenever the library can be reached. Your administrator gives you the address and your user name.</source>
        <translation>បណ្ណាល័យរួមរក្សាទុកកំណត់ត្រារបស់ការិយាល័យ នៅលើម៉ាស៊ីនមេ PostgreSQL របស់ក្រសួង។ លំហការងារនេះនៅលើកុំព្យូទ័រនេះ ជាច្បាប់ចម្លងរបស់អ្នក៖ អ្នកធ្វើការក្រៅបណ្ដាញបាន ហើយវាធ្វើសមកាលកម្មរាល់ពេលដែលអាចភ្ជាប់ទៅបណ្ណាល័យបាន។ អ្នកគ្រប់គ្រងប្រព័ន្ធនឹងផ្ដល់អាសយដ្ឋាន និងឈ្មោះអ្នកប្រើរបស់អ្នកជូនអ្នក។</translation>
    </message>
    <message>
        <source>Kept in memory while the app runs, never written anywhere</source>
        <translation>រក្សាទុកក្នុងអង្គចងចាំ ពេលកម្មវិធីកំពុងដំណើរការ មិនដែលត្រូវបានសរសេរទុកនៅកន្លែងណាទេ</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ម៉ាស៊ីនមេ (&amp;S)៖</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>បណ្ណាល័យ (&amp;L)៖</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>អ្នកប្រើ (&amp;U)៖</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>ពាក្យសម្ងាត់ (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Require an encrypted connection (TLS)</source>
        <translation>តម្រូវឱ្យមានការតភ្ជាប់ដែលបានអ៊ិនគ្រីប (TLS) (&amp;R)</translation>
    </message>
    <message>
        <source>Refuse to connect unless the server encrypts the connection (sslmode=require)</source>
        <translation>បដិសេធការតភ្ជាប់ លុះត្រាតែម៉ាស៊ីនមេអ៊ិនគ្រីបការតភ្ជាប់ (sslmode=require)</translation>
    </message>
    <message>
        <source>&amp;Connect and Sync</source>
        <translation>តភ្ជាប់ និងធ្វើសមកាលកម្ម (&amp;C)</translation>
    </message>
    <message>
        <source>Give the server, the library and your user name.</source>
        <translation>សូមបំពេញម៉ាស៊ីនមេ បណ្ណាល័យ និងឈ្មោះអ្នកប្រើរបស់អ្នក។</translation>
    </message>
</context>
<context>
    <name>CopyBookDialog</name>
    <message>
        <source>Copy Book for Next Visit</source>
        <translation>ចម្លងសៀវភៅសម្រាប់ដំណើរទស្សនកិច្ចបន្ទាប់</translation>
    </message>
    <message>
        <source>A new draft book with the sections, texts, programme and counterparts of &lt;b&gt;{title}&lt;/b&gt;. Every section starts again as a draft; issued versions stay with the old book. Change the dates and the programme for the new visit.</source>
        <translation>សៀវភៅព្រាងថ្មីមួយ ដែលមានផ្នែក អត្ថបទ កម្មវិធី និងសមភាគីនៃ &lt;b&gt;{title}&lt;/b&gt;។ ផ្នែកនីមួយៗចាប់ផ្ដើមឡើងវិញជាសេចក្ដីព្រាង កំណែដែលបានចេញផ្សាយនៅជាមួយសៀវភៅចាស់។ សូមផ្លាស់ប្ដូរកាលបរិច្ឆេទ និងកម្មវិធីសម្រាប់ដំណើរទស្សនកិច្ចថ្មី។</translation>
    </message>
    <message>
        <source>&amp;Title of the new book:</source>
        <translation>ចំណងជើងនៃសៀវភៅថ្មី (&amp;T)៖</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>ចម្លង</translation>
    </message>
</context>
<context>
    <name>EditableList</name>
    <message>
        <source>Add</source>
        <translation>បន្ថែម</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>ប្ដូរឈ្មោះ</translation>
    </message>
    <message>
        <source>Rename (F2, or double-click the name)</source>
        <translation>ប្ដូរឈ្មោះ (F2 ឬចុចពីរដងលើឈ្មោះ)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>ផ្លាស់ទីឡើងលើ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>ផ្លាស់ទីចុះក្រោម</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export “%s”</source>
        <extracomment>the user chose a finding to fix: (kind, ref); the dialog closes</extracomment>
        <translation>នាំចេញ “%s”</translation>
    </message>
    <message>
        <source>Checking the book…</source>
        <translation>កំពុងពិនិត្យសៀវភៅ…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>នាំចេញ (&amp;E)</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>បង្ហាញក្នុងថតឯកសារ (&amp;F)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>The book could not be checked.</source>
        <translation>មិនអាចពិនិត្យសៀវភៅបានទេ។</translation>
    </message>
    <message>
        <source>The book could not be checked: %s</source>
        <translation>មិនអាចពិនិត្យសៀវភៅបានទេ៖ %s</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; — export anyway, or double-click one to go and fix it first.</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; — នាំចេញទោះយ៉ាងណាក៏ដោយ ឬចុចពីរដងលើចំណុចមួយ ដើម្បីទៅកែវាជាមុនសិន។</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preflight found nothing to fix.&lt;/b&gt;</source>
        <translation>&lt;b&gt;ការត្រួតពិនិត្យមុនបោះពុម្ពមិនបានរកឃើញអ្វីដែលត្រូវកែទេ។&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(Measuring brief lengths…)</source>
        <translation>(កំពុងវាស់ប្រវែងសេចក្ដីសង្ខេប…)</translation>
    </message>
    <message>
        <source>&amp;Export Anyway</source>
        <translation>នាំចេញទោះយ៉ាងណាក៏ដោយ (&amp;E)</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>បោះបង់ការនាំចេញ</translation>
    </message>
    <message>
        <source>%s already exists. Replace it?</source>
        <translation>%s មានរួចហើយ។ ជំនួសវា?</translation>
    </message>
    <message>
        <source>%d files already exist, such as %s. Replace them?</source>
        <translation>ឯកសារ %d មានរួចហើយ ដូចជា %s។ ជំនួសពួកវា?</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>ជំនួសឯកសារ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>ជំនួស</translation>
    </message>
    <message>
        <source>Keep Them</source>
        <translation>រក្សាទុកពួកវា</translation>
    </message>
    <message>
        <source>Print empty boxes?</source>
        <translation>បោះពុម្ពប្រអប់ទទេ?</translation>
    </message>
    <message>
        <source>Export with Boxes</source>
        <translation>នាំចេញជាមួយប្រអប់</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>មិនអាចនាំចេញបានទេ</translation>
    </message>
    <message>
        <source>Writing 1 file…</source>
        <translation>កំពុងសរសេរឯកសារ ១…</translation>
    </message>
    <message>
        <source>Writing %d files…</source>
        <translation>កំពុងសរសេរឯកសារ %d…</translation>
    </message>
    <message>
        <source>Written, but not recorded in the workspace: %s</source>
        <translation>បានសរសេរ ប៉ុន្តែមិនបានកត់ត្រាក្នុងលំហការងារ៖ %s</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>បានបោះបង់៖ គ្មានឯកសារណាត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <source>Not exported: no file was written.</source>
        <translation>មិនបាននាំចេញ៖ គ្មានឯកសារណាត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>ការនាំចេញបានបរាជ័យ</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>កំពុងបោះបង់…</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Files</source>
        <extracomment>one row per export format, in the registry&apos;s order (the PDF first, ticked)</extracomment>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>ការបោះពុម្ព</translation>
    </message>
    <message>
        <source>The book&apos;s own (%s)</source>
        <translation>របស់សៀវភៅផ្ទាល់ (%s)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>ក្រដាស (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;DRAFT watermark on every page</source>
        <translation>ស្លាកសញ្ញាទឹក “សេចក្ដីព្រាង” លើទំព័រនីមួយៗ (&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;ortion marks: the level before each paragraph</source>
        <translation>សញ្ញាសម្គាល់តាមកថាខណ្ឌ៖ កម្រិតសម្ងាត់នៅមុខកថាខណ្ឌនីមួយៗ (&amp;O)</translation>
    </message>
    <message>
        <source>Clearance &amp;block: drafted by, cleared by, after each brief</source>
        <translation>ប្រអប់ការឯកភាព៖ “ព្រាងដោយ” និង “ឯកភាពដោយ” នៅក្រោយសេចក្ដីសង្ខេបនីមួយៗ (&amp;B)</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>ការការពារ</translation>
    </message>
    <message>
        <source>Protect the PDF with a pass&amp;word (AES-256)</source>
        <translation>ការពារ PDF ដោយពាក្យសម្ងាត់ (AES-256) (&amp;W)</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>ពាក្យសម្ងាត់៖</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>ម្ដងទៀត៖</translation>
    </message>
    <message>
        <source>Issuing</source>
        <translation>ការចេញផ្សាយ</translation>
    </message>
    <message>
        <source>&amp;Record as issued version v%d</source>
        <translation>កត់ត្រាជាកំណែដែលបានចេញផ្សាយ v%d (&amp;R)</translation>
    </message>
    <message>
        <source>The workspace keeps exactly what is issued; Book ▸ Versions… shows it, and what changed since</source>
        <translation>លំហការងាររក្សាទុកយ៉ាងពិតប្រាកដនូវអ្វីដែលបានចេញផ្សាយ សៀវភៅ › កំណែ… បង្ហាញវា និងអ្វីដែលបានផ្លាស់ប្ដូរតាំងពីពេលនោះ</translation>
    </message>
    <message>
        <source>Numbered copies</source>
        <translation>ច្បាប់មានលេខរៀង</translation>
    </message>
    <message>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>ចំនួនច្បាប់ (&amp;C)៖</translation>
    </message>
    <message>
        <source>Paste &amp;Names</source>
        <translation>បិទភ្ជាប់ឈ្មោះ (&amp;N)</translation>
    </message>
    <message>
        <source>Fill the recipients from a list on the clipboard</source>
        <translation>បំពេញអ្នកទទួលពីបញ្ជីមួយនៅលើក្ដារតម្បៀតខ្ទាស់</translation>
    </message>
    <message>
        <source>Each copy carries “Copy n of N — recipient” on its cover and in its footer, and is listed in the distribution log.</source>
        <translation>ច្បាប់នីមួយៗមាន “ច្បាប់ទី n នៃ N — អ្នកទទួល” នៅលើក្រប និងនៅបាតទំព័ររបស់វា ហើយត្រូវបានចុះក្នុងបញ្ជីចែកចាយ។</translation>
    </message>
    <message>
        <source>The workspace is open read-only: numbered copies and issued versions cannot be recorded in it.</source>
        <translation>លំហការងារត្រូវបានបើកសម្រាប់តែអាន៖ មិនអាចកត់ត្រាច្បាប់មានលេខរៀង និងកំណែដែលបានចេញផ្សាយទៅក្នុងវាបានទេ។</translation>
    </message>
    <message>
        <source>Only the PDF while it has a password: the other formats cannot be locked this way, and an open copy beside the locked PDF would defeat it.</source>
        <translation>មានតែ PDF ប៉ុណ្ណោះ នៅពេលវាមានពាក្យសម្ងាត់៖ ទម្រង់ផ្សេងទៀតមិនអាចចាក់សោតាមរបៀបនេះបានទេ ហើយច្បាប់ចំហមួយនៅក្បែរ PDF ដែលចាក់សោនឹងធ្វើឱ្យការការពារនោះគ្មានប្រយោជន៍។</translation>
    </message>
    <message>
        <source>The file is named …%s</source>
        <translation>ឯកសារមានឈ្មោះ …%s</translation>
    </message>
    <message>
        <source>One file per copy, named …%s to …%s</source>
        <translation>ឯកសារមួយសម្រាប់ច្បាប់នីមួយៗ មានឈ្មោះពី …%s ដល់ …%s</translation>
    </message>
    <message>
        <source>Type the password twice.</source>
        <translation>សូមវាយពាក្យសម្ងាត់ពីរដង។</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <source>Choose a PDF, a DOCX or both, with a file name.</source>
        <translation>សូមជ្រើសរើស PDF, DOCX ឬទាំងពីរ ជាមួយឈ្មោះឯកសារ។</translation>
    </message>
    <message>
        <source>A password protects the PDF: tick PDF and name it.</source>
        <translation>ពាក្យសម្ងាត់ការពារ PDF៖ សូមធីក PDF ហើយដាក់ឈ្មោះវា។</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>ចម្លង</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>អ្នកទទួល</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issued as version v{v}&lt;/b&gt;: {n}, {pages} pages, in {where}.</source>
        <translation>&lt;b&gt;បានចេញផ្សាយជាកំណែ v{v}&lt;/b&gt;៖ {n}, {pages} ទំព័រ នៅក្នុង {where}។</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exported&lt;/b&gt;: {n}, {pages} pages, in {where}.</source>
        <translation>&lt;b&gt;បាននាំចេញ&lt;/b&gt;៖ {n}, {pages} ទំព័រ នៅក្នុង {where}។</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>ឯកសារ ១</translation>
    </message>
    <message>
        <source>%d files</source>
        <translation>ឯកសារ %d</translation>
    </message>
    <message>
        <source>%d of %d</source>
        <translation>%d នៃ %d</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Search the workspace</source>
        <extracomment>(search hit kind, id): item | section | person | source | meeting | commitment</extracomment>
        <translation>ស្វែងរកក្នុងលំហការងារ</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>លទ្ធផល %n</numerusform>
            <numerusform>លទ្ធផល %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Double-click a finding, or press Enter, to go and fix it</source>
        <extracomment>(kind, ref) of the finding the user wants to fix; ref is None for the book as a whole</extracomment>
        <translation>ចុចពីរដងលើលទ្ធផលត្រួតពិនិត្យ ឬចុច Enter ដើម្បីទៅកែវា</translation>
    </message>
    <message>
        <source>Must be fixed: this will not print correctly.</source>
        <translation>ត្រូវតែកែ៖ ចំណុចនេះនឹងមិនបោះពុម្ពបានត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <source>Should be fixed before the book is issued.</source>
        <translation>គួរតែកែ មុនពេលចេញផ្សាយសៀវភៅ។</translation>
    </message>
    <message>
        <source>Worth knowing; the book prints correctly.</source>
        <translation>គួរដឹង៖ សៀវភៅបោះពុម្ពបានត្រឹមត្រូវ។</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <source>Bold</source>
        <translation>ដិត</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>ទ្រេត</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>បញ្ជីចំណុច</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>បញ្ជីលេខរៀង</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>តារាង</translation>
    </message>
    <message>
        <source>Nest list item (Tab)</source>
        <translation>បញ្ចូលធាតុបញ្ជីទៅកម្រិតក្នុង (Tab)</translation>
    </message>
    <message>
        <source>Bring list item out (Shift+Tab)</source>
        <translation>នាំធាតុបញ្ជីចេញមួយកម្រិត (Shift+Tab)</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>ចំណុច</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>លេខរៀង</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>ចូលបន្ទាត់</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>ថយបន្ទាត់</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Briefing Book — User Guide</source>
        <translation>Briefing Book — សៀវភៅណែនាំអ្នកប្រើ</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>ទំព័រដើម (&amp;T)</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Review Imported Meeting — %s</source>
        <extracomment>how a field the release does not give, and the officer must, is marked</extracomment>
        <translation>ពិនិត្យកិច្ចប្រជុំដែលបាននាំចូល — %s</translation>
    </message>
    <message>
        <source>&amp;Add Participant</source>
        <translation>បន្ថែមអ្នកចូលរួម (&amp;A)</translation>
    </message>
    <message>
        <source>Someone the release leaves out: type their name, title and side</source>
        <translation>អ្នកដែលសេចក្តីប្រកាសមិនបានរៀបរាប់៖ វាយឈ្មោះ តួនាទី និងភាគីរបស់គាត់</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>អ្នកចូលរួម</translation>
    </message>
    <message>
        <source>The text of the selected item, as it will be recorded</source>
        <translation>អត្ថបទនៃចំណុចដែលបានជ្រើសរើស ដូចដែលវានឹងត្រូវកត់ត្រា</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>ចំណុច</translation>
    </message>
    <message>
        <source>Proposed commitments</source>
        <translation>ការប្ដេជ្ញាចិត្តដែលបានស្នើ</translation>
    </message>
    <message>
        <source>&amp;Create Meeting</source>
        <translation>បង្កើតកិច្ចប្រជុំ (&amp;C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source&lt;/b&gt; — %s</source>
        <translation>&lt;b&gt;ប្រភព&lt;/b&gt; — %s</translation>
    </message>
    <message>
        <source>release</source>
        <translation>សេចក្ដីប្រកាសព័ត៌មាន</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ប្រភេទ (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>កាលបរិច្ឆេទ (&amp;D)</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>ទីក្រុង (&amp;Y)</translation>
    </message>
    <message>
        <source>E&amp;nd date</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់ (&amp;N)</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>ប្រទេស (&amp;U)</translation>
    </message>
    <message>
        <source>Iss&amp;ued</source>
        <translation>ចេញផ្សាយ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Occasion</source>
        <translation>ឱកាស (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ចំណងជើង (&amp;T)</translation>
    </message>
    <message>
        <source>Iss&amp;uer</source>
        <translation>អ្នកចេញផ្សាយ (&amp;U)</translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation>នាយកដ្ឋាន (&amp;P)</translation>
    </message>
    <message>
        <source>The release does not give the meeting date: tick Date and set it (Alt+D).</source>
        <translation>សេចក្តីប្រកាសមិនបានផ្តល់កាលបរិច្ឆេទនៃកិច្ចប្រជុំទេ៖ ធីក កាលបរិច្ឆេទ ហើយកំណត់វា (Alt+D)។</translation>
    </message>
    <message>
        <source>The release does not say where the meeting was: fill in City and Country if you know.</source>
        <translation>សេចក្តីប្រកាសមិនបានប្រាប់ទីកន្លែងនៃកិច្ចប្រជុំទេ៖ បំពេញ ទីក្រុង និង ប្រទេស ប្រសិនបើអ្នកដឹង។</translation>
    </message>
    <message>
        <source>No participants were recognised: add them with Add Participant (Alt+A).</source>
        <translation>មិនបានស្គាល់អ្នកចូលរួមណាម្នាក់ទេ៖ បន្ថែមពួកគេដោយ បន្ថែមអ្នកចូលរួម (Alt+A)។</translation>
    </message>
    <message>
        <source>Participants ({kept} of {all} kept, {new} new)</source>
        <translation>អ្នកចូលរួម (រក្សាទុក {kept} នៃ {all}, ថ្មី {new})</translation>
    </message>
    <message>
        <source>Items ({kept} of {all} kept)</source>
        <translation>ចំណុច (រក្សាទុក {kept} នៃ {all})</translation>
    </message>
    <message>
        <source>Proposed commitments ({kept} of {all} to track)</source>
        <translation>ការប្ដេជ្ញាចិត្តដែលបានស្នើ (តាមដាន {kept} នៃ {all})</translation>
    </message>
    <message>
        <source>Creates the meeting with {items} item(s), {people} new person(s) and {commitments} tracked commitment(s), in one step you can undo.</source>
        <translation>បង្កើតកិច្ចប្រជុំដែលមានចំណុច {items}, បុគ្គលថ្មី {people} និងការប្ដេជ្ញាចិត្តដែលបានតាមដាន {commitments} ក្នុងជំហានតែមួយ ដែលអ្នកអាចមិនធ្វើវិញបាន។</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>បោះបង់សេចក្ដីព្រាង?</translation>
    </message>
    <message>
        <source>Your changes to this draft will be lost; nothing has been saved yet.</source>
        <translation>ការផ្លាស់ប្ដូររបស់អ្នកលើសេចក្ដីព្រាងនេះនឹងបាត់បង់ មិនទាន់មានអ្វីត្រូវបានរក្សាទុកនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Keep Reviewing</source>
        <translation>បន្តពិនិត្យ</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Meeting item</source>
        <translation>ចំណុចនៃកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>(lowest)</source>
        <translation>(ទាបបំផុត)</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>វិស័យ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>ភាគី (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ប្រភេទ (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Classification</source>
        <translation>កម្រិតសម្ងាត់ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>អត្ថបទ (&amp;T)</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Filter: place, occasion, title</source>
        <extracomment>(kind, id): meeting | person | commitment | book | tracker (id 0)</extracomment>
        <translation>តម្រង៖ ទីកន្លែង ឱកាស ចំណងជើង</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>កិច្ចប្រជុំថ្មី</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>កិច្ចប្រជុំ (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>បុគ្គល (&amp;P)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>បុគ្គលថ្មី</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>ការប្ដេជ្ញាចិត្ត (&amp;C)</translation>
    </message>
    <message>
        <source>Open tracker</source>
        <translation>បើកតារាងតាមដាន</translation>
    </message>
    <message>
        <source>&amp;Books</source>
        <translation>សៀវភៅ (&amp;B)</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>សៀវភៅថ្មី</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>គ្រប់វិស័យ</translation>
    </message>
    <message>
        <source>All sides</source>
        <translation>គ្រប់ភាគី</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>គ្រប់ឆ្នាំ</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>មិនមានលំហការងារបើកទេ។</translation>
    </message>
    <message>
        <source>No meeting matches these filters.</source>
        <translation>គ្មានកិច្ចប្រជុំណាត្រូវនឹងតម្រងទាំងនេះទេ។</translation>
    </message>
    <message>
        <source>No meetings yet. Import a press release (Ctrl+Shift+I), or record one with New meeting.</source>
        <translation>មិនទាន់មានកិច្ចប្រជុំនៅឡើយទេ។ នាំចូលសេចក្ដីប្រកាសព័ត៌មាន (Ctrl+Shift+I) ឬកត់ត្រាកិច្ចប្រជុំមួយដោយ កិច្ចប្រជុំថ្មី។</translation>
    </message>
    <message>
        <source>No people yet. They are added when a release is imported, or with New person.</source>
        <translation>មិនទាន់មានបុគ្គលនៅឡើយទេ។ ពួកគេត្រូវបានបន្ថែមនៅពេលនាំចូលសេចក្ដីប្រកាសព័ត៌មាន ឬដោយ បុគ្គលថ្មី។</translation>
    </message>
    <message>
        <source>No commitments tracked yet. In a meeting, choose a pledge or an agreement and Track as Commitment (Ctrl+Shift+K).</source>
        <translation>មិនទាន់មានការប្ដេជ្ញាចិត្តដែលបានតាមដាននៅឡើយទេ។ ក្នុងកិច្ចប្រជុំមួយ សូមជ្រើសរើសការសន្យា ឬកិច្ចព្រមព្រៀងមួយ ហើយ តាមដានជាការប្ដេជ្ញាចិត្ត (Ctrl+Shift+K)។</translation>
    </message>
    <message>
        <source>No books yet. New book starts the book for the next visit.</source>
        <translation>មិនទាន់មានសៀវភៅនៅឡើយទេ។ សៀវភៅថ្មី ចាប់ផ្ដើមសៀវភៅសម្រាប់ដំណើរទស្សនកិច្ចបន្ទាប់។</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>កិច្ចប្រជុំ %n</numerusform>
            <numerusform>កិច្ចប្រជុំ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, due %s</source>
        <translation>, កាលកំណត់ %s</translation>
    </message>
    <message>
        <source> — OVERDUE</source>
        <translation> — ហួសកាលកំណត់</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Log</source>
        <translation>កំណត់ហេតុ</translation>
    </message>
    <message>
        <source>The last lines of {path}</source>
        <translation>បន្ទាត់ចុងក្រោយនៃ {path}</translation>
    </message>
    <message>
        <source>Nothing has been logged yet.</source>
        <translation>មិនទាន់មានអ្វីត្រូវបានកត់ក្នុងកំណត់ហេតុនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Open Log &amp;Folder</source>
        <translation>បើកថតកំណត់ហេតុ (&amp;F)</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Meeting</source>
        <translation>កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>until</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ប្រភេទ (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>កាលបរិច្ឆេទ (&amp;D)</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>ទីក្រុង (&amp;Y)</translation>
    </message>
    <message>
        <source>Cou&amp;ntry</source>
        <translation>ប្រទេស (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Occasion</source>
        <translation>ឱកាស (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ចំណងជើង (&amp;T)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>អ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>បន្ថែម…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>ឯកសារប្រភព</translation>
    </message>
    <message>
        <source>Paste…</source>
        <translation>បិទភ្ជាប់…</translation>
    </message>
    <message>
        <source>Items by cooperation area</source>
        <translation>ចំណុចតាមវិស័យសហប្រតិបត្តិការ</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>បន្ថែមចំណុច</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>កែសម្រួលចំណុច</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>លុបចំណុច</translation>
    </message>
    <message>
        <source>Track as commitment</source>
        <translation>តាមដានជាការប្ដេជ្ញាចិត្ត</translation>
    </message>
    <message>
        <source>Move to area</source>
        <translation>ផ្លាស់ទីទៅវិស័យ</translation>
    </message>
    <message>
        <source>Change meeting %s</source>
        <translation>ផ្លាស់ប្ដូរកិច្ចប្រជុំ %s</translation>
    </message>
    <message>
        <source>Move item to another area</source>
        <translation>ផ្លាស់ទីចំណុចទៅវិស័យផ្សេង</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>បន្ថែមអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>បុគ្គលថ្មី</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>ដកអ្នកចូលរួមចេញ</translation>
    </message>
    <message>
        <source>Add source document</source>
        <translation>បន្ថែមឯកសារប្រភព</translation>
    </message>
    <message>
        <source>Edit source document</source>
        <translation>កែសម្រួលឯកសារប្រភព</translation>
    </message>
    <message>
        <source>Remove source document</source>
        <translation>ដកឯកសារប្រភពចេញ</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>លំហការងារថ្មី</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>រកមើល…</translation>
    </message>
    <message>
        <source>e.g. Cambodia</source>
        <translation>ឧ. កម្ពុជា</translation>
    </message>
    <message>
        <source>e.g. China</source>
        <translation>ឧ. ចិន</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ឯកសារ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Own country</source>
        <translation>ប្រទេសខ្លួន (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Partner country</source>
        <translation>ប្រទេសដៃគូ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Ministry</source>
        <translation>ក្រសួង (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>នាយកដ្ឋាន (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase (asked next)</source>
        <translation>អ៊ិនគ្រីបដោយឃ្លាសម្ងាត់ (នឹងសួរបន្ទាប់) (&amp;E)</translation>
    </message>
    <message>
        <source>The file and its backups can then be opened only with the passphrase. Recommended on a laptop that travels.</source>
        <translation>ពេលនោះ ឯកសារ និងឯកសារបម្រុងទុករបស់វាអាចបើកបានតែជាមួយឃ្លាសម្ងាត់ប៉ុណ្ណោះ។ ណែនាំសម្រាប់កុំព្យូទ័រយួរដៃដែលយកធ្វើដំណើរ។</translation>
    </message>
    <message>
        <source>Workspaces (*%s)</source>
        <translation>លំហការងារ (*%s)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Progress note</source>
        <translation>កំណត់សម្គាល់វឌ្ឍនភាព</translation>
    </message>
    <message>
        <source>Where the fact comes from</source>
        <translation>ប្រភពនៃព័ត៌មាននេះ</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>កាលបរិច្ឆេទ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>អ្វីដែលបានកើតឡើង (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>ភស្តុតាង (&amp;E)</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Move section up</source>
        <extracomment>an edit of the book&apos;s outline (a briefing.edits.BookEdit) the selected section changed (Section or None)</extracomment>
        <translation>ផ្លាស់ទីផ្នែកឡើងលើ</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>ផ្លាស់ទីផ្នែកចុះក្រោម</translation>
    </message>
    <message>
        <source>Add &amp;brief</source>
        <translation>បន្ថែមសេចក្ដីសង្ខេប (&amp;B)</translation>
    </message>
    <message>
        <source>Add the brief of a cooperation area</source>
        <translation>បន្ថែមសេចក្ដីសង្ខេបនៃវិស័យសហប្រតិបត្តិការមួយ</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>បន្ថែមផ្នែក (&amp;S)</translation>
    </message>
    <message>
        <source>Add a purpose, an annex or another section</source>
        <translation>បន្ថែមគោលបំណង ឧបសម្ព័ន្ធ ឬផ្នែកផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Purpose and objectives</source>
        <translation>គោលបំណង និងទិសដៅ</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>ឧបសម្ព័ន្ធ</translation>
    </message>
    <message>
        <source>Other section</source>
        <translation>ផ្នែកផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Remove the selected section from the book (you can undo)</source>
        <translation>ដកផ្នែកដែលបានជ្រើសរើសចេញពីសៀវភៅ (អ្នកអាចមិនធ្វើវិញបាន)</translation>
    </message>
    <message>
        <source>Who drafts this section: a desk, an embassy, a ministry</source>
        <translation>អ្នកព្រាងផ្នែកនេះ៖ ការិយាល័យ ស្ថានទូត ឬក្រសួង</translation>
    </message>
    <message>
        <source>&lt;b&gt;Owner&lt;/b&gt;&lt;br&gt;The office that drafts this section (a desk, the embassy, a line ministry). Preflight names it when the section is late or empty.</source>
        <translation>&lt;b&gt;អ្នកទទួលបន្ទុក&lt;/b&gt;&lt;br&gt;អង្គភាពដែលព្រាងផ្នែកនេះ (ការិយាល័យ ស្ថានទូត ក្រសួងជំនាញ)។ ការត្រួតពិនិត្យមុនបោះពុម្ពនឹងដាក់ឈ្មោះវា នៅពេលផ្នែកនេះយឺត ឬទទេ។</translation>
    </message>
    <message>
        <source>Draft, cleared by the director, or final</source>
        <translation>សេចក្ដីព្រាង បានឯកភាពដោយប្រធាននាយកដ្ឋាន ឬចុងក្រោយ</translation>
    </message>
    <message>
        <source>The marking of this section; the book is marked at least as high</source>
        <translation>កម្រិតសម្ងាត់នៃផ្នែកនេះ សៀវភៅត្រូវបានសម្គាល់យ៉ាងហោចណាស់ខ្ពស់ដូចនេះ</translation>
    </message>
    <message>
        <source>What a free-standing section is; a brief stays a brief</source>
        <translation>ប្រភេទនៃផ្នែកឯករាជ្យ សេចក្ដីសង្ខេបនៅតែជាសេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>ឧបសម្ព័ន្ធ</translation>
    </message>
    <message>
        <source>other</source>
        <translation>ផ្សេងៗ</translation>
    </message>
    <message>
        <source>brief (area)</source>
        <translation>សេចក្ដីសង្ខេប (វិស័យ)</translation>
    </message>
    <message>
        <source>Section &amp;title</source>
        <translation>ចំណងជើងផ្នែក (&amp;T)</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>អ្នកទទួលបន្ទុក (&amp;W)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>ស្ថានភាព (&amp;U)</translation>
    </message>
    <message>
        <source>Classi&amp;fication</source>
        <translation>កម្រិតសម្ងាត់ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ប្រភេទ (&amp;K)</translation>
    </message>
    <message>
        <source>(book level)</source>
        <translation>(កម្រិតសៀវភៅ)</translation>
    </message>
    <message>
        <source>Add “%s”</source>
        <translation>បន្ថែម “%s”</translation>
    </message>
    <message>
        <source>Remove “%s”</source>
        <translation>ដកចេញ “%s”</translation>
    </message>
    <message>
        <source>Cannot change the section</source>
        <translation>មិនអាចផ្លាស់ប្ដូរផ្នែកបានទេ</translation>
    </message>
    <message>
        <source>Change section %s</source>
        <translation>ផ្លាស់ប្ដូរផ្នែក %s</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Add participant</source>
        <translation>បន្ថែមអ្នកចូលរួម</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>បុគ្គលថ្មី…</translation>
    </message>
    <message>
        <source>Name in Latin script, surname in capitals</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង នាមត្រកូលជាអក្សរធំ</translation>
    </message>
    <message>
        <source>Name in own script (optional)</source>
        <translation>ឈ្មោះជាអក្សររបស់ខ្លួន (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>e.g. head of delegation</source>
        <translation>ឧ. ប្រធានគណៈប្រតិភូ</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>បុគ្គល (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ឈ្មោះ (&amp;N)</translation>
    </message>
    <message>
        <source>Name in own &amp;script</source>
        <translation>ឈ្មោះជាអក្សររបស់ខ្លួន (&amp;S)</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>អក្សរ</translation>
    </message>
    <message>
        <source>S&amp;ide</source>
        <translation>ភាគី (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>មុខតំណែង (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Role at the meeting</source>
        <translation>តួនាទីក្នុងកិច្ចប្រជុំ (&amp;R)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>វាយវាម្ដងទៀត</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>សូមវាយឃ្លាសម្ងាត់។</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
</context>
<context>
    <name>PasteReleaseDialog</name>
    <message>
        <source>Import from Clipboard</source>
        <translation>នាំចូលពីក្ដារតម្បៀតខ្ទាស់</translation>
    </message>
    <message>
        <source>Paste the text of a press release, joint statement or news story (in English). You will check the draft meeting record before anything is saved.</source>
        <translation>បិទភ្ជាប់អត្ថបទនៃសេចក្ដីប្រកាសព័ត៌មាន សេចក្ដីថ្លែងការណ៍រួម ឬព័ត៌មាន (ជាភាសាអង់គ្លេស)។ អ្នកនឹងពិនិត្យកំណត់ត្រាកិច្ចប្រជុំព្រាង មុនពេលរក្សាទុកអ្វីមួយ។</translation>
    </message>
    <message>
        <source>Paste the release here (Ctrl+V), then Ctrl+Enter to review the draft</source>
        <translation>បិទភ្ជាប់សេចក្ដីប្រកាសព័ត៌មាននៅទីនេះ (Ctrl+V) រួចចុច Ctrl+Enter ដើម្បីពិនិត្យសេចក្ដីព្រាង</translation>
    </message>
    <message>
        <source>&amp;Paste from Clipboard</source>
        <translation>បិទភ្ជាប់ពីក្ដារតម្បៀតខ្ទាស់ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Review Draft</source>
        <translation>ពិនិត្យសេចក្ដីព្រាង (&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n ពាក្យ</numerusform>
            <numerusform>%n ពាក្យ</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}, filled in from the clipboard</source>
        <translation>{count} បានបំពេញពីក្ដារតម្បៀតខ្ទាស់</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>&amp;Honorific</source>
        <translation>គោរមងារ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>ភាគី (&amp;S)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Script (Latn, Khmr, Hans …)</source>
        <translation>អក្សរ (Latn, Khmr, Hans …)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>មុខតំណែង</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>ពី (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>To (empty: still held)</source>
        <translation>ដល់ (ទទេ៖ នៅកាន់តំណែង)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Names&lt;/b&gt;</source>
        <translation>&lt;b&gt;ឈ្មោះ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offices&lt;/b&gt;</source>
        <translation>&lt;b&gt;មុខតំណែង&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>បន្ថែម</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Biography&lt;/b&gt;</source>
        <translation>&lt;b&gt;ជីវប្រវត្តិ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Change %s</source>
        <translation>ផ្លាស់ប្ដូរ %s</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, e.g. 2023-08-22.</source>
        <translation>កាលបរិច្ឆេទសរសេរជា YYYY-MM-DD ឧ. 2023-08-22។</translation>
    </message>
    <message>
        <source>Change names or offices</source>
        <translation>ផ្លាស់ប្ដូរឈ្មោះ ឬមុខតំណែង</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <source>Filter: name in any script, side, office</source>
        <translation>តម្រង៖ ឈ្មោះជាអក្សរណាមួយ ភាគី មុខតំណែង</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>បុគ្គល (&amp;P)</translation>
    </message>
    <message>
        <source>Everyone in the workspace is already a counterpart.</source>
        <translation>គ្រប់គ្នាក្នុងលំហការងារជាសមភាគីរួចហើយ។</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>ចំណូលចិត្ត</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> មិល្លីវិនាទី</translation>
    </message>
    <message>
        <source>Open the last workspace on start</source>
        <translation>បើកលំហការងារចុងក្រោយនៅពេលចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>Save typing after a pause of</source>
        <translation>រក្សាទុកការវាយអក្សរ បន្ទាប់ពីផ្អាករយៈពេល</translation>
    </message>
    <message>
        <source> min</source>
        <translation> នាទី</translation>
    </message>
    <message>
        <source>never</source>
        <translation>មិនដែល</translation>
    </message>
    <message>
        <source>Lock an encrypted workspace when idle for</source>
        <translation>ចាក់សោលំហការងារដែលបានអ៊ិនគ្រីប នៅពេលទំនេររយៈពេល</translation>
    </message>
    <message>
        <source>System default (%s)</source>
        <translation>លំនាំដើមរបស់ប្រព័ន្ធ (%s)</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages; the window is built again with the open workspace</source>
        <translation>ភាសានៃម៉ឺនុយ ប្រអប់ និងសារ បង្អួចនឹងត្រូវបង្កើតឡើងវិញជាមួយលំហការងារដែលកំពុងបើក</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ភាសា (&amp;L)</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>The book to check</source>
        <extracomment>after an edit is saved, wait this long for more before checking again (book id, kind, ref): the user wants to fix this finding</extracomment>
        <translation>សៀវភៅដែលត្រូវពិនិត្យ</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>ពិនិត្យម្ដងទៀត (&amp;A)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>មិនមានលំហការងារបើកទេ។</translation>
    </message>
    <message>
        <source>The workspace has no book to check.</source>
        <translation>លំហការងារគ្មានសៀវភៅត្រូវពិនិត្យទេ។</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>កំពុងពិនិត្យ…</translation>
    </message>
    <message>
        <source>The check failed: %s</source>
        <translation>ការពិនិត្យបានបរាជ័យ៖ %s</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Width</source>
        <extracomment>the width it asks for when first shown: a share of the window, within bounds (the text being written keeps a comfortable width; a saved layout overrides it)</extracomment>
        <translation>ទទឹង</translation>
    </message>
    <message>
        <source>Fit the page width to the pane</source>
        <translation>ឱ្យទទឹងទំព័រសមនឹងផ្ទាំង</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ទំព័រ</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>បង្ហាញទំព័រពេញ</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>មិនមានលំហការងារបើកទេ។</translation>
    </message>
    <message>
        <source>Preview of “%s”</source>
        <translation>មើលជាមុន “%s”</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>មើលជាមុន</translation>
    </message>
    <message>
        <source>Page %d of %d</source>
        <translation>ទំព័រ %d នៃ %d</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Day</source>
        <extracomment>the new programme, after the user changed a cell or added/removed a row</extracomment>
        <translation>ថ្ងៃ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>អ្នកដឹកនាំ</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>អ្នកសារព័ត៌មាន</translation>
    </message>
    <message>
        <source>The day (Enter or F2 opens a calendar)</source>
        <translation>ថ្ងៃ (Enter ឬ F2 បើកប្រតិទិន)</translation>
    </message>
    <message>
        <source>As the programme shows it: 09:30, or 10:00–10:30</source>
        <translation>ដូចដែលកម្មវិធីបង្ហាញ៖ 09:30 ឬ 10:00–10:30</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>អ្វីដែលប្រព្រឹត្តទៅ</translation>
    </message>
    <message>
        <source>Who leads it</source>
        <translation>អ្នកដឹកនាំសកម្មភាពនេះ</translation>
    </message>
    <message>
        <source>Open to the press</source>
        <translation>បើកចំហសម្រាប់អ្នកសារព័ត៌មាន</translation>
    </message>
    <message>
        <source>&amp;Add programme item</source>
        <translation>បន្ថែមចំណុចកម្មវិធី (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ដកចេញ (&amp;R)</translation>
    </message>
    <message>
        <source>(activity)</source>
        <translation>(សកម្មភាព)</translation>
    </message>
</context>
<context>
    <name>RecipientsTable</name>
    <message>
        <source>Recipient (office or name)</source>
        <extracomment>a paste needs this many copies</extracomment>
        <translation>អ្នកទទួល (អង្គភាព ឬឈ្មោះ)</translation>
    </message>
    <message>
        <source>Type a recipient per copy, or paste a list of names, one per line (Ctrl+V)</source>
        <translation>វាយអ្នកទទួលម្នាក់សម្រាប់ច្បាប់នីមួយៗ ឬបិទភ្ជាប់បញ្ជីឈ្មោះ មួយបន្ទាត់មួយឈ្មោះ (Ctrl+V)</translation>
    </message>
    <message>
        <source>Copy %d</source>
        <translation>ច្បាប់ទី %d</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>&lt;b&gt;From the records&lt;/b&gt;</source>
        <extracomment>the officer wants this text appended to the background</extracomment>
        <translation>&lt;b&gt;ពីកំណត់ត្រា&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Insert into background</source>
        <translation>បញ្ចូលទៅក្នុងព័ត៌មានសាវតារ (&amp;I)</translation>
    </message>
    <message>
        <source>&lt;b&gt;From the records&lt;/b&gt; {area}</source>
        <translation>&lt;b&gt;ពីកំណត់ត្រា&lt;/b&gt; {area}</translation>
    </message>
    <message>
        <source>(choose a brief for an area)</source>
        <translation>(ជ្រើសរើសសេចក្ដីសង្ខេបនៃវិស័យមួយ)</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request Clearance</source>
        <translation>ស្នើសុំការឯកភាព</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) to clear.</source>
        <translation>
            <numerusform>ផ្នែក %n ដែលត្រូវស្នើសុំការឯកភាព។</numerusform>
            <numerusform>ផ្នែក %n ដែលត្រូវស្នើសុំការឯកភាព។</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>កាលកំណត់ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>កំណត់សម្គាល់ (&amp;N)</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>ស្ដារពីឯកសារបម្រុងទុក</translation>
    </message>
    <message>
        <source>Choose the backup of &lt;b&gt;{name}&lt;/b&gt; to go back to. What the workspace holds now is backed up first, so a restore can itself be undone from this list.</source>
        <translation>ជ្រើសរើសឯកសារបម្រុងទុកនៃ &lt;b&gt;{name}&lt;/b&gt; ដែលត្រូវត្រឡប់ទៅវិញ។ អ្វីដែលលំហការងារមានឥឡូវនេះនឹងត្រូវបម្រុងទុកជាមុន ដូច្នេះការស្ដារក៏អាចមិនធ្វើវិញបានពីបញ្ជីនេះដែរ។</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>ពេលបម្រុងទុក</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>ចំណុច</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>សៀវភៅ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>មុនពេលស្ដារ</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>មិនអាចអានបាន</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ស្ដារ</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <source>Not pasted</source>
        <extracomment>the user changed the text (not emitted when text is loaded) focus left the field (save now) focus came to the field (formatting actions follow it)</extracomment>
        <translation>មិនបានបិទភ្ជាប់</translation>
    </message>
</context>
<context>
    <name>ScopeBox</name>
    <message>
        <source>Scope: what the records add to the book</source>
        <translation>វិសាលភាព៖ អ្វីដែលកំណត់ត្រាបន្ថែមទៅក្នុងសៀវភៅ</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ពី</translation>
    </message>
    <message numerus="yes">
        <source>Leave unticked for the default: since the previous book, else the last %n month(s) before the visit.</source>
        <translation>
            <numerusform>ទុកចោលដោយមិនធីក សម្រាប់លំនាំដើម៖ តាំងពីសៀវភៅមុន បើមិនដូច្នោះទេ %n ខែចុងក្រោយមុនដំណើរទស្សនកិច្ច។</numerusform>
            <numerusform>ទុកចោលដោយមិនធីក សម្រាប់លំនាំដើម៖ តាំងពីសៀវភៅមុន បើមិនដូច្នោះទេ %n ខែចុងក្រោយមុនដំណើរទស្សនកិច្ច។</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>រយៈពេល</translation>
    </message>
    <message>
        <source>Which commitments each brief&apos;s “Status of previous commitments” lists</source>
        <translation>ការប្ដេជ្ញាចិត្តណាខ្លះដែល “ស្ថានភាពនៃការប្ដេជ្ញាចិត្តពីមុន” របស់សេចក្ដីសង្ខេបនីមួយៗរាយបញ្ជី</translation>
    </message>
    <message>
        <source>Previous &amp;commitments</source>
        <translation>ការប្ដេជ្ញាចិត្តពីមុន (&amp;C)</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>ទុកចោល</translation>
    </message>
    <message>
        <source>“Last &amp;discussed”</source>
        <translation>“បានពិភាក្សាចុងក្រោយ” (&amp;D)</translation>
    </message>
    <message>
        <source>Whose press releases and statements the annex prints</source>
        <translation>សេចក្ដីប្រកាសព័ត៌មាន និងសេចក្ដីថ្លែងការណ៍របស់អ្នកណាដែលឧបសម្ព័ន្ធបោះពុម្ព</translation>
    </message>
    <message>
        <source>Prints the documents of the meetings within the period and of those named as last discussed or last met; lists by title those of older meetings where the listed commitments were made</source>
        <translation>បោះពុម្ពឯកសារនៃកិច្ចប្រជុំក្នុងរយៈពេលនេះ និងនៃកិច្ចប្រជុំដែលបានរំលឹកថាជាការពិភាក្សាចុងក្រោយ ឬការជួបគ្នាចុងក្រោយ ហើយរាយតាមចំណងជើងឯកសារនៃកិច្ចប្រជុំមុនៗ ដែលការប្តេជ្ញាចិត្តក្នុងបញ្ជីត្រូវបានធ្វើឡើង</translation>
    </message>
    <message>
        <source>Also prints in full the documents of the older meetings where the listed commitments were made</source>
        <translation>បោះពុម្ពពេញលេញផងដែរនូវឯកសារនៃកិច្ចប្រជុំមុនៗ ដែលការប្តេជ្ញាចិត្តក្នុងបញ្ជីត្រូវបានធ្វើឡើង</translation>
    </message>
    <message>
        <source>Prints only the documents of the meetings the book names</source>
        <translation>បោះពុម្ពតែឯកសារនៃកិច្ចប្រជុំដែលសៀវភៅយោងប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>No annex of source documents</source>
        <translation>គ្មានឧបសម្ព័ន្ធឯកសារយោង</translation>
    </message>
    <message>
        <source>Source &amp;documents</source>
        <translation>ឯកសារប្រភព (&amp;D)</translation>
    </message>
    <message>
        <source>Commitments &amp;tracker</source>
        <translation>តារាងតាមដានការប្ដេជ្ញាចិត្ត (&amp;T)</translation>
    </message>
    <message>
        <source>Deeper headings stay bookmarks of the PDF</source>
        <translation>ចំណងជើងរងកម្រិតជ្រៅជាងនេះនៅជាចំណាំទំព័រនៃ PDF</translation>
    </message>
    <message>
        <source>Co&amp;ntents</source>
        <translation>មាតិកា (&amp;N)</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>គ្មានកំណត់</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> ទំព័រ</translation>
    </message>
    <message>
        <source>Preflight says so when the whole book is longer</source>
        <translation>ការត្រួតពិនិត្យមុនបោះពុម្ពនឹងប្រាប់ នៅពេលសៀវភៅទាំងមូលវែងជាងនេះ</translation>
    </message>
    <message>
        <source>Page &amp;budget</source>
        <translation>ចំនួនទំព័រកំណត់ (&amp;B)</translation>
    </message>
    <message>
        <source> latest meeting</source>
        <translation> កិច្ចប្រជុំចុងក្រោយ</translation>
    </message>
    <message>
        <source> latest meetings</source>
        <translation> កិច្ចប្រជុំចុងក្រោយ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Objective</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source>Points to make</source>
        <translation>ចំណុចត្រូវលើកឡើង</translation>
    </message>
    <message>
        <source>If raised</source>
        <translation>ប្រសិនបើមានការលើកឡើង</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>ព័ត៌មានសាវតារ</translation>
    </message>
    <message>
        <source>One or two lines: what the principal must convey or obtain in this area at this visit.</source>
        <translation>មួយ ឬពីរបន្ទាត់៖ អ្វីដែលថ្នាក់ដឹកនាំត្រូវបញ្ជូន ឬទទួលបាន ក្នុងវិស័យនេះ នៅដំណើរទស្សនកិច្ចនេះ។</translation>
    </message>
    <message>
        <source>The talking points, in note form, four to six: what the principal says, in the order to say it. Printed as “Points to make”.</source>
        <translation>ចំណុចសម្រាប់លើកឡើង ជាទម្រង់កំណត់ចំណាំ ពីបួនទៅប្រាំមួយ៖ អ្វីដែលថ្នាក់ដឹកនាំមានប្រសាសន៍ តាមលំដាប់ដែលត្រូវលើកឡើង។ បោះពុម្ពជា “ចំណុចត្រូវលើកឡើង”។</translation>
    </message>
    <message>
        <source>Defensive lines: what to answer only if the other side raises it, and what to avoid saying. Printed as “If raised”.</source>
        <translation>ចម្លើយការពារ៖ អ្វីដែលត្រូវឆ្លើយតែក្នុងករណីភាគីម្ខាងទៀតលើកឡើង និងអ្វីដែលគួរជៀសវាងនិយាយ។ បោះពុម្ពជា “ប្រសិនបើមានការលើកឡើង”។</translation>
    </message>
    <message>
        <source>What happened before: when the two sides last met on this, what each said and promised. “From the Records” (Ctrl+Alt+R) inserts entries with their meeting.</source>
        <translation>អ្វីដែលបានកើតឡើងពីមុន៖ ពេលដែលភាគីទាំងពីរបានជួបគ្នាចុងក្រោយលើបញ្ហានេះ អ្វីដែលភាគីនីមួយៗបាននិយាយ និងសន្យា។ “ពីកំណត់ត្រា” (Ctrl+Alt+R) បញ្ចូលធាតុជាមួយកិច្ចប្រជុំរបស់វា។</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send for Review</source>
        <translation>ផ្ញើដើម្បីពិនិត្យ</translation>
    </message>
    <message>
        <source>A Word document for the clearers: they edit the text under each heading, with or without Track Changes, and add comments. Bring it back with Book ▸ Apply Returned Review…</source>
        <translation>ឯកសារ Word សម្រាប់អ្នកផ្ដល់ការឯកភាព៖ ពួកគេកែសម្រួលអត្ថបទនៅក្រោមចំណងជើងនីមួយៗ ដោយប្រើ ឬមិនប្រើ Track Changes ហើយបន្ថែមមតិយោបល់។ នាំវាត្រឡប់មកវិញតាម សៀវភៅ › អនុវត្តលទ្ធផលពិនិត្យដែលបានត្រឡប់មកវិញ…</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Source document</source>
        <translation>ឯកសារប្រភព</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>ចេញផ្សាយនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Read from a text file…</source>
        <translation>អានពីឯកសារអត្ថបទ…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ចំណងជើង (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>អ្នកចេញផ្សាយ (&amp;I)</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>អត្ថបទ (&amp;X)</translation>
    </message>
    <message>
        <source>Attach text</source>
        <translation>ភ្ជាប់អត្ថបទ</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>ឯកសារអត្ថបទ (*.txt *.md);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation>ប្រភពគ្មានចំណងជើង</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of “%s”</source>
        <translation>កំណែនៃ “%s”</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>កំណែ</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>បានចេញផ្សាយ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ទំព័រ</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>សញ្ញាសម្គាល់</translation>
    </message>
    <message>
        <source>&amp;Changes Since This Version</source>
        <translation>ការផ្លាស់ប្ដូរតាំងពីកំណែនេះ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open Issued PDF…</source>
        <translation>បើក PDF ដែលបានចេញផ្សាយ (&amp;O)…</translation>
    </message>
    <message>
        <source>Save the PDF exactly as it was issued (without copy numbers or password)</source>
        <translation>រក្សាទុក PDF ដូចពេលដែលវាត្រូវបានចេញផ្សាយ (គ្មានលេខច្បាប់ ឬពាក្យសម្ងាត់)</translation>
    </message>
    <message>
        <source>Changes &amp;from</source>
        <translation>ការផ្លាស់ប្ដូរពី (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>ដល់ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save Changes Sheet…</source>
        <translation>រក្សាទុកតារាងការផ្លាស់ប្ដូរ (&amp;S)…</translation>
    </message>
    <message>
        <source>A one-page PDF naming the briefs that changed, so only those are reprinted</source>
        <translation>PDF មួយទំព័រដែលដាក់ឈ្មោះសេចក្ដីសង្ខេបដែលបានផ្លាស់ប្ដូរ ដើម្បីបោះពុម្ពឡើងវិញតែផ្នែកទាំងនោះ</translation>
    </message>
    <message>
        <source>&amp;Versions and Changes</source>
        <translation>កំណែ និងការផ្លាស់ប្ដូរ (&amp;V)</translation>
    </message>
    <message>
        <source>Every file written from this book, newest first, with its SHA-256.</source>
        <translation>ឯកសារទាំងអស់ដែលបានសរសេរពីសៀវភៅនេះ ថ្មីបំផុតមុនគេ ជាមួយ SHA-256 របស់វា។</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>បានសរសេរ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>ចម្លង</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>អ្នកទទួល</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>ទម្រង់</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>&amp;Distribution Log</source>
        <translation>បញ្ជីចែកចាយ (&amp;D)</translation>
    </message>
    <message>
        <source>%d of %d</source>
        <translation>%d នៃ %d</translation>
    </message>
    <message>
        <source>the book now</source>
        <translation>សៀវភៅបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>&lt;p&gt;This book has not been issued yet. Export it with “Record as issued version” ticked (Book ▸ Export…) to keep what was issued.&lt;/p&gt;</source>
        <translation>&lt;p&gt;សៀវភៅនេះមិនទាន់ត្រូវបានចេញផ្សាយនៅឡើយទេ។ សូមនាំចេញវាដោយធីក “កត់ត្រាជាកំណែដែលបានចេញផ្សាយ” (សៀវភៅ › នាំចេញ…) ដើម្បីរក្សាទុកអ្វីដែលបានចេញផ្សាយ។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a later version on the right.&lt;/p&gt;</source>
        <translation>&lt;p&gt;សូមជ្រើសរើសកំណែក្រោយនៅខាងស្ដាំ។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cannot compare: %s&lt;/p&gt;</source>
        <translation>&lt;p&gt;មិនអាចប្រៀបធៀបបានទេ៖ %s&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save the changes sheet as</source>
        <translation>រក្សាទុកតារាងការផ្លាស់ប្ដូរជា</translation>
    </message>
    <message>
        <source>Changes sheet not saved</source>
        <translation>តារាងការផ្លាស់ប្ដូរមិនបានរក្សាទុក</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>១ ទំព័រ</translation>
    </message>
    <message>
        <source>%d pages</source>
        <translation>%d ទំព័រ</translation>
    </message>
    <message>
        <source>Saved %s (%s).</source>
        <translation>បានរក្សាទុក %s (%s)។</translation>
    </message>
    <message>
        <source>Save the PDF of v%d as (it has no password)</source>
        <translation>រក្សាទុក PDF នៃ v%d ជា (វាគ្មានពាក្យសម្ងាត់ទេ)</translation>
    </message>
    <message>
        <source>Issued PDF not saved</source>
        <translation>PDF ដែលបានចេញផ្សាយមិនបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation>បានរក្សាទុក %s។</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <extracomment>what the user asked for: &quot;sample&quot;, &quot;new&quot;, &quot;open&quot;, &quot;import&quot;, &quot;meeting&quot;, &quot;book&quot;, &quot;tracker&quot;, or &quot;recent:&lt;path&gt;&quot;</extracomment>
        <translation>&lt;b&gt;លំហការងារថ្មីៗ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Briefing Book&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;សៀវភៅឯកសារសង្ខេប&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Records of every meeting with a partner country, turned into the briefing book for the next visit. One workspace holds one relationship.</source>
        <translation>កំណត់ត្រានៃកិច្ចប្រជុំនីមួយៗជាមួយប្រទេសដៃគូ ដែលត្រូវរៀបចំជាសៀវភៅឯកសារសង្ខេបសម្រាប់ដំណើរទស្សនកិច្ចបន្ទាប់។ លំហការងារមួយផ្ទុកទំនាក់ទំនងមួយ។</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>បើកគំរូ (&amp;S)</translation>
    </message>
    <message>
        <source>Cambodia–China: a meeting, its commitments and a draft book</source>
        <translation>កម្ពុជា–ចិន៖ កិច្ចប្រជុំមួយ ការប្ដេជ្ញាចិត្តរបស់វា និងសៀវភៅព្រាងមួយ</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>លំហការងារថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <source>Start the records of a relationship</source>
        <translation>ចាប់ផ្ដើមកំណត់ត្រានៃទំនាក់ទំនងមួយ</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>បើកលំហការងារ (&amp;O)…</translation>
    </message>
    <message>
        <source>A .briefing file you already have</source>
        <translation>ឯកសារ .briefing ដែលអ្នកមានរួចហើយ</translation>
    </message>
    <message>
        <source>&amp;Import a Press Release…</source>
        <translation>នាំចូលសេចក្ដីប្រកាសព័ត៌មាន (&amp;I)…</translation>
    </message>
    <message>
        <source>Turn a release (.txt, .docx, .pdf) into a meeting record</source>
        <translation>បម្លែងសេចក្ដីប្រកាសព័ត៌មាន (.txt, .docx, .pdf) ទៅជាកំណត់ត្រាកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>Choose a meeting, person, commitment or book in the library, or search the workspace (Ctrl+F).</source>
        <translation>ជ្រើសរើសកិច្ចប្រជុំ បុគ្គល ការប្ដេជ្ញាចិត្ត ឬសៀវភៅក្នុងបណ្ណាល័យ ឬស្វែងរកក្នុងលំហការងារ (Ctrl+F)។</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Read-only: changes cannot be saved.&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;សម្រាប់តែអាន៖ មិនអាចរក្សាទុកការផ្លាស់ប្ដូរបានទេ។&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Commitments &amp;Tracker</source>
        <translation>តារាងតាមដានការប្ដេជ្ញាចិត្ត (&amp;T)</translation>
    </message>
    <message>
        <source>What each side owes</source>
        <translation>អ្វីដែលភាគីនីមួយៗត្រូវអនុវត្ត</translation>
    </message>
    <message>
        <source>A new meeting from a release</source>
        <translation>កិច្ចប្រជុំថ្មីពីសេចក្ដីប្រកាសព័ត៌មាន</translation>
    </message>
    <message>
        <source>New &amp;Meeting</source>
        <translation>កិច្ចប្រជុំថ្មី (&amp;M)</translation>
    </message>
    <message>
        <source>Record a meeting by hand</source>
        <translation>កត់ត្រាកិច្ចប្រជុំដោយដៃ</translation>
    </message>
    <message>
        <source>New &amp;Book</source>
        <translation>សៀវភៅថ្មី (&amp;B)</translation>
    </message>
    <message>
        <source>The book for the next visit</source>
        <translation>សៀវភៅសម្រាប់ដំណើរទស្សនកិច្ចបន្ទាប់</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation>ការកំណត់លំហការងារ</translation>
    </message>
    <message>
        <source>Countries and office</source>
        <translation>ប្រទេស និងអង្គភាព</translation>
    </message>
    <message>
        <source>&amp;Own country</source>
        <translation>ប្រទេសខ្លួន (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Partner country</source>
        <translation>ប្រទេសដៃគូ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Ministry</source>
        <translation>ក្រសួង (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>នាយកដ្ឋាន (&amp;D)</translation>
    </message>
    <message>
        <source>Classification levels (lowest first)</source>
        <translation>កម្រិតសម្ងាត់ (ទាបបំផុតមុនគេ)</translation>
    </message>
    <message>
        <source>NEW LEVEL</source>
        <translation>កម្រិតថ្មី</translation>
    </message>
    <message>
        <source>Renaming a level re-marks the records that carry it.</source>
        <translation>ការប្ដូរឈ្មោះកម្រិតមួយ នឹងសម្គាល់ឡើងវិញនូវកំណត់ត្រាដែលមានកម្រិតនោះ។</translation>
    </message>
    <message>
        <source>Cooperation areas</source>
        <translation>វិស័យសហប្រតិបត្តិការ</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>វិស័យថ្មី</translation>
    </message>
    <message>
        <source>Renaming an area keeps its records and briefs.</source>
        <translation>ការប្ដូរឈ្មោះវិស័យមួយ រក្សាទុកកំណត់ត្រា និងសេចក្ដីសង្ខេបរបស់វា។</translation>
    </message>
    <message>
        <source>Level in use</source>
        <translation>កម្រិតកំពុងប្រើ</translation>
    </message>
    <message>
        <source>“{level}” cannot be removed: it marks {use}.

Mark them with another level first, or rename the level instead.</source>
        <translation>មិនអាចដក “{level}” ចេញបានទេ៖ វាសម្គាល់ {use}។

សូមសម្គាល់ពួកវាដោយកម្រិតផ្សេងជាមុនសិន ឬប្ដូរឈ្មោះកម្រិតនេះជំនួសវិញ។</translation>
    </message>
    <message>
        <source>Area in use</source>
        <translation>វិស័យកំពុងប្រើ</translation>
    </message>
    <message>
        <source>“{area}” cannot be removed: {why}</source>
        <translation>មិនអាចដក “{area}” ចេញបានទេ៖ {why}</translation>
    </message>
    <message>
        <source>A classification level needs a name.</source>
        <translation>កម្រិតសម្ងាត់ត្រូវការឈ្មោះ។</translation>
    </message>
    <message>
        <source>Two classification levels have the same name.</source>
        <translation>កម្រិតសម្ងាត់ពីរមានឈ្មោះដូចគ្នា។</translation>
    </message>
    <message>
        <source>A cooperation area needs a name.</source>
        <translation>វិស័យសហប្រតិបត្តិការត្រូវការឈ្មោះ។</translation>
    </message>
    <message>
        <source>Two cooperation areas have the same name.</source>
        <translation>វិស័យសហប្រតិបត្តិការពីរមានឈ្មោះដូចគ្នា។</translation>
    </message>
    <message>
        <source>Change workspace settings</source>
        <translation>ផ្លាស់ប្ដូរការកំណត់លំហការងារ</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>មិនអាចរក្សាទុកការកំណត់បានទេ</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>1 thing to check</source>
        <extracomment>How much a finding matters, by what it is about (preflight gives no severity of its own): text no bundled font can draw prints as boxes; a brief or a record that changes the marking or leaves a hole is a fault of the book; an overdue commitment or a missing biography is worth knowing but prints correctly.</extracomment>
        <translation>ចំណុច ១ ត្រូវពិនិត្យ</translation>
    </message>
    <message>
        <source>%d things to check</source>
        <translation>ចំណុច %d ត្រូវពិនិត្យ</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Both</source>
        <translation>ភាគីទាំងពីរ</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>សេចក្ដីព្រាង</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>បានឯកភាព</translation>
    </message>
    <message>
        <source>final</source>
        <translation>ចុងក្រោយ</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>បានស្នើសុំ</translation>
    </message>
    <message>
        <source>cleared with changes</source>
        <translation>បានឯកភាព ដោយមានការកែប្រែ</translation>
    </message>
    <message>
        <source>returned with comments</source>
        <translation>បានបញ្ជូនត្រឡប់វិញ ដោយមានមតិយោបល់</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>បានដកវិញ</translation>
    </message>
    <message>
        <source>marked final</source>
        <translation>បានសម្គាល់ជាចុងក្រោយ</translation>
    </message>
    <message>
        <source>marked final with sections not cleared</source>
        <translation>បានសម្គាល់ជាចុងក្រោយ ទោះមានផ្នែកមិនទាន់បានឯកភាព</translation>
    </message>
    <message>
        <source>back to draft</source>
        <translation>ត្រឡប់ជាសេចក្ដីព្រាងវិញ</translation>
    </message>
    <message>
        <source>sent for review</source>
        <translation>បានផ្ញើដើម្បីពិនិត្យ</translation>
    </message>
    <message>
        <source>review applied</source>
        <translation>បានអនុវត្តលទ្ធផលពិនិត្យ</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>bilateral meeting</source>
        <translation>កិច្ចប្រជុំទ្វេភាគី</translation>
    </message>
    <message>
        <source>official visit</source>
        <translation>ដំណើរទស្សនកិច្ចផ្លូវការ</translation>
    </message>
    <message>
        <source>state visit</source>
        <translation>ដំណើរទស្សនកិច្ចជាផ្លូវរដ្ឋ</translation>
    </message>
    <message>
        <source>working visit</source>
        <translation>ដំណើរទស្សនកិច្ចការងារ</translation>
    </message>
    <message>
        <source>meeting on the margins</source>
        <translation>ជំនួបក្រៅសម័យប្រជុំ</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>ការសន្ទនាតាមទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>ការសន្ទនាតាមវីដេអូ</translation>
    </message>
    <message>
        <source>joint commission</source>
        <translation>គណៈកម្មការចម្រុះ</translation>
    </message>
    <message>
        <source>other</source>
        <translation>ផ្សេងៗ</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>សេចក្ដីថ្លែងការណ៍</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>កិច្ចព្រមព្រៀង</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>ការសន្យា</translation>
    </message>
    <message>
        <source>request</source>
        <translation>សំណើ</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>កង្វល់</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>កំពុងរង់ចាំ</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>កំពុងអនុវត្ត</translation>
    </message>
    <message>
        <source>done</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>ជាប់គាំង</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>បានបោះបង់</translation>
    </message>
    <message>
        <source>Open, and those closed within the period</source>
        <translation>កំពុងបើក និងការប្ដេជ្ញាចិត្តដែលបានបិទក្នុងរយៈពេលនេះ</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>តែការប្ដេជ្ញាចិត្តកំពុងបើក</translation>
    </message>
    <message>
        <source>Made within the period</source>
        <translation>បានធ្វើឡើងក្នុងរយៈពេលនេះ</translation>
    </message>
    <message>
        <source>Every commitment recorded</source>
        <translation>គ្រប់ការប្ដេជ្ញាចិត្តដែលបានកត់ត្រា</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>ទុកចោល</translation>
    </message>
    <message>
        <source>Meetings the book covers or recalls</source>
        <translation>កិច្ចប្រជុំដែលសៀវភៅគ្របដណ្ដប់ ឬរំលឹក</translation>
    </message>
    <message>
        <source>Meetings the book covers or cites</source>
        <translation>កិច្ចប្រជុំដែលសៀវភៅគ្របដណ្ដប់ ឬយោង</translation>
    </message>
    <message>
        <source>Meetings the book cites</source>
        <translation>កិច្ចប្រជុំដែលសៀវភៅយោង</translation>
    </message>
    <message>
        <source>Same commitments as the briefs</source>
        <translation>ការប្ដេជ្ញាចិត្តដូចគ្នានឹងសេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <source>The briefs&apos; rule, every area</source>
        <translation>ច្បាប់របស់សេចក្ដីសង្ខេប គ្រប់វិស័យ</translation>
    </message>
    <message>
        <source>Parts and briefs</source>
        <translation>ផ្នែក និងសេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <source>Parts, briefs and their headings</source>
        <translation>ផ្នែក សេចក្ដីសង្ខេប និងចំណងជើងរងរបស់វា</translation>
    </message>
    <message>
        <source>Down to the third level</source>
        <translation>រហូតដល់កម្រិតទីបី</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Mark the Book Final</source>
        <translation>សម្គាល់សៀវភៅជាចុងក្រោយ</translation>
    </message>
    <message>
        <source>%s.

Reason for marking it final now:</source>
        <translation>%s។

ហេតុផលនៃការសម្គាល់វាជាចុងក្រោយនៅពេលនេះ៖</translation>
    </message>
    <message>
        <source>The workspace is open read-only; changes cannot be made.</source>
        <translation>លំហការងារត្រូវបានបើកសម្រាប់តែអាន មិនអាចធ្វើការផ្លាស់ប្ដូរបានទេ។</translation>
    </message>
    <message>
        <source>Book Status</source>
        <translation>ស្ថានភាពសៀវភៅ</translation>
    </message>
</context>
</TS>
