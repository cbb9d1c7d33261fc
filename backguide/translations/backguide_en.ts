<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChecklistDialog</name>
    <message numerus="yes">
        <source>You answered {count} safety questions {when}.</source>
        <translation>
            <numerusform>You answered {count} safety question {when}.</numerusform>
            <numerusform>You answered {count} safety questions {when}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are also {count} new questions for this part of the back.</source>
        <translation>
            <numerusform>There is also {count} new question for this part of the back.</numerusform>
            <numerusform>There are also {count} new questions for this part of the back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentProblemsDialog</name>
    <message numerus="yes">
        <source>The content folder has {count} problems.</source>
        <translation>
            <numerusform>The content folder has {count} problem.</numerusform>
            <numerusform>The content folder has {count} problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryFiles</name>
    <message numerus="yes">
        <source>Exported {count} entries to {file}.</source>
        <translation>
            <numerusform>Exported {count} entry to {file}.</numerusform>
            <numerusform>Exported {count} entries to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} entries from {file}</source>
        <translation>
            <numerusform>Imported {count} entry from {file}</numerusform>
            <numerusform>Imported {count} entries from {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} were already in the diary</source>
        <translation>
            <numerusform>{count} was already in the diary</numerusform>
            <numerusform>{count} were already in the diary</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} rows of {file} have problems, so nothing has been imported yet.</source>
        <translation>
            <numerusform>{count} row of {file} has problems, so nothing has been imported yet.</numerusform>
            <numerusform>{count} rows of {file} have problems, so nothing has been imported yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more (see the details).</source>
        <translation>
            <numerusform>… and {count} more (see the details).</numerusform>
            <numerusform>… and {count} more (see the details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the {count} good rows?</source>
        <translation>
            <numerusform>Import the {count} good row?</numerusform>
            <numerusform>Import the {count} good rows?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryWindow</name>
    <message numerus="yes">
        <source>{count} entries</source>
        <translation>
            <numerusform>{count} entry</numerusform>
            <numerusform>{count} entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the diary report ({count} pages) to {file}.</source>
        <translation>
            <numerusform>Saved the diary report ({count} page) to {file}.</numerusform>
            <numerusform>Saved the diary report ({count} pages) to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent the diary report ({count} pages) to {printer}.</source>
        <translation>
            <numerusform>Sent the diary report ({count} page) to {printer}.</numerusform>
            <numerusform>Sent the diary report ({count} pages) to {printer}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message numerus="yes">
        <source>Sent the handout ({count} pages) to {printer}</source>
        <translation>
            <numerusform>Sent the handout ({count} page) to {printer}</numerusform>
            <numerusform>Sent the handout ({count} pages) to {printer}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the handout ({count} pages) to {file}</source>
        <translation>
            <numerusform>Saved the handout ({count} page) to {file}</numerusform>
            <numerusform>Saved the handout ({count} pages) to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutBuilder</name>
    <message numerus="yes">
        <source>{count} pages</source>
        <translation>
            <numerusform>{count} page</numerusform>
            <numerusform>{count} pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The folder {folder} has {count} problems after a change on disk, so BackGuide keeps showing the last good version.</source>
        <translation>
            <numerusform>The folder {folder} has {count} problem after a change on disk, so BackGuide keeps showing the last good version.</numerusform>
            <numerusform>The folder {folder} has {count} problems after a change on disk, so BackGuide keeps showing the last good version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The folder {folder} has {count} problems, so BackGuide keeps the guide it is showing now.</source>
        <translation>
            <numerusform>The folder {folder} has {count} problem, so BackGuide keeps the guide it is showing now.</numerusform>
            <numerusform>The folder {folder} has {count} problems, so BackGuide keeps the guide it is showing now.</numerusform>
        </translation>
    </message>
</context>
</TS>
