// Training the learned part of the screener (learned_train.h): labelled
// comments turned into sentence features, the two logistic heads fitted,
// k-fold cross-validation for out-of-fold scores, and the weights file
// written. The thresholds are chosen in learned_thresholds.cc.
#include "screening/learned_train.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <utility>

namespace rapport::screening {
namespace {

bool Positive(Head head, RiskLevel label) {
  return head == Head::kCrisis ? label == RiskLevel::kCrisis : label != RiskLevel::kNone;
}

// The sorted union of two sorted id lists.
std::vector<int> Union(const std::vector<int>& a, const std::vector<int>& b) {
  std::vector<int> out;
  out.reserve(a.size() + b.size());
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

// Windows (learned.h) of a comment, as feature lists, restricted by `map` (id -> local id or -1).
std::vector<std::vector<int>> WindowFeatures(const PreparedComment& c, const std::vector<int>& map,
                                             bool whole_comment) {
  std::vector<std::vector<int>> sentences;
  for (const std::vector<int>& s : c.sentences) {
    std::vector<int> local;
    for (const int id : s) {
      const int l = map[static_cast<std::size_t>(id)];
      if (l >= 0) local.push_back(l);
    }
    std::sort(local.begin(), local.end());
    sentences.push_back(std::move(local));
  }
  std::vector<std::vector<int>> windows;
  for (const auto& [a, b] : LearnedWindows(static_cast<int>(sentences.size()), whole_comment)) {
    std::vector<int> window = sentences[static_cast<std::size_t>(a)];
    for (int s = a + 1; s <= b; ++s) window = Union(window, sentences[static_cast<std::size_t>(s)]);
    windows.push_back(std::move(window));
  }
  return windows;
}

std::vector<int> BagOf(const std::vector<std::vector<int>>& windows) {
  std::vector<int> bag;
  for (const auto& w : windows) bag = Union(bag, w);
  return bag;
}

struct Instance {
  const std::vector<int>* features;
  double y;
  double weight;
};

double Dot(const std::vector<double>& w, double bias, const std::vector<int>& features) {
  double z = bias;
  for (const int f : features) z += w[static_cast<std::size_t>(f)];
  return z;
}

// Full-batch Adam on the weighted mean logistic loss plus l2/2 |w|^2, from the given start.
void Fit(const std::vector<Instance>& instances, const TrainOptions& options, std::vector<double>& w, double& bias) {
  const std::size_t n = w.size();
  std::vector<double> grad(n), m(n, 0.0), v(n, 0.0);
  double mb = 0, vb = 0;
  constexpr double kBeta1 = 0.9, kBeta2 = 0.999, kEps = 1e-8;
  double total_weight = 0;
  for (const Instance& i : instances) total_weight += i.weight;
  if (total_weight <= 0) return;
  for (int step = 1; step <= options.iterations; ++step) {
    for (std::size_t j = 0; j < n; ++j) grad[j] = options.l2 * w[j];
    double grad_bias = 0;
    for (const Instance& i : instances) {
      const double p = Sigmoid(Dot(w, bias, *i.features));
      const double g = i.weight / total_weight * (p - i.y);
      grad_bias += g;
      for (const int f : *i.features) grad[static_cast<std::size_t>(f)] += g;
    }
    const double c1 = 1 - std::pow(kBeta1, step);
    const double c2 = 1 - std::pow(kBeta2, step);
    for (std::size_t j = 0; j < n; ++j) {
      m[j] = kBeta1 * m[j] + (1 - kBeta1) * grad[j];
      v[j] = kBeta2 * v[j] + (1 - kBeta2) * grad[j] * grad[j];
      w[j] -= options.learning_rate * (m[j] / c1) / (std::sqrt(v[j] / c2) + kEps);
    }
    mb = kBeta1 * mb + (1 - kBeta1) * grad_bias;
    vb = kBeta2 * vb + (1 - kBeta2) * grad_bias * grad_bias;
    bias -= options.learning_rate * (mb / c1) / (std::sqrt(vb / c2) + kEps);
  }
}

struct Metrics {
  double objective = -1;
  bool feasible = false;
};

}  // namespace

PreparedData Prepare(const Screener::Rules& rules, const Lexicon& lexicon, const std::vector<LabelledComment>& comments,
                     const TrainOptions& options) {
  PreparedData data;
  std::unordered_map<std::string, int> ids;
  std::unordered_map<std::string, int> files;
  for (const LabelledComment& c : comments) {
    const CommentFeatures f = ExtractCommentFeatures(rules, lexicon, c.text);
    PreparedComment p;
    p.label = c.label;
    p.rule_level = f.rule_level;
    p.rule_veto_proof = f.rule_veto_proof;
    p.hard_negative = c.hard_negative;
    p.file = files.emplace(c.source, static_cast<int>(files.size())).first->second;
    p.select = (options.select_source.empty() || c.source.find(options.select_source) != std::string::npos) &&
               std::none_of(options.select_except.begin(), options.select_except.end(),
                            [&](const std::string& e) { return c.source.find(e) != std::string::npos; }) &&
               (options.select_words_under <= 0 || CountWords(c.text) < options.select_words_under);
    p.guard = !options.guard_source.empty() && c.source.find(options.guard_source) != std::string::npos;
    const auto upweight = std::find_if(options.upweights.begin(), options.upweights.end(),
                                       [&](const auto& u) { return c.source.find(u.first) != std::string::npos; });
    if (upweight != options.upweights.end()) p.weight = upweight->second;
    for (const std::vector<std::string>& sentence : f.sentences) {
      std::vector<int> features;
      for (const std::string& name : sentence) {
        if (!options.rule_features && name.rfind("r:", 0) == 0) continue;
        if (std::any_of(options.drop_prefixes.begin(), options.drop_prefixes.end(),
                        [&](const std::string& prefix) { return name.rfind(prefix, 0) == 0; })) {
          continue;
        }
        const auto [it, fresh] = ids.emplace(name, static_cast<int>(data.names.size()));
        if (fresh) data.names.push_back(name);
        features.push_back(it->second);
      }
      std::sort(features.begin(), features.end());
      features.erase(std::unique(features.begin(), features.end()), features.end());
      p.sentences.push_back(std::move(features));
    }
    data.comments.push_back(std::move(p));
  }
  return data;
}

TrainedHeads Train(const PreparedData& data, const std::vector<int>& indices, const TrainOptions& options) {
  // Features used: those in at least min_count of the training comments.
  std::vector<int> count(data.names.size(), 0);
  std::vector<int> seen(data.names.size(), -1);
  for (const int i : indices) {
    for (const auto& s : data.comments[static_cast<std::size_t>(i)].sentences) {
      for (const int f : s) {
        if (seen[static_cast<std::size_t>(f)] == i) continue;
        seen[static_cast<std::size_t>(f)] = i;
        ++count[static_cast<std::size_t>(f)];
      }
    }
  }
  std::vector<int> map(data.names.size(), -1);
  std::vector<int> global;
  for (std::size_t f = 0; f < data.names.size(); ++f) {
    if (count[f] >= options.min_count) {
      map[f] = static_cast<int>(global.size());
      global.push_back(static_cast<int>(f));
    }
  }
  std::vector<std::vector<std::vector<int>>> windows;
  std::vector<std::vector<int>> bags;
  for (const int i : indices) {
    windows.push_back(WindowFeatures(data.comments[static_cast<std::size_t>(i)], map, options.whole_comment));
    bags.push_back(BagOf(windows.back()));
  }

  // How much window j of a harmless comment weighs: one each, or, with
  // whole_negatives, the whole-comment window as much as all the comment's
  // pairs together, so that a long harmless letter read whole is not one
  // window among thirty. (Three windows or more are two pairs or more and the
  // whole comment, last: LearnedWindows.)
  const auto NegativeShare = [&](const std::vector<std::vector<int>>& wins, std::size_t j) {
    const bool whole = options.whole_comment && options.whole_negatives && wins.size() >= 3 && j + 1 == wins.size();
    return whole ? static_cast<double>(wins.size() - 1) : 1.0;
  };
  TrainedHeads out;
  for (int h = 0; h < kHeads; ++h) {
    const Head head = static_cast<Head>(h);
    std::vector<double> w(global.size(), 0.0);
    double bias = 0;
    std::vector<std::size_t> positives;
    std::vector<const std::vector<int>*> chosen;
    double positive_total = 0;
    double negative_total = 0;  // over windows
    for (std::size_t k = 0; k < indices.size(); ++k) {
      const PreparedComment& c = data.comments[static_cast<std::size_t>(indices[k])];
      if (Positive(head, c.label)) {
        positives.push_back(k);
        chosen.push_back(&bags[k]);
        positive_total += c.weight;
      } else {
        for (std::size_t j = 0; j < windows[k].size(); ++j) negative_total += c.weight * NegativeShare(windows[k], j);
      }
    }
    for (int round = 0; round <= options.mil_rounds; ++round) {
      std::vector<Instance> instances;
      const double positive_weight = positive_total <= 0 ? 0 : 0.5 / positive_total;
      const double negative_weight = negative_total <= 0 ? 0 : 0.5 / negative_total;
      std::size_t next_positive = 0;
      for (std::size_t k = 0; k < indices.size(); ++k) {
        const double w_comment = data.comments[static_cast<std::size_t>(indices[k])].weight;
        if (next_positive < positives.size() && positives[next_positive] == k) {
          instances.push_back(Instance{chosen[next_positive], 1.0, positive_weight * w_comment});
          ++next_positive;
          continue;
        }
        for (std::size_t j = 0; j < windows[k].size(); ++j) {
          instances.push_back(
              Instance{&windows[k][j], 0.0, negative_weight * w_comment * NegativeShare(windows[k], j)});
        }
      }
      Fit(instances, options, w, bias);
      if (round == options.mil_rounds) break;
      // Each positive comment's best window becomes its example for the next round.
      for (std::size_t p = 0; p < positives.size(); ++p) {
        const auto& wins = windows[positives[p]];
        double best = -std::numeric_limits<double>::infinity();
        for (const auto& win : wins) {
          const double z = Dot(w, bias, win);
          if (z > best) {
            best = z;
            chosen[p] = &win;
          }
        }
      }
    }
    HeadWeights& result = out.heads[static_cast<std::size_t>(h)];
    result.bias = bias;
    for (std::size_t l = 0; l < global.size(); ++l) {
      if (w[l] != 0) result.weights.emplace(global[l], w[l]);
    }
  }
  return out;
}

double SingleLogit(Head head, const TrainOptions& options) {
  if (head != Head::kCrisis || !(options.single > 0)) return std::numeric_limits<double>::infinity();
  return Logit(options.single);
}

double ScoreComment(const HeadWeights& head, const PreparedComment& comment, double single, bool whole_comment) {
  const auto weight = [&](int f) {
    const auto it = head.weights.find(f);
    return it == head.weights.end() ? 0.0 : it->second;
  };
  std::vector<double> sums;
  for (const auto& s : comment.sentences) {
    double total = 0;
    for (const int f : s) total += weight(f);
    sums.push_back(total);
  }
  double best = -std::numeric_limits<double>::infinity();
  for (const auto& [a, b] : LearnedWindows(static_cast<int>(comment.sentences.size()), whole_comment)) {
    double z = head.bias + sums[static_cast<std::size_t>(a)];
    if (b == a + 1) {
      z += sums[static_cast<std::size_t>(b)];
      const auto& x = comment.sentences[static_cast<std::size_t>(a)];
      const auto& y = comment.sentences[static_cast<std::size_t>(b)];
      std::vector<int> both;
      std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(both));
      for (const int f : both) z -= weight(f);
    } else if (b > a + 1) {  // features are binary: each counts once however many sentences have it
      std::vector<int> all;
      for (int s = a; s <= b; ++s) all = Union(all, comment.sentences[static_cast<std::size_t>(s)]);
      z = head.bias;
      for (const int f : all) z += weight(f);
    }
    best = std::max(best, z);
  }
  if (comment.sentences.size() > 1) {
    for (const double sum : sums) {
      if (head.bias + sum >= single) best = std::max(best, head.bias + sum);
    }
  }
  if (comment.sentences.empty()) best = head.bias;
  return best;
}

std::vector<int> AssignFolds(const PreparedData& data, int folds, bool by_file) {
  std::vector<int> fold(data.comments.size(), 0);
  if (by_file) {
    // Largest files first, each to the fold with the fewest comments so far.
    std::vector<int> size;
    for (const PreparedComment& c : data.comments) {
      if (static_cast<std::size_t>(c.file) >= size.size()) size.resize(static_cast<std::size_t>(c.file) + 1, 0);
      ++size[static_cast<std::size_t>(c.file)];
    }
    std::vector<int> order(size.size());
    for (std::size_t f = 0; f < order.size(); ++f) order[f] = static_cast<int>(f);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
      return size[static_cast<std::size_t>(a)] > size[static_cast<std::size_t>(b)];
    });
    std::vector<int> fold_of_file(size.size(), 0);
    std::vector<int> filled(static_cast<std::size_t>(folds), 0);
    for (const int f : order) {
      const auto smallest = std::min_element(filled.begin(), filled.end()) - filled.begin();
      fold_of_file[static_cast<std::size_t>(f)] = static_cast<int>(smallest);
      filled[static_cast<std::size_t>(smallest)] += size[static_cast<std::size_t>(f)];
    }
    for (std::size_t i = 0; i < data.comments.size(); ++i) {
      fold[i] = fold_of_file[static_cast<std::size_t>(data.comments[i].file)];
    }
    return fold;
  }
  std::array<int, 4> next = {0, 0, 0, 0};  // hard negatives, concern, crisis, plain negatives
  for (std::size_t i = 0; i < data.comments.size(); ++i) {
    const PreparedComment& c = data.comments[i];
    const std::size_t group = c.label == RiskLevel::kNone ? (c.hard_negative ? 0 : 3) : static_cast<std::size_t>(c.label);
    fold[i] = next[group]++ % folds;
  }
  return fold;
}

