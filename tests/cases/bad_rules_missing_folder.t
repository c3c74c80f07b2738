# --rules naming a folder that does not exist
args: check --rules nowhere a.txt
exit: 2
--- file: a.txt
It cost 25%.
--- expect
--- stderr
claimcheck: nowhere: cannot open rules folder: No such file or directory (give --rules DIR or set CLAIMCHECK_RULES)
