// train_quote_ranker: learns the weights of the quote speaker ranker
// (ext/core/quotes/ranker.hpp) from SpkAtt-2023 (CC BY-SA 4.0).
//
//   /usr/bin/python3 tests/eval/spkatt.py ../shared --split train --export /tmp/spkatt_train.jsonl
//   /usr/bin/python3 tests/eval/spkatt.py ../shared --split dev --export /tmp/spkatt_dev.jsonl
//   ./build/tools/train_quote_ranker /tmp/spkatt_train.jsonl /tmp/spkatt_dev.jsonl [--out ext/data/quote_ranker.tsv]
//       [--eval NAME=FILE ...]
//
// --eval reads another set in the same JSONL form (tests/eval/quotes_dev.py
// --export writes the news quotation set so) and prints the ranker's and the
// hand-set order's accuracy on it; it is never fitted on.
//
// For every speech it runs QuoteFinder with a trace: the cues our own sieves
// find, and every gold cue that is a verb (QuoteFinder::trace_cue), each with
// the candidate speaker phrases the proposers give and their features. A
// candidate is right when it overlaps a gold Source of the event whose cue
// overlaps the traced cue; cues with no gold Source, or with no right
// candidate, teach nothing and are left out, and so are cues whose source
// speaks in the first or second person ("ich", "wir", "Sie": the speaker and
// the audience of a debate; news reports speech in the third person). All
// cues train the model, though QuoteFinder asks it only where no structural
// proposer found a candidate (QuoteFinder::learned_choice); the rest of the
// table it prints (--eval) shows why. The model is a conditional log-linear ranker
// (softmax over one cue's candidates, the probability of the right ones
// maximised) with an L2 penalty, fitted by AdaGrad.
//
// It prints, for each L2 weight tried, the accuracy of 5-fold cross-
// validation on the train file (folds by speech) beside the hand-set order
// (the first candidate); fits the best on all of train; prints its accuracy
// on the dev file; and with --out writes the weights as a TSV.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "quotes/quotes.hpp"

namespace nc = natocorpus::core;
using nlohmann::json;

namespace {

// One cue to learn from: its candidates' feature ids, which are right.
struct Example {
  std::size_t doc = 0;
  std::vector<std::vector<int>> features;
  std::vector<bool> right;
  std::vector<std::string> steps;  // each candidate's step, for the disagreement table
  std::vector<std::string> texts;  // each candidate's words
  std::string context;             // the text around the cue
  bool learned = false;            // QuoteFinder lets the ranker choose here
};

struct Vocabulary {
  std::unordered_map<std::string, int> ids;
  std::vector<std::string> names;
  int id(const std::string& f) {
    auto [it, fresh] = ids.emplace(f, static_cast<int>(names.size()));
    if (fresh) names.push_back(f);
    return it->second;
  }
};

// Byte offsets of the code points of a UTF-8 text (and one past the end).
std::vector<std::size_t> code_point_bytes(const std::string& s) {
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) at.push_back(i);
  at.push_back(s.size());
  return at;
}

using Spans = std::vector<std::pair<std::size_t, std::size_t>>;

Spans byte_spans(const json& list, const std::vector<std::size_t>& at) {
  Spans out;
  for (const auto& s : list) out.emplace_back(at[s[0].get<std::size_t>()], at[s[1].get<std::size_t>()]);
  return out;
}

bool overlaps(const nc::Span& a, const Spans& b) {
  for (auto [x, y] : b)
    if (a.begin < y && x < a.end) return true;
  return false;
}

