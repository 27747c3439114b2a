// rapport_screen_eval: measures the crisis-language screener on labelled JSON
// Lines files ({"id", "text", "label": "crisis"|"concern"|"none",
// "hard_negative": bool}) and prints the release-gate metrics of
// SAFE-MESSAGING.md §4.5 for each file.
//
//   rapport_screen_eval [--errors] [--rules FILE] [learned models] [--typos RATE] [--bench] FILE.jsonl...
//   rapport_screen_eval [--rules FILE] [learned models] --explain "some text"
//   rapport_screen_eval --cv K [--errors] [--rules FILE] [--lexicon FILE] [training options] FILE.jsonl...
//
//   --errors   list each misclassified item: id, label, predicted level and the
//              rule ids that fired (never the text, so held-out items stay unseen)
//   --rules    screen with this rules file instead of the built-in one
//   learned models (by default the built-in two: learned_short.txt reads the
//   comments of fewer than 40 words, learned.txt the rest; learned.h):
//   --learned FILE  this weights file reads every comment (unless --learned-short is given too)
//   --learned-short FILE  this weights file reads the short comments
//   --no-learned-short  the built-in learned.txt (or --learned FILE) reads every comment
//   --no-learned  rules only
//   --no-spelling  screen without repairing slips of typing (spelling.h), to measure the repair
//   --at-sensitivity NAME  judge with the learned model's thresholds of that
//              sensitivity (learned.h; "standard" by default, "high" built in)
//   --typos RATE  put a slip of typing into about RATE of the words of four or more
//              letters of each item first (a letter dropped, doubled, swapped or
//              changed to a neighbouring key; tools/typos.h; the same slips every
//              run), to measure the screener on people who write fast
//   --bench    also time the screener on a 64 KiB comment built from the items
//   --explain  screen one text given on the command line and print every match,
//              including those a modifier cleared
//   --cv K     k-fold cross-validation of the learned part over the files (the
//              training data): for each fold, a model is trained on the other
//              folds (as rapport_screen_train does) and its thresholds are chosen
//              on the other folds' out-of-fold scores; the held-out fold is
//              screened as max(rules, learned). Prints the same table for each
//              file and for all files pooled. This is the development signal;
//              refuses files named like the held-out sets.
//   --scores FILE  with --cv: also write each item's out-of-fold probabilities as TSV
//   training options (as rapport_screen_train): --lexicon FILE --clusters FILE --l2 X --min-count N
//              --iterations N --rounds N --no-rule-features --max-fpr-none X --max-fpr-hard X --veto X --single X
//
// The exit status is 0 whatever the numbers are (this is a report), 1 when a
// file or the rules cannot be read, 2 on a usage error.
//
// Thread safety: single-threaded program.
#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "screening/embedded_rules.h"
#include "screening/learned_train.h"
#include "screening/rules.h"
#include "screening/screener.h"
#include "screening_data.h"
#include "typos.h"

