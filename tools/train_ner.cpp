// train_ner: trains and evaluates the named-entity tagger of entities().
//
//   train_ner eval  [--data ../shared/data] [--folds 10] [--epochs N] [--seeds 3]
//                   [--augment 4] [--augment-from train|lists] [--augment-seed N] [--dump FILE]
//   train_ner train [--data ../shared/data] --out ext/model/ner.bin [same options]
//
// Training data, all openly licensed (see NOTICE):
//   GermEval 2014 NER, test split (CC BY 4.0): germeval2014_ner/NER-de-test.tsv
//   SmartData v1 train+test (CC BY 4.0): smartdata/v1_20180119/*.json.gz
//   Europeana newspapers NER, German (CC0): europeana_ner_de/enp_DE.*.bio/*.bio
// Labels: PER, ORG, LOC and MISC (GermEval's OTH), BIO-encoded, outer spans;
// GermEval's *deriv and *part entities are O here (entities() finds those with
// its lexicon). SmartData and Europeana have no MISC: their O tokens may be O
// or MISC in training (the gold path is the best path under that constraint).
//
// eval: k-fold cross-validation on the GermEval sentences (fold = index mod
// k; 10 folds by default, so that each fold's model sees 90 % of the
// sentences, near the shipped model's 100 %); each fold's model is trained on the other folds plus SmartData and
// Europeana. Prints precision, recall and F1 (strict outer spans, the four
// classes), for all sentences and for the news sentences (whose '#' line
// names a site other than Wikipedia).
// train: trains on everything and writes the model.
//
// Augmentation (--augment K, 4 by default): each training GermEval sentence
// with a name is added K more times, each name swapped for a random name of
// its class from the training sentences (--augment-from train; or from the
// lex_*.tsv lists). In cross-validation the names come from the training
// folds only.
//
// Training is deterministic: fixed data order, a fixed-seed shuffle (own
// Fisher-Yates over std::mt19937, whose output the standard fixes).
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lexicon/table.hpp"
#include "ner/features.hpp"
#include "ner/model.hpp"
#include "segment/chars.hpp"
#include "segment/sentences.hpp"
#include "segment/tokens.hpp"
#include "text/utf8.hpp"

using namespace natocorpus::core;
namespace fs = std::filesystem;

namespace {

constexpr std::uint32_t kBuckets = 1u << 20;

enum class Source { GermEval, SmartData, Europeana };

struct Sentence {
  std::vector<std::string> words;
  std::vector<int> tags;
  Source source = Source::GermEval;
  bool news = false;
  int index = 0;  // GermEval sentence number (for folds)
};

std::string read_gz(const fs::path& p) {
  gzFile f = gzopen(p.c_str(), "rb");
  if (!f) throw std::runtime_error("cannot open " + p.string());
  std::string out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  gzclose(f);
  return out;
}

int map_tag(const std::string& t) {
  if (t == "O" || t.size() < 3) return kO;
  bool begin = t[0] == 'B';
  std::string cls = t.substr(2);
  if (cls.find("deriv") != std::string::npos || cls.find("part") != std::string::npos) return kO;
  int base;
  if (cls == "PER") base = kBPer;
  else if (cls == "ORG") base = kBOrg;
  else if (cls == "LOC") base = kBLoc;
  else if (cls == "OTH" || cls == "MISC") base = kBMisc;
  else return kO;
  return begin ? base : base + 1;
}

// After mapping, an I- that follows O (its B- was a deriv/part) becomes B-.
void repair_bio(std::vector<int>& tags) {
  for (std::size_t i = 0; i < tags.size(); ++i)
    if (ner_is_inside(tags[i]) && !ner_transition_allowed(i ? tags[i - 1] : -1, tags[i])) tags[i] -= 1;
}

std::vector<Sentence> read_germeval(const fs::path& p) {
  std::ifstream in(p);
  if (!in) throw std::runtime_error("cannot open " + p.string());
  std::vector<Sentence> out;
  Sentence cur;
  std::string line;
  int index = 0;
  auto flush = [&] {
    if (!cur.words.empty()) {
      repair_bio(cur.tags);
      cur.index = index++;
      out.push_back(cur);
    }
    cur = Sentence{};
  };
  while (std::getline(in, line)) {
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      flush();
      cur.news = line.find("wikipedia.org") == std::string::npos;
      continue;
    }
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '\t')) f.push_back(field);
    if (f.size() < 3) continue;
    cur.words.push_back(f[1]);
    cur.tags.push_back(map_tag(f[2]));
  }
  flush();
  return out;
}

