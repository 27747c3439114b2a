#include <algorithm>

#include "core/time_format.h"
#include "http/desk/desk_text.h"
#include "http/desk/desk_views.h"
#include "http/views/view_context.h"
#include "render/markdown.h"

namespace rapport::http::desk_views {

render::TemplateData CommentData(const service::QueueItem& item, UnixSeconds now) {
  const Comment& c = item.comment;
  render::TemplateData d;
  d.set("id", std::to_string(c.id));
  d.set("author_name", c.author_name);
  d.set("has_email", !c.author_email.empty());
  d.set("is_author_reply", c.is_author_reply);
  d.set("created_iso", FormatRfc3339(c.created_at));
  d.set("created_human", FormatLongDate(c.created_at));
  d.set("age", desk_text::Duration(now - c.created_at));
  d.set("body_html", render::RenderMarkdown(c.body_markdown, render::CommentMarkdown()));
  d.set("body_markdown", c.body_markdown);
  d.set("status", std::string(CommentStatusName(c.status)));
  for (CommentStatus s : {CommentStatus::kPending, CommentStatus::kApproved, CommentStatus::kSpam, CommentStatus::kTrash}) {
    d.set("is_" + std::string(CommentStatusName(s)), c.status == s);
  }
  d.set("is_private", c.is_private);
  d.set("publish_consent", c.publish_consent);
  d.set("risk", std::string(RiskLevelName(c.risk)));
  d.set("is_crisis", c.risk == RiskLevel::kCrisis);
  d.set("is_concern", c.risk == RiskLevel::kConcern);
  // Distressing text stays folded until a moderator chooses to read it.
  d.set("blurred", c.risk != RiskLevel::kNone);
  // What the screener said, and what staff judged after reading it.
  d.set("screened", std::string(RiskLevelName(c.screened_risk)));
  d.set("screened_words", std::string(c.screened_risk == RiskLevel::kCrisis    ? "a possible crisis"
                                      : c.screened_risk == RiskLevel::kConcern ? "possible distress"
                                                                               : "nothing worrying"));
  d.set("judged", c.risk_judged_at.has_value());
  d.set("judged_when", c.risk_judged_at ? FormatLongDate(*c.risk_judged_at) : std::string());
  d.set("screenable", !c.is_author_reply && !c.erased_at);
  for (RiskLevel level : {RiskLevel::kNone, RiskLevel::kConcern, RiskLevel::kCrisis}) {
    d.set("judged_" + std::string(RiskLevelName(level)), c.risk_judged_at && c.risk == level);
  }
  d.set("risk_reasons", c.risk_reasons.empty() ? render::TemplateData(false) : render::TemplateData(c.risk_reasons));
  // Why the spam check held it, one reason per item ("; "-separated when stored).
  render::TemplateList spam_reasons;
  for (std::size_t start = 0; start < c.spam_reasons.size();) {
    const std::size_t end = std::min(c.spam_reasons.find("; ", start), c.spam_reasons.size());
    if (end > start) spam_reasons.push_back(render::TemplateData(c.spam_reasons.substr(start, end - start)));
    start = end + 2;
  }
  d.set("has_spam_reasons", !spam_reasons.empty());
  d.set("spam_reasons", render::TemplateData(std::move(spam_reasons)));
  d.set("content_warning", c.content_warning.empty() ? render::TemplateData(false) : render::TemplateData(c.content_warning));
  d.set("edited", c.updated_at > 0);
  d.set("post_title", item.post.title);
  d.set("post_url", views::PostUrl(item.post.slug));
  d.set("public_url", views::PostUrl(item.post.slug) + "#comment-" + std::to_string(c.id));
  d.set("desk_url", "/desk/comments/" + std::to_string(c.id));
  d.set("earlier", std::to_string(item.earlier_by_writer));
  d.set("first_time", item.earlier_by_writer == 0);
  if (item.parent) {
    render::TemplateData parent;
    parent.set("author_name", item.parent->author_name);
    parent.set("is_author_reply", item.parent->is_author_reply);
    parent.set("excerpt", render::MarkdownToPlainText(item.parent->body_markdown, 240));
    parent.set("desk_url", "/desk/comments/" + std::to_string(item.parent->id));
    d.set("parent", parent);
  } else {
    d.set("parent", false);
  }
  return d;
}

}  // namespace rapport::http::desk_views
