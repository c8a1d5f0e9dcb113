#include "app/cli.h"

int main(int argc, char *argv[])
{
    return SprintDeck::Cli::main(argc, argv);
}
