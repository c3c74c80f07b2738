# files named .TXT and .MD (as some Windows tools save them) are found in
# a folder as .txt and .md files; a .MD file's HTML comments are blanked
# as a .md file's
args: extract --format text --date 2024-09-20 desk
--- file: desk/A.TXT
The ferry resumed on Friday.
--- file: desk/B.MD
The ferry resumed <!-- on Thursday? --> on Friday.
--- file: desk/c.Md
The ferry resumed on Friday.
--- expect
desk/A.TXT:1:22: date 2024-09-20 "Friday" [2024-09-20T00:00, 2024-09-21T00:00]
desk/B.MD:1:44: date 2024-09-20 "Friday" [2024-09-20T00:00, 2024-09-21T00:00]
desk/c.Md:1:22: date 2024-09-20 "Friday" [2024-09-20T00:00, 2024-09-21T00:00]
--- stderr
