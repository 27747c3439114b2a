// DeskClient: an HttpClient signed in to the desk of a TestServer, with the
// desk's CSRF token at hand. MakeStaff adds an account with a password.
//
// Thread safety: one thread per client.
#pragma once

#include <string>

#include "testing/http_client.h"
#include "testing/test_server.h"

namespace rapport::testing {

inline constexpr const char* kStaffPassword = "a sturdy test password";

// Adds an account with kStaffPassword (signature "NL" for authors).
User MakeStaff(TestServer& server, const std::string& login, Role role);

class DeskClient {
 public:
  DeskClient(TestServer& server, const std::string& login);

  // Signs in; false (with the response kept in last()) when refused.
  bool SignIn(const std::string& password = kStaffPassword);
  // A desk form post with the session's CSRF token added.
  HttpResponse Post(const std::string& target, std::map<std::string, std::string> fields);
  HttpResponse Get(const std::string& target) { return client_.Get(target); }
  const std::string& csrf() const { return csrf_; }
  HttpClient& http() { return client_; }
  const HttpResponse& last() const { return last_; }

 private:
  TestServer& server_;
  std::string login_;
  HttpClient client_;
  std::string csrf_;
  HttpResponse last_;
};

}  // namespace rapport::testing