std::vector<Sentence> read_europeana(const fs::path& dir) {
  std::vector<Sentence> out;
  std::vector<fs::path> files;
  for (auto& e : fs::recursive_directory_iterator(dir))
    if (e.path().extension() == ".bio") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (auto& p : files) {
    std::ifstream in(p);
    Sentence cur;
    cur.source = Source::Europeana;
    std::string line;
    auto flush = [&] {
      if (!cur.words.empty()) {
        repair_bio(cur.tags);
        out.push_back(cur);
      }
      cur.words.clear();
      cur.tags.clear();
    };
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      std::size_t sp = line.rfind(' ');
      if (line.empty() || sp == std::string::npos || sp == 0) {
        flush();
        continue;
      }
      std::string w = line.substr(0, sp), t = line.substr(sp + 1);
      if (find_invalid_utf8(w) != npos) continue;
      cur.words.push_back(w);
      cur.tags.push_back(map_tag(t));
      bool end = w == "." || w == "!" || w == "?";
      if ((end && cur.words.size() > 3) || cur.words.size() >= 80) flush();
    }
    flush();
  }
  return out;
}

// The top-level JSON values of a stream of pretty-printed objects.
std::vector<std::string_view> split_json_stream(const std::string& s) {
  std::vector<std::string_view> out;
  int depth = 0;
  bool in_string = false, escape = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (escape) escape = false;
      else if (c == '\\') escape = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{') {
      if (depth++ == 0) start = i;
    } else if (c == '}') {
      if (--depth == 0) out.emplace_back(s.data() + start, i - start + 1);
    }
  }
  return out;
}

int smartdata_class(const std::string& type) {
  if (type == "person") return kBPer;
  if (type == "organization" || type == "organization-company") return kBOrg;
  if (type.rfind("location", 0) == 0) return kBLoc;
  return kO;
}

std::vector<Sentence> read_smartdata(const fs::path& dir) {
  std::vector<Sentence> out;
  SentenceSplitter splitter;
  Tokenizer tokenizer;
  for (const char* name : {"train.json.gz", "test.json.gz"}) {
    std::string all = read_gz(dir / name);
    for (std::string_view obj : split_json_stream(all)) {
      nlohmann::json j = nlohmann::json::parse(obj, nullptr, false);
      if (j.is_discarded() || !j.contains("text")) continue;
      // Avro's JSON encoding wraps nullable fields: {"string": "..."}.
      const auto& tj = j["text"];
      std::string text = tj.is_string()                                   ? tj.get<std::string>()
                         : tj.is_object() && tj.contains("string") && tj["string"].is_string()
                             ? tj["string"].get<std::string>()
                             : std::string();
      if (text.empty() || find_invalid_utf8(text) != npos) continue;
      // Mentions in code points -> byte offsets.
      std::vector<std::size_t> byte_of;  // code point index -> byte offset
      for (std::size_t i = 0; i < text.size();) {
        byte_of.push_back(i);
        next_code_point(text, i);
      }
      byte_of.push_back(text.size());
      struct Mention { std::size_t b, e; int cls; };
      std::vector<Mention> mentions;
      const auto& cm = j["conceptMentions"];
      if (cm.is_object() && cm.contains("array")) {
        for (const auto& m : cm["array"]) {
          int cls = smartdata_class(m.value("type", ""));
          if (cls == kO) continue;
          std::size_t a = m["span"]["start"].get<std::size_t>(), b = m["span"]["end"].get<std::size_t>();
          if (a >= b || b >= byte_of.size()) continue;
          // SmartData also marks adjectives ("deutschen"), common nouns
          // ("beiden Richtungen") and train lines ("IC-Züge") as locations;
          // GermEval's guidelines, which we follow, do not.
          std::size_t first = byte_of[a];
          if (is_lower(next_code_point(text, first)) || m.value("type", "") == "location-route") continue;
          mentions.push_back({byte_of[a], byte_of[b], cls});
        }
      }
      // Tokens in sentences; a token takes the class of the mention its start lies in.
      tokenizer.reset(text);
      Token tok;
      Sentence cur;
      cur.source = Source::SmartData;
      std::int64_t sent = 1;
      int prev_mention = -1;
      auto flush = [&] {
        if (!cur.words.empty()) out.push_back(cur);
        cur.words.clear();
        cur.tags.clear();
        prev_mention = -1;
      };
      while (tokenizer.next(tok)) {
        if (tok.sentence != sent) {
          flush();
          sent = tok.sentence;
        }
        int tag = kO, which = -1;
        for (std::size_t k = 0; k < mentions.size(); ++k) {
          if (tok.span.begin >= mentions[k].b && tok.span.begin < mentions[k].e) {
            which = static_cast<int>(k);
            tag = prev_mention == which ? mentions[k].cls + 1 : mentions[k].cls;
            break;
          }
        }
        prev_mention = which;
        cur.words.emplace_back(text.substr(tok.span.begin, tok.span.size()));
        cur.tags.push_back(tag);
      }
      flush();
    }
  }
  return out;
}

