#include "spam/naive_bayes.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <map>

namespace rapport::spam {
namespace {

constexpr std::string_view kMagic = "rapport-naive-bayes";
constexpr int kFormatVersion = 1;
constexpr std::string_view kEndLine = "end";
// Larger counts are taken for damage (and would risk overflowing the totals).
constexpr std::int64_t kMaxCount = 1'000'000'000'000;

bool NeedsEscape(unsigned char c) { return c <= 0x20 || c == 0x7F || c == '%'; }

void AppendEscaped(std::string& out, std::string_view token) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (char c : token) {
    const auto u = static_cast<unsigned char>(c);
    if (NeedsEscape(u)) {
      out.push_back('%');
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 0xF]);
    } else {
      out.push_back(c);
    }
  }
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

bool Unescape(std::string_view escaped, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < escaped.size(); ++i) {
    if (escaped[i] != '%') {
      out.push_back(escaped[i]);
      continue;
    }
    if (i + 2 >= escaped.size()) return false;
    const int hi = HexValue(escaped[i + 1]);
    const int lo = HexValue(escaped[i + 2]);
    if (hi < 0 || lo < 0) return false;
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return !out.empty();
}

bool ParseCount(std::string_view s, std::int64_t& value) {
  if (s.empty()) return false;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  return ec == std::errc() && end == s.data() + s.size() && value >= 0 && value <= kMaxCount;
}

// Splits a line on single spaces.
std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t space = line.find(' ', start);
    fields.push_back(line.substr(start, space == std::string_view::npos ? std::string_view::npos : space - start));
    if (space == std::string_view::npos) break;
    start = space + 1;
  }
  return fields;
}

Error Damaged(std::size_t line_number, std::string_view what) {
  return Error::InvalidArgument("spam filter data is damaged (line " + std::to_string(line_number) + "): " +
                                std::string(what));
}

}  // namespace

NaiveBayes::NaiveBayes(std::size_t max_vocabulary) : max_vocabulary_(std::max<std::size_t>(max_vocabulary, 1)) {}

void NaiveBayes::Train(const std::vector<std::string>& tokens, bool spam) {
  (spam ? spam_documents_ : ham_documents_) += 1;
  for (const std::string& token : tokens) {
    if (token.empty() || token.size() > kMaxTokenBytes) continue;
    auto [it, inserted] = counts_.try_emplace(token);
    if (inserted) token_text_bytes_ += token.size();
    if (spam) {
      ++it->second.spam;
      ++spam_tokens_;
    } else {
      ++it->second.ham;
      ++ham_tokens_;
    }
  }
  PruneIfNeeded();
}

void NaiveBayes::Untrain(const std::vector<std::string>& tokens, bool spam) {
  std::int64_t& documents = spam ? spam_documents_ : ham_documents_;
  if (documents > 0) --documents;
  for (const std::string& token : tokens) {
    auto it = counts_.find(token);
    if (it == counts_.end()) continue;
    std::int64_t& count = spam ? it->second.spam : it->second.ham;
    if (count == 0) continue;
    --count;
    --(spam ? spam_tokens_ : ham_tokens_);
    if (it->second.spam == 0 && it->second.ham == 0) Erase(it);
  }
}

void NaiveBayes::Erase(CountMap::iterator it) {
  spam_tokens_ -= it->second.spam;
  ham_tokens_ -= it->second.ham;
  token_text_bytes_ -= it->first.size();
  counts_.erase(it);
}

void NaiveBayes::PruneIfNeeded() {
  std::int64_t floor = 1;
  while (counts_.size() > max_vocabulary_ || token_text_bytes_ > kMaxTokenTextBytes) {
    for (auto it = counts_.begin(); it != counts_.end();) {
      auto next = std::next(it);
      if (it->second.spam + it->second.ham <= floor) Erase(it);
      it = next;
    }
    ++floor;
  }
}

bool NaiveBayes::HasEnoughData() const {
  return spam_documents_ >= kMinDocumentsPerClass && ham_documents_ >= kMinDocumentsPerClass;
}

double NaiveBayes::LogLikelihoodRatio(const Counts& counts) const {
  const auto vocabulary = static_cast<double>(counts_.size());
  const double p_spam = (static_cast<double>(counts.spam) + 1.0) / (static_cast<double>(spam_tokens_) + vocabulary);
  const double p_ham = (static_cast<double>(counts.ham) + 1.0) / (static_cast<double>(ham_tokens_) + vocabulary);
  return std::log(p_spam) - std::log(p_ham);
}

double NaiveBayes::SpamProbability(const std::vector<std::string>& tokens) const {
  if (!HasEnoughData()) return 0.5;
  // Log-odds of spam: prior ratio plus each known token's likelihood ratio.
  double log_odds = std::log(static_cast<double>(spam_documents_)) - std::log(static_cast<double>(ham_documents_));
  for (const std::string& token : tokens) {
    const auto it = counts_.find(token);
    if (it != counts_.end()) log_odds += LogLikelihoodRatio(it->second);
  }
  if (log_odds > 700.0) return 1.0;
  if (log_odds < -700.0) return 0.0;
  const double p = 1.0 / (1.0 + std::exp(-log_odds));
  return std::clamp(p, 0.0, 1.0);
}

