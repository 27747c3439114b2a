#include "store/sql/row_mapping.h"

namespace rapport::store::sql {

User UserFromRow(const Row& r) {
  User u;
  u.id = r.Int(0);
  u.login = r.Text(1);
  u.display_name = r.Text(2);
  u.signature = r.Text(3);
  u.bio = r.Text(4);
  u.role = ParseRole(r.Text(5)).value_or(Role::kAuthor);
  u.created_at = r.Int(6);
  u.email = r.Text(7);
  return u;
}

Series SeriesFromRow(const Row& r) {
  return Series{r.Int(0), r.Text(1), r.Text(2), r.Text(3)};
}

Term TermFromRow(const Row& r) {
  Term t;
  t.id = r.Int(0);
  t.kind = r.Text(1) == "tag" ? TermKind::kTag : TermKind::kCategory;
  t.slug = r.Text(2);
  t.name = r.Text(3);
  t.description = r.Text(4);
  return t;
}

Post PostFromRow(const Row& r) {
  Post p;
  p.id = r.Int(0);
  p.slug = r.Text(1);
  p.title = r.Text(2);
  p.body_markdown = r.Text(3);
  p.excerpt = r.Text(4);
  p.status = ParsePostStatus(r.Text(5)).value_or(PostStatus::kDraft);
  p.published_at = r.Int(6);
  p.updated_at = r.Int(7);
  p.author_id = r.Int(8);
  p.series_id = r.OptionalInt(9);
  p.series_position = static_cast<int>(r.Int(10));
  return p;
}

Comment CommentFromRow(const Row& r) {
  Comment c;
  c.id = r.Int(0);
  c.post_id = r.Int(1);
  c.parent_id = r.OptionalInt(2);
  c.root_id = r.Int(3);
  c.depth = static_cast<int>(r.Int(4));
  c.author_name = r.Text(5);
  c.author_email = r.Text(6);
  c.body_markdown = r.Text(7);
  c.status = ParseCommentStatus(r.Text(8)).value_or(CommentStatus::kPending);
  c.created_at = r.Int(9);
  c.is_author_reply = r.Int(10) != 0;
  c.user_id = r.OptionalInt(11);
  c.is_private = r.Int(12) != 0;
  c.publish_consent = r.Int(13) != 0;
  c.risk = ParseRiskLevel(r.Text(14)).value_or(RiskLevel::kNone);
  c.risk_reasons = r.Text(15);
  c.updated_at = r.Int(16);
  c.inbox_dismissed_at = r.OptionalInt(17);
  c.content_warning = r.Text(18);
  c.address_hash = r.Text(19);
  c.spam_reasons = r.Text(20);
  c.erased_at = r.OptionalInt(21);
  c.spam_training = r.Text(22);
  c.screened_risk = ParseRiskLevel(r.Text(23)).value_or(RiskLevel::kNone);
  c.risk_judged_at = r.OptionalInt(24);
  return c;
}

Session SessionFromRow(const Row& r) {
  return Session{r.Text(0), r.Int(1), r.Int(2), r.Int(3), r.Int(4)};
}

OutgoingMail MailFromRow(const Row& r) {
  OutgoingMail m;
  m.id = r.Int(0);
  m.recipient = r.Text(1);
  m.subject = r.Text(2);
  m.body = r.Text(3);
  m.kind = r.Text(4);
  m.comment_id = r.OptionalInt(5);
  m.status = ParseMailStatus(r.Text(6)).value_or(MailStatus::kQueued);
  m.attempts = static_cast<int>(r.Int(7));
  m.next_attempt_at = r.Int(8);
  m.last_error = r.Text(9);
  m.created_at = r.Int(10);
  m.sent_at = r.OptionalInt(11);
  return m;
}

MessageTemplate TemplateFromRow(const Row& r) {
  return MessageTemplate{r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Int(4)};
}

std::string Placeholders(std::vector<Value>& params, const std::vector<std::int64_t>& values) {
  std::string out;
  for (std::int64_t v : values) {
    params.emplace_back(v);
    if (!out.empty()) out += ", ";
    out += '$';
    out += std::to_string(params.size());
  }
  return out;
}

}  // namespace rapport::store::sql
