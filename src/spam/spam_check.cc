#include "spam/spam_check.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <span>
#include <string_view>
#include <utility>

#include "spam/features.h"

namespace rapport::spam {
namespace {

// Weights; the header's table lists them with the rules.
constexpr double kLinksWeight = 1.5;
constexpr double kLinksFurtherWeight = 0.5;
constexpr double kLinksMaxWeight = 3.0;
constexpr int kLinkOnlyMaxWords = 6;
constexpr double kLinkOnlyWeight = 1.5;
constexpr double kShortenerWeight = 2.5;
constexpr double kMarkupWeight = 2.5;
constexpr double kWordingWeight = 2.0;
constexpr double kWordingFurtherWeight = 0.75;
constexpr double kWordingMaxWeight = 3.0;
constexpr double kPromoLinkWeight = 1.0;
constexpr double kNameUrlWeight = 3.0;
constexpr double kNameUrlShortWeight = 1.0;
constexpr double kNameLinkWeight = 2.5;
constexpr double kNameLinkShortWeight = 0.5;
constexpr int kShortMessageWords = 12;
constexpr double kEmailWordsWeight = 1.0;
constexpr double kNonLettersWeight = 1.5;
constexpr int kNonLettersMinChars = 20;
constexpr double kNonLettersMaxLetterShare = 0.4;
constexpr double kFilterSpamListedFrom = 0.6;
constexpr double kFilterHamListedFrom = 0.4;
constexpr int kPersonalMinWords = 40;
constexpr int kPersonalLongWords = 100;
constexpr int kPersonalMinFirstPerson = 3;
constexpr double kPersonalWeight = -1.0;
constexpr double kPersonalLongWeight = -2.0;
constexpr std::size_t kFilterTokensShown = 3;

// Help services people link to when they look after each other. Links to them
// (and their subdomains) are never counted against a comment.
constexpr std::array<std::string_view, 22> kHelpServiceHosts = {
    "samaritans.org",      "988lifeline.org",      "suicidepreventionlifeline.org", "crisistextline.org",
    "giveusashout.org",    "mind.org.uk",          "nhs.uk",                        "papyrus-uk.org",
    "childline.org.uk",    "cruse.org.uk",         "rethink.org",                   "mentalhealth.org.uk",
    "befrienders.org",     "findahelpline.com",    "iasp.info",                     "lifeline.org.au",
    "beyondblue.org.au",   "talksuicide.ca",       "kidshelpphone.ca",              "thetrevorproject.org",
    "nami.org",            "samhsa.gov"};

// Services that hide where a link goes.
constexpr std::array<std::string_view, 22> kShortenerHosts = {
    "bit.ly",  "tinyurl.com", "goo.gl", "t.co",    "ow.ly",  "is.gd",   "buff.ly",   "cutt.ly",
    "rebrand.ly", "shorturl.at", "tiny.cc", "rb.gy", "t.ly", "adf.ly", "bit.do", "lnkd.in",
    "s.id",    "v.gd",        "shorte.st", "bl.ink", "soo.gd", "tr.im"};

// Spam phrases, as lower-case words separated by single spaces. A word of a
// phrase also matches its plural ("check out my video" finds "videos").
// Phrases, not single words: a person may write about their own casino debts
// or a loan; they rarely write "online casino bonus".
constexpr std::string_view kGambling[] = {
    "online casino", "casino online", "casino bonus", "free spins", "no deposit bonus", "sports betting",
    "betting tips", "online slots", "slot games", "poker online", "best odds"};
constexpr std::string_view kLoans[] = {
    "payday loan", "payday loans", "loan offer", "instant loan", "quick loan", "fast cash", "cash advance",
    "bad credit loans", "loan lender", "loan approval", "guaranteed loan", "low interest loan", "loans online"};
constexpr std::string_view kCrypto[] = {
    "bitcoin investment", "crypto investment", "invest in bitcoin", "invest in crypto", "crypto trading",
    "bitcoin trading", "forex trading", "binary options", "trading platform", "investment platform",
    "double your bitcoin", "recover your lost", "crypto recovery", "passive income"};
constexpr std::string_view kPharma[] = {
    "buy viagra", "cheap viagra", "viagra online", "buy cialis", "cheap cialis", "cialis online",
    "online pharmacy", "pharmacy online", "without prescription", "without a prescription",
    "no prescription needed", "buy xanax", "buy tramadol", "buy oxycodone", "weight loss pills", "diet pills",
    "male enhancement"};
constexpr std::string_view kSeo[] = {
    "seo services", "seo expert", "seo company", "backlinks", "link building", "search engine optimization",
    "website traffic", "increase your traffic", "rank your website", "first page of google", "guest post",
    "guest posting", "web design services", "digital marketing services"};
constexpr std::string_view kPromotion[] = {
    "check out my", "check out our", "check my channel", "check my video", "visit my channel", "visit my website",
    "visit our website", "my youtube channel", "subscribe to my", "subscribe to our", "subscribe to me",
    "sub to my", "subscribe my channel", "please subscribe", "like and subscribe", "subscribe and like",
    "follow me on", "like my video", "share my video", "my new song", "my new video", "click here",
    "click the link", "click this link", "make money online", "make money from home", "earn money online",
    "earn money fast", "earn extra money", "free gift card", "gift card generator", "promo code", "discount code",
    "limited time offer", "dating site", "hot singles", "adult dating"};

struct WordingKind {
  std::string_view code;
  std::string_view description;
  std::span<const std::string_view> phrases;
};

constexpr std::array<WordingKind, 6> kWordingKinds = {{
    {"gambling", "gambling spam", kGambling},
    {"loans", "loan spam", kLoans},
    {"crypto", "crypto and investment scams", kCrypto},
    {"pharma", "pharmacy spam", kPharma},
    {"seo", "SEO and marketing spam", kSeo},
    {"promotion", "self-promotion and click-bait", kPromotion},
}};

// In an email address: found anywhere in it, or as a whole part of it.
constexpr std::array<std::string_view, 6> kEmailSubstrings = {"casino", "viagra", "cialis", "bitcoin", "backlink",
                                                              "crypto"};
constexpr std::array<std::string_view, 5> kEmailParts = {"seo", "loan", "loans", "forex", "promo"};

constexpr std::array<std::string_view, 11> kFirstPersonWords = {"i",   "me",   "my",   "mine", "myself", "i'm",
                                                                 "i've", "i'd", "i'll", "im",   "ive"};

bool IsLowerAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

bool HostIsOrIsUnder(std::string_view host, std::string_view domain) {
  if (host == domain) return true;
  return host.size() > domain.size() && host.ends_with(domain) && host[host.size() - domain.size() - 1] == '.';
}

std::string FormatNumber(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string Quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::string Plural(int n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// The ordinary words of a token list (no special tokens).
std::vector<std::string_view> Words(const std::vector<std::string>& tokens) {
  std::vector<std::string_view> words;
  for (const std::string& token : tokens) {
    if (!IsSpecialToken(token)) words.push_back(token);
  }
  return words;
}

bool WordMatches(std::string_view word, std::string_view phrase_word) {
  return word == phrase_word || (word.size() == phrase_word.size() + 1 && word.starts_with(phrase_word) &&
                                 word.back() == 's');
}

// True when `phrase` (words separated by single spaces) occurs in `words`.
bool ContainsPhrase(const std::vector<std::string_view>& words, std::string_view phrase) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0; start <= phrase.size();) {
    std::size_t space = phrase.find(' ', start);
    if (space == std::string_view::npos) space = phrase.size();
    parts.push_back(phrase.substr(start, space - start));
    start = space + 1;
  }
  if (parts.size() > words.size()) return false;
  for (std::size_t i = 0; i + parts.size() <= words.size(); ++i) {
    std::size_t k = 0;
    while (k < parts.size() && WordMatches(words[i + k], parts[k])) ++k;
    if (k == parts.size()) return true;
  }
  return false;
}

// How a filter token reads in an explanation.
std::string DescribeToken(std::string_view token) {
  if (token.starts_with("name:")) return DescribeToken(token.substr(5)) + " in the name";
  if (token == "__url__") return "a link";
  if (token.starts_with("__domain:")) return "a link to " + std::string(token.substr(9, token.size() - 11));
  if (token == "__email__") return "an email address";
  if (token == "__money__") return "a sum of money";
  if (token == "__shout__") return "a word in capitals";
  if (token == "__repeat__") return "a character repeated";
  if (token == "__emoji__") return "an emoji";
  return Quoted(token);
}

// Forum link code and HTML links: people typing a comment do not write these;
// tools that post the same text to many sites do.
std::vector<std::string> MarkupFound(std::string_view lower_body) {
  std::vector<std::string> found;
  if (lower_body.find("[url=") != std::string_view::npos || lower_body.find("[url]") != std::string_view::npos ||
      lower_body.find("[link=") != std::string_view::npos) {
    found.emplace_back("forum link code ([url=...])");
  }
  for (std::size_t at = lower_body.find("<a"); at != std::string_view::npos; at = lower_body.find("<a", at + 2)) {
    std::size_t pos = at + 2;
    const std::size_t after_tag = pos;
    while (pos < lower_body.size() && (lower_body[pos] == ' ' || lower_body[pos] == '\t' || lower_body[pos] == '\n')) {
      ++pos;
    }
    if (pos > after_tag && lower_body.substr(pos, 4) == "href") {
      found.emplace_back("an HTML link (<a href=...>)");
      break;
    }
  }
  return found;
}

// A shortener written without http:// or www. ("bit.ly/abc", "adf.ly /x"),
// as spammers do to dodge link counting. Returns its host, or "".
std::string BareShortener(std::string_view lower_body) {
  for (std::string_view host : kShortenerHosts) {
    for (std::size_t at = lower_body.find(host); at != std::string_view::npos; at = lower_body.find(host, at + 1)) {
      if (at > 0) {
        const char before = lower_body[at - 1];
        if (IsLowerAlnum(before) || before == '.' || before == '-' || before == '/') continue;
      }
      std::size_t pos = at + host.size();
      while (pos < lower_body.size() && lower_body[pos] == ' ') ++pos;
      if (pos < lower_body.size() && (lower_body[pos] == '/' || lower_body[pos] == '\\')) return std::string(host);
    }
  }
  return {};
}

bool EmailHasSpamWords(std::string_view email, std::string& word) {
  const std::string lower = AsciiLower(email);
  for (std::string_view s : kEmailSubstrings) {
    if (lower.find(s) != std::string::npos) {
      word = s;
      return true;
    }
  }
  std::size_t start = 0;
  while (start < lower.size()) {
    std::size_t end = start;
    while (end < lower.size() && IsLowerAlnum(lower[end])) ++end;
    const std::string_view part = std::string_view(lower).substr(start, end - start);
    if (std::find(kEmailParts.begin(), kEmailParts.end(), part) != kEmailParts.end()) {
      word = part;
      return true;
    }
    start = end + 1;
  }
  return false;
}

class ReasonList {
 public:
  void Add(std::string code, std::string explanation, double weight) {
    reasons_.push_back(SpamReason{std::move(code), std::move(explanation), weight});
  }
  std::vector<SpamReason> Take() {
    std::stable_sort(reasons_.begin(), reasons_.end(),
                     [](const SpamReason& a, const SpamReason& b) { return a.weight > b.weight; });
    return std::move(reasons_);
  }

