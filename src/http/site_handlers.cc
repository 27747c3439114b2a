// App: the reader's pages and the comment form.
#include <algorithm>
#include <charconv>

#include "http/app.h"
#include "http/status_mapping.h"

namespace rapport::http {
namespace {

std::optional<std::int64_t> ParseId(std::string_view text) {
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) return std::nullopt;
  return id;
}

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
  const ReaderSession reader = ReaderSession::From(req, *signer_);
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
  const ReaderSession reader = ReaderSession::From(req, *signer_);
  return CachedHtml(req, reader, PageKey("series", slug, 1), [&](const views::ViewContext& ctx) {
    using Built = Result<std::pair<std::string, std::vector<std::string>>>;
    auto series = services_.reading->SeriesBySlug(slug);
    if (!series) return Built(series.error());
    auto html = views::SeriesHtml(ctx, *series);
    if (!html) return Built(html.error());
    return Built(std::make_pair(std::move(*html), std::move(series->tags)));
  });
}

Response App::ShowTerm(const Request& req, TermKind kind, const std::string& slug) const {
  const auto page = req.PageParam();
  if (!page) return ErrorPage(req, BadPage());
  const ReaderSession reader = ReaderSession::From(req, *signer_);
  return CachedHtml(req, reader, PageKey(TermKindName(kind), slug, *page), [&](const views::ViewContext& ctx) {
    using Built = Result<std::pair<std::string, std::vector<std::string>>>;
    auto term = services_.reading->TermBySlug(kind, slug, *page);
    if (!term) return Built(term.error());
    auto html = views::TermHtml(ctx, *term);
    if (!html) return Built(html.error());
    return Built(std::make_pair(std::move(*html), std::move(term->tags)));
  });
}

Response App::ShowPost(const Request& req, const std::string& slug) const {
  const auto page = req.PageParam();
  if (!page) return ErrorPage(req, BadPage());
  const ReaderSession reader = ReaderSession::From(req, *signer_);
  std::optional<std::int64_t> reply_to;
  if (const auto text = req.Query("replyto")) reply_to = ParseId(*text);

  views::PostViewOptions view;
  view.thread.post_slug = slug;
  view.thread.max_display_depth = services_.site->max_thread_depth;
  view.thread.reply_to = reply_to;
  view.form.parent_id = reply_to;

  if (reader.own_comment_ids.empty() && !reply_to) {
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
  auto ctx = Context(req, token);
  if (!ctx) return ErrorPage(req, ctx.error());
  auto html = views::PostHtml(*ctx, *post, view);
  if (!html) return ErrorPage(req, html.error());
  Response r = Response::Html(std::move(*html));
  reader.AttachCookies(r, options_.secure_cookies);
  return r;
}

Response App::ShowBranch(const Request& req, const std::string& slug, const std::string& id_text) const {
  const auto id = ParseId(id_text);
  if (!id) return ErrorPage(req, Error::NotFound("We couldn't find that comment."));
  const ReaderSession reader = ReaderSession::From(req, *signer_);
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
  const ReaderSession reader = ReaderSession::From(req, *signer_);
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
  const ReaderSession reader = ReaderSession::From(req, *signer_);
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
  view.form.publish_consent = form->GetOr("consent") == "1";
  CommentInput input{view.form.author_name, view.form.author_email, view.form.body, std::nullopt,
                     view.form.is_private, view.form.publish_consent};
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
  if (!failed && !reader.CheckCsrf(*signer_, form->GetOr("csrf"))) {
    problem = Error::Forbidden(
        "For your safety, this form could only be accepted from the page it came from, and that check didn't pass "
        "(perhaps the page was open for a long time). Your comment is still here: please send it again.");
    problem.field = "body";
    failed = true;
  }
  if (!failed) {
    auto stored = services_.comments->Submit(slug, input, reader.own_comment_ids);
    if (stored) {
      service::ThreadRequest where{1, std::nullopt, reader.own_comment_ids};
      where.own_comment_ids.push_back(stored->id);
      auto page = services_.reading->PageOfComment(*stored, where);
      std::string location = views::PostUrl(slug);
      if (page && *page > 1) location += "?page=" + std::to_string(*page);
      location += "#comment-" + std::to_string(stored->id);
      Response r = Response::SeeOther(location);
      reader.AttachCookies(r, options_.secure_cookies);
      reader.RememberComment(r, *signer_, stored->id, options_.secure_cookies);
      return r;
    }
    if (stored.error().code == ErrorCode::kNotFound || stored.error().code == ErrorCode::kInternal ||
        stored.error().code == ErrorCode::kUnavailable) {
      return ErrorPage(req, stored.error());
    }
    problem = stored.error();
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
