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
  int migrate_to = 0;
  migrate->add_option("--to", migrate_to, "Stop at this schema version (default: the latest)")->check(CLI::PositiveNumber);

  UserArgs user_args;
  CLI::App* user = app.add_subcommand("user", "Manage staff accounts (admins, authors, moderators).");
  user->require_subcommand(1);
  CLI::App* user_add = user->add_subcommand("add", "Add an account; asks for its password.");
  user_add->add_option("NAME", user_args.login, "Sign-in name")->required();
  user_add->add_option("--role", user_args.role, "admin, author or moderator")
      ->check(CLI::IsMember({"admin", "author", "moderator"}))
      ->capture_default_str();
  user_add->add_option("--display-name", user_args.display_name, "Name shown on posts and replies (default: NAME)");
  user_add->add_option("--signature", user_args.signature, "Initials signed under replies, e.g. JS");
  user_add->add_option("--email", user_args.email, "Where notifications go (never shown)");
  AddDatabaseOptions(*user_add, config);
  CLI::App* user_passwd = user->add_subcommand("passwd", "Set an account's password; ends its sessions.");
  user_passwd->add_option("NAME", user_args.login, "Sign-in name")->required();
  AddDatabaseOptions(*user_passwd, config);
  CLI::App* user_list = user->add_subcommand("list", "List the accounts.");
  AddDatabaseOptions(*user_list, config);

  std::string rules_file;
  CLI::App* screen = app.add_subcommand(
      "screen", "Screen comments for crisis language: JSON lines {\"id\", \"text\"} in, one {\"id\", \"level\", "
                "\"reasons\"} line out per comment.");
  screen->add_option("--rules", rules_file, "A rules file to use instead of the built-in one");
  screen->add_option("--sensitivity", config.screening_sensitivity,
                     "standard, or high (finds more crises, and holds many more comments that did not need "
                     "it)")
      ->envname("RAPPORT_SCREENING_SENSITIVITY")
      ->capture_default_str();
  CLI::App* screen_judged = screen->add_subcommand(
      "judged", "Write out, as labelled JSON lines, every comment whose risk your staff judged in the desk (it holds "
                "readers' words: keep it as carefully as the database).");
  AddDatabaseOptions(*screen_judged, config);
  bool measure_judged = false;
  screen_judged->add_flag("--measure", measure_judged,
                          "Instead, screen them again at every sensitivity and say how each does on them");

  CLI::App* privacy = app.add_subcommand("privacy", "Privacy housekeeping.");
  privacy->require_subcommand(1);
  CLI::App* purge = privacy->add_subcommand(
      "purge", "Forget address hashes, sign-in failures and sent mail older than the retention period ("
               "serve also does this daily).");
  AddDatabaseOptions(*purge, config);
  purge->add_option("--retention-days", config.retention_days, "Keep this many days")
      ->envname("RAPPORT_RETENTION_DAYS")->check(CLI::PositiveNumber)->capture_default_str();

  CLI::App* spam = app.add_subcommand("spam", "The spam filter.");
  spam->require_subcommand(1);
  CLI::App* retrain = spam->add_subcommand(
      "retrain", "Rebuild the spam filter from every comment your moderators approved or marked as spam.");
  AddDatabaseOptions(*retrain, config);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (*serve) return RunServe(config);
  if (*migrate) return RunMigrate(config, migrate_to);
  if (*user_add) return RunUserAdd(config, user_args);
  if (*user_passwd) return RunUserPasswd(config, user_args);
  if (*user_list) return RunUserList(config);
  if (*purge) return RunPrivacyPurge(config);
  if (*retrain) return RunSpamRetrain(config);
  if (*screen_judged) return RunScreenJudged(config, measure_judged);
  if (*screen) return RunScreen(rules_file, config.screening_sensitivity);
  return 2;
}