// Features of every token, computed once per sentence.
struct Prepared {
  std::vector<std::vector<std::uint32_t>> features;
  std::vector<int> tags;
  std::vector<std::uint8_t> gold_allowed;  // n x kNerTags
};

Prepared prepare(const Sentence& s, const NerLexicon& lex) {
  Prepared p;
  std::vector<std::string_view> words(s.words.begin(), s.words.end());
  std::vector<NerToken> toks;
  prepare_ner_tokens(words, lex, toks);
  p.features.resize(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) ner_features(toks, i, kBuckets, p.features[i]);
  p.tags = s.tags;
  p.gold_allowed.assign(words.size() * kNerTags, 0);
  bool latent_misc = s.source != Source::GermEval;
  for (std::size_t i = 0; i < words.size(); ++i) {
    p.gold_allowed[i * kNerTags + s.tags[i]] = 1;
    if (latent_misc && s.tags[i] == kO) {
      p.gold_allowed[i * kNerTags + kBMisc] = 1;
      p.gold_allowed[i * kNerTags + kIMisc] = 1;
    }
  }
  return p;
}

class Perceptron {
 public:
  Perceptron() : w_(std::size_t{kBuckets} * kNerTags, 0.f), u_(w_.size(), 0.f),
                 tw_((kNerTags + 1) * kNerTags, 0.f), tu_(tw_.size(), 0.f) {}

  void scores(const Prepared& p, std::vector<float>& em) const {
    std::size_t n = p.features.size();
    em.assign(n * kNerTags, 0.f);
    for (std::size_t i = 0; i < n; ++i)
      for (std::uint32_t f : p.features[i])
        for (int t = 0; t < kNerTags; ++t) em[i * kNerTags + t] += w_[std::size_t{f} * kNerTags + t];
  }

  void train_one(const Prepared& p) {
    ++c_;
    std::vector<float> em;
    scores(p, em);
    std::size_t n = p.features.size();
    std::vector<int> pred, gold;
    viterbi(em, tw_.data(), n, {}, pred);
    viterbi(em, tw_.data(), n, p.gold_allowed, gold);
    if (pred == gold) return;
    for (std::size_t i = 0; i < n; ++i) {
      int pp = i ? pred[i - 1] : kNerTags, gp = i ? gold[i - 1] : kNerTags;
      if (pred[i] != gold[i]) {
        for (std::uint32_t f : p.features[i]) {
          bump(w_, u_, std::size_t{f} * kNerTags + gold[i], 1.f);
          bump(w_, u_, std::size_t{f} * kNerTags + pred[i], -1.f);
        }
      }
      if (pred[i] != gold[i] || pp != gp) {
        bump(tw_, tu_, static_cast<std::size_t>(gp) * kNerTags + gold[i], 1.f);
        bump(tw_, tu_, static_cast<std::size_t>(pp) * kNerTags + pred[i], -1.f);
      }
    }
  }

