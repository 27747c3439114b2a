// SpamChecker: the text side of the spam defence. Looks at what a comment says
// (author name, email, body) and returns an explainable verdict: a score made
// of weighted reasons, each with a sentence staff can read. Honeypots, timing
// and rate limits are decided elsewhere.
//
// This site's comments are long, raw, personal texts about therapy, grief,
// self-harm and suicide. A false positive hides a vulnerable person's words,
// so the checker is built for precision:
//  - spam needs two signs (say, promotional wording and a link). The only
//    combinations that one act of the spammer reaches are a name that is a
//    web address over a message of a few words, and a shortened link or forum
//    link code with little else. The naive Bayes filter alone never makes a
//    comment spam with the default weights (filter_weight < threshold): on the
//    evaluation (tools/spam_eval.cc) a filter trained on YouTube spam leaned
//    to spam on 252 of 354 genuine comments of this site's register;
//  - links to help services (a built-in list: Samaritans, 988, Crisis Text
//    Line, Mind, NHS...) and to SpamOptions::trusted_hosts are not counted;
//  - a long message in the first person counts against spam;
//  - wording rules match phrases ("online casino", "subscribe to my"), never
//    single words someone might use about their own life ("casino", "loan").
//
// Rules and weights (the default threshold is 4.0):
//   links          more than max_links links             1.5, +0.5 per further link, at most 3.0
//   link_only      a link and at most 6 other words      1.5
//   shortener      a link through bit.ly, tinyurl...     2.5 (also written bare: "bit.ly/x")
//   link_markup    [url=...] forum code or <a href=...>  2.5
//   wording:<kind> spam phrases (gambling, loans, crypto, pharma, seo, promotion)
//                                                        2.0, +0.75 per further phrase, at most 3.0 per kind
//   promo_link     a counted link beside spam wording    1.0
//   name_url       the name is a web address             3.0, +1.0 when the message has under 12 words
//   name_link      the name contains a web address       2.5, +0.5 when the message has under 12 words
//   email_words    spam words in the email address       1.0
//   non_letters    mostly symbols, not words             1.5
//   filter         the trained filter's probability p    filter_weight * (2p - 1), listed from p >= 0.6
//                                                        filter_ham_weight * (2p - 1) (negative), from p <= 0.4
//   personal       40+ words written in the first person -1.0; -2.0 from 100 words
//
// Thread safety: SpamChecker is immutable after construction; Check() may run
// concurrently. The NaiveBayes passed in must not be trained meanwhile.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "spam/naive_bayes.h"

namespace rapport::spam {

// The text of one comment as submitted.
struct SpamSignals {
  std::string author_name;
  std::string author_email;  // may be empty
  std::string body;          // Markdown as typed
};

// One reason behind a verdict. `code` is stable (for logs and tests),
// `explanation` is plain English for staff, `weight` is what it added to the
// score (negative for signs of a genuine comment).
struct SpamReason {
  std::string code;
  std::string explanation;
  double weight = 0;
};

struct SpamVerdict {
  bool is_spam = false;
  double score = 0;                 // sum of the reasons' weights
  std::vector<SpamReason> reasons;  // largest weight first; empty for an unremarkable comment
};

struct SpamOptions {
  // More links than this in the body is a reason. Links to help services and
  // trusted hosts are not counted.
  int max_links = 3;
  // Score at or above which a comment is spam. Lowering it catches more spam
  // and hides more genuine comments.
  double threshold = 4.0;
  // Weight of the trained filter's opinion at probability 1 (0 at 0.5). Keep it
  // below `threshold` so that the filter needs a second sign. 0 ignores it.
  double filter_weight = 3.0;
  // Weight taken off at probability 0, when the filter is sure the comment
  // looks like this site's usual ones.
  double filter_ham_weight = 1.0;
  // Hosts whose links are never counted, with their subdomains: put the
  // site's own host here. The built-in help services are always trusted.
  std::vector<std::string> trusted_hosts;
};

class SpamChecker {
 public:
  explicit SpamChecker(SpamOptions options = {});

  // The verdict on one comment. `filter` may be null, or not yet trained
  // enough (NaiveBayes::HasEnoughData): the rules then decide alone.
  SpamVerdict Check(const SpamSignals& signals, const NaiveBayes* filter) const;

  // The tokens Check() gives the filter for these signals: the body's tokens
  // (a link to a trusted host keeps its "__domain:...__" token but loses
  // "__url__") and the name's tokens prefixed "name:". Train and untrain the
  // filter with exactly these, so that it learns what it will later be asked.
  std::vector<std::string> FilterTokens(const SpamSignals& signals) const;

  // True for a help service or a trusted host (or a subdomain of one).
  bool IsTrustedHost(std::string_view host) const;

  const SpamOptions& options() const { return options_; }

 private:
  SpamOptions options_;
};

}  // namespace rapport::spam
