// `rapport user add|passwd|list`: staff accounts from the command line.
// Passwords are read without echo from a terminal (asked twice), or as one
// line from standard input when it is not a terminal (for scripts).
#include <termios.h>
#include <unistd.h>

#include <iostream>

#include "cli/commands.h"
#include "service/auth_service.h"

namespace rapport::cli {
namespace {

Result<std::string> ReadLine(bool echo) {
  termios saved{};
  const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
  if (terminal && !echo) {
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  const bool got = static_cast<bool>(std::getline(std::cin, line));
  if (terminal && !echo) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << "\n";
  }
  if (!got) return Error::InvalidArgument("No password was given.");
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

Result<std::string> AskPassword(const std::string& login) {
  if (!isatty(STDIN_FILENO)) return ReadLine(false);
  std::cerr << "New password for " << login << ": " << std::flush;
  auto first = ReadLine(false);
  if (!first) return first;
  std::cerr << "The same password again: " << std::flush;
  auto second = ReadLine(false);
  if (!second) return second;
  if (*first != *second) return Error::InvalidArgument("The two passwords were not the same. Nothing was changed.");
  return first;
}

}  // namespace

int RunUserAdd(Config& config, const UserArgs& args) {
  auto store = OpenCheckedStore(config, 2, /*migrate=*/false);
  if (!store) return Fail(store.error());
  const auto role = ParseRole(args.role);
  if (!role) return Fail(Error::InvalidArgument("The role must be admin, author or moderator."));
  auto password = AskPassword(args.login);
  if (!password) return Fail(password.error());
  SystemClock clock;
  service::AuthService auth(**store, clock);
  User user;
  user.login = args.login;
  user.display_name = args.display_name.empty() ? args.login : args.display_name;
  user.signature = args.signature;
  user.email = args.email;
  user.role = *role;
  user.created_at = clock.Now();
  Result<void> done = (*store)->InTransaction([&]() -> Result<void> {
    auto created = (*store)->CreateUser(user, "");
    if (!created) return created.error();
    return auth.SetPassword(created->id, *password);
  });
  if (!done) return Fail(done.error());
  std::cout << "Added " << std::string(RoleName(*role)) << " " << user.login << ".\n";
  return 0;
}

int RunUserPasswd(Config& config, const UserArgs& args) {
  auto store = OpenCheckedStore(config, 2, /*migrate=*/false);
  if (!store) return Fail(store.error());
  auto user = (*store)->FindUserByLogin(args.login);
  if (!user) return Fail(user.error());
  if (!*user) return Fail(Error::NotFound("There is no user called \"" + args.login + "\"."));
  auto password = AskPassword(args.login);
  if (!password) return Fail(password.error());
  SystemClock clock;
  service::AuthService auth(**store, clock);
  if (auto done = auth.SetPassword((*user)->id, *password); !done) return Fail(done.error());
  std::cout << "Changed the password of " << args.login << "; their sessions have ended.\n";
  return 0;
}

int RunUserList(Config& config) {
  auto store = OpenCheckedStore(config, 2, /*migrate=*/false);
  if (!store) return Fail(store.error());
  auto users = (*store)->ListUsers();
  if (!users) return Fail(users.error());
  for (const User& u : *users) {
    std::cout << u.login << "\t" << RoleName(u.role) << "\t" << u.display_name << "\n";
  }
  return 0;
}

}  // namespace rapport::cli
