#pragma once
int hp_cli_main (int argc, char *argv[]);
