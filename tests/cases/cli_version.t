# --version prints the version and exits 0
args: --version
--- expect
claimcheck 0.1.0
