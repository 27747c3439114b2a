// App: what writers may do with their own words — change or take back a
// comment soon after posting it, and export or erase everything stored under
// their email address (confirmed by a link sent to that address).
#include <charconv>

#include "http/app.h"
#include "http/status_mapping.h"

namespace rapport::http {

Response App::SimplePage(const Request& req, const std::string& name, render::TemplateData data,
                         const std::string& title, beast_http::status status) const {
  const ReaderSession reader = ReaderSession::From(req, *signer_, services_.clock->Now());
  auto ctx = Context(req, reader.CsrfToken(*signer_));
  if (!ctx) return ErrorPage(req, ctx.error());
  data.set("csrf", ctx->csrf_token);
  auto content = theme_->Render(name, data);
  if (!content) return ErrorPage(req, content.error());
  auto html = views::RenderInLayout(*ctx, title, "", *content);
  if (!html) return ErrorPage(req, html.error());
  Response r = Response::Html(std::move(*html), status);
  r.SetHeader("Cache-Control", "private, no-store");
  reader.AttachCookies(r, options_.secure_cookies);
  return r;
}

Response App::EditOwnComment(const Request& req, const std::string& slug, const std::string& id_text) const {
  const auto id = ParseId(id_text);
  if (!id) return ErrorPage(req, Error::NotFound("We couldn't find that comment."));
  const ReaderSession reader = ReaderSession::From(req, *signer_, services_.clock->Now());
  auto post = services_.reading->VisiblePost(slug);
  if (!post) return ErrorPage(req, post.error());
  auto comment = services_.reading->VisibleComment(post->post, *id, reader.own_comment_ids);
  const bool closed = !comment || !services_.privacy->CanStillChange(*comment, reader.own_comment_ids);
  const bool posted = req.method() == beast_http::verb::post;
  const Error too_late = Error::Forbidden(
      "This comment can no longer be changed from here: that is possible only from the browser that wrote it, "
      "for a few minutes after posting. You can still ask for it to be erased on the privacy page.");
  if (closed && !posted) return ErrorPage(req, too_late);
  std::string name = comment ? comment->author_name : std::string(), body = comment ? comment->body_markdown : std::string();
  const Error* problem = nullptr;
  Error error;
  if (posted) {
    auto form = ParseForm(req.body(), options_.form_limits);
    if (!form) return ErrorPage(req, form.error());
    name = form->GetOr("author_name");
    body = form->GetOr("body");
    if (closed) {
      // The window closed while they were writing: what they typed is shown, to keep a copy of.
      error = Error::Forbidden(too_late.message + " Your new text is below, so that you can keep a copy.");
      problem = &error;
    } else if (!reader.CheckCsrf(*signer_, form->GetOr("csrf"))) {
      error = Error::Forbidden("This form had expired. Your text is still here: please save it again.");
      problem = &error;
    } else {
      auto edited = services_.privacy->EditOwn(*id, reader.own_comment_ids, name, body);
      if (edited) {
        return Response::SeeOther(views::PostUrl(slug) + "#comment-" + id_text);
      }
      error = edited.error();
      problem = &error;
    }
  }
  render::TemplateData d;
  d.set("post_title", post->post.title);
  d.set("post_url", views::PostUrl(slug));
  d.set("action", views::PostUrl(slug) + "/comments/" + id_text + "/edit");
  d.set("delete_action", views::PostUrl(slug) + "/comments/" + id_text + "/delete");
  d.set("author_name", name);
  d.set("body", body);
  d.set("closed", closed);
  d.set("problem", problem ? render::TemplateData(problem->message) : render::TemplateData(false));
  return SimplePage(req, "edit_comment", d, "Change your comment",
                    problem ? StatusFor(*problem) : beast_http::status::ok);
}

Response App::DeleteOwnComment(const Request& req, const std::string& slug, const std::string& id_text) const {
  const auto id = ParseId(id_text);
  if (!id) return ErrorPage(req, Error::NotFound("We couldn't find that comment."));
  const ReaderSession reader = ReaderSession::From(req, *signer_, services_.clock->Now());
  auto form = ParseForm(req.body(), options_.form_limits);
  if (!form) return ErrorPage(req, form.error());
  if (!reader.CheckCsrf(*signer_, form->GetOr("csrf"))) {
    return ErrorPage(req, Error::Forbidden("This form had expired, so nothing was changed. Please go back and try again."));
  }
  if (auto done = services_.privacy->DeleteOwn(*id, reader.own_comment_ids); !done) return ErrorPage(req, done.error());
  return Response::SeeOther(views::PostUrl(slug) + "#comments");
}

Response App::PrivacyPage(const Request& req, const std::string& message, const Error* problem) const {
  render::TemplateData d;
  d.set("message", message.empty() ? render::TemplateData(false) : render::TemplateData(message));
  d.set("problem", problem ? render::TemplateData(problem->message) : render::TemplateData(false));
  d.set("edit_minutes", std::to_string(services_.site->edit_window_seconds / 60));
  d.set("retention_days", std::to_string(services_.site->retention_seconds / 86400));
  return SimplePage(req, "privacy", d, "Your privacy", problem ? StatusFor(*problem) : beast_http::status::ok);
}

Response App::PrivacyRequest(const Request& req) const {
  const ReaderSession reader = ReaderSession::From(req, *signer_, services_.clock->Now());
  auto form = ParseForm(req.body(), {8, 4096});
  if (!form) return ErrorPage(req, form.error());
  if (!reader.CheckCsrf(*signer_, form->GetOr("csrf"))) {
    Error e = Error::Forbidden("This form had expired. Please send it again.");
    return PrivacyPage(req, "", &e);
  }
  const std::string action = form->GetOr("action");
  if (action != "export" && action != "erase") {
    Error e = Error::InvalidArgument("Please choose to receive a copy or to have everything erased.");
    return PrivacyPage(req, "", &e);
  }
  auto sent = services_.privacy->Request(form->GetOr("email"),
                                         action == "export" ? service::PrivacyRequest::kExport : service::PrivacyRequest::kErase);
  if (!sent) {
    if (sent.error().code == ErrorCode::kInvalidArgument) return PrivacyPage(req, "", &sent.error());
    return ErrorPage(req, sent.error());
  }
  return PrivacyPage(req,
                     "If this site holds comments written with that address, a message with a link is on its way to it. "
                     "The link works for two days.");
}

namespace {

struct Confirmation {
  std::string email;
  service::PrivacyRequest request;
};

std::optional<Confirmation> CheckConfirmation(const safety::Signer& signer, std::string email, std::string action,
                                              std::string until, std::string mac, UnixSeconds now) {
  if (action != "export" && action != "erase") return std::nullopt;
  if (!signer.Verify("privacy", email + "|" + action + "|" + until, mac)) return std::nullopt;
  UnixSeconds deadline = 0;
  const auto [end, ec] = std::from_chars(until.data(), until.data() + until.size(), deadline);
  if (ec != std::errc() || end != until.data() + until.size() || deadline < now) return std::nullopt;
  return Confirmation{std::move(email), action == "export" ? service::PrivacyRequest::kExport : service::PrivacyRequest::kErase};
}

}  // namespace

Response App::PrivacyConfirm(const Request& req) const {
  const auto confirmation =
      CheckConfirmation(*signer_, req.Query("email").value_or(""), req.Query("action").value_or(""),
                        req.Query("until").value_or(""), req.Query("k").value_or(""), services_.clock->Now());
  if (!confirmation) {
    Error e = Error::InvalidArgument("This link is not valid any more (they work for two days). You can ask again below.");
    return PrivacyPage(req, "", &e);
  }
  if (confirmation->request == service::PrivacyRequest::kExport) {
    auto json = services_.privacy->Export(confirmation->email);
    if (!json) return ErrorPage(req, json.error());
    Response r = Response::Json(std::move(*json));
    r.SetHeader("Content-Disposition", "attachment; filename=\"my-comments.json\"");
    r.SetHeader("Cache-Control", "private, no-store");
    return r;
  }
  render::TemplateData d;
  d.set("email", confirmation->email);
  d.set("action", "erase");
  d.set("until", req.Query("until").value_or(""));
  d.set("k", req.Query("k").value_or(""));
  return SimplePage(req, "privacy_erase", d, "Erase your comments");
}

Response App::PrivacyErase(const Request& req) const {
  const ReaderSession reader = ReaderSession::From(req, *signer_, services_.clock->Now());
  auto form = ParseForm(req.body(), {16, 4096});
  if (!form) return ErrorPage(req, form.error());
  const auto confirmation = CheckConfirmation(*signer_, form->GetOr("email"), form->GetOr("action"),
                                              form->GetOr("until"), form->GetOr("k"), services_.clock->Now());
  if (!confirmation || confirmation->request != service::PrivacyRequest::kErase ||
      !reader.CheckCsrf(*signer_, form->GetOr("csrf"))) {
    Error e = Error::Forbidden("This request could not be confirmed, so nothing was erased. You can ask again below.");
    return PrivacyPage(req, "", &e);
  }
  auto erased = services_.privacy->Erase(confirmation->email);
  if (!erased) return ErrorPage(req, erased.error());
  return PrivacyPage(req, "Done. " + std::to_string(*erased) + (*erased == 1 ? " comment was" : " comments were") +
                              " erased: their text and your name are gone, and any replies to them stay in place.");
}

}  // namespace rapport::http
