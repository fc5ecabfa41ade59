# tests/system: make rules (see the top-level Makefile for the shared lists)