CrossValidation CrossValidate(const PreparedData& data, const TrainOptions& options) {
  const std::size_t n = data.comments.size();
  const std::vector<int> fold = AssignFolds(data, options.folds, options.folds_by_file);
  CrossValidation cv;
  for (auto& s : cv.scores) s.assign(n, 0.0);
  for (int f = 0; f < options.folds; ++f) {
    std::vector<int> train;
    for (std::size_t i = 0; i < n; ++i) {
      if (fold[i] != f) train.push_back(static_cast<int>(i));
    }
    const TrainedHeads heads = Train(data, train, options);
    for (std::size_t i = 0; i < n; ++i) {
      if (fold[i] != f) continue;
      for (int h = 0; h < kHeads; ++h) {
        cv.scores[static_cast<std::size_t>(h)][i] =
            ScoreComment(heads.heads[static_cast<std::size_t>(h)], data.comments[i],
                         SingleLogit(static_cast<Head>(h), options), options.whole_comment);
      }
    }
  }
  cv.predicted.assign(n, RiskLevel::kNone);
  for (int f = 0; f < options.folds; ++f) {
    std::vector<int> others;
    for (std::size_t i = 0; i < n; ++i) {
      if (fold[i] != f && data.comments[i].select) others.push_back(static_cast<int>(i));
    }
    const Thresholds t = ChooseThresholds(data, others, cv.scores, options);
    for (std::size_t i = 0; i < n; ++i) {
      if (fold[i] != f) continue;
      const PreparedComment& c = data.comments[i];
      cv.predicted[i] = CombinedLevel(c.rule_level, c.rule_veto_proof, LearnedLevel(cv.scores[0][i], cv.scores[1][i], t),
                                      Sigmoid(cv.scores[1][i]), options.veto);
    }
  }
  std::vector<int> selected;
  for (std::size_t i = 0; i < n; ++i) {
    if (data.comments[i].select) selected.push_back(static_cast<int>(i));
  }
  cv.thresholds = ChooseThresholds(data, selected, cv.scores, options);
  for (const TrainOptions::Sensitivity& s : options.sensitivities) {
    TrainOptions budgets = options;
    budgets.max_fpr_none = s.max_fpr_none;
    budgets.max_fpr_hard = s.max_fpr_hard;
    cv.sensitivities.emplace_back(s.name, ChooseThresholds(data, selected, cv.scores, budgets));
  }
  return cv;
}

