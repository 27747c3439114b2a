#include "http/views/support_view.h"

namespace rapport::http::views {

std::string_view SupportParam(SupportKind kind) {
  switch (kind) {
    case SupportKind::kCrisis: return "now";
    case SupportKind::kConcern: return "talk";
    case SupportKind::kSomeoneElse: return "other";
    case SupportKind::kAnyone: return "help";
  }
  return "talk";
}

std::optional<SupportKind> ParseSupportParam(std::string_view value) {
  if (value == "now") return SupportKind::kCrisis;
  if (value == "talk") return SupportKind::kConcern;
  if (value == "other") return SupportKind::kSomeoneElse;
  if (value == "help") return SupportKind::kAnyone;
  return std::nullopt;
}

render::TemplateData SupportData(SupportKind kind, const care::HelplineDirectory& directory, const std::string& country,
                                 const std::string& author_name, const std::string& action) {
  render::TemplateData d;
  d.set("kind", std::string(SupportParam(kind)));
  d.set("param", std::string(SupportParam(kind)));
  d.set("is_crisis", kind == SupportKind::kCrisis);
  d.set("is_concern", kind == SupportKind::kConcern);
  d.set("is_other", kind == SupportKind::kSomeoneElse);
  d.set("is_anyone", kind == SupportKind::kAnyone);
  d.set("is_writer", kind == SupportKind::kCrisis || kind == SupportKind::kConcern);
  d.set("author_name", author_name);
  d.set("action", action);
  const std::string emergency = directory.Emergency(country);
  d.set("emergency", emergency.empty() ? render::TemplateData(false) : render::TemplateData(emergency));
  render::TemplateList lines;
  const RiskLevel level =
      kind == SupportKind::kCrisis || kind == SupportKind::kAnyone ? RiskLevel::kCrisis : RiskLevel::kConcern;
  for (const care::Helpline& h : directory.For(country, level)) {
    render::TemplateData line;
    const auto text = [](const std::string& s) { return s.empty() ? render::TemplateData(false) : render::TemplateData(s); };
    line.set("name", h.name);
    line.set("phone", text(h.phone));
    line.set("dial", h.dial.empty() ? h.phone : h.dial);
    line.set("text_number", text(h.text_number));
    line.set("text_keyword", text(h.text_keyword));
    line.set("hours", text(h.hours));
    line.set("web", text(h.web));
    std::string label = h.web;
    for (const char* prefix : {"https://", "http://", "www."}) {
      if (label.rfind(prefix, 0) == 0) label = label.substr(std::char_traits<char>::length(prefix));
    }
    while (!label.empty() && label.back() == '/') label.pop_back();
    line.set("web_label", label);
    lines.push_back(line);
  }
  d.set("lines", lines);
  d.set("has_lines", !lines.empty());
  d.set("country_name", care::CountryName(country));
  d.set("fallback_url", directory.fallback_url());
  d.set("fallback_name", directory.fallback_name());
  render::TemplateList countries;
  for (const care::Country& c : directory.Countries()) {
    render::TemplateData item;
    item.set("code", c.code);
    item.set("name", c.name);
    item.set("selected", c.code == country);
    countries.push_back(item);
  }
  d.set("countries", countries);
  return d;
}

}  // namespace rapport::http::views
