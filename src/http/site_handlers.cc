// App: the reader's pages and the comment form.
#include <algorithm>
#include <charconv>

#include "http/app.h"
#include "http/status_mapping.h"
#include "http/views/support_view.h"
#include "safety/reader_tokens.h"

namespace rapport::http {
namespace {

Error BadPage() { return Error::NotFound("There is no such page here."); }

bool ContainsComment(const service::ThreadPage& thread, std::int64_t id) {
  for (const ThreadNode& root : thread.tree) {
    if (root.Find(id)) return true;
  }
  return false;
}

std::string PageKey(std::string_view kind, std::string_view id, int page) {
  return std::string(kind) + ":" + std::string(id) + "?page=" + std::to_string(page);
}

}  // namespace

Response App::Home(const Request& req) const {
  const auto page = req.PageParam();
  if (!page) return ErrorPage(req, BadPage());
  const ReaderSession reader = ReaderSession::From(req, *signer_, services_.clock->Now());
  return CachedHtml(req, reader, PageKey("home", "", *page), [&](const views::ViewContext& ctx) {
    using Built = Result<std::pair<std::string, std::vector<std::string>>>;
    auto home = services_.reading->Home(*page);
    if (!home) return Built(home.error());
    auto html = views::HomeHtml(ctx, *home);
    if (!html) return Built(html.error());
    return Built(std::make_pair(std::move(*html), std::move(home->tags)));
  });
}

Response App::ShowSeries(const Request& req, const std::string& slug) const {
  const ReaderSession reader = ReaderSession::From(req, *signer_, services_.clock->Now());
  return CachedHtml(req, reader, PageKey("series", slug, 1), [&](const views::ViewContext& ctx) {
    using Built = Result<std::pair<std::string, std::vector<std::string>>>;
    auto series = services_.reading->SeriesBySlug(slug);
    if (!series) return Built(series.error());
    auto html = views::SeriesHtml(ctx, *series);
    if (!html) return Built(html.error());
    return Built(std::make_pair(std::move(*html), std::move(series->tags)));
  });
}

Response App::ShowContents(const Request& req) const {
  const ReaderSession reader = ReaderSession::From(req, *signer_, services_.clock->Now());
  return CachedHtml(req, reader, PageKey("contents", "", 1), [&](const views::ViewContext& ctx) {
    using Built = Result<std::pair<std::string, std::vector<std::string>>>;
    auto directory = services_.reading->SiteDirectory();
    if (!directory) return Built(directory.error());
    auto html = views::ContentsHtml(ctx, *directory);
    if (!html) return Built(html.error());
    return Built(std::make_pair(std::move(*html), std::move(directory->tags)));
  });
}

Response App::ShowTerm(const Request& req, TermKind kind, const std::string& slug) const {
  const auto page = req.PageParam();
  if (!page) return ErrorPage(req, BadPage());
  const ReaderSession reader = ReaderSession::From(req, *signer_, services_.clock->Now());
  return CachedHtml(req, reader, PageKey(TermKindName(kind), slug, *page), [&](const views::ViewContext& ctx) {
    using Built = Result<std::pair<std::string, std::vector<std::string>>>;
    auto term = services_.reading->TermBySlug(kind, slug, *page);
    if (!term) return Built(term.error());
    auto html = views::TermHtml(ctx, *term);
    if (!html) return Built(html.error());
    return Built(std::make_pair(std::move(*html), std::move(term->tags)));
  });
}

std::string App::ReaderCountry(const Request& req) const {
  const care::HelplineDirectory& directory = *services_.helplines;
  for (const std::optional<std::string>& choice : {req.Query("country"), req.Cookie("rapport_country")}) {
    if (choice && directory.Covers(*choice)) return *choice;
  }
  // A browser in Germany is given Germany's emergency number and where to
  // find its lines, not the default country's numbers.
  const std::string from_language = care::CountryFromAcceptLanguage(req.Header(beast_http::field::accept_language));
  if (!from_language.empty() && directory.Covers(from_language)) return from_language;
  return directory.default_country();
}

Response App::ShowPost(const Request& req, const std::string& slug) const {
  const auto page = req.PageParam();
  if (!page) return ErrorPage(req, BadPage());
  const ReaderSession reader = ReaderSession::From(req, *signer_, services_.clock->Now());
  std::optional<std::int64_t> reply_to;
  if (const auto text = req.Query("replyto")) reply_to = ParseId(*text);
  const auto support = views::ParseSupportParam(req.Query("support").value_or(""));

  views::PostViewOptions view;
  view.thread.post_slug = slug;
  view.thread.max_display_depth = services_.site->max_thread_depth;
  view.thread.reply_to = reply_to;
  view.form.parent_id = reply_to;

  if (reader.own_comment_ids.empty() && !reply_to && !support) {
    return CachedHtml(req, reader, PageKey("post", slug, *page), [&](const views::ViewContext& ctx) {
      using Built = Result<std::pair<std::string, std::vector<std::string>>>;
      view.thread.csrf_token = ctx.csrf_token;
      auto post = services_.reading->PostBySlug(slug, {*page, std::nullopt, {}});
      if (!post) return Built(post.error());
      auto html = views::PostHtml(ctx, *post, view);
      if (!html) return Built(html.error());
      return Built(std::make_pair(std::move(*html), std::move(post->tags)));
    });
  }

  const std::string token = reader.CsrfToken(*signer_);
  view.thread.csrf_token = token;
  view.thread.writer_link = [this](std::int64_t id) { return WriterLink(*signer_, id); };
  view.thread.can_change = [this, &reader](const Comment& c) {
    return services_.privacy->CanStillChange(c, reader.own_comment_ids);
  };
  auto post = services_.reading->PostBySlug(slug, {*page, std::nullopt, reader.own_comment_ids});
  if (!post) return ErrorPage(req, post.error());
  if (reply_to && !ContainsComment(post->thread, *reply_to)) {
    // The comment is on another page of the thread: go there, or reply at the end if it is gone.
    auto comment = services_.reading->VisibleComment(post->summary.post, *reply_to, reader.own_comment_ids);
    if (comment) {
      auto where = services_.reading->PageOfComment(*comment, {1, std::nullopt, reader.own_comment_ids});
      if (where && *where != *page) {
        return Response::SeeOther(views::PostUrl(slug) + "?page=" + std::to_string(*where) +
                                  "&replyto=" + std::to_string(*reply_to) + "#comment-form");
      }
    }
    view.thread.reply_to.reset();
    view.form.parent_id.reset();
  }
  std::string country;
  if (support) {
    country = ReaderCountry(req);
    view.support = views::SupportData(*support, *services_.helplines, country, post->summary.author.display_name,
                                      views::PostUrl(slug) + "#support");
  }
  auto ctx = Context(req, token);
  if (!ctx) return ErrorPage(req, ctx.error());
  auto html = views::PostHtml(*ctx, *post, view);
  if (!html) return ErrorPage(req, html.error());
  Response r = Response::Html(std::move(*html));
  reader.AttachCookies(r, options_.secure_cookies);
  if (support && req.Query("country") && country == *req.Query("country")) {
    Cookie chosen{"rapport_country", country};
    chosen.max_age_seconds = 365 * 86400;
    chosen.secure = options_.secure_cookies;
    r.cookies.push_back(std::move(chosen));
  }
  return r;
}

Response App::ShowBranch(const Request& req, const std::string& slug, const std::string& id_text) const {
  const auto id = ParseId(id_text);
  if (!id) return ErrorPage(req, Error::NotFound("We couldn't find that comment."));
  const ReaderSession reader = ReaderSession::From(req, *signer_, services_.clock->Now());
  views::PostViewOptions view;
  view.thread.post_slug = slug;
  view.thread.max_display_depth = services_.site->max_thread_depth;
  if (reader.own_comment_ids.empty()) {
    return CachedHtml(req, reader, PageKey("branch", slug + "/" + id_text, 1), [&](const views::ViewContext& ctx) {
      using Built = Result<std::pair<std::string, std::vector<std::string>>>;
      view.thread.csrf_token = ctx.csrf_token;
      auto branch = services_.reading->Branch(slug, *id, {});
      if (!branch) return Built(branch.error());
      auto html = views::PostHtml(ctx, *branch, view);
      if (!html) return Built(html.error());
      return Built(std::make_pair(std::move(*html), std::move(branch->tags)));
    });
  }
  const std::string token = reader.CsrfToken(*signer_);
  view.thread.csrf_token = token;
  auto branch = services_.reading->Branch(slug, *id, {1, std::nullopt, reader.own_comment_ids});
  if (!branch) return ErrorPage(req, branch.error());
  auto ctx = Context(req, token);
  if (!ctx) return ErrorPage(req, ctx.error());
  auto html = views::PostHtml(*ctx, *branch, view);
  if (!html) return ErrorPage(req, html.error());
  Response r = Response::Html(std::move(*html));
  reader.AttachCookies(r, options_.secure_cookies);
  return r;
}

Response App::ShowOwnComment(const Request& req, const std::string& id_text) const {
  const auto id = ParseId(id_text);
  const Error gone = Error::NotFound("This link doesn't lead to a comment. If you copied it from an email, please check "
                                     "that all of it was copied.");
  if (!id) return ErrorPage(req, gone);
  const ReaderSession reader = ReaderSession::From(req, *signer_, services_.clock->Now());
  const bool own = std::find(reader.own_comment_ids.begin(), reader.own_comment_ids.end(), *id) !=
                   reader.own_comment_ids.end();
  if (!own && !signer_->Verify("writer-link", id_text, req.Query("k").value_or(""))) return ErrorPage(req, gone);
  auto view = services_.reading->ForWriter(*id);
  if (!view) return ErrorPage(req, view.error());
  auto ctx = Context(req, reader.CsrfToken(*signer_));
  if (!ctx) return ErrorPage(req, ctx.error());
  auto html = views::WriterHtml(*ctx, *view, WriterLink(*signer_, *id));
  if (!html) return ErrorPage(req, html.error());
  Response r = Response::Html(std::move(*html));
  r.SetHeader("Cache-Control", "private, no-store");
  r.SetHeader("X-Robots-Tag", "noindex");
  reader.AttachCookies(r, options_.secure_cookies);
  return r;
}

Response App::PostComment(const Request& req, const std::string& slug) const {
  const ReaderSession reader = ReaderSession::From(req, *signer_, services_.clock->Now());
  if (req.ContentType() != "application/x-www-form-urlencoded") {
    Response r = ErrorPage(req, Error::InvalidArgument("This form must be sent by a web browser as a normal form."));
    r.status = beast_http::status::unsupported_media_type;
    return r;
  }
  auto form = ParseForm(req.body(), options_.form_limits);
  if (!form) return ErrorPage(req, form.error());

  views::PostViewOptions view;
  view.thread.post_slug = slug;
  view.thread.max_display_depth = services_.site->max_thread_depth;
  view.form.author_name = form->GetOr("author_name");
  view.form.author_email = form->GetOr("author_email");
  view.form.body = form->GetOr("body");

  view.form.is_private = form->GetOr("private") == "1";
  view.form.content_warning = form->GetOr("content_warning");
  view.form.publish_consent = form->GetOr("consent") == "1";
  CommentInput input{view.form.author_name, view.form.author_email,  view.form.body,
                     std::nullopt,           view.form.is_private,    view.form.publish_consent,
                     view.form.content_warning};
  Error problem;
  bool failed = false;
  if (const std::string parent = form->GetOr("parent_id"); !parent.empty()) {
    input.parent_id = ParseId(parent);
    view.form.parent_id = input.parent_id;
    if (!input.parent_id) {
      problem = Error::InvalidArgument("The comment you are replying to couldn't be found.", "parent_id");
      failed = true;
    }
  }
  const std::optional<UnixSeconds> form_shown_at = reader.CheckCsrf(*signer_, form->GetOr("csrf"));
  if (!failed && !form_shown_at) {
    problem = Error::Forbidden(
        "For your safety, this form could only be accepted from the page it came from, and that check didn't pass "
        "(perhaps the page was open for a long time). Your comment is still here: please send it again.");
    problem.field = "body";
    failed = true;
  }
  if (!failed) {
    service::Submission submission{slug, input, reader.own_comment_ids,
                                   safety::AddressHash(*signer_, req.remote_address(), services_.clock->Now()),
                                   form_shown_at, !form->GetOr("website").empty()};
    auto submitted = services_.comments->Submit(std::move(submission));
    if (submitted) {
      const Comment& stored = submitted->comment;
      service::ThreadRequest where{1, std::nullopt, reader.own_comment_ids};
      where.own_comment_ids.push_back(stored.id);
      auto page = services_.reading->PageOfComment(stored, where);
      std::string location = views::PostUrl(slug);
      std::string query;
      if (page && *page > 1) query += "page=" + std::to_string(*page);
      // The writer sees support at once when their words suggest they may need it.
      std::optional<views::SupportKind> support;
      if (stored.risk == RiskLevel::kCrisis) support = views::SupportKind::kCrisis;
      else if (stored.risk == RiskLevel::kConcern) support = views::SupportKind::kConcern;
      else if (submitted->someone_else_at_risk) support = views::SupportKind::kSomeoneElse;
      if (support) query += std::string(query.empty() ? "" : "&") + "support=" + std::string(views::SupportParam(*support));
      if (!query.empty()) location += "?" + query;
      location += support ? "#support" : "#comment-" + std::to_string(stored.id);
      Response r = Response::SeeOther(location);
      reader.AttachCookies(r, options_.secure_cookies);
      reader.RememberComment(r, *signer_, stored.id, options_.secure_cookies);
      return r;
    }
    if (submitted.error().code == ErrorCode::kNotFound || submitted.error().code == ErrorCode::kInternal ||
        submitted.error().code == ErrorCode::kUnavailable) {
      return ErrorPage(req, submitted.error());
    }
    problem = submitted.error();
  }

  // Show the page again with everything the writer typed and what to fix.
  view.form.errors.push_back(problem);
  for (const Error& more : problem.details) view.form.errors.push_back(more);
  if (view.form.parent_id) view.thread.reply_to = view.form.parent_id;
  const std::string token = reader.CsrfToken(*signer_);
  view.thread.csrf_token = token;
  auto post = services_.reading->PostBySlug(slug, {1, std::nullopt, reader.own_comment_ids});
  if (!post) return ErrorPage(req, post.error());
  // When the comment replied to is not on this page, the form sits after the thread, still filled in.
  if (view.thread.reply_to && !ContainsComment(post->thread, *view.thread.reply_to)) view.thread.reply_to.reset();
  auto ctx = Context(req, token);
  if (!ctx) return ErrorPage(req, ctx.error());
  auto html = views::PostHtml(*ctx, *post, view);
  if (!html) return ErrorPage(req, html.error());
  Response r = Response::Html(std::move(*html), StatusFor(problem));
  reader.AttachCookies(r, options_.secure_cookies);
  return r;
}

}  // namespace rapport::http
