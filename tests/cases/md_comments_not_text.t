# an HTML comment in a Markdown file is a note to the desk, not article
# text: the wrong weekday in it is not checked and it does not join the
# sentence after it (the quote), whose line and column hold; in a .txt
# file the same bytes are text
args: check --format text --show all --color never --fail-on none note.md plain.txt
--- file: note.md
---
date: 2024-09-20
---
<!-- checked by the desk on Friday, September 12, 2024;
     45 calls made -->
The council met on Tuesday, September 17, to vote on the <!-- final? --> budget.
--- file: plain.txt
---
date: 2024-09-20
---
<!-- checked by the desk on Friday, September 12, 2024 -->
The council met on Tuesday, September 17.
--- expect
note.md:6:20: consistent: 2024-09-17 is a Tuesday, as the article says (year 2024 taken from the publication date) [weekday_date/builtin.weekday]
    "The council met on Tuesday, September 17, to vote on the budget."

plain.txt:4:29: error: 2024-09-12 is a Thursday, but the article says Friday [weekday_date/builtin.weekday]
    "<!-- checked by the desk on Friday, September 12, 2024 --> The council met on Tuesday, September 17."
plain.txt:5:20: consistent: 2024-09-17 is a Tuesday, as the article says (year 2024 taken from the publication date) [weekday_date/builtin.weekday]
    "<!-- checked by the desk on Friday, September 12, 2024 --> The council met on Tuesday, September 17."

1 discrepancy (1 error, 0 warnings, 0 info), 2 consistent, 0 unverifiable in 2 documents
--- stderr
