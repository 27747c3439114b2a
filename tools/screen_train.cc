// rapport_screen_train: trains the learned part of the crisis-language
// screener (src/screening/learned.h) on labelled JSON Lines files and writes
// its weights file. Deterministic: the same files, options and rules give the
// same bytes.
//
//   rapport_screen_train --version TEXT [--out FILE] [--rules FILE] [--lexicon FILE] [--clusters FILE]
//                        [training options] FILE.jsonl...
//
// Retraining the built-in model (from the repository root, after building). The
// long model was trained with rules 2025.55 (the short one's command is below),
// the rules file of commit 36b12ec ("git show 36b12ec:src/screening/rules.txt >
// /tmp/rules-2025.55.txt"), and with the tokenizer before rules 2025.57, which
// folds the accents of Latin Extended-A ("ł", "ş") and so reads the words of 76
// training comments differently: its bytes come back from a checkout of commit
// 9608e5f, built, with the command below; from this checkout the same command
// gives a model that differs a little (r61: cross-validated 0.922 /
// 0.937 / 0.911 at 4.9% / 6.9% against 0.920 / 0.937 / 0.914 at 5.0% / 6.9%):
//
//   build/tools/rapport_screen_train --version learned-2025.1-r61 --select-on train --l2 0.00015
//       --upweight own_cases=4 --guard own_cases=0.02 --veto 0.05 --single 0.95
//       --whole-comment --whole-negatives --clusters src/screening/clusters.txt
//       --rules /tmp/rules-2025.55.txt --out src/screening/learned.txt
//       tests/data/screening/dev.jsonl tests/screening/own_cases.jsonl tests/data/screening/train.jsonl
//       tests/data/screening/train[0-9]*.jsonl
//
// (one command line, in a shell whose glob sorts train10a ... train28b before
// train2a ... train9f, as "export LC_ALL=C" makes sure and as the model's
// header lists them: the order of the files decides the folds, so another
// order gives other bytes. The options and the rules version used for the
// shipped model are recorded in its header. Rules 2025.56 to 2025.58 add only
// rules in other languages (and 2025.57 that folding), 2025.59 to 2025.132
// English ones (2025.120 in the tokenizer: other Englishes); they fire on some training comments (some of which move:
// LABELLING.md), so a model trained with them is not the same either. r61's
// command is r33's with the word clusters added (LABELLING.md, model r61).)
// --select-on train chooses the thresholds on the training files, not on the
// development set the rules were written against: the rules are near perfect
// there, so false positives on it say little about new comments (see
// TrainOptions::select_source). The false-positive budgets of the "standard"
// thresholds are the screener's targets themselves (5 % / 10 %), those of the
// "high" sensitivity the ceilings of SAFE-MESSAGING.md (10 % / 15 %).
// own_cases.jsonl, the hand-made boundary cases, counts four times, so that
// hundreds of implicit "I've decided." crises do not teach the model that every
// decision is one, and the standard thresholds are raised until the model holds
// at most 2% of its harmless ones (--guard; their test's limit). --veto lets a
// confident model set a rule's needless match aside (when every window of the
// comment scores below 0.05 for risk; higher vetoes found more crises out of
// fold but set aside rules the model cannot read, such as other languages, and
// short preparations: LABELLING.md, model r33), --single lets one sentence
// near-certain on its own count whatever its neighbours, --whole-comment reads a
// comment of three sentences or more as one window too (learned.h), and
// --whole-negatives makes a harmless comment's whole reading weigh in training
// as much as all its pairs, so that a long ordinary letter is not one window
// among thirty. --l2 0.00015 (the default is 0.0003): with word stems and skipped
// pairs among the features, a lighter penalty found more crises in
// cross-validation at the same needless holds; lighter still found more again
// but failed tests of the screener's own cases (LABELLING.md, models r27, r28).
//
// The short-comment model (src/screening/learned_short.txt, r77: it reads the
// comments of fewer than 40 words, learned.h) is trained on the same files and
// those in tests/data/screening/next/ up to train49, listed after them, with the
// rules 2025.125 and the word clusters (src/screening/clusters.txt, written by
// tools/screen_clusters.py). Its bytes come back from a checkout of commit
// 87e2a8d, built, with the command below; every test passes at the thresholds
// it chose (LABELLING.md, model r77):
//
//   build/tools/rapport_screen_train --version learned-2025.1-r77 --select-on train
//       --select-except train29,train30,train31,train32,train33,train34,train35,train36,train37,train38,train39,
//                       train40,train41,train42,train43,train44,train45,train46,train47,train48,train49
//                       (one list, no spaces)
//       --l2 0.0004
//       --upweight own_cases=4 --upweight train7=2 --upweight train31h=2 --upweight train31i=2
//       --upweight train32f=2 --upweight train33f=2 --upweight train34f=2 --upweight train35f=2
//       --upweight train36f=2 --upweight train37f=2 --upweight train38f=2 --upweight train39=2
//       --guard own_cases=0.02 --veto 0.05 --single 0.95 --whole-comment --whole-negatives
//       --clusters src/screening/clusters.txt
//       --out src/screening/learned_short.txt
//       tests/data/screening/dev.jsonl tests/screening/own_cases.jsonl tests/data/screening/train.jsonl
//       tests/data/screening/train[0-9]*.jsonl tests/data/screening/next/train29*.jsonl
//       tests/data/screening/next/train3[0-9]*.jsonl tests/data/screening/next/train4[0-9]*.jsonl
//
// (LC_ALL=C as above; next/ files written after r77 belong to later candidates:
// LABELLING.md). Its thresholds are chosen on the long model's files only
// (--select-except); the files of mostly harmless twins, of apologetic, grateful
// first comments (train7) and the rounds written to the held-out short rounds'
// brief (train39) weigh twice, the rounds written to that brief since (train40 to
// train49) once (twice moved the thresholds: LABELLING.md, models r69, r72), and
// the penalty is a little heavier than the default: the short comments' rare
// word patterns otherwise lift their ordinary
// look-alikes, a first comment's "sorry. Thank you." and a late train's "I don't
// think I'll get home before midnight." among them (LABELLING.md, models r38 to
// r58). The clusters let it read a word no training comment used through the
// words it is used like (LABELLING.md, model r56), as the long model r61 does.
//
// then rebuild (the weights files are compiled in) and check with
// `rapport_screen_eval --cv 5 FILE...` on the same files. Bump --version with
// every retrain: it is recorded with every decision (Screening::learned_version).
//
//   --version  the model's version line (required)
//   --out      where to write the weights file (default: standard output)
//   --rules    rules file whose cue sets and matches feed the features (default: built-in)
//   --lexicon  word classes (default: src/screening/lexicon.txt of this checkout)
//   --clusters word clusters (src/screening/clusters.txt) for the e:, g: and eb:
//              features (learned.h); the weights file carries them. Default: none
//   training options (defaults in src/screening/learned_train.h): --folds K --l2 X --min-count N
//              --iterations N --rounds N --no-rule-features --max-fpr-none X --max-fpr-hard X
//              --min-weight X --veto X --single X --select-on TEXT
//              --select-except TEXT,... --select-words-under N --upweight TEXT=X --guard TEXT=X
//              --drop PREFIX,...
//              --sensitivity NAME=NONE,HARD (FP budgets of another named sensitivity;
//              the default is "high=0.10,0.15"; "--sensitivity none" writes no other)
//
// What it does: turns each comment into sentence features; runs k-fold
// cross-validation to get out-of-fold scores, from which the decision
// thresholds are chosen (false-positive budgets: --max-fpr-none, --max-fpr-hard,
// counted together with the rules' own flags); then fits both heads on all the
// data and writes the file. The held-out sets (files named "holdout...") are
// refused. A summary goes to standard error.
//
// Exit status: 0 on success, 1 when a file cannot be read or written, 2 on a usage error.
//
// Thread safety: single-threaded program.
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "screening/learned_train.h"
#include "screening/rules.h"
#include "screening_data.h"

