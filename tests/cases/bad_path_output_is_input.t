# -o naming an input file would replace the article with the output
args: extract -o a.txt a.txt
exit: 2
--- file: a.txt
The levy rose by 25%.
--- expect
--- stderr
claimcheck extract: -o 'a.txt' is the input 'a.txt': the output would replace it; give -o another file
Try 'claimcheck extract --help' for more information.
