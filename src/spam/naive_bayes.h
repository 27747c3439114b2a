// NaiveBayes: a multinomial naive Bayes text classifier with Laplace (add-one)
// smoothing, trained on this site's own moderation decisions. It counts how
// often each token (see spam/features.h) appears in spam and in ham (not-spam)
// comments, and scores a new comment by the sum of the tokens' log-likelihoods.
//
// Contract:
//  - Not enough data: while either class has fewer than kMinDocumentsPerClass
//    training documents, SpamProbability() returns exactly 0.5 ("no opinion")
//    and StrongestTokens() returns nothing. A new site therefore starts with
//    rules only.
//  - Tokens never seen in training are ignored when scoring (rather than being
//    smoothed, which would favour the class with fewer tokens).
//  - Vocabulary cap: when a Train() call takes the vocabulary above
//    max_vocabulary() tokens (default 60,000), or the tokens' text above 1 MB,
//    every token seen only once (spam + ham count of 1) is forgotten; if that
//    is not enough, those seen twice, and so on. Tokens longer than
//    kMaxTokenBytes are not counted. This keeps Serialize() below about 2 MB
//    however many comments were trained (about 1 MB for 10,000 comments).
//  - Untrain() undoes one earlier Train() of the same tokens and class (to
//    correct a decision). Counts never go below zero: untraining a document
//    that was never trained, or whose tokens were pruned, is harmless.
//
// Serialized form (one text value, versioned, deterministic):
//   rapport-naive-bayes 1 <spam_documents> <ham_documents> <token_lines>
//   <token> <spam_count> <ham_count>      (one line per token, sorted by token)
//   end
// Tokens escape bytes <= 0x20, 0x7F and '%' as %XX.
//
// Thread safety: const methods may run concurrently; Train() and Untrain()
// need exclusive access (keep the filter behind a mutex, or train a copy and
// swap a shared_ptr<const NaiveBayes>).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/result.h"

namespace rapport::spam {

class NaiveBayes {
 public:
  static constexpr std::int64_t kMinDocumentsPerClass = 20;
  static constexpr std::size_t kDefaultMaxVocabulary = 60000;
  static constexpr std::size_t kMaxTokenBytes = 80;
  static constexpr std::size_t kMaxTokenTextBytes = 1 << 20;

  explicit NaiveBayes(std::size_t max_vocabulary = kDefaultMaxVocabulary);

  // Counts one document (the tokens of one comment) as spam or ham. Every
  // occurrence counts: a token twice in the document counts twice.
  void Train(const std::vector<std::string>& tokens, bool spam);

  // Removes one document trained earlier with the same tokens and class.
  // To move a comment from spam to ham: Untrain(tokens, true), Train(tokens, false).
  void Untrain(const std::vector<std::string>& tokens, bool spam);

  // True when both classes have at least kMinDocumentsPerClass documents.
  bool HasEnoughData() const;

  // P(spam | tokens), computed in log space and clamped to [0, 1]; exactly 0.5
  // when !HasEnoughData(). Long texts push it towards 0 or 1: this is the
  // naive Bayes assumption at work, not a calibrated probability.
  double SpamProbability(const std::vector<std::string>& tokens) const;

  // For explanations: up to `n` distinct tokens of `tokens` that push most
  // towards spam, strongest first, each with its contribution to the log-odds
  // (occurrences x (log P(token|spam) - log P(token|ham)), always > 0). Tokens
  // that lean towards ham are not listed. Empty when !HasEnoughData().
  std::vector<std::pair<std::string, double>> StrongestTokens(const std::vector<std::string>& tokens,
                                                              std::size_t n) const;

  // The versioned text form above; Deserialize(Serialize()) gives an equal filter.
  std::string Serialize() const;
  // Reads Serialize()'s output. Damaged or foreign input is kInvalidArgument,
  // with the line at fault in the message.
  static Result<NaiveBayes> Deserialize(std::string_view text, std::size_t max_vocabulary = kDefaultMaxVocabulary);

  std::int64_t spam_documents() const { return spam_documents_; }
  std::int64_t ham_documents() const { return ham_documents_; }
  std::size_t vocabulary_size() const { return counts_.size(); }
  std::size_t max_vocabulary() const { return max_vocabulary_; }
  // How often `token` was counted in spam and in ham documents (0 if unknown).
  std::pair<std::int64_t, std::int64_t> TokenCounts(std::string_view token) const;

 private:
  struct Counts {
    std::int64_t spam = 0;
    std::int64_t ham = 0;
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using CountMap = std::unordered_map<std::string, Counts, Hash, std::equal_to<>>;

  void PruneIfNeeded();
  void Erase(CountMap::iterator it);
  // log P(token|spam) - log P(token|ham) with add-one smoothing.
  double LogLikelihoodRatio(const Counts& counts) const;

  CountMap counts_;
  std::int64_t spam_documents_ = 0;
  std::int64_t ham_documents_ = 0;
  std::int64_t spam_tokens_ = 0;  // sum of counts_[*].spam
  std::int64_t ham_tokens_ = 0;   // sum of counts_[*].ham
  std::size_t token_text_bytes_ = 0;  // sum of the keys' sizes
  std::size_t max_vocabulary_;
};

}  // namespace rapport::spam
