# the demo corpus (examples/, see examples/ABOUT): every planted
# discrepancy found, the rest consistent; text report, all verdicts
args: check --show all examples
exit: 1
copy: examples
--- expect
examples/coastal-times.md:11:20: warning: "9:00am Pacific time" (Coastal Times) = 16:00 UTC, but "1700 GMT" (Harbour Wire) = 17:00 UTC; 1 hour apart [same_fact/event.start.begins]
    "The talks began at 9:00am Pacific time (16:00 GMT) at the waterfront convention centre and were expected to run for about eight hours."
    examples/harbour-wire.txt:9:30: "The talks started at 9 a.m. (1700 GMT) behind closed doors."
examples/coastal-times.md:11:20: consistent: 09:00 in America/Los_Angeles on 2024-09-17 is 16:00 UTC (PDT, UTC-7), as the article gives it [zone_pair/builtin.zone_pair]
    "The talks began at 9:00am Pacific time (16:00 GMT) at the waterfront convention centre and were expected to run for about eight hours."
examples/coastal-times.md:11:20: consistent: "9:00am Pacific time" (Coastal Times) = 16:00 UTC agrees with "9am local time on Tuesday" (Daily Ledger) = 2024-09-17 16:00 UTC (zone inferred from the article's place); 3 outlets agree (4 claims) [same_fact/event.start.begins]
    "The talks began at 9:00am Pacific time (16:00 GMT) at the waterfront convention centre and were expected to run for about eight hours."
    examples/daily-ledger.md:15:21: "The talks opened at 9am local time on Tuesday."
examples/coastal-times.md:12:48: warning: "about eight hours" (Coastal Times) = 7.2 to 8.8 hours, but "eleven hours" (Daily Ledger) = 11 hours; 2.2 hours apart (tolerance 5%) [same_fact/event.duration.expected]
    "The talks began at 9:00am Pacific time (16:00 GMT) at the waterfront convention centre and were expected to run for about eight hours."
    examples/daily-ledger.md:8:42: "Ministers from six Pacific nations ended eleven hours of talks in Vancouver on Tuesday without agreeing on a treaty text."
examples/coastal-times.md:14:41: consistent: "five years" (Coastal Times) = 2024-09-17 - P5Y = 2018-09-16 to 2020-03-17 agrees with "March 12, 2019" (Coastal Times) = 2019-03-12; 1 outlet agrees (2 claims) [elapsed_time/previous_meeting.first_in]
    "It is the first meeting of the group in five years."
    examples/coastal-times.md:15:16: "The ministers last met in Auckland on March 12, 2019, when they agreed to share data on fishing gear lost at sea."

examples/daily-ledger.md:11:17: info: "Priya Nataraajan" (Daily Ledger) is spelled "Priya Natarajan" in Coastal Times [name_variant/builtin.name]
    "Chief Scientist Priya Nataraajan, one of the delegation's three members, said the sticking point was the size of the fund."
    examples/coastal-times.md:19:47: "Canada's delegation of four members includes: Environment Minister Ana Whitford, Deputy Minister Marc Delorme, Chief Scientist Priya Natarajan and Fisheries Adviser Owen Blake."
examples/daily-ledger.md:11:59: warning: "three" (Daily Ledger) = 3, but "Environment Minister Ana Whitford, Deputy Minister Marc Delorme, Chief Scientist Priya Natarajan and Fisheries Adviser Owen Blake" (Coastal Times) names 4 ("include": at least): Ana Whitford, Marc Delorme, Priya Natarajan, Owen Blake [count_list/delegation.member_count]
    "Chief Scientist Priya Nataraajan, one of the delegation's three members, said the sticking point was the size of the fund."
    examples/coastal-times.md:18:47: "Canada's delegation of four members includes: Environment Minister Ana Whitford, Deputy Minister Marc Delorme, Chief Scientist Priya Natarajan and Fisheries Adviser Owen Blake."

examples/harbour-wire.txt:6:17: error: 2024-09-17 is a Tuesday, but the article says Monday (year 2024 taken from the publication date) [weekday_date/builtin.weekday]
    "VANCOUVER - Ministers from six countries opened talks on ocean plastic in Vancouver on Monday, September 17, hoping to agree on a treaty text by the end of the week."
examples/harbour-wire.txt:9:22: warning: 09:00 in America/Vancouver on 2024-09-17 is 16:00 UTC (PDT, UTC-7); the article gives 17:00 UTC, 1 hour later (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "The talks started at 9 a.m. (1700 GMT) behind closed doors."
examples/harbour-wire.txt:10:24: consistent: "eight hours" (Harbour Wire) = 8 hours agrees with "seven to eight hours" (Pacific Post) = 7 to 8 hours; 3 outlets agree (3 claims) [range_qualifier/event.duration.last]
    "Officials said the session would last eight hours."
    examples/pacific-post.md:11:67: "The talks, which began at 9am (16:00 GMT), were scheduled to last seven to eight hours."
examples/harbour-wire.txt:13:23: consistent: "five years" (Harbour Wire) = 2024-09-17 - P5Y = 2018-09-16 to 2020-03-17 agrees with "2019" (Pacific Post) = 2019; 2 outlets agree (2 claims) [elapsed_time/previous_meeting.first_in]
    "Canadian Environment Minister Ana Whitford told reporters that the first meeting of the six in five years had to produce "more than promises"."
    examples/pacific-post.md:15:11: "Canadian Environment Minister Ana Whitford said the group had not met since its 2019 round in Auckland."

examples/pacific-post.md:8:52: consistent: 2024-09-17 is a Tuesday, as the article says [weekday_date/builtin.weekday]
    "Six environment ministers gathered in Vancouver on Tuesday, September 17, 2024, for what organisers called the first such meeting in three years."
examples/pacific-post.md:11:27: consistent: 09:00 in America/Vancouver on 2024-09-17 is 16:00 UTC (PDT, UTC-7), as the article gives it (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "The talks, which began at 9am (16:00 GMT), were scheduled to last seven to eight hours."
examples/pacific-post.md:15:11: warning: "2019" (Pacific Post) = 2019, but "three years" (Pacific Post) = 2024-09-17 - P3Y = 2020-09-16 to 2022-03-18; 8.5 months apart [elapsed_time/previous_meeting.not_since]
    "Canadian Environment Minister Ana Whitford said the group had not met since its 2019 round in Auckland."
    examples/pacific-post.md:9:60: "Six environment ministers gathered in Vancouver on Tuesday, September 17, 2024, for what organisers called the first such meeting in three years."

7 discrepancies (1 error, 5 warnings, 1 info), 7 consistent, 0 unverifiable in 4 documents
