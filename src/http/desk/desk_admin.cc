// Desk: settings and your account, message templates, the outbox, accounts.
#include <charconv>

#include "core/permissions.h"
#include "core/time_format.h"
#include "http/desk/desk.h"
#include "http/form.h"
#include "http/status_mapping.h"

namespace rapport::http {
namespace {

Result<Form> DeskForm(const Request& req, std::size_t max_value) {
  if (req.ContentType() != "application/x-www-form-urlencoded") return Error::InvalidArgument("Please use the desk's forms.");
  return ParseForm(req.body(), {64, max_value});
}

render::TemplateData Text(const std::string& s) { return s.empty() ? render::TemplateData(false) : render::TemplateData(s); }

}  // namespace

Response Desk::SettingsPage(const Request& req, const Staff& staff, const Error* problem, const Typed& typed) const {
  auto site = services_.settings->Site();
  if (!site) return Failure(req, &staff, site.error());
  auto desk = services_.settings->Desk();
  if (!desk) return Failure(req, &staff, desk.error());
  render::TemplateData d;
  const User& u = staff.user;
  d.set("can_notice", Can(u, Permission::kEditNotice));
  d.set("can_site", Can(u, Permission::kManageSettings));
  d.set("site_title", typed.Or("site", "site_title", site->title));
  d.set("tagline", typed.Or("site", "tagline", site->tagline));
  d.set("notice", typed.Or("site", "notice", site->notice_markdown));
  // A checkbox left unticked is not sent at all.
  d.set("append_signature", typed.Is("site") ? typed.fields->GetOr("append_signature") == "1" : desk->append_signature);
  const std::string notify = typed.Or("site", "notify", std::string(service::NotifyModeName(desk->notify)));
  for (const char* mode : {"each", "digest", "off"}) d.set(std::string("notify_") + mode, notify == mode);
  d.set("display_name", typed.Or("profile", "display_name", u.display_name));
  d.set("signature", typed.Or("profile", "signature", u.signature));
  d.set("email", typed.Or("profile", "email", u.email));
  d.set("bio", typed.Or("profile", "bio", u.bio));
  d.set("problem", problem ? Text(problem->message) : render::TemplateData(false));
  return Render(req, &staff, "desk/settings", d, "Settings", problem ? StatusFor(*problem) : beast_http::status::ok);
}

Response Desk::SaveSettings(const Request& req, const Staff& staff) const {
  auto form = DeskForm(req, 256 * 1024);
  if (!form) return Failure(req, &staff, form.error());
  const std::string section = form->GetOr("section");
  Result<void> done = Ok();
  if (section == "profile") {
    done = services_.admin->UpdateProfile(staff.user, {form->GetOr("display_name"), form->GetOr("signature"),
                                                       form->GetOr("email"), form->GetOr("bio")});
  } else if (section == "password") {
    if (form->GetOr("new_password") != form->GetOr("repeat_password")) {
      done = Error::InvalidArgument("The two new passwords were not the same, so nothing was changed.", "new_password");
    } else {
      done = services_.admin->ChangeOwnPassword(staff.user, form->GetOr("current_password"), form->GetOr("new_password"));
      if (done) return Response::SeeOther("/desk/login?done=signed_out");  // every session ended, this one too
    }
  } else if (section == "site") {
    if (!Can(staff.user, Permission::kEditNotice)) return Failure(req, &staff, Error::Forbidden("Your account can't change the site."));
    auto site = services_.settings->Site();
    if (!site) return Failure(req, &staff, site.error());
    if (Can(staff.user, Permission::kManageSettings)) {
      site->title = form->GetOr("site_title");
      site->tagline = form->GetOr("tagline");
    }
    site->notice_markdown = form->GetOr("notice");
    done = services_.settings->UpdateSite(*site);
    if (done) {
      service::DeskSettings desk;
      desk.append_signature = form->GetOr("append_signature") == "1";
      const std::string notify = form->GetOr("notify", "each");
      desk.notify = notify == "digest" ? service::NotifyMode::kDigest
                    : notify == "off"  ? service::NotifyMode::kOff
                                       : service::NotifyMode::kEach;
      done = services_.settings->UpdateDesk(desk);
    }
  } else {
    done = Error::InvalidArgument("Please use the settings forms.");
  }
  if (!done) {
    if (done.error().code == ErrorCode::kInvalidArgument) return SettingsPage(req, staff, &done.error(), {section, &*form});
    return Failure(req, &staff, done.error());
  }
  return Response::SeeOther("/desk/settings?done=saved");
}

Response Desk::TemplatesPage(const Request& req, const Staff& staff, const Error* problem, const Typed& typed) const {
  auto templates = services_.admin->Templates(staff.user);
  if (!templates) return Failure(req, &staff, templates.error());
  render::TemplateData d;
  render::TemplateList list;
  for (const MessageTemplate& t : *templates) {
    render::TemplateData item;
    const std::string form = "template-" + std::to_string(t.id);
    item.set("id", std::to_string(t.id));
    item.set("title", t.title);
    item.set("typed_title", typed.Or(form, "title", t.title));
    item.set("body", typed.Or(form, "body", t.body));
    list.push_back(item);
  }
  d.set("templates", list);
  d.set("new_title", typed.Or("template-new", "title", ""));
  d.set("new_body", typed.Or("template-new", "body", ""));
  d.set("problem", problem ? Text(problem->message) : render::TemplateData(false));
  return Render(req, &staff, "desk/templates", d, "Messages", problem ? StatusFor(*problem) : beast_http::status::ok);
}

Response Desk::SaveTemplate(const Request& req, const Staff& staff, std::optional<std::int64_t> id) const {
  auto form = DeskForm(req, 64 * 1024);
  if (!form) return Failure(req, &staff, form.error());
  auto saved = services_.admin->SaveTemplate(staff.user, {id.value_or(0), "concern", form->GetOr("title"), form->GetOr("body"), 0});
  if (!saved) {
    if (saved.error().code == ErrorCode::kInvalidArgument) {
      return TemplatesPage(req, staff, &saved.error(), {"template-" + (id ? std::to_string(*id) : "new"), &*form});
    }
    return Failure(req, &staff, saved.error());
  }
  return Response::SeeOther(std::string("/desk/templates?done=") + (id ? "saved" : "created"));
}

Response Desk::DeleteTemplate(const Request& req, const Staff& staff, std::int64_t id) const {
  if (auto done = services_.admin->DeleteTemplate(staff.user, id); !done) return Failure(req, &staff, done.error());
  return Response::SeeOther("/desk/templates?done=deleted");
}

Response Desk::OutboxPage(const Request& req, const Staff& staff) const {
  const auto status = ParseMailStatus(req.Query("status").value_or(""));
  auto view = services_.admin->Outbox(staff.user, status);
  if (!view) return Failure(req, &staff, view.error());
  render::TemplateData d;
  render::TemplateList mails;
  for (const OutgoingMail& m : view->mails) {
    render::TemplateData item;
    item.set("id", std::to_string(m.id));
    item.set("subject", m.subject);
    item.set("kind", m.kind);
    item.set("status", std::string(MailStatusName(m.status)));
    item.set("is_dead", m.status == MailStatus::kDead);
    item.set("attempts", std::to_string(m.attempts));
    item.set("error", Text(m.last_error));
    item.set("created_human", FormatLongDate(m.created_at) + ", " + FormatRfc3339(m.created_at).substr(11, 5) + " UTC");
    mails.push_back(item);
  }
  d.set("mails", mails);
  d.set("has_mails", !mails.empty());
  for (MailStatus s : {MailStatus::kQueued, MailStatus::kSending, MailStatus::kSent, MailStatus::kDead}) {
    d.set(std::string(MailStatusName(s)) + "_count", std::to_string(view->counts[s]));
  }
  d.set("has_dead", view->counts[MailStatus::kDead] > 0);
  return Render(req, &staff, "desk/outbox", d, "Outbox");
}

Response Desk::RetryMail(const Request& req, const Staff& staff, std::int64_t id) const {
  if (auto done = services_.admin->RetryMail(staff.user, id); !done) return Failure(req, &staff, done.error());
  return Back(req, "/desk/outbox", "retried");
}

Response Desk::UsersPage(const Request& req, const Staff& staff, const Error* problem, const Typed& typed) const {
  auto users = services_.admin->Users(staff.user);
  if (!users) return Failure(req, &staff, users.error());
  render::TemplateData d;
  render::TemplateList list;
  for (const User& u : *users) {
    render::TemplateData item;
    item.set("id", std::to_string(u.id));
    item.set("login", u.login);
    item.set("display_name", u.display_name);
    item.set("signature", u.signature);
    item.set("is_me", u.id == staff.user.id);
    for (Role r : {Role::kAdmin, Role::kAuthor, Role::kModerator}) {
      item.set("role_" + std::string(RoleName(r)), u.role == r);
    }
    list.push_back(item);
  }
  d.set("users", list);
  for (const char* field : {"login", "display_name", "signature", "email"}) {
    d.set(std::string("new_") + field, typed.Or("user-new", field, ""));
  }
  const std::string role = typed.Or("user-new", "role", "author");
  for (Role r : {Role::kAdmin, Role::kAuthor, Role::kModerator}) d.set("new_role_" + std::string(RoleName(r)), role == RoleName(r));
  d.set("problem", problem ? Text(problem->message) : render::TemplateData(false));
  return Render(req, &staff, "desk/users", d, "Accounts", problem ? StatusFor(*problem) : beast_http::status::ok);
}

Response Desk::SaveUser(const Request& req, const Staff& staff, std::optional<std::int64_t> id) const {
  auto form = DeskForm(req, 8192);
  if (!form) return Failure(req, &staff, form.error());
  Result<void> done = Ok();
  if (id) {
    done = services_.admin->SetRole(staff.user, *id, form->GetOr("role"));
  } else {
    auto added = services_.admin->AddUser(staff.user, {form->GetOr("login"), form->GetOr("display_name"),
                                                       form->GetOr("signature"), form->GetOr("email"),
                                                       form->GetOr("role", "author"), form->GetOr("password")});
    if (!added) done = added.error();
  }
  if (!done) {
    const ErrorCode code = done.error().code;
    if (code == ErrorCode::kInvalidArgument || code == ErrorCode::kConflict) {
      // Only the new account's form has anything typed; a role is a choice shown as stored.
      return UsersPage(req, staff, &done.error(), id ? Typed{} : Typed{"user-new", &*form});
    }
    return Failure(req, &staff, done.error());
  }
  return Response::SeeOther(std::string("/desk/users?done=") + (id ? "saved" : "created"));
}

}  // namespace rapport::http
