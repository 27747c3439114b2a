#include "http/form.h"

#include "core/utf8.h"

namespace rapport::http {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<std::string> DecodeFormComponent(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '+') {
      out += ' ';
    } else if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      const int hi = HexValue(text[i + 1]), lo = HexValue(text[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::optional<std::string> Form::Get(std::string_view name) const {
  for (const auto& [key, value] : fields_) {
    if (key == name) return value;
  }
  return std::nullopt;
}

std::string Form::GetOr(std::string_view name, std::string fallback) const {
  auto value = Get(name);
  return value ? std::move(*value) : std::move(fallback);
}

Result<Form> ParseForm(std::string_view body, const FormLimits& limits) {
  Form form;
  while (!body.empty()) {
    const std::size_t amp = body.find('&');
    const std::string_view pair = body.substr(0, amp);
    body = amp == std::string_view::npos ? std::string_view() : body.substr(amp + 1);
    if (pair.empty()) continue;
    if (form.fields_.size() >= limits.max_fields) {
      return Error::InvalidArgument("This form has more fields than it should. Please reload the page and try again.");
    }
    const std::size_t eq = pair.find('=');
    auto key = DecodeFormComponent(pair.substr(0, eq));
    auto value = DecodeFormComponent(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
    if (!key || !value) return Error::InvalidArgument("This form arrived damaged. Please try sending it again.");
    if (value->size() > limits.max_value_bytes) {
      return Error::TooLarge("One of the fields is much longer than this site accepts.", *key);
    }
    if (!utf8::IsValid(*key) || !utf8::IsValid(*value)) {
      return Error::InvalidArgument(
          "Part of what was sent isn't valid text (UTF-8). If you pasted from another program, try typing that "
          "part again.",
          utf8::IsValid(*key) ? *key : std::string());
    }
    form.fields_.emplace_back(std::move(*key), std::move(*value));
  }
  return form;
}

}  // namespace rapport::http
