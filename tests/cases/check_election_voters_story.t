# An election told by three outlets (articles written for this test; the
# people and the city are made up): people.rules reads each candidate's
# share with or without "of the vote" after it ("re-elected with 55.2% of
# the vote", "who took 44.8%", "won 55.2% in Sunday's mayoral election"),
# and votes.rules the voters registered or eligible, one figure whichever
# word an outlet writes.  Two outlets agree on the winner's share; the
# third gives 52.2% (a discrepancy).  The rival's 12% in a poll makes no
# claim.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-05-12
source: Harbour Wire
---
Mayor Helen Varga was re-elected on Sunday with 55.2% of the vote, beating challenger Brian Osei. Mr Osei, who took 44.8%, conceded on Sunday night.

About 2.4 million people were registered to vote.
--- file: s/b.md
---
date: 2025-05-12
source: Valley Courier
---
Helen Varga won 55.2% in Sunday's mayoral election. Brian Osei won 44.8%.

Some 2.4m people were eligible to vote, and turnout was 61%.
--- file: s/c.md
---
date: 2025-05-12
source: Morning Ledger
---
Helen Varga won a second term on Sunday with 52.2% of the vote.

The city has 2.4 million registered voters. Varga's rival Brian Osei received 12% in a poll last month.
--- expect
s/a.md:5:49: consistent: "55.2%" (Harbour Wire) = 55.2% agrees with "55.2%" (Valley Courier) = 55.2%; 2 outlets agree (2 claims) [same_fact/vote.share.won]
    "Mayor Helen Varga was re-elected on Sunday with 55.2% of the vote, beating challenger Brian Osei."
    s/b.md:5:17: "Helen Varga won 55.2% in Sunday's mayoral election."
s/a.md:5:117: consistent: "44.8%" (Harbour Wire) = 44.8% agrees with "44.8%" (Valley Courier) = 44.8%; 2 outlets agree (2 claims) [same_fact/vote.share.won]
    "Mr Osei, who took 44.8%, conceded on Sunday night."
    s/b.md:5:68: "Brian Osei won 44.8%."

s/c.md:5:46: warning: "52.2%" (Morning Ledger) = 52.2%, but "55.2%" (Harbour Wire) = 55.2%; a difference of 3 points (tolerance 0.5) [same_fact/vote.share.won]
    "Helen Varga won a second term on Sunday with 52.2% of the vote."
    s/a.md:5:49: "Mayor Helen Varga was re-elected on Sunday with 55.2% of the vote, beating challenger Brian Osei."
s/c.md:7:14: consistent: "2.4 million" (Morning Ledger) = 2400000 agrees with "About 2.4 million" (Harbour Wire) = about 2400000; 3 outlets agree (3 claims) [range_qualifier/election.voters]
    "The city has 2.4 million registered voters."
    s/a.md:7:1: "About 2.4 million people were registered to vote."

1 discrepancy (0 errors, 1 warning, 0 info), 3 consistent, 0 unverifiable in 3 documents
