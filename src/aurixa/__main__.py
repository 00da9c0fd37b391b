from aurixa.cli import main

main()