std::string WriteLearnedModel(const PreparedData& data, const TrainedHeads& heads, const Thresholds& thresholds,
                              const std::vector<std::pair<std::string, Thresholds>>& sensitivities,
                              const Lexicon& lexicon, std::string_view version,
                              const std::vector<std::string>& header_comments, const TrainOptions& options) {
  std::string out;
  char buffer[64];
  out += "# Rapport crisis-language screener: learned model (format: top of src/screening/learned.h).\n";
  out += "#\n# Content note: feature names are words people use when they talk about suicide\n";
  out += "# and self-harm. No method detail.\n#\n";
  out += "# Written by rapport_screen_train; do not edit by hand, retrain instead (tools/screen_train.cc).\n";
  for (const std::string& line : header_comments) out += "# " + line + "\n";
  out += "\nformat 1\nversion " + std::string(version) + "\n";
  const auto probability = [&buffer](double logit) {
    std::snprintf(buffer, sizeof buffer, "%.6f", std::isinf(logit) ? 1.0 : Sigmoid(logit));
    return std::string(buffer);
  };
  for (int h = 0; h < kHeads; ++h) {
    out += "threshold " + std::string(HeadName(static_cast<Head>(h))) + " " +
           probability(thresholds.logit[static_cast<std::size_t>(h)]) + "\n";
  }
  for (const auto& [name, t] : sensitivities) {
    out += "sensitivity " + name + " crisis " + probability(t.logit[0]) + " risk " + probability(t.logit[1]) + "\n";
  }
  if (options.veto > 0) {
    std::snprintf(buffer, sizeof buffer, "%.6f", options.veto);
    out += "veto " + std::string(buffer) + "\n";
  }
  if (options.single > 0) {
    std::snprintf(buffer, sizeof buffer, "%.6f", options.single);
    out += "single " + std::string(buffer) + "\n";
  }
  if (options.whole_comment) out += "whole-comment\n";
  out += "\n";
  for (const std::string& line : lexicon.lines()) out += line + "\n";
  for (int h = 0; h < kHeads; ++h) {
    const HeadWeights& head = heads.heads[static_cast<std::size_t>(h)];
    const std::string name(HeadName(static_cast<Head>(h)));
    std::snprintf(buffer, sizeof buffer, "%.6f", head.bias);
    out += "\nbias " + name + " " + buffer + "\n";
    std::vector<std::pair<double, const std::string*>> rows;
    for (const auto& [f, w] : head.weights) {
      if (std::abs(w) >= options.min_weight) rows.emplace_back(w, &data.names[static_cast<std::size_t>(f)]);
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : *a.second < *b.second;
    });
    for (const auto& [w, feature] : rows) {
      std::snprintf(buffer, sizeof buffer, "%.4f", w);
      out += "w " + name + " " + buffer + " " + *feature + "\n";
    }
  }
  return out;
}

}  // namespace rapport::screening