namespace {

using rapport::screening::RiskLevel;
using rapport::screening::RiskLevelName;
using rapport::screening::Screener;
using rapport::screening::Screening;
using Item = rapport::screening::LabelledComment;

struct Options {
  bool errors = false;
  bool bench = false;
  bool no_learned = false;
  bool no_learned_short = false;
  bool no_spelling = false;
  int cv = 0;
  double typos = 0;
  std::string rules_path;
  std::string learned_path;
  std::string short_learned_path;
  std::string scores_path;
  std::string sensitivity = "standard";
  std::string lexicon_path = RAPPORT_SOURCE_DIR "/src/screening/lexicon.txt";
  std::string clusters_path;  // word clusters for --cv (none unless given)
  rapport::screening::TrainOptions train;
  std::vector<std::string> explain;
  std::vector<std::string> files;
};

// What the screener (or a cross-validated model) said about one item.
struct Prediction {
  RiskLevel level = RiskLevel::kNone;
  std::string reasons;  // "rules=...  cleared=..." for --errors
};

struct Ratio {
  int hits = 0;
  int total = 0;
  void Add(bool hit) {
    ++total;
    hits += hit ? 1 : 0;
  }
};

void PrintRow(std::string_view name, const Ratio& r) {
  char value[16];
  if (r.total == 0) {
    std::snprintf(value, sizeof value, "   n/a");
  } else {
    std::snprintf(value, sizeof value, "%6.3f", static_cast<double>(r.hits) / r.total);
  }
  std::printf("  %-44s %s  (%d/%d)\n", std::string(name).c_str(), value, r.hits, r.total);
}

bool Flagged(RiskLevel l) { return l != RiskLevel::kNone; }

std::string Reasons(const Screening& s) {
  std::ostringstream out;
  out << "rules=";
  bool first = true;
  for (const auto& m : s.matches) {
    out << (first ? "" : ",") << m.rule_id << ":" << RiskLevelName(m.level);
    first = false;
  }
  if (first) out << "-";
  if (!s.cleared.empty()) {
    out << "  cleared=";
    first = true;
    for (const auto& m : s.cleared) {
      out << (first ? "" : ",") << m.rule_id << "(" << (m.modifiers.empty() ? "" : m.modifiers.back()) << ")";
      first = false;
    }
  }
  return out.str();
}

// Prints the release-gate table for `items` given their predictions.
void Report(const std::string& path, const std::string& version, const std::vector<Item>& items, int malformed,
            const std::vector<Prediction>& predictions, bool errors, double elapsed_ms) {
  int count[3] = {0, 0, 0};
  int hard = 0;
  int confusion[3][3] = {};
  Ratio crisis_recall;
  Ratio crisis_flagged;
  Ratio risk_recall;
  Ratio fpr_none;
  Ratio fpr_hard;
  Ratio fpr_plain;
  Ratio over_escalation;
  std::ostringstream error_lines;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    const Prediction& s = predictions[i];
    const int label = static_cast<int>(item.label);
    const int predicted = static_cast<int>(s.level);
    ++count[label];
    ++confusion[label][predicted];
    switch (item.label) {
      case RiskLevel::kCrisis:
        crisis_recall.Add(s.level == RiskLevel::kCrisis);
        crisis_flagged.Add(Flagged(s.level));
        risk_recall.Add(Flagged(s.level));
        break;
      case RiskLevel::kConcern:
        risk_recall.Add(Flagged(s.level));
        over_escalation.Add(s.level == RiskLevel::kCrisis);
        break;
      case RiskLevel::kNone:
        fpr_none.Add(Flagged(s.level));
        if (item.hard_negative) {
          ++hard;
          fpr_hard.Add(Flagged(s.level));
        } else {
          fpr_plain.Add(Flagged(s.level));
        }
        break;
    }
    if (errors && s.level != item.label) {
      error_lines << "  " << item.id << "  label=" << RiskLevelName(item.label) << (item.hard_negative ? " (hard)" : "")
                  << "  predicted=" << RiskLevelName(s.level) << "  " << s.reasons << "\n";
    }
  }
  std::printf("%s  (%s)\n", path.c_str(), version.c_str());
  std::printf("  items %zu: crisis %d, concern %d, none %d (hard negatives %d, plain %d)", items.size(), count[2],
              count[1], count[0], hard, count[0] - hard);
  if (malformed > 0) std::printf(", %d malformed lines skipped", malformed);
  std::printf("\n");
  PrintRow("crisis recall (crisis -> crisis)", crisis_recall);
  PrintRow("crisis flagged (crisis -> crisis|concern)", crisis_flagged);
  PrintRow("crisis+concern recall (-> crisis|concern)", risk_recall);
  PrintRow("false positives, all none items", fpr_none);
  PrintRow("false positives, hard negatives", fpr_hard);
  PrintRow("false positives, plain negatives", fpr_plain);
  PrintRow("over-escalation (concern -> crisis)", over_escalation);
  std::printf("  confusion (rows: label, columns: predicted none/concern/crisis)\n");
  for (int l = 2; l >= 0; --l) {
    std::printf("    %-8s %4d %4d %4d\n", std::string(RiskLevelName(static_cast<RiskLevel>(l))).c_str(),
                confusion[l][0], confusion[l][1], confusion[l][2]);
  }
  std::printf("  screening time: %.2f ms total, %.3f ms per item\n", elapsed_ms,
              items.empty() ? 0.0 : elapsed_ms / static_cast<double>(items.size()));
  if (errors) std::printf("  misclassified:\n%s", error_lines.str().c_str());
  std::printf("\n");
}