namespace {

using namespace rapport::screening;

int Usage() {
  std::fprintf(stderr,
               "usage: rapport_screen_train --version TEXT [--out FILE] [--rules FILE] [--lexicon FILE] [--clusters FILE]\n"
               "                            [--folds K] [--l2 X] [--min-count N] [--iterations N] [--rounds N]\n"
               "                            [--no-rule-features] [--max-fpr-none X] [--max-fpr-hard X] [--veto X]\n"
               "                            [--single X] [--whole-comment]\n"
               "                            [--whole-negatives]\n"
               "                            [other training options: top of tools/screen_train.cc] FILE.jsonl...\n");
  return 2;
}

// Out-of-fold results of a set of comments, as rapport_screen_eval counts them.
struct OutOfFold {
  int n[3] = {0, 0, 0};
  int crisis_hit = 0, crisis_flagged = 0, risk_flagged = 0, fp = 0, hard = 0, fp_hard = 0;

  void Add(const LabelledComment& item, RiskLevel got) {
    ++n[static_cast<int>(item.label)];
    if (item.label == RiskLevel::kCrisis) {
      crisis_hit += got == RiskLevel::kCrisis;
      crisis_flagged += got != RiskLevel::kNone;
    }
    if (item.label != RiskLevel::kNone) risk_flagged += got != RiskLevel::kNone;
    if (item.label == RiskLevel::kNone) {
      fp += got != RiskLevel::kNone;
      hard += item.hard_negative;
      fp_hard += item.hard_negative && got != RiskLevel::kNone;
    }
  }

