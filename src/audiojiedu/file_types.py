"""The types of file a government site offers a document or its attachments as, one list for every
reader: a title taken from a file's name (某某报告.pdf), an attachment list's entries (附件：某某表.xlsx),
a download box's files, a numbered line naming a file, and the type a reading leaves unsaid."""

from __future__ import annotations

# Word, WPS and spreadsheet and slide files (et, dps: WPS's), PDF and OFD (the state's fixed layout),
# plain and rich text, archives and images. Match with re.IGNORECASE: sites write .PDF and .pdf.
FILE_TYPE = "(?:" + "|".join(("docx?", "wps", "xlsx?", "et", "pptx?", "dps", "pdf", "ofd", "txt", "rtf", "zip", "rar", "7z", "jpe?g", "png")) + ")"
