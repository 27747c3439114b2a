// Desk: "waiting for an answer".
#include "http/desk/desk.h"
#include "http/desk/desk_text.h"
#include "http/desk/desk_views.h"
#include "http/form.h"

namespace rapport::http {

Response Desk::InboxPage(const Request& req, const Staff& staff) const {
  const bool dismissed = req.Query("dismissed").value_or("") == "1";
  auto page = services_.moderation->Inbox(staff.user, dismissed, req.PageParam().value_or(1));
  if (!page) return Failure(req, &staff, page.error());
  const UnixSeconds now = services_.clock->Now();
  render::TemplateData d;
  render::TemplateList questions;
  for (const service::WaitingQuestion& q : page->questions) {
    render::TemplateData item = desk_views::CommentData(q.item, now);
    item.set("waited", desk_text::Duration(q.waited_seconds));
    item.set("long_wait", q.waited_seconds > 7 * 86400);
    questions.push_back(item);
  }
  d.set("questions", questions);
  d.set("has_questions", !questions.empty());
  d.set("dismissed", dismissed);
  d.set("waiting_count", std::to_string(page->waiting_count));
  d.set("reply_as", staff.user.display_name);
  d.set("return_to", std::string(req.target()));
  return Render(req, &staff, "desk/inbox", d, dismissed ? "Dismissed questions" : "Waiting for an answer");
}

Response Desk::DismissQuestion(const Request& req, const Staff& staff, std::int64_t id) const {
  auto form = ParseForm(req.body(), {64, 4096});
  const bool undo = form && form->GetOr("undo") == "1";
  if (auto done = services_.moderation->Dismiss(staff.user, id, !undo); !done) return Failure(req, &staff, done.error());
  return Back(req, "/desk/inbox", undo ? "undismissed" : "dismissed");
}

}  // namespace rapport::http