  std::string Figures() const {
    const auto ratio = [](int a, int b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; };
    char text[256];
    std::snprintf(text, sizeof text,
                  "crisis recall %.3f, crisis flagged %.3f, crisis+concern recall %.3f, FP none %.3f, FP hard %.3f",
                  ratio(crisis_hit, n[2]), ratio(crisis_flagged, n[2]), ratio(risk_flagged, n[2] + n[1]),
                  ratio(fp, n[0]), ratio(fp_hard, hard));
    return text;
  }
};

std::string Basename(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

int main(int argc, char** argv) {
  std::string version;
  std::string out_path;
  std::string rules_path;
  std::string lexicon_path = RAPPORT_SOURCE_DIR "/src/screening/lexicon.txt";
  std::string clusters_path;
  TrainOptions options;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--version" && i + 1 < argc) {
      version = argv[++i];
    } else if (arg == "--out" && i + 1 < argc) {
      out_path = argv[++i];
    } else if (arg == "--rules" && i + 1 < argc) {
      rules_path = argv[++i];
    } else if (arg == "--lexicon" && i + 1 < argc) {
      lexicon_path = argv[++i];
    } else if (arg == "--clusters" && i + 1 < argc) {
      clusters_path = argv[++i];
    } else if (arg == "--help" || arg == "-h") {
      Usage();
      return 0;
    } else if (const int parsed = rapport::tools::ParseTrainOption(argc, argv, i, options); parsed != 0) {
      if (parsed < 0) return Usage();
    } else if (!arg.empty() && arg.front() == '-') {
      return Usage();
    } else {
      files.emplace_back(arg);
    }
  }
  if (version.empty() || files.empty()) return Usage();

  const std::optional<rapport::tools::TrainingInputs> inputs =
      rapport::tools::LoadTrainingInputs(rules_path, lexicon_path, clusters_path);
  if (!inputs) return 1;

