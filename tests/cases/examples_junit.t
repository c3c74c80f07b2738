# the demo corpus (examples/) as a junit report, all verdicts: pins the
# format's exact output (issue 6)
args: check --show all --format junit examples
exit: 1
copy: examples
--- expect
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="claimcheck" tests="7" failures="1" errors="0" skipped="0">
  <testsuite name="claimcheck" tests="7" failures="1" errors="0" skipped="0">
    <testcase classname="claimcheck" name="examples/coastal-times.md:11:20 same_fact/event.start.begins" file="examples/coastal-times.md">
      <system-out>warning: examples/coastal-times.md:11:20: "9:00am Pacific time" (Coastal Times) = 16:00 UTC, but "1700 GMT" (Harbour Wire) = 17:00 UTC; 1 hour apart [same_fact/event.start.begins]
id a660859b61c3cb9f, key event.start_time{story}
examples/coastal-times.md:11:20: "The talks began at 9:00am Pacific time (16:00 GMT) at the waterfront convention centre and were expected to run for about eight hours."
examples/harbour-wire.txt:9:30: "The talks started at 9 a.m. (1700 GMT) behind closed doors."</system-out>
    </testcase>
    <testcase classname="claimcheck" name="examples/coastal-times.md:12:48 same_fact/event.duration.expected" file="examples/coastal-times.md">
      <system-out>warning: examples/coastal-times.md:12:48: "about eight hours" (Coastal Times) = 7.2 to 8.8 hours, but "eleven hours" (Daily Ledger) = 11 hours; 2.2 hours apart (tolerance 5%) [same_fact/event.duration.expected]
id cf95536924f7419a, key event.duration{story}
examples/coastal-times.md:12:48: "The talks began at 9:00am Pacific time (16:00 GMT) at the waterfront convention centre and were expected to run for about eight hours."
examples/daily-ledger.md:8:42: "Ministers from six Pacific nations ended eleven hours of talks in Vancouver on Tuesday without agreeing on a treaty text."</system-out>
    </testcase>
    <testcase classname="claimcheck" name="examples/daily-ledger.md:11:17 name_variant/builtin.name" file="examples/daily-ledger.md">
      <system-out>info: examples/daily-ledger.md:11:17: "Priya Nataraajan" (Daily Ledger) is spelled "Priya Natarajan" in Coastal Times [name_variant/builtin.name]
id cc47e03110137a6b, key person.name{nataraajan}
examples/daily-ledger.md:11:17: "Chief Scientist Priya Nataraajan, one of the delegation's three members, said the sticking point was the size of the fund."
examples/coastal-times.md:19:47: "Canada's delegation of four members includes: Environment Minister Ana Whitford, Deputy Minister Marc Delorme, Chief Scientist Priya Natarajan and Fisheries Adviser Owen Blake."</system-out>
    </testcase>
    <testcase classname="claimcheck" name="examples/daily-ledger.md:11:59 count_list/delegation.member_count" file="examples/daily-ledger.md">
      <system-out>warning: examples/daily-ledger.md:11:59: "three" (Daily Ledger) = 3, but "Environment Minister Ana Whitford,
Deputy Minister Marc Delorme, Chief Scientist Priya Natarajan
and Fisheries Adviser Owen Blake" (Coastal Times) names 4 ("include": at least): Ana Whitford, Marc Delorme, Priya Natarajan, Owen Blake [count_list/delegation.member_count]
id db3223d8368ce12c, key delegation{canada}
examples/daily-ledger.md:11:59: "Chief Scientist Priya Nataraajan, one of the delegation's three members, said the sticking point was the size of the fund."
examples/coastal-times.md:18:47: "Canada's delegation of four members includes: Environment Minister Ana Whitford, Deputy Minister Marc Delorme, Chief Scientist Priya Natarajan and Fisheries Adviser Owen Blake."</system-out>
    </testcase>
    <testcase classname="claimcheck" name="examples/harbour-wire.txt:6:17 weekday_date/builtin.weekday" file="examples/harbour-wire.txt">
      <failure type="error" message="examples/harbour-wire.txt:6:17: 2024-09-17 is a Tuesday, but the article says Monday (year 2024 taken from the publication date) [weekday_date/builtin.weekday]">id adda8a6900c2605f, key date.weekday{story}
examples/harbour-wire.txt:6:17: "VANCOUVER - Ministers from six countries opened talks on ocean plastic in Vancouver on Monday, September 17, hoping to agree on a treaty text by the end of the week."</failure>
    </testcase>
    <testcase classname="claimcheck" name="examples/harbour-wire.txt:9:22 zone_pair/builtin.zone_pair" file="examples/harbour-wire.txt">
      <system-out>warning: examples/harbour-wire.txt:9:22: 09:00 in America/Vancouver on 2024-09-17 is 16:00 UTC (PDT, UTC-7); the article gives 17:00 UTC, 1 hour later (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
id b044f49faeca2c3c, key time.zone_pair{story}
examples/harbour-wire.txt:9:22: "The talks started at 9 a.m. (1700 GMT) behind closed doors."</system-out>
    </testcase>
    <testcase classname="claimcheck" name="examples/pacific-post.md:15:11 elapsed_time/previous_meeting.not_since" file="examples/pacific-post.md">
      <system-out>warning: examples/pacific-post.md:15:11: "2019" (Pacific Post) = 2019, but "three years" (Pacific Post) = 2024-09-17 - P3Y = 2020-09-16 to 2022-03-18; 8.5 months apart [elapsed_time/previous_meeting.not_since]
id f98297d5a2fe77db, key previous_meeting{whitford}
examples/pacific-post.md:15:11: "Canadian Environment Minister Ana Whitford said the group had not met since its 2019 round in Auckland."
examples/pacific-post.md:9:60: "Six environment ministers gathered in Vancouver on Tuesday, September 17, 2024, for what organisers called the first such meeting in three years."</system-out>
    </testcase>
  </testsuite>
</testsuites>
