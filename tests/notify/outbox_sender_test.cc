#include "notify/outbox_sender.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "testing/fake_clock.h"
#include "testing/test_store.h"

namespace rapport::notify {
namespace {

// A Mailer that records what it is given and fails on demand.
class FakeMailer final : public Mailer {
 public:
  Result<void> Send(const OutgoingMail& mail) override {
    if (fail_with) return *fail_with;
    sent.push_back(mail);
    return Ok();
  }
  std::vector<OutgoingMail> sent;
  std::optional<Error> fail_with;
};

class OutboxSenderTest : public ::testing::Test {
 protected:
  std::int64_t Queue(std::string to = "reader@example.org") {
    OutgoingMail m;
    m.recipient = std::move(to);
    m.subject = "Subject";
    m.body = "Body";
    m.kind = "test";
    m.created_at = clock_.Now();
    m.next_attempt_at = clock_.Now();
    return *db_.store().EnqueueMail(m);
  }
  OutgoingMail Find(std::int64_t id) {
    const std::vector<OutgoingMail> all = *db_.store().ListMail(std::nullopt, {0, 100});
    for (const OutgoingMail& m : all) {
      if (m.id == id) return m;
    }
    ADD_FAILURE() << "no mail " << id;
    return {};
  }
  testing::TestStore db_{testing::DefaultBackend()};
  testing::FakeClock clock_;
  FakeMailer mailer_;
  OutboxSender sender_{db_.store(), clock_, mailer_};
};

TEST_F(OutboxSenderTest, SendsWhatIsDueOnce) {
  const std::int64_t id = Queue();
  auto pass = sender_.RunOnce();
  ASSERT_TRUE(pass.ok());
  EXPECT_EQ(pass->sent, 1);
  EXPECT_EQ(mailer_.sent.size(), 1u);
  EXPECT_EQ(Find(id).status, MailStatus::kSent);
  EXPECT_EQ(sender_.RunOnce()->sent, 0);
}

TEST_F(OutboxSenderTest, RetriesWithGrowingWaitsThenGivesUp) {
  const std::int64_t id = Queue();
  mailer_.fail_with = Error::Unavailable("connection refused");
  UnixSeconds waited = 0;
  for (int attempt = 1;; ++attempt) {
    auto pass = sender_.RunOnce();
    ASSERT_TRUE(pass.ok());
    const OutgoingMail m = Find(id);
    EXPECT_EQ(m.attempts, attempt);
    EXPECT_EQ(m.last_error, "connection refused");
    if (m.status == MailStatus::kDead) break;
    ASSERT_EQ(m.status, MailStatus::kQueued);
    EXPECT_EQ(sender_.RunOnce()->retried, 0);  // not due yet
    const UnixSeconds delay = m.next_attempt_at - clock_.Now();
    EXPECT_GT(delay, waited);
    waited = delay;
    clock_.Advance(delay);
    ASSERT_LT(attempt, 20);
  }
  // Staff can send it again once the server is back.
  mailer_.fail_with.reset();
  ASSERT_TRUE(db_.store().RequeueMail(id, clock_.Now()).ok());
  EXPECT_EQ(sender_.RunOnce()->sent, 1);
}

TEST_F(OutboxSenderTest, APermanentRefusalIsNotRetried) {
  const std::int64_t id = Queue();
  mailer_.fail_with = Error::InvalidArgument("550 no such user");
  EXPECT_EQ(sender_.RunOnce()->dead, 1);
  EXPECT_EQ(Find(id).status, MailStatus::kDead);
}

TEST_F(OutboxSenderTest, MailClaimedByASenderThatDiedIsSentLater) {
  const std::int64_t id = Queue();
  ASSERT_EQ(db_.store().ClaimDueMail(clock_.Now(), clock_.Now() - 600, 10)->size(), 1u);  // then the process died
  EXPECT_EQ(sender_.RunOnce()->sent, 0);
  clock_.Advance(601);
  EXPECT_EQ(sender_.RunOnce()->sent, 1);
  EXPECT_EQ(Find(id).status, MailStatus::kSent);
}

TEST(MailFormatTest, HeadersAreSafeAndEncoded) {
  OutgoingMail m;
  m.recipient = "reader@example.org";
  m.subject = "Une réponse\r\nBcc: evil@example.com";
  m.body = "Line one\nLine two";
  const std::string text = FormatMessage(m, "The Second Chair <column@example.org>", 1795642425, "abc");
  EXPECT_NE(text.find("Subject: =?UTF-8?B?"), std::string::npos);
  EXPECT_EQ(text.find("\r\nBcc:"), std::string::npos);
  EXPECT_NE(text.find("Line one\r\nLine two"), std::string::npos);
  EXPECT_NE(text.find("Message-ID: <abc@example.org>"), std::string::npos);
  EXPECT_NE(text.find("Date: Wed, 25 Nov 2026 21:33:45 +0000"), std::string::npos);
  EXPECT_EQ(AddressOf("Name <a@b.c>"), "a@b.c");
}

// Real SMTP, to the aiosmtpd sink scripts/test.sh starts (RAPPORT_TEST_SMTP_URL
// and RAPPORT_TEST_MAILDIR); the mail must arrive in its Maildir.
TEST(SmtpMailerTest, DeliversToARealSmtpServer) {
  const char* url = std::getenv("RAPPORT_TEST_SMTP_URL");
  const char* maildir = std::getenv("RAPPORT_TEST_MAILDIR");
  if (!url || !maildir) GTEST_SKIP() << "RAPPORT_TEST_SMTP_URL and RAPPORT_TEST_MAILDIR are not set";
  SmtpOptions options;
  options.url = url;
  options.from = "Rapport Tests <tests@example.org>";
  SmtpMailer mailer(options);
  OutgoingMail m;
  const std::string marker = "marker-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count());
  m.recipient = "reader@example.org";
  m.subject = "Rapport SMTP test " + marker;
  m.body = "Hello from the test.\n.\nA line with only a dot above.";
  auto sent = mailer.Send(m);
  ASSERT_TRUE(sent.ok()) << sent.error().message;
  bool found = false;
  for (int tries = 0; tries < 50 && !found; ++tries) {
    for (const char* sub : {"/new", "/cur"}) {
      std::error_code ec;
      for (const auto& entry : std::filesystem::directory_iterator(std::string(maildir) + sub, ec)) {
        std::ifstream in(entry.path());
        std::stringstream content;
        content << in.rdbuf();
        if (content.str().find(marker) != std::string::npos) {
          found = true;
          EXPECT_NE(content.str().find("A line with only a dot above."), std::string::npos);
        }
      }
    }
    if (!found) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_TRUE(found);
  SmtpOptions nowhere;
  nowhere.url = "smtp://127.0.0.1:9";  // nothing listens there
  EXPECT_EQ(SmtpMailer(nowhere).Send(m).error().code, ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace rapport::notify