// The examples of one JSONL file (docs numbered from doc0).
void read_examples(const std::string& path, Vocabulary& vocab, std::vector<Example>& out, std::size_t& docs,
                   std::size_t& cues, std::size_t& unreachable, bool third_person_only) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  nc::QuoteFinder finder;
  std::string line;
  while (std::getline(in, line)) {
    json d = json::parse(line);
    std::string text = d["text"];
    auto at = code_point_bytes(text);
    struct Event {
      Spans cue, source;
    };
    std::vector<Event> events;
    for (const auto& e : d["events"]) events.push_back({byte_spans(e["cue"], at), byte_spans(e["source"], at)});
    std::vector<nc::SpeakerTrace> trace;
    std::vector<nc::Quotation> quotes;
    finder.set_trace(&trace);
    finder.find(text, quotes);
    for (const Event& e : events)
      if (!e.cue.empty()) finder.trace_cue(e.cue.front().first);
    finder.set_trace(nullptr);
    std::set<std::size_t> seen;  // cue bytes already learned from
    for (const nc::SpeakerTrace& t : trace) {
      if (!seen.insert(t.cue.begin).second) continue;
      const Event* gold = nullptr;
      for (const Event& e : events)
        if (overlaps(t.cue, e.cue) && !e.source.empty()) gold = &e;
      if (!gold) continue;
      // News reports speech in the third person: a cue whose source is the
      // speaker or the audience ("ich", "wir", "Sie") is parliament's own.
      if (third_person_only) {
        bool own = false;
        for (auto [sb, se] : gold->source) {
          std::string w = text.substr(sb, se - sb);
          bool capital_sie = w == "Sie" && sb > 0 && text[sb - 1] == ' ' && sb > 1 && text[sb - 2] != '.' && text[sb - 2] != '\n';
          own |= w == "ich" || w == "Ich" || w == "wir" || w == "Wir" || w == "du" || w == "ihr" || w == "Ihr" || capital_sie;
        }
        if (own) continue;
      }
      ++cues;
      Example x;
      x.doc = docs;
      x.learned = t.learned;
      {
        std::size_t b = t.cue.begin > 120 ? t.cue.begin - 120 : 0;
        while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
        std::size_t e = std::min(text.size(), t.cue.end + 60);
        while (e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
        x.context = text.substr(b, e - b);
        for (char& ch : x.context)
          if (ch == '\n') ch = ' ';
      }
      bool any = false;
      for (const auto& c : t.candidates) {
        std::vector<int> ids;
        for (const auto& f : c.features) ids.push_back(vocab.id(f));
        x.features.push_back(std::move(ids));
        x.right.push_back(overlaps(c.span, gold->source));
        x.steps.push_back(c.features.size() > 1 ? c.features[1].substr(5) : std::string());
        x.texts.push_back(text.substr(c.span.begin, c.span.size()));
        any |= x.right.back();
      }
      if (!any) {
        ++unreachable;
        continue;
      }
      out.push_back(std::move(x));
    }
    ++docs;
  }
}

double score(const std::vector<double>& w, const std::vector<int>& f) {
  double s = 0;
  for (int i : f) s += w[static_cast<std::size_t>(i)];
  return s;
}

std::size_t argmax(const std::vector<double>& w, const Example& x) {
  std::size_t best = 0;
  double best_s = 0;
  for (std::size_t i = 0; i < x.features.size(); ++i) {
    double s = score(w, x.features[i]);
    if (i == 0 || s > best_s) best = i, best_s = s;
  }
  return best;
}

// AdaGrad on the softmax loss -log sum_{right} p(i), with L2 `l2`.
std::vector<double> fit(const std::vector<const Example*>& data, std::size_t dims, double l2, int epochs) {
  std::vector<double> w(dims, 0.0), g2(dims, 1e-8);
  std::vector<const Example*> order = data;
  std::mt19937 rng(7);
  const double rate = 0.2;
  for (int ep = 0; ep < epochs; ++ep) {
    std::shuffle(order.begin(), order.end(), rng);
    for (const Example* x : order) {
      std::size_t n = x->features.size();
      std::vector<double> s(n);
      double mx = -1e300;
      for (std::size_t i = 0; i < n; ++i) mx = std::max(mx, s[i] = score(w, x->features[i]));
      double z = 0, zr = 0;
      for (std::size_t i = 0; i < n; ++i) {
        s[i] = std::exp(s[i] - mx);
        z += s[i];
        if (x->right[i]) zr += s[i];
      }
      // d loss / d score_i = p(i) - p(i | right)
      std::unordered_map<int, double> grad;
      for (std::size_t i = 0; i < n; ++i) {
        double gi = s[i] / z - (x->right[i] ? s[i] / zr : 0.0);
        if (gi == 0) continue;
        for (int f : x->features[i]) grad[f] += gi;
      }
      for (auto [f, g] : grad) {
        auto k = static_cast<std::size_t>(f);
        g += l2 * w[k];
        g2[k] += g * g;
        w[k] -= rate * g / std::sqrt(g2[k]);
      }
    }
  }
  return w;
}