// Times a 64 KiB comment made of the items' texts, one after another: once from all
// items, once from the plain negatives only (no risk words, so the learned model runs too).
void BenchText(const std::string& heading, const std::vector<Item>& items, const Screener& screener) {
  constexpr std::size_t kBytes = 64 * 1024;
  std::string text;
  while (text.size() < kBytes && !items.empty()) {
    for (const Item& item : items) {
      text += item.text;
      text += "\n\n";
      if (text.size() >= kBytes) break;
    }
  }
  text.resize(std::min(text.size(), kBytes));
  constexpr int kRuns = 20;
  double best = 1e9;
  double total = 0;
  for (int i = 0; i < kRuns; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const Screening s = screener.Screen(text);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    best = std::min(best, ms);
    total += ms;
    if (i == 0)
      std::printf("64 KiB comment%s: level %s, %zu matches\n", heading.c_str(),
                  std::string(RiskLevelName(s.level)).c_str(), s.matches.size());
  }
  std::printf("64 KiB comment%s: %.2f ms best, %.2f ms mean over %d runs\n\n", heading.c_str(), best, total / kRuns,
              kRuns);
}

void Bench(const std::vector<Item>& items, const Screener& screener) {
  BenchText("", items, screener);
  std::vector<Item> none;
  for (const Item& item : items) {
    if (item.label == RiskLevel::kNone && !item.hard_negative) none.push_back(item);
  }
  if (!none.empty()) BenchText(" (plain negatives only)", none, screener);
}

void PrintMatches(std::string_view heading, const std::vector<rapport::screening::Match>& matches) {
  for (const auto& m : matches) {
    std::printf("  %-8s %-22s %-8s %-12s [%zu,%zu) \"%s\"", std::string(heading).c_str(), m.rule_id.c_str(),
                std::string(RiskLevelName(m.level)).c_str(), m.category.c_str(), m.begin, m.end, m.excerpt.c_str());
    for (const auto& mod : m.modifiers) std::printf(" +%s", mod.c_str());
    std::printf("\n");
  }
}

std::string VersionOf(const Screener& screener) {
  std::string v = "rules " + std::string(screener.version());
  v += screener.learned_version().empty() ? ", no learned model" : ", learned " + std::string(screener.learned_version());
  if (screener.sensitivity() != "standard") v += ", sensitivity " + std::string(screener.sensitivity());
  return v;
}