  // Adds the averaged weights to w and t.
  void add_averaged(std::vector<float>& w, std::vector<float>& t) const {
    w.resize(w_.size(), 0.f);
    t.resize(tw_.size(), 0.f);
    float c = static_cast<float>(c_);
    for (std::size_t i = 0; i < w.size(); ++i) w[i] += w_[i] - u_[i] / c;
    for (std::size_t i = 0; i < t.size(); ++i) t[i] += tw_[i] - tu_[i] / c;
  }

 private:
  void bump(std::vector<float>& w, std::vector<float>& u, std::size_t i, float d) {
    w[i] += d;
    u[i] += static_cast<float>(c_) * d;
  }
  std::vector<float> w_, u_, tw_, tu_;
  std::int64_t c_ = 1;
};

// Trains one averaged perceptron per shuffling seed and averages their
// weights: the model depends less on the order the sentences came in.
NerModel train(const std::vector<const Prepared*>& data, int epochs, int seeds) {
  std::vector<float> w, t;
  for (int seed = 0; seed < seeds; ++seed) {
    Perceptron pc;
    std::vector<std::size_t> order(data.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937 rng(20241203 + static_cast<unsigned>(seed));
    for (int e = 0; e < epochs; ++e) {
      for (std::size_t i = order.size(); i > 1; --i) {  // Fisher-Yates, fixed seed
        std::size_t j = rng() % i;
        std::swap(order[i - 1], order[j]);
      }
      for (std::size_t k : order) pc.train_one(*data[k]);
    }
    pc.add_averaged(w, t);
  }
  for (float& x : w) x /= static_cast<float>(seeds);
  for (float& x : t) x /= static_cast<float>(seeds);
  return NerModel::from_weights(kBuckets, w, t);
}

struct Span {
  std::size_t b, e;
  int cls;
  bool operator==(const Span& o) const { return b == o.b && e == o.e && cls == o.cls; }
};

std::vector<Span> spans_of(const std::vector<int>& tags) {
  std::vector<Span> out;
  for (std::size_t i = 0; i < tags.size();) {
    if (tags[i] == kO) {
      ++i;
      continue;
    }
    int cls = ner_class(tags[i]);
    std::size_t j = i + 1;
    while (j < tags.size() && ner_is_inside(tags[j]) && ner_class(tags[j]) == cls) ++j;
    out.push_back({i, j, cls});
    i = j;
  }
  return out;
}

struct Counts {
  long tp[5] = {0}, fp[5] = {0}, fn[5] = {0};
  void add(const std::vector<int>& gold, const std::vector<int>& pred) {
    auto g = spans_of(gold), p = spans_of(pred);
    for (auto& s : p) {
      if (std::find(g.begin(), g.end(), s) != g.end()) ++tp[s.cls];
      else ++fp[s.cls];
    }
    for (auto& s : g)
      if (std::find(p.begin(), p.end(), s) == p.end()) ++fn[s.cls];
  }
  void print(const char* title) const {
    std::printf("%s\n  %-6s %7s %7s %7s %6s\n", title, "class", "P", "R", "F1", "gold");
    long TP = 0, FP = 0, FN = 0;
    for (int c = 1; c <= 4; ++c) {
      TP += tp[c];
      FP += fp[c];
      FN += fn[c];
      line(ner_label_name(2 * c - 1), tp[c], fp[c], fn[c]);
    }
    line("all", TP, FP, FN);
  }
  static void line(const char* name, long tp, long fp, long fn) {
    double p = tp + fp ? 100.0 * tp / (tp + fp) : 0, r = tp + fn ? 100.0 * tp / (tp + fn) : 0;
    double f = p + r ? 2 * p * r / (p + r) : 0;
    std::printf("  %-6s %7.2f %7.2f %7.2f %6ld\n", name, p, r, f, tp + fn);
  }
};

// Mention replacement (Dai and Adel 2020): copies of training sentences in
// which each name is swapped for another name of its class, so that the model
// learns more from a name's context and shape than from the name itself.
struct NamePool {
  std::vector<std::vector<std::string>> names[5];  // by class, as tokens
};

NamePool pool_from_sentences(const std::vector<const Sentence*>& ss) {
  NamePool pool;
  for (const Sentence* s : ss)
    for (const Span& sp : spans_of(s->tags))
      pool.names[sp.cls].emplace_back(s->words.begin() + static_cast<long>(sp.b),
                                      s->words.begin() + static_cast<long>(sp.e));
  return pool;
}

NamePool pool_from_lists() {
  NamePool pool;
  const std::pair<const char*, int> tables[] = {
      {"lex_people", 1}, {"lex_organisations", 2}, {"lex_places", 3}, {"lex_misc", 4}};
  for (auto [name, cls] : tables) {
    KnowledgeTable t(name);
    for (std::size_t r = 0; r < t.rows(); ++r) {
      std::vector<std::string> toks;
      std::stringstream ss{std::string(t.get(r, "name"))};
      std::string w;
      while (ss >> w) toks.push_back(w);
      if (!toks.empty()) pool.names[cls].push_back(toks);
    }
  }
  return pool;
}

Sentence replace_mentions(const Sentence& s, const NamePool& pool, std::mt19937& rng) {
  Sentence out;
  out.source = s.source;
  auto spans = spans_of(s.tags);
  std::size_t i = 0;
  for (const Span& sp : spans) {
    for (; i < sp.b; ++i) {
      out.words.push_back(s.words[i]);
      out.tags.push_back(kO);
    }
    const auto& names = pool.names[sp.cls];
    if (names.empty()) {
      for (; i < sp.e; ++i) {
        out.words.push_back(s.words[i]);
        out.tags.push_back(s.tags[i]);
      }
      continue;
    }
    const auto& name = names[rng() % names.size()];
    for (std::size_t k = 0; k < name.size(); ++k) {
      out.words.push_back(name[k]);
      out.tags.push_back(2 * sp.cls - 1 + (k > 0 ? 1 : 0));
    }
    i = sp.e;
  }
  for (; i < s.words.size(); ++i) {
    out.words.push_back(s.words[i]);
    out.tags.push_back(kO);
  }
  return out;
}

// `copies` replaced copies of each sentence that has a name.
std::vector<Prepared> augment(const std::vector<const Sentence*>& ss, const NamePool& pool, int copies,
                              const NerLexicon& lex, unsigned seed) {
  std::vector<Prepared> out;
  std::mt19937 rng(seed);
  for (const Sentence* s : ss) {
    if (spans_of(s->tags).empty()) continue;
    for (int c = 0; c < copies; ++c) out.push_back(prepare(replace_mentions(*s, pool, rng), lex));
  }
  return out;
}

int usage() {
  std::fprintf(stderr,
               "usage: train_ner eval [--data DIR] [--folds K] [--epochs N] [--seeds N] [--augment K]\n"
               "                      [--augment-from train|lists] [--augment-seed N] [--dump FILE]\n"
               "       train_ner train [--data DIR] --out FILE [same options but --folds, --dump]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  std::string mode = argv[1];
  fs::path data = "../shared/data";
  std::string out, dump;
  int folds = 10, epochs = 12, seeds = 3, copies = 4;
  std::string aug_source = "train";
  unsigned aug_seed = 7919;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) data = argv[++i];
    else if (a == "--out" && i + 1 < argc) out = argv[++i];
    else if (a == "--folds" && i + 1 < argc) folds = std::atoi(argv[++i]);
    else if (a == "--epochs" && i + 1 < argc) epochs = std::atoi(argv[++i]);
    else if (a == "--dump" && i + 1 < argc) dump = argv[++i];
    else if (a == "--seeds" && i + 1 < argc) seeds = std::max(1, std::atoi(argv[++i]));
    else if (a == "--augment" && i + 1 < argc) copies = std::max(0, std::atoi(argv[++i]));
    else if (a == "--augment-from" && i + 1 < argc) aug_source = argv[++i];
    else if (a == "--augment-seed" && i + 1 < argc) aug_seed = static_cast<unsigned>(std::atol(argv[++i]));
    else return usage();
  }
  fs::path ge = data / "germeval2014_ner" / "NER-de-test.tsv";
  if (!fs::exists(ge)) {
    std::printf("skipped: %s is absent\n", ge.c_str());
    return 77;
  }
  auto t0 = std::chrono::steady_clock::now();
  std::vector<Sentence> germeval = read_germeval(ge), extra;
  if (fs::exists(data / "smartdata" / "v1_20180119")) {
    auto sd = read_smartdata(data / "smartdata" / "v1_20180119");
    extra.insert(extra.end(), sd.begin(), sd.end());
  }
  std::size_t n_sd = extra.size();
  if (fs::exists(data / "europeana_ner_de")) {
    auto eu = read_europeana(data / "europeana_ner_de");
    extra.insert(extra.end(), eu.begin(), eu.end());
  }
  std::printf("data: GermEval %zu sentences, SmartData %zu, Europeana %zu\n", germeval.size(), n_sd,
              extra.size() - n_sd);

  const NerLexicon& lex = builtin_ner_lexicon();
  std::vector<Prepared> ge_p, extra_p;
  for (auto& s : germeval) ge_p.push_back(prepare(s, lex));
  for (auto& s : extra) extra_p.push_back(prepare(s, lex));

  if (mode == "eval") {
    Counts all, news;
    std::ofstream dump_out;
    if (!dump.empty()) dump_out.open(dump);
    for (int k = 0; k < folds; ++k) {
      std::vector<const Prepared*> train_set;
      for (std::size_t i = 0; i < ge_p.size(); ++i)
        if (germeval[i].index % folds != k) train_set.push_back(&ge_p[i]);
      for (auto& p : extra_p) train_set.push_back(&p);
      std::vector<Prepared> aug;
      if (copies > 0) {
        std::vector<const Sentence*> fold_train;
        for (const Sentence& s : germeval)
          if (s.index % folds != k) fold_train.push_back(&s);
        NamePool pool = aug_source == "lists" ? pool_from_lists() : pool_from_sentences(fold_train);
        aug = augment(fold_train, pool, copies, lex, aug_seed);
        for (auto& p : aug) train_set.push_back(&p);
      }
      NerModel m = train(train_set, epochs, seeds);
      Counts fold;
      std::vector<int> pred;
      for (std::size_t i = 0; i < ge_p.size(); ++i) {
        if (germeval[i].index % folds != k) continue;
        m.tag(ge_p[i].features, pred);
        {
          std::vector<std::string_view> words(germeval[i].words.begin(), germeval[i].words.end());
          std::vector<NerToken> toks;
          prepare_ner_tokens(words, lex, toks);
          demote_non_names(toks, lex, pred);
        }
        fold.add(germeval[i].tags, pred);
        all.add(germeval[i].tags, pred);
        if (dump_out.is_open()) {
          dump_out << (germeval[i].news ? "# news\n" : "# wiki\n");
          for (std::size_t w = 0; w < pred.size(); ++w)
            dump_out << germeval[i].words[w] << '\t' << ner_tag_name(germeval[i].tags[w]) << '\t'
                     << ner_tag_name(pred[w]) << '\n';
          dump_out << '\n';
        }
        if (germeval[i].news) news.add(germeval[i].tags, pred);
      }
      char title[64];
      std::snprintf(title, sizeof title, "fold %d/%d", k + 1, folds);
      fold.print(title);
      std::fflush(stdout);
    }
    std::printf("\nGermEval test split, %d-fold cross-validation, strict outer spans, 4 classes\n", folds);
    all.print("all sentences");
    news.print("news sentences (not Wikipedia)");
  } else if (mode == "train") {
    if (out.empty()) return usage();
    std::vector<const Prepared*> train_set;
    for (auto& p : ge_p) train_set.push_back(&p);
    for (auto& p : extra_p) train_set.push_back(&p);
    std::vector<Prepared> aug;
    if (copies > 0) {
      std::vector<const Sentence*> all;
      for (const Sentence& s : germeval) all.push_back(&s);
      NamePool pool = aug_source == "lists" ? pool_from_lists() : pool_from_sentences(all);
      aug = augment(all, pool, copies, lex, aug_seed);
      for (auto& p : aug) train_set.push_back(&p);
    }
    NerModel m = train(train_set, epochs, seeds);
    std::ofstream(out, std::ios::binary) << m.serialize();
    std::printf("wrote %s\n", out.c_str());
  } else {
    return usage();
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("time: %.1f s\n", secs);
  return 0;
}
