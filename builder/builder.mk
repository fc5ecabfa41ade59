# builder: make rules for stardust-build