// Screens each file's items and reports them.
int Evaluate(const Options& options, const Screener& screener) {
  int status = 0;
  std::vector<Item> all;
  for (const std::string& path : options.files) {
    std::vector<Item> items;
    int malformed = 0;
    if (!rapport::tools::ReadLabelled(path, items, malformed)) {
      std::fprintf(stderr, "cannot read %s\n", path.c_str());
      status = 1;
      continue;
    }
    if (options.typos > 0) {
      for (Item& item : items) {
        item.text = rapport::tools::AddSlips(item.text, options.typos, rapport::screening::FeatureHash(item.id));
      }
    }
    std::vector<Prediction> predictions;
    const auto start = std::chrono::steady_clock::now();
    for (const Item& item : items) {
      const Screening s = screener.Screen(item.text);
      predictions.push_back(Prediction{s.level, options.errors ? Reasons(s) : ""});
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    Report(path, VersionOf(screener), items, malformed, predictions, options.errors, ms);
    all.insert(all.end(), items.begin(), items.end());
  }
  if (options.bench) Bench(all, screener);
  return status;
}

// k-fold cross-validation of the learned part over the files.
int CrossValidateFiles(const Options& options) {
  using namespace rapport::screening;
  const std::optional<rapport::tools::TrainingInputs> inputs =
      rapport::tools::LoadTrainingInputs(options.rules_path, options.lexicon_path, options.clusters_path);
  if (!inputs) return 1;
  std::vector<Item> items;
  std::vector<std::pair<std::string, int>> files;  // path, malformed lines
  for (const std::string& path : options.files) {
    if (rapport::tools::IsHeldOut(path)) {
      std::fprintf(stderr, "%s: held-out sets are for reporting only, not for cross-validation\n", path.c_str());
      return 2;
    }
    int malformed = 0;
    if (!rapport::tools::ReadLabelled(path, items, malformed)) {
      std::fprintf(stderr, "cannot read %s\n", path.c_str());
      return 1;
    }
    files.emplace_back(path, malformed);
  }
  TrainOptions train = options.train;
  train.folds = options.cv;
  const auto start = std::chrono::steady_clock::now();
  const PreparedData data = Prepare(*inputs->rules, inputs->lexicon, items, train);
  const CrossValidation cv = CrossValidate(data, train);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::vector<Prediction> predictions;
  for (std::size_t i = 0; i < items.size(); ++i) {
    char reasons[160];
    std::snprintf(reasons, sizeof reasons, "rules=%s  learned P(crisis)=%.2f P(risk)=%.2f",
                  std::string(RiskLevelName(data.comments[i].rule_level)).c_str(), Sigmoid(cv.scores[0][i]),
                  Sigmoid(cv.scores[1][i]));
    predictions.push_back(Prediction{cv.predicted[i], reasons});
  }
  char version[320];
  std::snprintf(version, sizeof version, "%d-fold cross-validation, rules %s, l2 %g, min-count %d%s, thresholds on %s",
                train.folds, inputs->rules->version.c_str(), train.l2, train.min_count,
                train.rule_features ? "" : ", no rule features",
                rapport::tools::SelectionDescription(train).c_str());
  for (const auto& [path, malformed] : files) {
    std::vector<Item> part;
    std::vector<Prediction> part_predictions;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].source != path) continue;
      part.push_back(items[i]);
      part_predictions.push_back(predictions[i]);
    }
    Report(path, version, part, malformed, part_predictions, options.errors, ms);
  }
  if (files.size() > 1) Report("pooled", version, items, 0, predictions, false, ms);
  if (!options.scores_path.empty()) {
    std::ofstream out(options.scores_path);
    out << "id\tsource\tlabel\thard\trules\tp_crisis\tp_risk\n";
    for (std::size_t i = 0; i < items.size(); ++i) {
      out << items[i].id << "\t" << items[i].source << "\t" << RiskLevelName(items[i].label) << "\t"
          << items[i].hard_negative << "\t" << RiskLevelName(data.comments[i].rule_level) << "\t"
          << Sigmoid(cv.scores[0][i]) << "\t" << Sigmoid(cv.scores[1][i]) << "\n";
    }
  }
  std::printf("thresholds from all out-of-fold scores: crisis %.3f, risk %.3f\n\n",
              Sigmoid(cv.thresholds.logit[0]), Sigmoid(cv.thresholds.logit[1]));
  return 0;
}

void Explain(const std::string& text, const Screener& screener) {
  const Screening s = screener.Screen(text);
  std::printf("%s%s: %s\n", std::string(RiskLevelName(s.level)).c_str(), s.third_party ? " (third party)" : "",
              text.c_str());
  PrintMatches("match", s.matches);
  PrintMatches("cleared", s.cleared);
}

