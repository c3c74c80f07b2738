# extract --claims (CSV, the map stage of a sharded run) on four threads.
# Twelve articles about three invented stories (one folder each), with
# a wrong weekday, a wrong GMT time and a different duration planted.
# The jobs_*_1 and jobs_*_4 cases hold the same input and the same
# expected output: --jobs never changes what is reported or its order.
args: extract --claims --format csv --jobs 4 .
--- file: harbour/0-coast-wire.md
---
date: 2023-06-13
source: Coast Wire
place: Oslo
---
Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Tuesday, June 13, 2023.

The talks began at 10:00 a.m. local time (0800 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: harbour/1-evening-ledger.md
---
date: 2023-06-13
source: Evening Ledger
place: Oslo
---
Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Wednesday, June 13, 2023.

The talks began at 10:00 a.m. local time (0800 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: harbour/2-valley-courier.md
---
date: 2023-06-13
source: Valley Courier
place: Oslo
---
Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Tuesday, June 13, 2023.

The talks began at 10:00 a.m. local time (0900 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: harbour/3-morning-post.md
---
date: 2023-06-13
source: Morning Post
place: Oslo
---
Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Tuesday, June 13, 2023.

The talks began at 10:00 a.m. local time (0800 GMT). Officials said the talks
lasted nine hours.

It was the first meeting of the two ministers in four years.
--- file: river/0-coast-wire.md
---
date: 2024-02-20
source: Coast Wire
place: Nairobi
---
Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Tuesday, February 20, 2024.

The talks began at 11am local time (0800 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: river/1-evening-ledger.md
---
date: 2024-02-20
source: Evening Ledger
place: Nairobi
---
Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Thursday, February 20, 2024.

The talks began at 11am local time (0800 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: river/2-valley-courier.md
---
date: 2024-02-20
source: Valley Courier
place: Nairobi
---
Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Tuesday, February 20, 2024.

The talks began at 11am local time (0900 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: river/3-morning-post.md
---
date: 2024-02-20
source: Morning Post
place: Nairobi
---
Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Tuesday, February 20, 2024.

The talks began at 11am local time (0800 GMT). Officials said the talks
lasted nine hours.

It was the first meeting of the two ministers in four years.
--- file: summit/0-coast-wire.md
---
date: 2022-11-08
source: Coast Wire
place: Lisbon
---
President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Tuesday, November 8, 2022.

The talks began at 9:30 a.m. local time (0930 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: summit/1-evening-ledger.md
---
date: 2022-11-08
source: Evening Ledger
place: Lisbon
---
President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Monday, November 8, 2022.

The talks began at 9:30 a.m. local time (0930 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: summit/2-valley-courier.md
---
date: 2022-11-08
source: Valley Courier
place: Lisbon
---
President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Tuesday, November 8, 2022.

The talks began at 9:30 a.m. local time (1030 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: summit/3-morning-post.md
---
date: 2022-11-08
source: Morning Post
place: Lisbon
---
President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Tuesday, November 8, 2022.

The talks began at 9:30 a.m. local time (0930 GMT). Officials said the talks
lasted nine hours.

It was the first meeting of the two ministers in four years.
--- expect
"key","frame","subject","object","rule","vkind","gran","qual","flags","lo","hi","lo2","hi2","unit","value","value2","derivation","items","item_names","doc","source","doc_index","line","col","start","end","text","quote","sentence","doc_date"
"event.start_time{story}","event.start_time","story","","event.start.begins.utc","instant","minute","","doc_date;relative","1686643200","1686643260","0","0","","2023-06-13T08:00Z","","","","","./harbour/0-coast-wire.md","Coast Wire","0","8","43","200","208","0800 GMT","The talks began at 10:00 a.m. local time (0800 GMT).","1","2023-06-13"
"event.duration{story}","event.duration","story","","event.duration.last","duration","hour","","doc_date","21600","21600","0","0","","PT6H","","","","","./harbour/0-coast-wire.md","Coast Wire","0","9","8","243","252","six hours","Officials said the talks lasted six hours.","2","2023-06-13"
"previous_meeting{holmberg,lindqvist}","previous_meeting","holmberg,lindqvist","","previous_meeting.first_in","instant","year","","doc_date;relative","1528827048","1576162476","0","0","","2019-06-13","","2023-06-13 - P4Y","","","./harbour/0-coast-wire.md","Coast Wire","0","11","50","304","314","four years","It was the first meeting of the two ministers in four years.","3","2023-06-13"
"time.zone_pair{story}","time.zone_pair","story","","builtin.zone_pair","timepair","minute","","doc_date;zone_inferred","1686643200","1686643260","1686643200","1686643260","","2023-06-13T10:00","2023-06-13T08:00Z","Europe/Oslo UTC+2 (CEST)","","","./harbour/0-coast-wire.md","Coast Wire","0","8","20","177","208","10:00 a.m. local time (0800 GMT","The talks began at 10:00 a.m. local time (0800 GMT).","1","2023-06-13"
"date.weekday{story}","date.weekday","story","","builtin.weekday","weekday","day","","doc_date","1686614400","1686700800","1","1","","2023-06-13","Tuesday","","","","./harbour/0-coast-wire.md","Coast Wire","0","6","78","133","155","Tuesday, June 13, 2023","Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Tuesday, June 13, 2023.","0","2023-06-13"
"person.name{lindqvist}","person.name","lindqvist","","builtin.name","name","none","","doc_date","0","0","0","0","","Kari Lindqvist","Lindqvist","","","","./harbour/0-coast-wire.md","Coast Wire","0","6","10","65","79","Kari Lindqvist","Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Tuesday, June 13, 2023.","0","2023-06-13"
"person.name{holmberg}","person.name","holmberg","","builtin.name","name","none","","doc_date","0","0","0","0","","Anders Holmberg","Holmberg","","","","./harbour/0-coast-wire.md","Coast Wire","0","6","38","93","108","Anders Holmberg","Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Tuesday, June 13, 2023.","0","2023-06-13"
"event.start_time{story}","event.start_time","story","","event.start.begins.utc","instant","minute","","doc_date;relative","1686643200","1686643260","0","0","","2023-06-13T08:00Z","","","","","./harbour/1-evening-ledger.md","Evening Ledger","1","8","43","206","214","0800 GMT","The talks began at 10:00 a.m. local time (0800 GMT).","1","2023-06-13"
"event.duration{story}","event.duration","story","","event.duration.last","duration","hour","","doc_date","21600","21600","0","0","","PT6H","","","","","./harbour/1-evening-ledger.md","Evening Ledger","1","9","8","249","258","six hours","Officials said the talks lasted six hours.","2","2023-06-13"
"previous_meeting{holmberg,lindqvist}","previous_meeting","holmberg,lindqvist","","previous_meeting.first_in","instant","year","","doc_date;relative","1528827048","1576162476","0","0","","2019-06-13","","2023-06-13 - P4Y","","","./harbour/1-evening-ledger.md","Evening Ledger","1","11","50","310","320","four years","It was the first meeting of the two ministers in four years.","3","2023-06-13"
"time.zone_pair{story}","time.zone_pair","story","","builtin.zone_pair","timepair","minute","","doc_date;zone_inferred","1686643200","1686643260","1686643200","1686643260","","2023-06-13T10:00","2023-06-13T08:00Z","Europe/Oslo UTC+2 (CEST)","","","./harbour/1-evening-ledger.md","Evening Ledger","1","8","20","183","214","10:00 a.m. local time (0800 GMT","The talks began at 10:00 a.m. local time (0800 GMT).","1","2023-06-13"
"date.weekday{story}","date.weekday","story","","builtin.weekday","weekday","day","","doc_date","1686614400","1686700800","2","2","","2023-06-13","Wednesday","","","","./harbour/1-evening-ledger.md","Evening Ledger","1","6","78","137","161","Wednesday, June 13, 2023","Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Wednesday, June 13, 2023.","0","2023-06-13"
"person.name{lindqvist}","person.name","lindqvist","","builtin.name","name","none","","doc_date","0","0","0","0","","Kari Lindqvist","Lindqvist","","","","./harbour/1-evening-ledger.md","Evening Ledger","1","6","10","69","83","Kari Lindqvist","Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Wednesday, June 13, 2023.","0","2023-06-13"
"person.name{holmberg}","person.name","holmberg","","builtin.name","name","none","","doc_date","0","0","0","0","","Anders Holmberg","Holmberg","","","","./harbour/1-evening-ledger.md","Evening Ledger","1","6","38","97","112","Anders Holmberg","Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Wednesday, June 13, 2023.","0","2023-06-13"
"event.start_time{story}","event.start_time","story","","event.start.begins.utc","instant","minute","","doc_date;relative","1686646800","1686646860","0","0","","2023-06-13T09:00Z","","","","","./harbour/2-valley-courier.md","Valley Courier","2","8","43","204","212","0900 GMT","The talks began at 10:00 a.m. local time (0900 GMT).","1","2023-06-13"
"event.duration{story}","event.duration","story","","event.duration.last","duration","hour","","doc_date","21600","21600","0","0","","PT6H","","","","","./harbour/2-valley-courier.md","Valley Courier","2","9","8","247","256","six hours","Officials said the talks lasted six hours.","2","2023-06-13"
"previous_meeting{holmberg,lindqvist}","previous_meeting","holmberg,lindqvist","","previous_meeting.first_in","instant","year","","doc_date;relative","1528827048","1576162476","0","0","","2019-06-13","","2023-06-13 - P4Y","","","./harbour/2-valley-courier.md","Valley Courier","2","11","50","308","318","four years","It was the first meeting of the two ministers in four years.","3","2023-06-13"
"time.zone_pair{story}","time.zone_pair","story","","builtin.zone_pair","timepair","minute","","doc_date;zone_inferred","1686643200","1686643260","1686646800","1686646860","","2023-06-13T10:00","2023-06-13T09:00Z","Europe/Oslo UTC+2 (CEST)","","","./harbour/2-valley-courier.md","Valley Courier","2","8","20","181","212","10:00 a.m. local time (0900 GMT","The talks began at 10:00 a.m. local time (0900 GMT).","1","2023-06-13"
"date.weekday{story}","date.weekday","story","","builtin.weekday","weekday","day","","doc_date","1686614400","1686700800","1","1","","2023-06-13","Tuesday","","","","./harbour/2-valley-courier.md","Valley Courier","2","6","78","137","159","Tuesday, June 13, 2023","Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Tuesday, June 13, 2023.","0","2023-06-13"
"person.name{lindqvist}","person.name","lindqvist","","builtin.name","name","none","","doc_date","0","0","0","0","","Kari Lindqvist","Lindqvist","","","","./harbour/2-valley-courier.md","Valley Courier","2","6","10","69","83","Kari Lindqvist","Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Tuesday, June 13, 2023.","0","2023-06-13"
"person.name{holmberg}","person.name","holmberg","","builtin.name","name","none","","doc_date","0","0","0","0","","Anders Holmberg","Holmberg","","","","./harbour/2-valley-courier.md","Valley Courier","2","6","38","97","112","Anders Holmberg","Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Tuesday, June 13, 2023.","0","2023-06-13"
"event.start_time{story}","event.start_time","story","","event.start.begins.utc","instant","minute","","doc_date;relative","1686643200","1686643260","0","0","","2023-06-13T08:00Z","","","","","./harbour/3-morning-post.md","Morning Post","3","8","43","202","210","0800 GMT","The talks began at 10:00 a.m. local time (0800 GMT).","1","2023-06-13"
"event.duration{story}","event.duration","story","","event.duration.last","duration","hour","","doc_date","32400","32400","0","0","","PT9H","","","","","./harbour/3-morning-post.md","Morning Post","3","9","8","245","255","nine hours","Officials said the talks lasted nine hours.","2","2023-06-13"
"previous_meeting{holmberg,lindqvist}","previous_meeting","holmberg,lindqvist","","previous_meeting.first_in","instant","year","","doc_date;relative","1528827048","1576162476","0","0","","2019-06-13","","2023-06-13 - P4Y","","","./harbour/3-morning-post.md","Morning Post","3","11","50","307","317","four years","It was the first meeting of the two ministers in four years.","3","2023-06-13"
"time.zone_pair{story}","time.zone_pair","story","","builtin.zone_pair","timepair","minute","","doc_date;zone_inferred","1686643200","1686643260","1686643200","1686643260","","2023-06-13T10:00","2023-06-13T08:00Z","Europe/Oslo UTC+2 (CEST)","","","./harbour/3-morning-post.md","Morning Post","3","8","20","179","210","10:00 a.m. local time (0800 GMT","The talks began at 10:00 a.m. local time (0800 GMT).","1","2023-06-13"
"date.weekday{story}","date.weekday","story","","builtin.weekday","weekday","day","","doc_date","1686614400","1686700800","1","1","","2023-06-13","Tuesday","","","","./harbour/3-morning-post.md","Morning Post","3","6","78","135","157","Tuesday, June 13, 2023","Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Tuesday, June 13, 2023.","0","2023-06-13"
"person.name{lindqvist}","person.name","lindqvist","","builtin.name","name","none","","doc_date","0","0","0","0","","Kari Lindqvist","Lindqvist","","","","./harbour/3-morning-post.md","Morning Post","3","6","10","67","81","Kari Lindqvist","Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Tuesday, June 13, 2023.","0","2023-06-13"
"person.name{holmberg}","person.name","holmberg","","builtin.name","name","none","","doc_date","0","0","0","0","","Anders Holmberg","Holmberg","","","","./harbour/3-morning-post.md","Morning Post","3","6","38","95","110","Anders Holmberg","Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Tuesday, June 13, 2023.","0","2023-06-13"
"event.start_time{story}","event.start_time","story","","event.start.begins.utc","instant","minute","","doc_date;relative","1708416000","1708416060","0","0","","2024-02-20T08:00Z","","","","","./river/0-coast-wire.md","Coast Wire","4","8","37","203","211","0800 GMT","The talks began at 11am local time (0800 GMT).","1","2024-02-20"
"event.duration{story}","event.duration","story","","event.duration.last","duration","hour","","doc_date","21600","21600","0","0","","PT6H","","","","","./river/0-coast-wire.md","Coast Wire","4","9","8","246","255","six hours","Officials said the talks lasted six hours.","2","2024-02-20"
"previous_meeting{lendvai,odhengo}","previous_meeting","lendvai,odhengo","","previous_meeting.first_in","instant","year","","doc_date;relative","1550599848","1597935276","0","0","","2020-02-20","","2024-02-20 - P4Y","","","./river/0-coast-wire.md","Coast Wire","4","11","50","307","317","four years","It was the first meeting of the two ministers in four years.","3","2024-02-20"
"time.zone_pair{story}","time.zone_pair","story","","builtin.zone_pair","timepair","hour","","doc_date;zone_inferred","1708416000","1708416060","1708416000","1708416060","","2024-02-20T11:00","2024-02-20T08:00Z","Africa/Nairobi UTC+3 (EAT)","","","./river/0-coast-wire.md","Coast Wire","4","8","20","186","211","11am local time (0800 GMT","The talks began at 11am local time (0800 GMT).","1","2024-02-20"
"date.weekday{story}","date.weekday","story","","builtin.weekday","weekday","day","","doc_date","1708387200","1708473600","1","1","","2024-02-20","Tuesday","","","","./river/0-coast-wire.md","Coast Wire","4","6","80","138","164","Tuesday, February 20, 2024","Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Tuesday, February 20, 2024.","0","2024-02-20"
"person.name{odhengo}","person.name","odhengo","","builtin.name","name","none","","doc_date","0","0","0","0","","Wanjiru Odhengo","Odhengo","","","","./river/0-coast-wire.md","Coast Wire","4","6","10","68","83","Wanjiru Odhengo","Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Tuesday, February 20, 2024.","0","2024-02-20"
"person.name{lendvai}","person.name","lendvai","","builtin.name","name","none","","doc_date","0","0","0","0","","Tomas Lendvai","Lendvai","","","","./river/0-coast-wire.md","Coast Wire","4","6","39","97","110","Tomas Lendvai","Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Tuesday, February 20, 2024.","0","2024-02-20"
"event.start_time{story}","event.start_time","story","","event.start.begins.utc","instant","minute","","doc_date;relative","1708416000","1708416060","0","0","","2024-02-20T08:00Z","","","","","./river/1-evening-ledger.md","Evening Ledger","5","8","37","208","216","0800 GMT","The talks began at 11am local time (0800 GMT).","1","2024-02-20"
"event.duration{story}","event.duration","story","","event.duration.last","duration","hour","","doc_date","21600","21600","0","0","","PT6H","","","","","./river/1-evening-ledger.md","Evening Ledger","5","9","8","251","260","six hours","Officials said the talks lasted six hours.","2","2024-02-20"
"previous_meeting{lendvai,odhengo}","previous_meeting","lendvai,odhengo","","previous_meeting.first_in","instant","year","","doc_date;relative","1550599848","1597935276","0","0","","2020-02-20","","2024-02-20 - P4Y","","","./river/1-evening-ledger.md","Evening Ledger","5","11","50","312","322","four years","It was the first meeting of the two ministers in four years.","3","2024-02-20"
"time.zone_pair{story}","time.zone_pair","story","","builtin.zone_pair","timepair","hour","","doc_date;zone_inferred","1708416000","1708416060","1708416000","1708416060","","2024-02-20T11:00","2024-02-20T08:00Z","Africa/Nairobi UTC+3 (EAT)","","","./river/1-evening-ledger.md","Evening Ledger","5","8","20","191","216","11am local time (0800 GMT","The talks began at 11am local time (0800 GMT).","1","2024-02-20"
"date.weekday{story}","date.weekday","story","","builtin.weekday","weekday","day","","doc_date","1708387200","1708473600","3","3","","2024-02-20","Thursday","","","","./river/1-evening-ledger.md","Evening Ledger","5","6","80","142","169","Thursday, February 20, 2024","Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Thursday, February 20, 2024.","0","2024-02-20"
"person.name{odhengo}","person.name","odhengo","","builtin.name","name","none","","doc_date","0","0","0","0","","Wanjiru Odhengo","Odhengo","","","","./river/1-evening-ledger.md","Evening Ledger","5","6","10","72","87","Wanjiru Odhengo","Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Thursday, February 20, 2024.","0","2024-02-20"
"person.name{lendvai}","person.name","lendvai","","builtin.name","name","none","","doc_date","0","0","0","0","","Tomas Lendvai","Lendvai","","","","./river/1-evening-ledger.md","Evening Ledger","5","6","39","101","114","Tomas Lendvai","Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Thursday, February 20, 2024.","0","2024-02-20"
"event.start_time{story}","event.start_time","story","","event.start.begins.utc","instant","minute","","doc_date;relative","1708419600","1708419660","0","0","","2024-02-20T09:00Z","","","","","./river/2-valley-courier.md","Valley Courier","6","8","37","207","215","0900 GMT","The talks began at 11am local time (0900 GMT).","1","2024-02-20"
"event.duration{story}","event.duration","story","","event.duration.last","duration","hour","","doc_date","21600","21600","0","0","","PT6H","","","","","./river/2-valley-courier.md","Valley Courier","6","9","8","250","259","six hours","Officials said the talks lasted six hours.","2","2024-02-20"
"previous_meeting{lendvai,odhengo}","previous_meeting","lendvai,odhengo","","previous_meeting.first_in","instant","year","","doc_date;relative","1550599848","1597935276","0","0","","2020-02-20","","2024-02-20 - P4Y","","","./river/2-valley-courier.md","Valley Courier","6","11","50","311","321","four years","It was the first meeting of the two ministers in four years.","3","2024-02-20"
"time.zone_pair{story}","time.zone_pair","story","","builtin.zone_pair","timepair","hour","","doc_date;zone_inferred","1708416000","1708416060","1708419600","1708419660","","2024-02-20T11:00","2024-02-20T09:00Z","Africa/Nairobi UTC+3 (EAT)","","","./river/2-valley-courier.md","Valley Courier","6","8","20","190","215","11am local time (0900 GMT","The talks began at 11am local time (0900 GMT).","1","2024-02-20"
"date.weekday{story}","date.weekday","story","","builtin.weekday","weekday","day","","doc_date","1708387200","1708473600","1","1","","2024-02-20","Tuesday","","","","./river/2-valley-courier.md","Valley Courier","6","6","80","142","168","Tuesday, February 20, 2024","Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Tuesday, February 20, 2024.","0","2024-02-20"
"person.name{odhengo}","person.name","odhengo","","builtin.name","name","none","","doc_date","0","0","0","0","","Wanjiru Odhengo","Odhengo","","","","./river/2-valley-courier.md","Valley Courier","6","6","10","72","87","Wanjiru Odhengo","Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Tuesday, February 20, 2024.","0","2024-02-20"
"person.name{lendvai}","person.name","lendvai","","builtin.name","name","none","","doc_date","0","0","0","0","","Tomas Lendvai","Lendvai","","","","./river/2-valley-courier.md","Valley Courier","6","6","39","101","114","Tomas Lendvai","Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Tuesday, February 20, 2024.","0","2024-02-20"
"event.start_time{story}","event.start_time","story","","event.start.begins.utc","instant","minute","","doc_date;relative","1708416000","1708416060","0","0","","2024-02-20T08:00Z","","","","","./river/3-morning-post.md","Morning Post","7","8","37","205","213","0800 GMT","The talks began at 11am local time (0800 GMT).","1","2024-02-20"
"event.duration{story}","event.duration","story","","event.duration.last","duration","hour","","doc_date","32400","32400","0","0","","PT9H","","","","","./river/3-morning-post.md","Morning Post","7","9","8","248","258","nine hours","Officials said the talks lasted nine hours.","2","2024-02-20"
"previous_meeting{lendvai,odhengo}","previous_meeting","lendvai,odhengo","","previous_meeting.first_in","instant","year","","doc_date;relative","1550599848","1597935276","0","0","","2020-02-20","","2024-02-20 - P4Y","","","./river/3-morning-post.md","Morning Post","7","11","50","310","320","four years","It was the first meeting of the two ministers in four years.","3","2024-02-20"
"time.zone_pair{story}","time.zone_pair","story","","builtin.zone_pair","timepair","hour","","doc_date;zone_inferred","1708416000","1708416060","1708416000","1708416060","","2024-02-20T11:00","2024-02-20T08:00Z","Africa/Nairobi UTC+3 (EAT)","","","./river/3-morning-post.md","Morning Post","7","8","20","188","213","11am local time (0800 GMT","The talks began at 11am local time (0800 GMT).","1","2024-02-20"
"date.weekday{story}","date.weekday","story","","builtin.weekday","weekday","day","","doc_date","1708387200","1708473600","1","1","","2024-02-20","Tuesday","","","","./river/3-morning-post.md","Morning Post","7","6","80","140","166","Tuesday, February 20, 2024","Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Tuesday, February 20, 2024.","0","2024-02-20"
"person.name{odhengo}","person.name","odhengo","","builtin.name","name","none","","doc_date","0","0","0","0","","Wanjiru Odhengo","Odhengo","","","","./river/3-morning-post.md","Morning Post","7","6","10","70","85","Wanjiru Odhengo","Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Tuesday, February 20, 2024.","0","2024-02-20"
"person.name{lendvai}","person.name","lendvai","","builtin.name","name","none","","doc_date","0","0","0","0","","Tomas Lendvai","Lendvai","","","","./river/3-morning-post.md","Morning Post","7","6","39","99","112","Tomas Lendvai","Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Tuesday, February 20, 2024.","0","2024-02-20"
"event.start_time{story}","event.start_time","story","","event.start.begins.utc","instant","minute","","doc_date;relative","1667899800","1667899860","0","0","","2022-11-08T09:30Z","","","","","./summit/0-coast-wire.md","Coast Wire","8","8","42","208","216","0930 GMT","The talks began at 9:30 a.m. local time (0930 GMT).","1","2022-11-08"
"event.duration{story}","event.duration","story","","event.duration.last","duration","hour","","doc_date","21600","21600","0","0","","PT6H","","","","","./summit/0-coast-wire.md","Coast Wire","8","9","8","251","260","six hours","Officials said the talks lasted six hours.","2","2022-11-08"
"previous_meeting{fontaine,moravec}","previous_meeting","fontaine,moravec","","previous_meeting.first_in","instant","year","","doc_date;relative","1510078248","1557413676","0","0","","2018-11-08","","2022-11-08 - P4Y","","","./summit/0-coast-wire.md","Coast Wire","8","11","50","312","322","four years","It was the first meeting of the two ministers in four years.","3","2022-11-08"
"time.zone_pair{story}","time.zone_pair","story","","builtin.zone_pair","timepair","minute","","doc_date;zone_inferred","1667899800","1667899860","1667899800","1667899860","","2022-11-08T09:30","2022-11-08T09:30Z","Europe/Lisbon UTC+0 (WET)","","","./summit/0-coast-wire.md","Coast Wire","8","8","20","186","216","9:30 a.m. local time (0930 GMT","The talks began at 9:30 a.m. local time (0930 GMT).","1","2022-11-08"
"date.weekday{story}","date.weekday","story","","builtin.weekday","weekday","day","","doc_date","1667865600","1667952000","1","1","","2022-11-08","Tuesday","","","","./summit/0-coast-wire.md","Coast Wire","8","6","82","139","164","Tuesday, November 8, 2022","President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Tuesday, November 8, 2022.","0","2022-11-08"
"person.name{fontaine}","person.name","fontaine","","builtin.name","name","none","","doc_date","0","0","0","0","","Rui Fontaine","Fontaine","","","","./summit/0-coast-wire.md","Coast Wire","8","6","11","68","80","Rui Fontaine","President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Tuesday, November 8, 2022.","0","2022-11-08"
"person.name{moravec}","person.name","moravec","","builtin.name","name","none","","doc_date","0","0","0","0","","Elsa Moravec","Moravec","","","","./summit/0-coast-wire.md","Coast Wire","8","6","43","100","112","Elsa Moravec","President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Tuesday, November 8, 2022.","0","2022-11-08"
"event.start_time{story}","event.start_time","story","","event.start.begins.utc","instant","minute","","doc_date;relative","1667899800","1667899860","0","0","","2022-11-08T09:30Z","","","","","./summit/1-evening-ledger.md","Evening Ledger","9","8","42","211","219","0930 GMT","The talks began at 9:30 a.m. local time (0930 GMT).","1","2022-11-08"
"event.duration{story}","event.duration","story","","event.duration.last","duration","hour","","doc_date","21600","21600","0","0","","PT6H","","","","","./summit/1-evening-ledger.md","Evening Ledger","9","9","8","254","263","six hours","Officials said the talks lasted six hours.","2","2022-11-08"
"previous_meeting{fontaine,moravec}","previous_meeting","fontaine,moravec","","previous_meeting.first_in","instant","year","","doc_date;relative","1510078248","1557413676","0","0","","2018-11-08","","2022-11-08 - P4Y","","","./summit/1-evening-ledger.md","Evening Ledger","9","11","50","315","325","four years","It was the first meeting of the two ministers in four years.","3","2022-11-08"
"time.zone_pair{story}","time.zone_pair","story","","builtin.zone_pair","timepair","minute","","doc_date;zone_inferred","1667899800","1667899860","1667899800","1667899860","","2022-11-08T09:30","2022-11-08T09:30Z","Europe/Lisbon UTC+0 (WET)","","","./summit/1-evening-ledger.md","Evening Ledger","9","8","20","189","219","9:30 a.m. local time (0930 GMT","The talks began at 9:30 a.m. local time (0930 GMT).","1","2022-11-08"
"date.weekday{story}","date.weekday","story","","builtin.weekday","weekday","day","","doc_date","1667865600","1667952000","0","0","","2022-11-08","Monday","","","","./summit/1-evening-ledger.md","Evening Ledger","9","6","82","143","167","Monday, November 8, 2022","President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Monday, November 8, 2022.","0","2022-11-08"
"person.name{fontaine}","person.name","fontaine","","builtin.name","name","none","","doc_date","0","0","0","0","","Rui Fontaine","Fontaine","","","","./summit/1-evening-ledger.md","Evening Ledger","9","6","11","72","84","Rui Fontaine","President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Monday, November 8, 2022.","0","2022-11-08"
"person.name{moravec}","person.name","moravec","","builtin.name","name","none","","doc_date","0","0","0","0","","Elsa Moravec","Moravec","","","","./summit/1-evening-ledger.md","Evening Ledger","9","6","43","104","116","Elsa Moravec","President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Monday, November 8, 2022.","0","2022-11-08"
"event.start_time{story}","event.start_time","story","","event.start.begins.utc","instant","minute","","doc_date;relative","1667903400","1667903460","0","0","","2022-11-08T10:30Z","","","","","./summit/2-valley-courier.md","Valley Courier","10","8","42","212","220","1030 GMT","The talks began at 9:30 a.m. local time (1030 GMT).","1","2022-11-08"
"event.duration{story}","event.duration","story","","event.duration.last","duration","hour","","doc_date","21600","21600","0","0","","PT6H","","","","","./summit/2-valley-courier.md","Valley Courier","10","9","8","255","264","six hours","Officials said the talks lasted six hours.","2","2022-11-08"
"previous_meeting{fontaine,moravec}","previous_meeting","fontaine,moravec","","previous_meeting.first_in","instant","year","","doc_date;relative","1510078248","1557413676","0","0","","2018-11-08","","2022-11-08 - P4Y","","","./summit/2-valley-courier.md","Valley Courier","10","11","50","316","326","four years","It was the first meeting of the two ministers in four years.","3","2022-11-08"
"time.zone_pair{story}","time.zone_pair","story","","builtin.zone_pair","timepair","minute","","doc_date;zone_inferred","1667899800","1667899860","1667903400","1667903460","","2022-11-08T09:30","2022-11-08T10:30Z","Europe/Lisbon UTC+0 (WET)","","","./summit/2-valley-courier.md","Valley Courier","10","8","20","190","220","9:30 a.m. local time (1030 GMT","The talks began at 9:30 a.m. local time (1030 GMT).","1","2022-11-08"
"date.weekday{story}","date.weekday","story","","builtin.weekday","weekday","day","","doc_date","1667865600","1667952000","1","1","","2022-11-08","Tuesday","","","","./summit/2-valley-courier.md","Valley Courier","10","6","82","143","168","Tuesday, November 8, 2022","President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Tuesday, November 8, 2022.","0","2022-11-08"
"person.name{fontaine}","person.name","fontaine","","builtin.name","name","none","","doc_date","0","0","0","0","","Rui Fontaine","Fontaine","","","","./summit/2-valley-courier.md","Valley Courier","10","6","11","72","84","Rui Fontaine","President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Tuesday, November 8, 2022.","0","2022-11-08"
"person.name{moravec}","person.name","moravec","","builtin.name","name","none","","doc_date","0","0","0","0","","Elsa Moravec","Moravec","","","","./summit/2-valley-courier.md","Valley Courier","10","6","43","104","116","Elsa Moravec","President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Tuesday, November 8, 2022.","0","2022-11-08"
"event.start_time{story}","event.start_time","story","","event.start.begins.utc","instant","minute","","doc_date;relative","1667899800","1667899860","0","0","","2022-11-08T09:30Z","","","","","./summit/3-morning-post.md","Morning Post","11","8","42","210","218","0930 GMT","The talks began at 9:30 a.m. local time (0930 GMT).","1","2022-11-08"
"event.duration{story}","event.duration","story","","event.duration.last","duration","hour","","doc_date","32400","32400","0","0","","PT9H","","","","","./summit/3-morning-post.md","Morning Post","11","9","8","253","263","nine hours","Officials said the talks lasted nine hours.","2","2022-11-08"
"previous_meeting{fontaine,moravec}","previous_meeting","fontaine,moravec","","previous_meeting.first_in","instant","year","","doc_date;relative","1510078248","1557413676","0","0","","2018-11-08","","2022-11-08 - P4Y","","","./summit/3-morning-post.md","Morning Post","11","11","50","315","325","four years","It was the first meeting of the two ministers in four years.","3","2022-11-08"
"time.zone_pair{story}","time.zone_pair","story","","builtin.zone_pair","timepair","minute","","doc_date;zone_inferred","1667899800","1667899860","1667899800","1667899860","","2022-11-08T09:30","2022-11-08T09:30Z","Europe/Lisbon UTC+0 (WET)","","","./summit/3-morning-post.md","Morning Post","11","8","20","188","218","9:30 a.m. local time (0930 GMT","The talks began at 9:30 a.m. local time (0930 GMT).","1","2022-11-08"
"date.weekday{story}","date.weekday","story","","builtin.weekday","weekday","day","","doc_date","1667865600","1667952000","1","1","","2022-11-08","Tuesday","","","","./summit/3-morning-post.md","Morning Post","11","6","82","141","166","Tuesday, November 8, 2022","President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Tuesday, November 8, 2022.","0","2022-11-08"
"person.name{fontaine}","person.name","fontaine","","builtin.name","name","none","","doc_date","0","0","0","0","","Rui Fontaine","Fontaine","","","","./summit/3-morning-post.md","Morning Post","11","6","11","70","82","Rui Fontaine","President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Tuesday, November 8, 2022.","0","2022-11-08"
"person.name{moravec}","person.name","moravec","","builtin.name","name","none","","doc_date","0","0","0","0","","Elsa Moravec","Moravec","","","","./summit/3-morning-post.md","Morning Post","11","6","43","102","114","Elsa Moravec","President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Tuesday, November 8, 2022.","0","2022-11-08"
