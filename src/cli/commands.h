// The subcommands of `rapport`, each a function from a parsed Config to an
// exit code. main.cc wires them to CLI11.
//
// Thread safety: each runs on the main thread.
#pragma once

#include <memory>

#include "cli/config.h"
#include "core/result.h"
#include "store/store.h"

namespace rapport::cli {

int RunServe(Config& config);
// `up_to`: stop at this schema version (0: the latest).
int RunMigrate(Config& config, int up_to = 0);

struct UserArgs {
  std::string login;
  std::string role = "author";
  std::string display_name;
  std::string signature;
  std::string email;
};
int RunUserAdd(Config& config, const UserArgs& args);
int RunUserPasswd(Config& config, const UserArgs& args);
int RunUserList(Config& config);
// Reads JSON lines from standard input and screens each comment.
int RunScreen(const std::string& rules_file, const std::string& sensitivity);
// Writes the comments staff judged in the desk as labelled JSON lines on standard
// output; with `measure`, screens them again at every sensitivity and reports.
int RunScreenJudged(Config& config, bool measure);
// Forgets address hashes, sign-in failures and sent mail past the retention period.
int RunPrivacyPurge(Config& config);
// Rebuilds the spam filter from every comment moderators approved or marked as spam.
int RunSpamRetrain(Config& config);

// Opens the store named by config.db and checks its schema: a new database
// gets the current schema; an older one is refused with a clear message
// unless `migrate` is true.
Result<std::unique_ptr<store::Store>> OpenCheckedStore(const Config& config, int connections, bool migrate);

// Prints an error for a person at a terminal and returns its exit code.
int Fail(const Error& error);

}  // namespace rapport::cli
