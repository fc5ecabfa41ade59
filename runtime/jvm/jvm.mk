# runtime/jvm: make rules (see the top-level Makefile for the shared lists)