  std::vector<LabelledComment> items;
  std::vector<std::string> header;
  header.push_back("Trained on:");
  for (const std::string& path : files) {
    if (rapport::tools::IsHeldOut(path)) {
      std::fprintf(stderr, "%s: held-out sets are for reporting only, never for training\n", path.c_str());
      return 2;
    }
    const std::size_t before = items.size();
    int malformed = 0;
    if (!rapport::tools::ReadLabelled(path, items, malformed)) {
      std::fprintf(stderr, "cannot read %s\n", path.c_str());
      return 1;
    }
    int counts[3] = {0, 0, 0};
    for (std::size_t i = before; i < items.size(); ++i) ++counts[static_cast<int>(items[i].label)];
    char line[256];
    std::snprintf(line, sizeof line, "  %s: %zu items (crisis %d, concern %d, none %d)", Basename(path).c_str(),
                  items.size() - before, counts[2], counts[1], counts[0]);
    header.emplace_back(line);
  }
  std::string others;
  for (const TrainOptions::Sensitivity& s : options.sensitivities) {
    char budget[160];
    std::snprintf(budget, sizeof budget, "; sensitivity %s: FP budgets none %g / hard %g", s.name.c_str(),
                  s.max_fpr_none, s.max_fpr_hard);
    others += budget;
  }
  char guard[200] = "";
  if (!options.guard_source.empty()) {
    std::snprintf(guard, sizeof guard, " (holding at most %g of the none comments of %s)", options.guard_max_fpr,
                  options.guard_source.c_str());
  }
  char line[768];
  std::snprintf(line, sizeof line,
                "Options: folds %d, l2 %g, min-count %d, iterations %d, rounds %d, rule features %s, "
                "FP budgets none %g / hard %g, veto %g, single %g, harmless whole comments weigh as their pairs %s, "
                "thresholds chosen on %s%s%s",
                options.folds, options.l2, options.min_count, options.iterations, options.mil_rounds,
                options.rule_features ? "yes" : "no", options.max_fpr_none, options.max_fpr_hard, options.veto, options.single,
                options.whole_comment && options.whole_negatives ? "yes" : "no",
                rapport::tools::SelectionDescription(options).c_str(), guard,
                others.c_str());
  header.emplace_back(line);
  header.push_back("Rules: " + inputs->rules->version);

  const PreparedData data = Prepare(*inputs->rules, inputs->lexicon, items, options);
  const CrossValidation cv = CrossValidate(data, options);
  // Out-of-fold numbers for the header (same definitions as rapport_screen_eval),
  // pooled, and per file on standard error: a pooled figure can hide a kind of
  // comment that one file holds (long letters, say) doing much worse.
  OutOfFold pooled;
  std::map<std::string, OutOfFold> per_file;
  for (std::size_t i = 0; i < items.size(); ++i) {
    pooled.Add(items[i], cv.predicted[i]);
    per_file[Basename(items[i].source)].Add(items[i], cv.predicted[i]);
  }
  header.push_back("Cross-validated (pooled): " + pooled.Figures());
  std::fprintf(stderr, "Cross-validated (pooled): %s\n", pooled.Figures().c_str());
  for (const auto& [file, tally] : per_file) std::fprintf(stderr, "  %s: %s\n", file.c_str(), tally.Figures().c_str());

  std::vector<int> all(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) all[i] = static_cast<int>(i);
  const TrainedHeads heads = Train(data, all, options);
  const Thresholds thresholds = GuardedThresholds(data, cv, heads, options);
  const std::string text =
      WriteLearnedModel(data, heads, thresholds, cv.sensitivities, inputs->lexicon, version, header, options);
  // The file must load as it will in the screener.
  if (auto check = ParseLearnedModel(text); !check) {
    std::fprintf(stderr, "internal error: written model does not load: %s\n", check.error().message.c_str());
    return 1;
  }
  if (out_path.empty()) {
    std::fwrite(text.data(), 1, text.size(), stdout);
  } else {
    std::ofstream out(out_path, std::ios::binary);
    out << text;
    if (!out) {
      std::fprintf(stderr, "cannot write %s\n", out_path.c_str());
      return 1;
    }
  }
  std::fprintf(stderr, "thresholds: crisis %.3f, risk %.3f (out of fold alone: %.3f, %.3f); %zu bytes written\n",
               Sigmoid(thresholds.logit[0]), Sigmoid(thresholds.logit[1]), Sigmoid(cv.thresholds.logit[0]),
               Sigmoid(cv.thresholds.logit[1]), text.size());
  return 0;
}