 private:
  std::vector<SpamReason> reasons_;
};

}  // namespace

SpamChecker::SpamChecker(SpamOptions options) : options_(std::move(options)) {
  for (std::string& host : options_.trusted_hosts) {
    host = AsciiLower(Trim(host));
    if (host.starts_with("www.")) host.erase(0, 4);
  }
}

bool SpamChecker::IsTrustedHost(std::string_view host) const {
  if (host.empty()) return false;
  for (std::string_view help : kHelpServiceHosts) {
    if (HostIsOrIsUnder(host, help)) return true;
  }
  for (const std::string& trusted : options_.trusted_hosts) {
    if (!trusted.empty() && HostIsOrIsUnder(host, trusted)) return true;
  }
  return false;
}

std::vector<std::string> SpamChecker::FilterTokens(const SpamSignals& signals) const {
  const std::vector<std::string> body = Tokens(signals.body);
  std::vector<std::string> out;
  out.reserve(body.size());
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] == "__url__" && i + 1 < body.size() && body[i + 1].starts_with("__domain:")) {
      const std::string_view domain = std::string_view(body[i + 1]).substr(9, body[i + 1].size() - 11);
      if (IsTrustedHost(domain)) continue;
    }
    out.push_back(body[i]);
  }
  for (const std::string& token : Tokens(signals.author_name)) out.push_back("name:" + token);
  return out;
}

