#include "testing/desk_fixture.h"

namespace rapport::testing {

DeskFixture::DeskFixture()
    : settings_(db_.store(), bus_, options_),
      mail_(db_.store(), clock_, options_, settings_, [](std::int64_t id) { return "/my/comments/" + std::to_string(id); }),
      comments_(db_.store(), clock_, options_, bus_, &mail_),
      moderation_(db_.store(), clock_, options_, bus_, mail_),
      editor_(db_.store(), clock_, bus_),
      auth_(db_.store(), clock_),
      admin_(db_.store(), clock_, auth_) {}

void DeskFixture::SetUp() {
  ASSERT_TRUE(db_.ok());
  site_ = PlantSampleSite(s(), clock_.Now());
  const auto make = [&](const char* login, Role role) {
    User u;
    u.login = login;
    u.display_name = login;
    u.role = role;
    u.email = std::string(login) + "@example.org";
    return *s().CreateUser(u, "");
  };
  admin_user_ = make("admin", Role::kAdmin);
  moderator_ = make("moderator", Role::kModerator);
  other_author_ = make("other", Role::kAuthor);
  bus_.Subscribe([this](const std::vector<std::string>& tags) {
    announced_.insert(announced_.end(), tags.begin(), tags.end());
  });
}

Comment DeskFixture::ReaderComment(const Post& post, std::string body, std::optional<std::int64_t> parent,
                                   CommentStatus status, std::string email) {
  Comment c;
  c.post_id = post.id;
  c.parent_id = parent;
  if (parent) {
    auto p = s().FindComment(*parent);
    EXPECT_TRUE(p.ok() && p->has_value());
    if (p.ok() && p->has_value()) {
      c.depth = (*p)->depth + 1;
      c.root_id = (*p)->root_id;
    }
  }
  c.author_name = "Reader";
  c.author_email = std::move(email);
  c.body_markdown = std::move(body);
  c.status = status;
  c.created_at = clock_.Now();
  clock_.Advance(10);
  return *s().InsertComment(c);
}

Comment DeskFixture::HeldComment(const Post& post, std::string body, RiskLevel screened) {
  Comment c;
  c.post_id = post.id;
  c.author_name = "Reader";
  c.body_markdown = std::move(body);
  c.status = CommentStatus::kPending;
  c.created_at = clock_.Now();
  c.risk = screened;
  c.risk_reasons = "what the screener noticed";
  clock_.Advance(10);
  return *s().InsertComment(c);
}

std::vector<OutgoingMail> DeskFixture::Outbox() { return *s().ListMail(std::nullopt, {0, 1000}); }

}  // namespace rapport::testing
