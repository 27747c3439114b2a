#include "testing/desk_client.h"

#include <gtest/gtest.h>

namespace rapport::testing {

User MakeStaff(TestServer& server, const std::string& login, Role role) {
  User u;
  u.login = login;
  u.display_name = login == "nlindqvist" ? "Nora Lindqvist" : login;
  u.signature = role == Role::kModerator ? "" : "NL";
  u.email = login + "@example.org";
  u.role = role;
  auto created = server.store().CreateUser(u, "");
  EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().message);
  EXPECT_TRUE(server.site().auth().SetPassword(created->id, kStaffPassword).ok());
  return *created;
}

DeskClient::DeskClient(TestServer& server, const std::string& login)
    : server_(server), login_(login), client_(server.port()) {}

bool DeskClient::SignIn(const std::string& password) {
  auto page = client_.Get("/desk/login");
  last_ = client_.PostForm("/desk/login", {{"csrf", InputValue(page.body, "csrf")},
                                           {"login", login_},
                                           {"password", password},
                                           {"next", "/desk"}});
  if (last_.status != 303) return false;
  auto desk = client_.Get("/desk/settings");
  csrf_ = InputValue(desk.body, "csrf");
  return desk.status == 200 && !csrf_.empty();
}

HttpResponse DeskClient::Post(const std::string& target, std::map<std::string, std::string> fields) {
  fields["csrf"] = csrf_;
  return client_.PostForm(target, fields);
}

}  // namespace rapport::testing
