// rapport: one binary for the whole site. `rapport serve` runs it,
// `rapport migrate` brings a database to the current schema; `--help` on
// each lists its options.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "cli/config.h"

int main(int argc, char** argv) {
  using namespace rapport::cli;
  Config config;
  if (const std::string file = FindConfigFile(argc, argv); !file.empty()) {
    if (auto loaded = LoadConfigFile(file, config); !loaded) return Fail(loaded.error());
  }

  CLI::App app{"Rapport: a self-hosted publishing and discussion platform."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "rapport 0.1.0");

  CLI::App* serve = app.add_subcommand("serve", "Serve the site (plants the demo site in an empty database).");
  AddServeOptions(*serve, config);
  CLI::App* migrate = app.add_subcommand("migrate", "Bring the database to the schema this build needs.");
  AddDatabaseOptions(*migrate, config);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (*serve) return RunServe(config);
  if (*migrate) return RunMigrate(config);
  return 2;
}
