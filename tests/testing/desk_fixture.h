// DeskFixture: the desk's services over a fresh database (SQLite, or
// PostgreSQL: see DefaultBackend) holding the
// small sample site, with one account of each role (and a second author who
// owns no post), for service-level tests of moderation, answering and writing.
//
// Thread safety: one test at a time.
#pragma once

#include <gtest/gtest.h>

#include "service/admin_service.h"
#include "service/auth_service.h"
#include "service/comment_service.h"
#include "service/editor_service.h"
#include "service/mail_composer.h"
#include "service/moderation_service.h"
#include "service/settings_service.h"
#include "testing/fake_clock.h"
#include "testing/test_store.h"

namespace rapport::testing {

class DeskFixture : public ::testing::Test {
 protected:
  DeskFixture();
  void SetUp() override;

  store::Store& s() { return db_.store(); }
  // A reader's comment on `post`, stored as the comment form would.
  Comment ReaderComment(const Post& post, std::string body, std::optional<std::int64_t> parent = std::nullopt,
                        CommentStatus status = CommentStatus::kApproved, std::string email = "reader@example.org");
  // A reader's comment the screener held at `screened`, awaiting moderation.
  Comment HeldComment(const Post& post, std::string body, RiskLevel screened);
  // Everything in the outbox.
  std::vector<OutgoingMail> Outbox();

  TestStore db_{DefaultBackend()};
  FakeClock clock_;
  service::SiteOptions options_;
  service::ChangeBus bus_;
  std::vector<std::string> announced_;
  service::SettingsService settings_;
  service::MailComposer mail_;
  service::CommentService comments_;
  service::ModerationService moderation_;
  service::EditorService editor_;
  service::AuthService auth_;
  service::AdminService admin_;
  SampleSite site_;
  User admin_user_, moderator_, other_author_;
};

}  // namespace rapport::testing
