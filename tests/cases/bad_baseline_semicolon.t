# a reviewed report saved by a spreadsheet with ';' separators (a regional
# setting) is named as such, with how to save it with commas
args: check --baseline r.csv a.txt
args: review r.csv
exit: 2
--- file: a.txt
The talks began on Monday.
--- file: r.csv
id;severity;verdict;rule;key;message;doc_a;line_a;col_a;quote_a;value_a;doc_b;line_b;col_b;quote_b;value_b;status;note
--- expect
--- stderr
claimcheck: r.csv:1: the columns are separated by ';', not ',' (a spreadsheet's regional setting): save it again as "CSV UTF-8 (comma delimited)", or set the list separator to ',' before saving
