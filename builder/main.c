/* main.c: stardust-build's entry point: parse the command line (cli_options.c), run the one
 * command it names (cmd_*.c), exit with its status. Nothing else exits. */
#include <json-c/json.h>
#include <stdio.h>

#include "cli.h"

void cli_print_json(struct json_object *obj)
{
    puts(json_object_to_json_string_ext(obj, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED
                                                 | JSON_C_TO_STRING_NOSLASHESCAPE));
}

int main(int argc, char **argv)
{
    struct cli cli;
    int rc = cli_parse(argc, argv, &cli);
    if (rc)
        return rc;
    switch (cli.command) {
    case CMD_HELP:
        cli_print_help();
        return EXIT_BUILD_OK;
    case CMD_VERSION:
        printf("stardust-build %s\n", STARDUST_BUILD_VERSION);
        return EXIT_BUILD_OK;
    case CMD_INSPECT:
        return cmd_inspect(&cli);
    case CMD_INIT:
        return cmd_init(&cli);
    case CMD_BUILD:
    case CMD_CHECK:
        break;
    }
    return cmd_build(&cli);
}
