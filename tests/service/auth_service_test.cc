#include "service/auth_service.h"

#include <gtest/gtest.h>

#include "safety/passwords.h"
#include "testing/fake_clock.h"
#include "testing/test_store.h"

namespace rapport::service {
namespace {

class AuthServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(db_.ok());
    User u;
    u.login = "nora";
    u.display_name = "Nora";
    u.role = Role::kAuthor;
    user_ = *db_.store().CreateUser(u, "");
    ASSERT_TRUE(auth_.SetPassword(user_.id, "a long enough password").ok());
  }
  testing::TestStore db_{testing::DefaultBackend()};
  testing::FakeClock clock_;
  AuthService auth_{db_.store(), clock_};
  User user_;
};

TEST_F(AuthServiceTest, SignsInAndAuthenticatesTheSession) {
  auto signed_in = auth_.SignIn("nora", "a long enough password", "addr");
  ASSERT_TRUE(signed_in.ok()) << signed_in.error().message;
  EXPECT_EQ(signed_in->user.id, user_.id);
  EXPECT_GE(signed_in->token.size(), 40u);
  EXPECT_NE(signed_in->session.token_hash, signed_in->token);  // only the hash is stored
  auto again = auth_.Authenticate(signed_in->token);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->user.login, "nora");
  EXPECT_EQ(auth_.Authenticate("not-a-token").error().code, ErrorCode::kUnauthorized);
  EXPECT_EQ(auth_.Authenticate("").error().code, ErrorCode::kUnauthorized);
}

TEST_F(AuthServiceTest, WrongPasswordAndUnknownAccountSayTheSameThing) {
  auto wrong = auth_.SignIn("nora", "not the password", "addr");
  auto unknown = auth_.SignIn("nobody", "a long enough password", "addr");
  ASSERT_FALSE(wrong.ok());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::kUnauthorized);
  EXPECT_EQ(wrong.error().message, unknown.error().message);
}

TEST_F(AuthServiceTest, AnAccountWithoutAPasswordCannotSignIn) {
  User u;
  u.login = "nopass";
  u.display_name = "No Pass";
  ASSERT_TRUE(db_.store().CreateUser(u, "").ok());
  EXPECT_FALSE(auth_.SignIn("nopass", "", "addr").ok());
  EXPECT_FALSE(auth_.SignIn("nopass", "anything at all", "addr").ok());
}

TEST_F(AuthServiceTest, RepeatedFailuresLockTheAccountForAWhile) {
  for (int i = 0; i < auth_.options().max_failures_per_account; ++i) {
    EXPECT_EQ(auth_.SignIn("nora", "wrong " + std::to_string(i), "addr-" + std::to_string(i)).error().code,
              ErrorCode::kUnauthorized);
  }
  auto locked = auth_.SignIn("nora", "a long enough password", "another-address");
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.error().code, ErrorCode::kRateLimited);
  clock_.Advance(auth_.options().failure_window_seconds + 1);
  EXPECT_TRUE(auth_.SignIn("nora", "a long enough password", "another-address").ok());
}

TEST_F(AuthServiceTest, RepeatedFailuresFromOneAddressAreThrottledAcrossAccounts) {
  for (int i = 0; i < auth_.options().max_failures_per_address; ++i) {
    (void)auth_.SignIn("someone-" + std::to_string(i), "guess", "busy-address");
  }
  EXPECT_EQ(auth_.SignIn("nora", "a long enough password", "busy-address").error().code, ErrorCode::kRateLimited);
  EXPECT_TRUE(auth_.SignIn("nora", "a long enough password", "calm-address").ok());
}

TEST_F(AuthServiceTest, SessionsEndWhenIdleAndAfterTheirAbsoluteLife) {
  auto idle = *auth_.SignIn("nora", "a long enough password", "addr");
  clock_.Advance(auth_.options().idle_seconds + 1);
  EXPECT_EQ(auth_.Authenticate(idle.token).error().code, ErrorCode::kUnauthorized);

  auto busy = *auth_.SignIn("nora", "a long enough password", "addr");
  const UnixSeconds step = auth_.options().idle_seconds / 2;
  for (UnixSeconds t = 0; t + step < auth_.options().absolute_seconds; t += step) {
    clock_.Advance(step);
    if (!auth_.Authenticate(busy.token).ok()) break;
  }
  clock_.Advance(step);
  EXPECT_FALSE(auth_.Authenticate(busy.token).ok());  // a week at most, however busy
}

TEST_F(AuthServiceTest, SignOutAndPasswordChangesEndSessions) {
  auto one = *auth_.SignIn("nora", "a long enough password", "addr");
  auto two = *auth_.SignIn("nora", "a long enough password", "addr");
  ASSERT_TRUE(auth_.SignOut(one.token).ok());
  EXPECT_FALSE(auth_.Authenticate(one.token).ok());
  EXPECT_TRUE(auth_.Authenticate(two.token).ok());
  ASSERT_TRUE(auth_.SetPassword(user_.id, "another long password").ok());
  EXPECT_FALSE(auth_.Authenticate(two.token).ok());
  EXPECT_FALSE(auth_.SignIn("nora", "a long enough password", "addr").ok());
  EXPECT_TRUE(auth_.SignIn("nora", "another long password", "addr").ok());
}

TEST(PasswordsTest, RefusesWeakPasswordsAndVerifies) {
  EXPECT_FALSE(safety::HashPassword("short").ok());
  EXPECT_FALSE(safety::HashPassword("aaaaaaaaaaaaaa").ok());
  auto hash = safety::HashPassword("correct horse battery");
  ASSERT_TRUE(hash.ok());
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(safety::VerifyPassword("correct horse battery", *hash));
  EXPECT_FALSE(safety::VerifyPassword("correct horse batterx", *hash));
  EXPECT_FALSE(safety::VerifyPassword("anything", ""));
  EXPECT_FALSE(safety::NeedsRehash(*hash));
}

}  // namespace
}  // namespace rapport::service
