from numclaims.cli import main

main()