SpamVerdict SpamChecker::Check(const SpamSignals& signals, const NaiveBayes* filter) const {
  ReasonList reasons;
  const std::vector<std::string> body_tokens = Tokens(signals.body);
  const std::vector<std::string_view> body_words = Words(body_tokens);
  const int words = static_cast<int>(body_words.size());
  const bool short_message = words < kShortMessageWords;

  // Links, without those to help services and trusted hosts.
  std::vector<Link> links;
  for (Link& link : FindLinks(signals.body)) {
    if (!IsTrustedHost(link.host)) links.push_back(std::move(link));
  }
  const int link_count = static_cast<int>(links.size());
  if (link_count > options_.max_links) {
    const int further = link_count - options_.max_links - 1;
    const double weight = std::min(kLinksMaxWeight, kLinksWeight + kLinksFurtherWeight * further);
    reasons.Add("links", Plural(link_count, "link", "links") + " (more than " + std::to_string(options_.max_links) +
                             " is unusual in a comment)", weight);
  }
  if (link_count > 0 && words <= kLinkOnlyMaxWords) {
    reasons.Add("link_only", "little besides a link (" + Plural(words, "word", "words") + ")", kLinkOnlyWeight);
  }
  const std::string lower_body = AsciiLower(NormalizeText(signals.body));
  std::string shortener;
  for (const Link& link : links) {
    const auto it = std::find_if(kShortenerHosts.begin(), kShortenerHosts.end(),
                                 [&](std::string_view s) { return HostIsOrIsUnder(link.host, s); });
    if (it != kShortenerHosts.end()) {
      shortener = link.host;
      break;
    }
  }
  if (shortener.empty()) shortener = BareShortener(lower_body);
  if (!shortener.empty()) {
    reasons.Add("shortener", "links through a URL shortener (" + shortener + "), which hides where the link goes",
                kShortenerWeight);
  }

  const std::vector<std::string> markup = MarkupFound(lower_body);
  if (!markup.empty()) {
    std::string what = markup[0];
    if (markup.size() > 1) what += " and " + markup[1];
    reasons.Add("link_markup", "contains " + what + ", which people rarely type into a comment box", kMarkupWeight);
  }

  // Wording, in the body and in the name.
  const std::vector<std::string> name_tokens = Tokens(signals.author_name);
  const std::vector<std::string_view> name_words = Words(name_tokens);
  bool any_wording = false;
  for (const WordingKind& kind : kWordingKinds) {
    std::vector<std::string> found;
    for (std::string_view phrase : kind.phrases) {
      if (ContainsPhrase(body_words, phrase)) found.push_back(Quoted(phrase));
      if (ContainsPhrase(name_words, phrase)) found.push_back(Quoted(phrase) + " (in the name)");
    }
    if (found.empty()) continue;
    any_wording = true;
    const double weight =
        std::min(kWordingMaxWeight, kWordingWeight + kWordingFurtherWeight * static_cast<double>(found.size() - 1));
    std::string list;
    for (const std::string& f : found) list += (list.empty() ? "" : ", ") + f;
    reasons.Add("wording:" + std::string(kind.code),
                "wording typical of " + std::string(kind.description) + ": " + list, weight);
  }
  if (any_wording && link_count > 0) {
    reasons.Add("promo_link", "links to " + (links[0].host.empty() ? std::string("a web site") : links[0].host) +
                                  " alongside that wording", kPromoLinkWeight);
  }

  // The name.
  const std::string clean_name = NormalizeText(signals.author_name);
  const std::string_view name = Trim(clean_name);
  const std::vector<Link> name_links = FindLinks(name);
  const bool name_is_url =
      !name.empty() && (LooksLikeDomain(name) || (name_links.size() == 1 && name_links[0].url == name));
  if (name_is_url) {
    const double weight = kNameUrlWeight + (short_message ? kNameUrlShortWeight : 0.0);
    reasons.Add("name_url", "the name is a web address (" + std::string(name) + ")" +
                                (short_message ? " over a message of a few words" : ""), weight);
  } else {
    bool name_has_link = !name_links.empty() || AsciiLower(name).find("http") != std::string::npos;
    std::size_t start = 0;
    while (!name_has_link && start < name.size()) {
      std::size_t end = name.find(' ', start);
      if (end == std::string_view::npos) end = name.size();
      name_has_link = LooksLikeDomain(name.substr(start, end - start));
      start = end + 1;
    }
    if (name_has_link) {
      const double weight = kNameLinkWeight + (short_message ? kNameLinkShortWeight : 0.0);
      reasons.Add("name_link", "the name contains a web address (" + std::string(name) + ")", weight);
    }
  }

  std::string email_word;
  if (EmailHasSpamWords(signals.author_email, email_word)) {
    reasons.Add("email_words", "the email address contains " + Quoted(email_word), kEmailWordsWeight);
  }

  const CharacterMix mix = CountCharacters(signals.body);
  const int visible = mix.letters + mix.digits + mix.other;
  if (visible >= kNonLettersMinChars && mix.letters < kNonLettersMaxLetterShare * visible) {
    const double share = 100.0 * mix.letters / visible;
    reasons.Add("non_letters", "mostly symbols or digits rather than words (" + FormatNumber(share, 0) + "% letters)",
                kNonLettersWeight);
  }

  if (filter != nullptr && filter->HasEnoughData()) {
    const std::vector<std::string> tokens = FilterTokens(signals);
    const double p = filter->SpamProbability(tokens);
    if (p >= kFilterSpamListedFrom && options_.filter_weight > 0) {
      std::string explanation = "the filter, trained on this site's own decisions, thinks this looks like spam (" +
                                FormatNumber(p, 2) + ")";
      const auto strongest = filter->StrongestTokens(tokens, kFilterTokensShown);
      for (std::size_t i = 0; i < strongest.size(); ++i) {
        explanation += (i == 0 ? "; weighing most: " : ", ") + DescribeToken(strongest[i].first);
      }
      reasons.Add("filter", explanation, options_.filter_weight * (2 * p - 1));
    } else if (p <= kFilterHamListedFrom && options_.filter_ham_weight > 0) {
      reasons.Add("filter",
                  "the filter, trained on this site's own decisions, thinks this looks like the site's usual "
                  "comments (" + FormatNumber(p, 2) + ")",
                  options_.filter_ham_weight * (2 * p - 1));
    }
  }

  if (words >= kPersonalMinWords) {
    const auto first_person = std::count_if(body_tokens.begin(), body_tokens.end(), [](const std::string& t) {
      return std::find(kFirstPersonWords.begin(), kFirstPersonWords.end(), t) != kFirstPersonWords.end();
    });
    if (first_person >= kPersonalMinFirstPerson) {
      reasons.Add("personal",
                  "reads as a personal message in the writer's own words (" + Plural(words, "word", "words") + ")",
                  words >= kPersonalLongWords ? kPersonalLongWeight : kPersonalWeight);
    }
  }

  SpamVerdict verdict;
  verdict.reasons = reasons.Take();
  for (const SpamReason& reason : verdict.reasons) verdict.score += reason.weight;
  verdict.is_spam = verdict.score >= options_.threshold - 1e-9;
  return verdict;
}

}  // namespace rapport::spam