int Usage() {
  std::fprintf(stderr,
               "usage: rapport_screen_eval [--errors] [--rules FILE] [learned models] "
               "[--at-sensitivity NAME] [--no-spelling] [--typos RATE] [--bench] "
               "FILE.jsonl...\n"
               "       rapport_screen_eval [--rules FILE] [learned models] --explain TEXT\n"
               "       rapport_screen_eval --cv K [--errors] [--rules FILE] [--lexicon FILE] [--clusters FILE] [training options] "
               "FILE.jsonl...\n"
               "learned models: [--learned FILE] [--learned-short FILE|--no-learned-short] | --no-learned\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--errors") {
      options.errors = true;
    } else if (arg == "--bench") {
      options.bench = true;
    } else if (arg == "--explain" && i + 1 < argc) {
      options.explain.emplace_back(argv[++i]);
    } else if (arg == "--rules" && i + 1 < argc) {
      options.rules_path = argv[++i];
    } else if (arg == "--learned" && i + 1 < argc) {
      options.learned_path = argv[++i];
    } else if (arg == "--learned-short" && i + 1 < argc) {
      options.short_learned_path = argv[++i];
    } else if (arg == "--no-learned-short") {
      options.no_learned_short = true;
    } else if (arg == "--scores" && i + 1 < argc) {
      options.scores_path = argv[++i];
    } else if (arg == "--at-sensitivity" && i + 1 < argc) {
      options.sensitivity = argv[++i];
    } else if (arg == "--no-spelling") {
      options.no_spelling = true;
    } else if (arg == "--no-learned") {
      options.no_learned = true;
    } else if (arg == "--lexicon" && i + 1 < argc) {
      options.lexicon_path = argv[++i];
    } else if (arg == "--clusters" && i + 1 < argc) {
      options.clusters_path = argv[++i];
    } else if (arg == "--typos" && i + 1 < argc) {
      options.typos = std::atof(argv[++i]);
      if (!(options.typos >= 0 && options.typos <= 1)) return Usage();
    } else if (arg == "--cv" && i + 1 < argc) {
      options.cv = std::atoi(argv[++i]);
      if (options.cv < 2) return Usage();
    } else if (arg == "--help" || arg == "-h") {
      Usage();
      return 0;
    } else if (const int parsed = rapport::tools::ParseTrainOption(argc, argv, i, options.train); parsed != 0) {
      if (parsed < 0) return Usage();
    } else if (!arg.empty() && arg.front() == '-') {
      return Usage();
    } else {
      options.files.emplace_back(arg);
    }
  }
  if (options.files.empty() && options.explain.empty()) return Usage();

  if (options.cv > 0) return CrossValidateFiles(options);

  std::string rules_text;
  if (options.rules_path.empty()) {
    rules_text = std::string(FindEmbedded(rapport::embedded::ScreeningRules(), "rules.txt")->data);
  } else if (!rapport::tools::ReadText(options.rules_path, rules_text)) {
    std::fprintf(stderr, "cannot read %s\n", options.rules_path.c_str());
    return 1;
  }
  std::optional<Screener> custom;
  if (options.no_learned || options.no_learned_short || options.no_spelling || !options.learned_path.empty() ||
      !options.short_learned_path.empty() || !options.rules_path.empty()) {
    // Each learned model: the file given, or the built-in one where the options leave it in use.
    auto model_text = [](const std::string& path, const char* built_in, bool use_built_in, std::string& text) {
      if (!path.empty()) {
        if (rapport::tools::ReadText(path, text)) return true;
        std::fprintf(stderr, "cannot read %s\n", path.c_str());
        return false;
      }
      if (use_built_in) text = std::string(FindEmbedded(rapport::embedded::ScreeningRules(), built_in)->data);
      return true;
    };
    std::string learned_text;
    std::string short_learned_text;
    if (!options.no_learned &&
        (!model_text(options.learned_path, "learned.txt", true, learned_text) ||
         !model_text(options.short_learned_path, "learned_short.txt",
                     options.learned_path.empty() && !options.no_learned_short, short_learned_text))) {
      return 1;
    }
    std::optional<std::string_view> spelling;
    if (options.no_spelling) spelling = std::string_view();
    auto loaded = Screener::FromRules(rules_text, learned_text, spelling, short_learned_text);
    if (!loaded) {
      std::fprintf(stderr, "%s\n", loaded.error().message.c_str());
      return 1;
    }
    custom.emplace(std::move(*loaded));
  }
  auto screener = (custom ? *custom : Screener::Default()).WithSensitivity(options.sensitivity);
  if (!screener) {
    std::fprintf(stderr, "%s\n", screener.error().message.c_str());
    return 1;
  }
  for (const std::string& text : options.explain) Explain(text, *screener);
  return Evaluate(options, *screener);
}
