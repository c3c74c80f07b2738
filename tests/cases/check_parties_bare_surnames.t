# Articles that name both leaders by surname only, never with a first
# name or title: "the first meeting of Fontaíne and Moravec in five
# years" keys the previous meeting by the two names joined by "and"
# (in the match, or as the subject before it), folded as a person's key
# is ("Fontaíne" and "Fontaine" are one), so it meets the other
# outlets' "last met" date.  Not a pair: a plain word capitalized at a
# sentence's start ("Officials and Moravec"), institutions after "the",
# names of a longer phrase ("Labour and Conservative leaders").
args: check --show all s
--- file: s/a.md
---
date: 2024-05-10
source: Harbour Wire
place: Lisbon
---
President Rui Fontaíne of Portugal and Chancellor Elsa Moravec of Austria
met in Lisbon on Friday.

It was the first meeting between Fontaíne and Moravec in two years.
Moravec and Fontaíne last met in Vienna on March 3, 2022.
--- file: s/b.md
---
date: 2024-05-10
source: Valley Courier
place: Lisbon
---
The leaders of Portugal and Austria met in Lisbon on Friday.

The talks were the first face-to-face meeting of Fontaíne and Moravec in
five years, aides said.

"We agreed to keep talking," Moravec told reporters.
--- file: s/c.md
---
date: 2024-05-10
source: Morning Post
place: Lisbon
---
The leaders of Portugal and Austria met in Lisbon on Friday.

Fontaine and Moravec last met in Vienna on March 3, 2022, officials said.
It was the first joint meeting of Labour and Conservative leaders in six
years, a spokesman for Fontaine said.
--- file: s/d.md
---
date: 2024-05-10
source: Evening Star
place: Lisbon
---
The leaders of Portugal and Austria met in Lisbon on Friday.

Officials and Moravec last met in Vienna on June 3, 2019.
It was the first meeting between the Kremlin and the White House in
four years.
--- expect
s/a.md:9:58: consistent: "two years" (Harbour Wire) = 2024-05-10 - P2Y = 2021-05-09 to 2022-11-08 agrees with "March 3, 2022" (Morning Post) = 2022-03-03; 2 outlets agree (3 claims) [elapsed_time/previous_meeting.first_in]
    "It was the first meeting between Fontaíne and Moravec in two years."
    s/c.md:8:44: "Fontaine and Moravec last met in Vienna on March 3, 2022, officials said."

s/b.md:9:1: warning: "five years" (Valley Courier) = 2024-05-10 - P5Y = 2018-05-09 to 2019-11-08, but "March 3, 2022" (Harbour Wire) = 2022-03-03; 2.3 years apart [elapsed_time/previous_meeting.first_in]
    "The talks were the first face-to-face meeting of Fontaíne and Moravec in five years, aides said."
    s/a.md:10:44: "Moravec and Fontaíne last met in Vienna on March 3, 2022."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 4 documents
