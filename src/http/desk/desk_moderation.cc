// Desk: the moderation queue and one comment's page (actions, reply, edit,
// message to the writer, judging the screener, revisions and history).
#include <charconv>

#include "core/permissions.h"
#include "core/time_format.h"
#include "http/desk/desk.h"
#include "http/desk/desk_views.h"
#include "http/form.h"
#include "http/status_mapping.h"
#include "render/markdown.h"

namespace rapport::http {
namespace {

Result<Form> DeskForm(const Request& req, std::size_t max_value) {
  if (req.ContentType() != "application/x-www-form-urlencoded") {
    return Error::InvalidArgument("Please use the desk's forms.");
  }
  return ParseForm(req.body(), {512, max_value});
}

}  // namespace

Response Desk::QueuePage(const Request& req, const Staff& staff) const {
  service::QueueRequest q;
  const std::string status = req.Query("status").value_or("pending");
  q.status = status == "all" ? std::nullopt : ParseCommentStatus(status);
  if (status != "all" && !q.status) q.status = CommentStatus::kPending;
  q.oldest_first = req.Query("order").value_or("newest") == "oldest";
  q.page = req.PageParam().value_or(1);
  auto page = services_.moderation->Queue(staff.user, q);
  if (!page) return Failure(req, &staff, page.error());
  const UnixSeconds now = services_.clock->Now();
  render::TemplateData d;
  render::TemplateList items;
  for (const service::QueueItem& item : page->items) items.push_back(desk_views::CommentData(item, now));
  d.set("items", items);
  d.set("has_items", !items.empty());
  render::TemplateList tabs;
  for (const auto& [key, label] : std::initializer_list<std::pair<std::string, std::string>>{
           {"pending", "Awaiting moderation"}, {"approved", "Approved"}, {"spam", "Spam"}, {"trash", "Trash"}}) {
    render::TemplateData tab;
    tab.set("label", label);
    tab.set("url", "/desk/queue?status=" + key + (q.oldest_first ? "&order=oldest" : ""));
    tab.set("count", std::to_string(page->counts[*ParseCommentStatus(key)]));
    tab.set("current", status == key);
    tabs.push_back(tab);
  }
  d.set("tabs", tabs);
  d.set("status", status);
  d.set("is_pending_view", status == "pending");
  d.set("oldest_first", q.oldest_first);
  d.set("newest_url", "/desk/queue?status=" + status);
  d.set("oldest_url", "/desk/queue?status=" + status + "&order=oldest");
  d.set("return_to", std::string(req.target()));
  d.set("page", std::to_string(page->pagination.page));
  d.set("total_pages", std::to_string(page->pagination.total_pages));
  const std::string base = "/desk/queue?status=" + status + (q.oldest_first ? "&order=oldest" : "");
  if (page->pagination.page > 1) d.set("previous_url", base + "&page=" + std::to_string(page->pagination.page - 1));
  if (page->pagination.page < page->pagination.total_pages) {
    d.set("next_url", base + "&page=" + std::to_string(page->pagination.page + 1));
  }
  return Render(req, &staff, "desk/queue", d, "Comments");
}

Response Desk::CommentPage(const Request& req, const Staff& staff, std::int64_t id, const Error* problem,
                           const Typed& typed) const {
  auto detail = services_.moderation->Detail(staff.user, id);
  if (!detail) return Failure(req, &staff, detail.error());
  const UnixSeconds now = services_.clock->Now();
  render::TemplateData d = desk_views::CommentData(detail->item, now);
  d.set("can_answer", Can(staff.user, Permission::kAnswerReaders) && !detail->item.comment.is_author_reply);
  d.set("reply_as", staff.user.display_name);
  d.set("reply_draft", typed.Or("reply", "body", ""));
  d.set("edit_name", typed.Or("edit", "author_name", detail->item.comment.author_name));
  d.set("edit_body", typed.Or("edit", "body", detail->item.comment.body_markdown));
  d.set("edit_open", typed.Is("edit"));
  d.set("problem", problem ? render::TemplateData(problem->message) : render::TemplateData(false));
  d.set("return_to", "/desk/comments/" + std::to_string(id));
  render::TemplateList replies;
  for (const Comment& reply : detail->replies) {
    render::TemplateData r;
    r.set("author_name", reply.author_name);
    r.set("is_author_reply", reply.is_author_reply);
    r.set("is_private", reply.is_private);
    r.set("status", std::string(CommentStatusName(reply.status)));
    r.set("body_html", render::RenderMarkdown(reply.body_markdown, render::CommentMarkdown()));
    r.set("created_human", FormatLongDate(reply.created_at));
    r.set("desk_url", "/desk/comments/" + std::to_string(reply.id));
    replies.push_back(r);
  }
  d.set("replies", replies);
  d.set("has_replies", !replies.empty());
  const auto staff_name = [&](std::optional<std::int64_t> user_id) {
    if (!user_id) return std::string("Rapport");
    const auto it = detail->staff_names.find(*user_id);
    return it == detail->staff_names.end() ? std::string("A former staff member") : it->second;
  };
  render::TemplateList revisions;
  for (const CommentRevision& rev : detail->revisions) {
    render::TemplateData r;
    r.set("author_name", rev.author_name);
    r.set("body_markdown", rev.body_markdown);
    r.set("replaced_human", FormatLongDate(rev.replaced_at) + ", " + FormatRfc3339(rev.replaced_at).substr(11, 5) + " UTC");
    r.set("replaced_by", staff_name(rev.replaced_by));
    revisions.push_back(r);
  }
  d.set("revisions", revisions);
  d.set("has_revisions", !revisions.empty());
  render::TemplateList events;
  for (const CommentEvent& e : detail->events) {
    render::TemplateData ev;
    ev.set("who", staff_name(e.user_id));
    ev.set("what", e.action);
    ev.set("detail", e.detail.empty() ? render::TemplateData(false) : render::TemplateData(e.detail));
    ev.set("when_iso", FormatRfc3339(e.at));
    ev.set("when_human", FormatLongDate(e.at) + ", " + FormatRfc3339(e.at).substr(11, 5) + " UTC");
    events.push_back(ev);
  }
  d.set("events", events);
  d.set("has_events", !events.empty());
  // Messages to the writer start from a template.
  if (auto templates = services_.admin->Templates(staff.user)) {
    render::TemplateList list;
    const auto chosen = req.Query("template");
    for (const MessageTemplate& t : *templates) {
      render::TemplateData item;
      item.set("id", std::to_string(t.id));
      item.set("title", t.title);
      item.set("body", t.body);
      item.set("use_url", "/desk/comments/" + std::to_string(id) + "?template=" + std::to_string(t.id) + "#message");
      list.push_back(item);
      if (chosen && *chosen == std::to_string(t.id)) {
        d.set("message_subject", t.title);
        d.set("message_body", t.body);
      }
    }
    d.set("templates", list);
    d.set("has_templates", !list.empty());
  }
  if (typed.Is("message")) {
    d.set("message_subject", typed.Or("message", "subject", ""));
    d.set("message_body", typed.Or("message", "body", ""));
  }
  return Render(req, &staff, "desk/comment", d, "A comment by " + detail->item.comment.author_name,
                problem ? StatusFor(*problem) : beast_http::status::ok);
}

Response Desk::Moderate(const Request& req, const Staff& staff, std::int64_t id) const {
  auto form = DeskForm(req, 4096);
  if (!form) return Failure(req, &staff, form.error());
  const auto action = service::ParseModerationAction(form->GetOr("action"));
  if (!action) return Failure(req, &staff, Error::InvalidArgument("That is not something the desk can do to a comment."));
  if (auto done = services_.moderation->Act(staff.user, id, *action); !done) return Failure(req, &staff, done.error());
  return Back(req, "/desk/queue", std::string(service::ModerationActionName(*action)));
}

Response Desk::ModerateMany(const Request& req, const Staff& staff) const {
  auto form = DeskForm(req, 4096);
  if (!form) return Failure(req, &staff, form.error());
  const auto action = service::ParseModerationAction(form->GetOr("action"));
  if (!action) return Failure(req, &staff, Error::InvalidArgument("Choose what to do with the selected comments."));
  std::vector<std::int64_t> ids;
  for (const auto& [key, value] : form->fields()) {
    if (key != "ids") continue;
    if (auto id = ParseId(value)) ids.push_back(*id);
  }
  if (ids.empty()) return Back(req, "/desk/queue");
  if (auto done = services_.moderation->ActOnMany(staff.user, ids, *action); !done) return Failure(req, &staff, done.error());
  return Back(req, "/desk/queue", "bulk");
}

Response Desk::EditComment(const Request& req, const Staff& staff, std::int64_t id) const {
  auto form = DeskForm(req, options_.max_form_value_bytes);
  if (!form) return Failure(req, &staff, form.error());
  auto done = services_.moderation->Edit(staff.user, id, form->GetOr("author_name"), form->GetOr("body"));
  if (!done) {
    if (done.error().code == ErrorCode::kInvalidArgument || done.error().code == ErrorCode::kTooLarge) {
      return CommentPage(req, staff, id, &done.error(), {"edit", &*form});
    }
    return Failure(req, &staff, done.error());
  }
  return Back(req, "/desk/comments/" + std::to_string(id), "edited");
}

Response Desk::ReplyToComment(const Request& req, const Staff& staff, std::int64_t id) const {
  auto form = DeskForm(req, options_.max_form_value_bytes);
  if (!form) return Failure(req, &staff, form.error());
  service::StaffReply reply;
  reply.parent_id = id;
  reply.body = form->GetOr("body");
  reply.approve_parent = form->GetOr("approve", "1") == "1";
  reply.publish = form->GetOr("publish") == "1";
  reply.edited_question = form->GetOr("edited_question");
  auto stored = services_.moderation->Reply(staff.user, reply);
  if (!stored) {
    // From the comment's page or the inbox alike, the reply comes back on the comment's page, as typed.
    const bool fixable = stored.error().code == ErrorCode::kInvalidArgument || stored.error().code == ErrorCode::kTooLarge;
    if (fixable) return CommentPage(req, staff, id, &stored.error(), {"reply", &*form});
    return Failure(req, &staff, stored.error());
  }
  return Back(req, "/desk/comments/" + std::to_string(id),
              stored->is_private ? "answered" : reply.publish ? "published" : "replied");
}

Response Desk::MessageWriter(const Request& req, const Staff& staff, std::int64_t id) const {
  auto form = DeskForm(req, options_.max_form_value_bytes);
  if (!form) return Failure(req, &staff, form.error());
  auto sent = services_.moderation->SendMessage(staff.user, id, form->GetOr("subject"), form->GetOr("body"));
  if (!sent) {
    if (sent.error().code == ErrorCode::kInvalidArgument) return CommentPage(req, staff, id, &sent.error(), {"message", &*form});
    return Failure(req, &staff, sent.error());
  }
  return Back(req, "/desk/comments/" + std::to_string(id), "messaged");
}

Response Desk::JudgeRisk(const Request& req, const Staff& staff, std::int64_t id) const {
  auto form = DeskForm(req, 4096);
  if (!form) return Failure(req, &staff, form.error());
  const auto level = ParseRiskLevel(form->GetOr("level"));
  if (!level) return Failure(req, &staff, Error::InvalidArgument("Choose not at risk, distress or possible crisis."));
  if (auto done = services_.moderation->JudgeRisk(staff.user, id, *level); !done) {
    if (done.error().code == ErrorCode::kInvalidArgument) return CommentPage(req, staff, id, &done.error());
    return Failure(req, &staff, done.error());
  }
  return Back(req, "/desk/comments/" + std::to_string(id), "judged");
}

}  // namespace rapport::http