struct Tally {
  std::size_t n = 0, hand = 0, model = 0;
  void add(const std::vector<double>& w, const Example& x) {
    ++n;
    hand += x.right[0];
    model += x.right[argmax(w, x)];
  }
  void print(const char* what) const {
    std::printf("%-34s cues %5zu  hand-set order %.3f  ranker %.3f\n", what, n, n ? double(hand) / n : 0.0,
                n ? double(model) / n : 0.0);
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: train_quote_ranker TRAIN.jsonl DEV.jsonl [--out FILE]\n");
    return 2;
  }
  std::string out_path;
  bool verbose = false;
  for (int i = 3; i < argc; ++i) verbose |= std::string(argv[i]) == "--verbose";
  std::vector<std::pair<std::string, std::string>> evals;  // name, file
  for (int i = 3; i + 1 < argc; ++i) {
    std::string a = argv[i];
    if (a == "--out") out_path = argv[i + 1];
    if (a == "--eval") {
      std::string v = argv[i + 1];
      std::size_t eq = v.find('=');
      evals.emplace_back(v.substr(0, eq), eq == std::string::npos ? v : v.substr(eq + 1));
    }
  }
  Vocabulary vocab;
  std::vector<Example> train, dev;
  std::size_t train_docs = 0, dev_docs = 0, cues = 0, unreachable = 0;
  read_examples(argv[1], vocab, train, train_docs, cues, unreachable, true);
  std::printf("train: %zu speeches, %zu cues with a gold source, %zu with no right candidate\n", train_docs, cues,
              unreachable);
  cues = unreachable = 0;
  read_examples(argv[2], vocab, dev, dev_docs, cues, unreachable, true);
  std::printf("dev:   %zu speeches, %zu cues with a gold source, %zu with no right candidate\n", dev_docs, cues,
              unreachable);
  // Other sets, for evaluation only (never fitted on).
  std::vector<std::vector<Example>> eval_sets(evals.size());
  for (std::size_t i = 0; i < evals.size(); ++i) {
    std::size_t docs = 0;
    cues = unreachable = 0;
    read_examples(evals[i].second, vocab, eval_sets[i], docs, cues, unreachable, false);
    std::printf("%s: %zu documents, %zu cues with a gold source, %zu with no right candidate (evaluation only)\n",
                evals[i].first.c_str(), docs, cues, unreachable);
  }
  const int epochs = 15;
  const int folds = 5;
  double best_l2 = 0, best_acc = -1;
  for (double l2 : {0.0001, 0.001, 0.01, 0.1}) {
    Tally cv;
    for (int k = 0; k < folds; ++k) {
      std::vector<const Example*> fit_on;
      for (const Example& x : train)
        if (static_cast<int>(x.doc % folds) != k) fit_on.push_back(&x);
      std::vector<double> w = fit(fit_on, vocab.names.size(), l2, epochs);
      for (const Example& x : train)
        if (static_cast<int>(x.doc % folds) == k) cv.add(w, x);
    }
    char what[64];
    std::snprintf(what, sizeof what, "train 5-fold CV, l2 %g", l2);
    cv.print(what);
    double acc = double(cv.model) / std::max<std::size_t>(cv.n, 1);
    if (acc > best_acc) best_acc = acc, best_l2 = l2;
  }
  std::vector<const Example*> all;
  for (const Example& x : train) all.push_back(&x);
  std::vector<double> w = fit(all, vocab.names.size(), best_l2, epochs);
  Tally on_dev;
  Tally dev_gated;
  for (const Example& x : dev) {
    on_dev.add(w, x);
    if (x.learned) dev_gated.add(w, x);
  }
  char what[64];
  std::snprintf(what, sizeof what, "dev, l2 %g", best_l2);
  on_dev.print(what);
  dev_gated.print("dev, where it is used");
  for (std::size_t i = 0; i < evals.size(); ++i) {
    Tally t, gated;
    for (const Example& x : eval_sets[i]) {
      t.add(w, x);
      if (x.learned) gated.add(w, x);
    }
    t.print(evals[i].first.c_str());
    gated.print((evals[i].first + ", where it is used").c_str());
    // Where the ranker and the hand-set order disagree: hand step -> ranker
    // step, how often each was right.
    std::map<std::string, std::pair<int, int>> pairs;
    for (const Example& x : eval_sets[i]) {
      std::size_t r = argmax(w, x);
      if (r == 0) continue;
      auto& p = pairs[x.steps[0] + " -> " + x.steps[r]];
      p.first += x.right[0];
      p.second += x.right[r];
      if (verbose && x.right[0] != x.right[r])
        std::printf("  [%s %s] hand '%s' ranker '%s' | %s\n", x.right[0] ? "HAND" : "RANK", (x.steps[0] + ">" + x.steps[r]).c_str(),
                    x.texts[0].c_str(), x.texts[r].c_str(), x.context.c_str());
    }
    for (auto& [k, v] : pairs)
      if (v.first + v.second >= 2) std::printf("    %-55s hand right %3d  ranker right %3d\n", k.c_str(), v.first, v.second);
  }
  if (out_path.empty()) return 0;
  std::ofstream out(out_path);
  out << "# Weights of the quote speaker ranker (ext/core/quotes/ranker.hpp): a candidate speaker's score is the sum\n"
         "#   of the weights of its features (quotes/speaker.cpp, candidate_features); the highest score speaks.\n"
         "# Trained by tools/train_quote_ranker on SpkAtt-2023 Task 1 train (Rehbein et al. 2023, CC BY-SA 4.0,\n"
         "#   github.com/umanlp/SpkAtt-2023); L2 "
      << best_l2 << ", chosen by 5-fold cross-validation by speech. Regenerate, do not edit.\n"
         "# Tab-separated, UTF-8. Lines starting with \"#\" are comments; the last comment line names the columns.\n"
         "# feature\tweight\tsource\n";
  std::map<std::string, double> sorted;
  for (std::size_t i = 0; i < vocab.names.size(); ++i)
    if (std::fabs(w[i]) >= 0.0005) sorted[vocab.names[i]] = w[i];
  for (auto& [f, x] : sorted) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", x);
    out << f << '\t' << buf << "\tspkatt2023-train\n";
  }
  std::printf("%zu weights written to %s\n", sorted.size(), out_path.c_str());
  return 0;
}
