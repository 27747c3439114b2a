#include "safety/reader_tokens.h"

#include <algorithm>
#include <charconv>

namespace rapport::safety {
namespace {

constexpr std::size_t kBrowserIdBytes = 18;  // 24 base64url characters
constexpr std::string_view kCsrfPurpose = "csrf";
constexpr std::string_view kOwnPurpose = "own-comments";

}  // namespace

std::string NewBrowserId() { return RandomToken(kBrowserIdBytes); }

bool IsBrowserId(std::string_view id) {
  return id.size() == 24 && std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
         });
}

std::string CsrfToken(const Signer& signer, std::string_view browser_id, UnixSeconds now) {
  const std::string issued = std::to_string(now);
  return issued + "." + signer.Mac(kCsrfPurpose, std::string(browser_id) + "|" + issued);
}

std::optional<UnixSeconds> CheckCsrfToken(const Signer& signer, std::string_view browser_id, std::string_view token,
                                          UnixSeconds now, UnixSeconds max_age_seconds) {
  if (!IsBrowserId(browser_id) || token.size() > 80) return std::nullopt;
  const std::size_t dot = token.find('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const std::string_view issued_text = token.substr(0, dot);
  UnixSeconds issued = 0;
  const auto [end, ec] = std::from_chars(issued_text.data(), issued_text.data() + issued_text.size(), issued);
  if (ec != std::errc() || end != issued_text.data() + issued_text.size()) return std::nullopt;
  if (!signer.Verify(kCsrfPurpose, std::string(browser_id) + "|" + std::string(issued_text), token.substr(dot + 1))) {
    return std::nullopt;
  }
  if (issued > now + 60 || now - issued > max_age_seconds) return std::nullopt;
  return issued;
}

std::string AddressHash(const Signer& signer, std::string_view address, UnixSeconds now) {
  return signer.Mac("address/" + std::to_string(now / 86400), address).substr(0, 22);
}

std::string SealOwnComments(const Signer& signer, const std::vector<std::int64_t>& ids) {
  std::string payload;
  for (std::int64_t id : ids) {
    if (!payload.empty()) payload += '-';
    payload += std::to_string(id);
  }
  return signer.Seal(kOwnPurpose, payload);
}

std::vector<std::int64_t> OpenOwnComments(const Signer& signer, std::string_view cookie_value) {
  std::vector<std::int64_t> ids;
  if (cookie_value.size() > 64 + kMaxOwnComments * 21) return ids;
  const auto payload = signer.Open(kOwnPurpose, cookie_value);
  if (!payload) return ids;
  std::string_view rest = *payload;
  while (!rest.empty() && ids.size() < kMaxOwnComments) {
    const std::size_t dash = rest.find('-');
    const std::string_view part = rest.substr(0, dash);
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), id);
    if (ec != std::errc() || end != part.data() + part.size() || id <= 0) return {};
    ids.push_back(id);
    rest = dash == std::string_view::npos ? std::string_view() : rest.substr(dash + 1);
  }
  return ids;
}

std::vector<std::int64_t> WithOwnComment(std::vector<std::int64_t> ids, std::int64_t id) {
  ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
  ids.push_back(id);
  if (ids.size() > kMaxOwnComments) ids.erase(ids.begin(), ids.end() - kMaxOwnComments);
  return ids;
}

}  // namespace rapport::safety