std::vector<std::pair<std::string, double>> NaiveBayes::StrongestTokens(const std::vector<std::string>& tokens,
                                                                        std::size_t n) const {
  std::vector<std::pair<std::string, double>> out;
  if (!HasEnoughData() || n == 0) return out;
  std::map<std::string_view, int> occurrences;
  for (const std::string& token : tokens) ++occurrences[token];
  for (const auto& [token, times] : occurrences) {
    const auto it = counts_.find(token);
    if (it == counts_.end()) continue;
    const double contribution = times * LogLikelihoodRatio(it->second);
    if (contribution > 0) out.emplace_back(std::string(token), contribution);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (out.size() > n) out.resize(n);
  return out;
}

std::pair<std::int64_t, std::int64_t> NaiveBayes::TokenCounts(std::string_view token) const {
  const auto it = counts_.find(token);
  if (it == counts_.end()) return {0, 0};
  return {it->second.spam, it->second.ham};
}

std::string NaiveBayes::Serialize() const {
  std::vector<const CountMap::value_type*> entries;
  entries.reserve(counts_.size());
  for (const auto& entry : counts_) entries.push_back(&entry);
  std::sort(entries.begin(), entries.end(), [](const auto* a, const auto* b) { return a->first < b->first; });

  std::string out;
  out.reserve(token_text_bytes_ + counts_.size() * 8 + 64);
  out.append(kMagic);
  out += ' ' + std::to_string(kFormatVersion) + ' ' + std::to_string(spam_documents_) + ' ' +
         std::to_string(ham_documents_) + ' ' + std::to_string(entries.size()) + '\n';
  for (const auto* entry : entries) {
    AppendEscaped(out, entry->first);
    out += ' ' + std::to_string(entry->second.spam) + ' ' + std::to_string(entry->second.ham) + '\n';
  }
  out.append(kEndLine);
  out.push_back('\n');
  return out;
}

Result<NaiveBayes> NaiveBayes::Deserialize(std::string_view text, std::size_t max_vocabulary) {
  NaiveBayes filter(max_vocabulary);
  std::size_t line_number = 0;
  std::size_t pos = 0;
  auto next_line = [&](std::string_view& line) {
    if (pos >= text.size()) return false;
    std::size_t newline = text.find('\n', pos);
    if (newline == std::string_view::npos) newline = text.size();
    line = text.substr(pos, newline - pos);
    pos = newline + 1;
    ++line_number;
    return true;
  };

  std::string_view line;
  if (!next_line(line)) return Error::InvalidArgument("spam filter data is empty");
  const std::vector<std::string_view> header = Fields(line);
  if (header.empty() || header[0] != kMagic) return Damaged(line_number, "not naive Bayes filter data");
  std::int64_t version = 0;
  if (header.size() < 2 || !ParseCount(header[1], version)) return Damaged(line_number, "no format version");
  if (version != kFormatVersion) {
    return Error::InvalidArgument("spam filter data has format version " + std::to_string(version) +
                                  ", this build reads version " + std::to_string(kFormatVersion));
  }
  std::int64_t token_lines = 0;
  if (header.size() != 5 || !ParseCount(header[2], filter.spam_documents_) ||
      !ParseCount(header[3], filter.ham_documents_) || !ParseCount(header[4], token_lines)) {
    return Damaged(line_number, "the header needs document counts and a token count");
  }

  std::string token;
  for (std::int64_t i = 0; i < token_lines; ++i) {
    if (!next_line(line)) return Damaged(line_number, "it ends before the last token");
    const std::vector<std::string_view> fields = Fields(line);
    Counts counts;
    if (fields.size() != 3 || !ParseCount(fields[1], counts.spam) || !ParseCount(fields[2], counts.ham)) {
      return Damaged(line_number, "expected \"<token> <spam count> <ham count>\"");
    }
    if (!Unescape(fields[0], token) || token.size() > kMaxTokenBytes) return Damaged(line_number, "bad token");
    if (counts.spam == 0 && counts.ham == 0) return Damaged(line_number, "a token with no counts");
    auto [it, inserted] = filter.counts_.try_emplace(token, counts);
    if (!inserted) return Damaged(line_number, "a token listed twice");
    filter.spam_tokens_ += counts.spam;
    filter.ham_tokens_ += counts.ham;
    filter.token_text_bytes_ += token.size();
  }
  if (!next_line(line) || line != kEndLine) return Damaged(line_number, "missing \"end\" after the tokens");
  while (next_line(line)) {
    if (!line.empty()) return Damaged(line_number, "text after \"end\"");
  }
  return filter;
}

}  // namespace rapport::spam
