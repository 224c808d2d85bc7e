// Quotations and their speakers.
//
// Direct quotes are the stretches between quotation marks (quotes/marks.hpp)
// that are speech: a cue verb ("sagte", "fügte … hinzu", "hieß es") or a colon
// introduces them, they stand in a sentence with a cue, or they are whole
// sentences that go on from a quote before them. Quoted names and scare
// quotes, with no cue and no speaker, are left out. Indirect quotes are the
// clauses cues report (Konjunktiv I, dass/ob, zu-infinitive, "laut X",
// "X zufolge"); one may hold a direct quote, so quotations come in order of
// their start and may overlap.
//
// The speaker is the noun phrase the cue names ("Selenskyj", "er", "der
// NATO-Chef"); its canonical name comes from entities(): a pronoun takes the
// person last named outside quotes, a role noun the person the text gives
// that role or nationality, and a quote that stands alone the speaker of the
// quote before it.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/offices.hpp"
#include "ner/entities.hpp"
#include "quotes/marks.hpp"
#include "segment/tokens.hpp"
#include "text/utf8.hpp"

namespace natocorpus::core {

// The sieve that attributed a quotation: how its cue and speaker were found.
// The direct sieves are tried in this order for each quoted span; the
// indirect ones sentence by sentence.
enum class QuoteSieve : std::uint8_t {
  CueAfter,              // „…“, sagte Stoltenberg.
  HeisstEs,              // „…“, hieß es in einer Erklärung der NATO.
  CueBefore,             // Stoltenberg sagte: „…“
  AccordingTo,           // laut Stoltenberg „…“, Stoltenberg zufolge, nach Angaben des Ministeriums
  Document,              // In der Erklärung heißt es: „…“ (the document's author speaks)
  StatementNoun,         // Nach einer Erklärung der NATO „…“ (no cue verb)
  Colon,                 // Stoltenberg: „…“ / Er fand klare Worte: „…“
  WordsPhrase,           // … mit den Worten „…“
  SentenceSubject,       // no cue: the person the sentence is about
  AdjacentQuote,         // „A.“ „B“, sagte X: X says both
  Continuation,          // no cue: the speech goes on from the speaker before
  IndirectCueBefore,     // Er warnte, Unbestimmtheit sei ein Zeichen der Schwäche.
  IndirectCueAfter,      // Die Ukraine warte auf die Zusage, betonte er.
  IndirectAccordingTo,   // Laut Stoltenberg ist …, Nach Angaben der Polizei …
  IndirectContinuation,  // Er rechne zudem mit … (Konjunktiv I going on)
};

// The step that chose the speaker's words within the sieve's clause.
enum class SpeakerStep : std::uint8_t {
  None,                // no speaker named in the clause
  PronounAfterCue,     // sagte er
  PronounBeforeCue,    // Sie warf ihm vor
  PronounOpensClause,  // Er halte … und bezeichnete …
  QuotedObject,        // Die Zeitung zitiert Kirchner mit den Worten
  Medium,              // schrieb „Die Zeit“
  RelativeAntecedent,  // ein Kommentar, der … als „…“ bezeichnet
  PassiveAgent,        // von Musikkennern als „…“ bezeichnet
  PersonAfterObject,   // Der Zeitung sagte Filep Karma
  ClauseOpener,        // Das Nobelkomitee im norwegischen Oslo würdigte
  CoordinatedVerb,     // biss der Randalierer den Fluggast und rief
  InvertedSubject,     // In der ARD zeigt sich der Bundestrainer zufrieden
  NearestPerson,       // the person named nearest the cue
  RoleAfterCue,        // sagte ein Sprecher
  RoleBeforeCue,       // der Generalsekretär sagte
  NearestBody,         // the body named nearest the cue
  PhraseBeforeCue,     // the noun phrase before the cue
  PhraseAfterCue,      // the noun phrase after the cue
  PersonInClause,      // the first person named in a clause with no cue verb
  PronounInClause,     // its pronoun
  RoleInClause,        // its role noun
  PhraseEndsClause,    // the phrase that ends it
  NamedAfterCue,       // hieß es in einer Erklärung der NATO: the body or person named
  Document,            // the document (its author, when named, is the canonical)
  Possessive,          // Seiner Ansicht nach: the person spoken of last
  Previous,            // the speaker of the speech before
};

// What a speaker phrase names. Only these can speak; a phrase that names
// none of them (an adverb, an adjective, "das Ergebnis") is no speaker.
enum class SpeakerKind : std::uint8_t {
  None,      // names nothing that can speak
  Pronoun,   // er, sie, wir, ich
  Person,    // a person's name
  Body,      // an organisation's name, or a place's standing for its government
  Role,      // a role noun: der Sprecher, die Ministerin
  Document,  // a statement or document: in einer Erklärung, die Studie
  People,    // a noun for people: die Demonstranten, Anwohner, Experten
};

// "cue_after/pronoun_after_cue": the quotes() rule column.
std::string quote_rule_name(QuoteSieve sieve, SpeakerStep step);

struct Quotation {
  Span quote;                // the quoted text (direct: marks excluded)
  bool direct = true;
  bool has_speaker = false;
  Span speaker;              // as the text names them nearest the quote
  std::string canonical;     // who that is (empty: unknown)
  std::string cue;           // "sagte", "fügte … hinzu" (empty: none)
  std::int64_t sentence = 0; // the sentence the quote starts in
  QuoteSieve sieve = QuoteSieve::CueAfter;
  SpeakerStep step = SpeakerStep::None;
};

// A cue word: a form of a verb of saying, a noun, a preposition or a phrase.
struct SpeechCue {
  std::string lemma;
  std::string particle;  // "hinzu" of "fügte … hinzu"
  std::string kind;      // verb, noun, preposition, phrase
};

// One way a cue is written: its first word (the key it is found under) and
// the words that must follow it ("hieß" + "es").
struct CueForm {
  const SpeechCue* cue = nullptr;
  std::vector<std::string> rest;  // case-folded
};

// The cues of ext/data/speech_cues.tsv, built once: every form by its
// case-folded first word. A form may belong to several verbs ("gibt" of
// zugeben, angeben); the particle later in the clause tells them apart.
struct SpeechCues {
  std::vector<SpeechCue> cues;
  std::unordered_map<std::string, std::vector<CueForm>> forms;
};
const SpeechCues& builtin_speech_cues();

// For training and error analysis: the candidates the ranker chose among
// for one cue, with their features.
struct SpeakerCandidate {
  Span span;
  SpeakerStep step = SpeakerStep::None;
  std::vector<std::string> features;
};
struct SpeakerTrace {
  Span cue;
  std::vector<SpeakerCandidate> candidates;
  std::size_t chosen = 0;
  bool learned = false;  // the ranker chose (else the hand-set order)
};

class QuoteFinder {
 public:
  // The article's date, asked for only when a role noun must be read at it.
  using DateSource = std::function<std::optional<PartialDate>()>;
  QuoteFinder();
  // The quotations of `text` (valid UTF-8), in text order. A speaker named
  // only by an office ("der Kanzler") is its holder at `date`'s answer
  // where the text does not name them; with no date, only the text counts.
  void find(std::string_view text, std::vector<Quotation>& out, DateSource date = {});
  // The same with the entities of `text` already found (EntityFinder::find
  // of the same text): the tagger does not run again.
  void find(std::string_view text, const EntityAnalysis& entities, std::vector<Quotation>& out,
            DateSource date = {});
  // Record every speaker choice in `trace` from now on (nullptr: stop).
  void set_trace(std::vector<SpeakerTrace>* trace) { trace_ = trace; }
  // For training: choose a speaker for a cue word at byte `cue` of the text
  // find() last read, as if it reported the clause around it (recorded in
  // the trace).
  void trace_cue(std::size_t cue);

 private:
  void find_quotes(std::string_view text, const EntityAnalysis* entities, std::vector<Quotation>& out, DateSource date);
  struct Np {
    std::size_t begin = 0, end = 0;  // tokens [begin, end)
    bool empty() const { return begin >= end; }
  };
  // A speaker's words and the step that chose them.
  struct Pick {
    Np np;
    SpeakerStep step = SpeakerStep::None;
  };
  struct Attribution {
    bool found = false;
    QuoteSieve sieve = QuoteSieve::CueAfter;
    SpeakerStep step = SpeakerStep::None;
    std::size_t cue = 0, cue_end = 0, particle = 0;  // tokens [cue, cue_end); the particle
    bool has_cue = false, has_particle = false;
    Np speaker;
    // When the speaker is a document ("in dem Schreiben", "eine Stellungnahme"):
    // its author, where the text names one (else empty: no canonical speaker).
    bool document = false;
    Np author;
    void set_speaker(Pick p) {
      speaker = p.np;
      step = p.np.empty() ? SpeakerStep::None : p.step;
    }
    void set_speaker(Np np, SpeakerStep s) { set_speaker(Pick{np, s}); }
    void set_cue(std::size_t at, std::size_t end, std::size_t particle_at) {
      found = has_cue = true;
      cue = at;
      cue_end = end;
      particle = particle_at;
      has_particle = particle_at != 0;
    }
  };
  struct CueMatch {
    const SpeechCue* cue = nullptr;
    std::size_t end = 0;       // one past its last word
    std::size_t particle = 0;  // the particle's token, 0 when none
    explicit operator bool() const { return cue != nullptr; }
  };

  struct CueFound {
    std::size_t verb;  // the cue's token (the clause's end: none)
    CueMatch m;
    bool clause_verb = false;  // the cue closes the clause the quote is in
  };
  // What before_quote found so far, reading back from the quote.
  struct BeforeScan {
    std::size_t floor = 0, wide_floor = 0;  // the clause's start; past a quoted term
    bool colon = false;                     // a colon right before the quote
    bool have_phrase = false;               // "mit den Worten"
    std::size_t phrase = 0, phrase_end = 0;
    bool have_statement = false;            // "nach einer Erklärung"
    std::size_t statement_at = 0, statement_word = 0;
  };
  bool split_particle(std::size_t j, const CueMatch& c, const BeforeScan& s, std::size_t open) const;
  bool reported_verb(std::size_t j, const CueMatch& c, const BeforeScan& s, std::size_t open) const;
  bool statement_word_before(std::size_t j, const CueMatch& c, BeforeScan& s, std::size_t open, Attribution& a) const;
  Attribution cue_verb_before(std::size_t j, const CueMatch& c, std::size_t floor, std::size_t open, Attribution a) const;
  Attribution no_cue_before(const BeforeScan& s, std::size_t open) const;
  CueFound cue_after_comma(std::size_t close, std::size_t end) const;
  CueFound cue_later_in_clause(std::size_t close, std::size_t end) const;
  // The cue that starts at token t, looking up to `limit` for a particle.
  CueMatch cue_at(std::size_t t, std::size_t limit) const;
  bool is_cue_word(std::size_t t) const;
  bool is_verb_cue(std::size_t t) const;
  bool is_punct(std::size_t t) const;
  std::pair<std::size_t, std::size_t> mentions_between(std::size_t b, std::size_t e) const;
  bool has_mention(const Np& np, bool persons, bool bodies) const;
  bool is_possessive_determiner(std::size_t t, std::size_t limit) const;
  Np np_forward(std::size_t t, std::size_t limit, bool documents = false) const;
  // documents: a statement noun may head the phrase ("ein Kommentar, der …").
  Np np_backward(std::size_t t, std::size_t floor, bool documents = false) const;
  // The clause of a cue verb, shared by the speaker proposers.
  struct CueClause {
    std::size_t verb = 0, floor = 0, limit = 0;
    std::size_t after = 0;             // the first token after the cue (and "sich")
    std::size_t begin = 0, end = 0;    // the verb's clause [begin, end)
    std::string_view lemma;            // the cue's lemma
    bool object_verb = false;          // nennen, bezeichnen, zitieren, …: the object is named
    bool passive = false;              // a passive auxiliary before the verb
    bool passive_clause = false;       // "werden" and the verb as a participle in one clause
    bool verb_first = false;           // the verb opens its clause
    bool named_opener = false;         // a phrase naming someone opens the clause
    QuoteSieve sieve = QuoteSieve::CueAfter;
  };
  // How a candidate's first word, or the word before it, marks its case.
  enum class CaseMark : std::uint8_t { None, Article, Oblique, Genitive, Preposition };
  struct CandidatePlace {
    CaseMark lead = CaseMark::None;
    bool opens = false;      // opens the clause
    bool aside = false;      // after a comma or bracket between the clause's start and the verb
    bool bracketed = false;  // inside brackets
  };
  CandidatePlace place_of(const CueClause& c, const Np& np) const;
  bool learned_choice(const std::vector<Pick>& candidates) const;
  CueClause cue_clause(std::size_t verb, std::size_t floor, std::size_t limit) const;
  bool is_oblique_phrase(const Np& np) const;
  bool is_oblique_name(const Np& np, std::size_t begin) const;
  bool names_someone(const Np& np) const;
  void propose_object(const CueClause& c, std::vector<Pick>& out) const;
  void propose_pronouns(const CueClause& c, std::vector<Pick>& out) const;
  void propose_relative_and_agent(const CueClause& c, std::vector<Pick>& out) const;
  void propose_opener(const CueClause& c, std::vector<Pick>& out) const;
  void propose_displaced(const CueClause& c, std::vector<Pick>& out) const;
  void propose_nearest(const CueClause& c, std::vector<Pick>& out, bool bodies) const;
  void propose_roles(const CueClause& c, std::vector<Pick>& out) const;
  void propose_phrases(const CueClause& c, std::vector<Pick>& out) const;
  std::vector<Pick> speaker_candidates(const CueClause& c) const;
  std::vector<std::string> candidate_features(const CueClause& c, const Pick& p, std::size_t rank) const;
  std::size_t choose_speaker(const CueClause& c, const std::vector<Pick>& candidates) const;
  Pick subject_of(std::size_t verb, std::size_t floor, std::size_t limit, QuoteSieve sieve) const;
  Np tokens_of(const EntityMention& m) const;
  Pick clause_subject(std::size_t floor, std::size_t end) const;
  bool statement_source(std::size_t floor, std::size_t end, Attribution& a) const;
  std::size_t statement_before(std::size_t t, std::string_view head) const;
  Attribution after_quote(std::size_t close, std::size_t sentence_end) const;
  Attribution before_quote(std::size_t open, std::size_t sentence_begin) const;
  std::string resolve(const Np& np, std::size_t quote_begin_byte, const std::string& previous) const;
  const EntityMention* last_person_before(std::size_t byte) const;
  std::vector<OfficeKey> offices_named(const Np& np) const;
  std::string office_holder(const std::vector<OfficeKey>& offices, std::size_t anchor, bool not_in_office) const;
  bool not_in_office(const Np& np) const;
  bool is_time_phrase(const Np& np) const;
  bool is_possessive_statement(const Np& np) const;
  std::string statement_holder(const Np& np) const;
  SpeakerKind speaker_kind(const Np& np) const;
  Np without_verb(Np np) const;
  std::optional<PartialDate> article_date() const;
  const EntityMention* antecedent_before(std::size_t byte) const;
  void prepare();
  std::size_t token_at(std::size_t byte) const;
  // A cue verb's subject that names someone: who is speaking from there on.
  struct SpeechEvent {
    std::size_t byte;
    Np np;
    std::string canonical;
  };
  std::vector<SpeechEvent> speech_events() const;
  // The words of a quoted span.
  struct SpanShape {
    std::size_t words = 0, capitalised = 0;
    bool all_capitalised = true, ends_sentence = false, starts_upper = false;
  };
  // The speaker of the speech so far, as direct quotes go on.
  struct DirectState {
    std::string previous;          // the current speaker's canonical name
    Np previous_np;                // where the text last named them
    std::size_t previous_byte = 0;
    std::size_t previous_end = 0;  // where the last quote ended (token)
    bool have_previous_quote = false;
  };
  SpanShape shape_of(const QuotedSpan& q, std::size_t open, std::size_t close) const;
  bool is_term(const QuotedSpan& q, std::size_t open, std::size_t close, const SpanShape& s) const;
  int goes_on(const QuotedSpan& q, std::size_t open, std::size_t close, const SpanShape& s, const DirectState& st) const;
  void attribute_uncued(const QuotedSpan& q, std::size_t open, std::size_t close, Attribution& a) const;
  Quotation quotation_of(const QuotedSpan& q, std::size_t open, Attribution& a, bool continued, DirectState& st) const;
  void find_direct(std::vector<Quotation>& out);
  // An indirect quote a sieve found in a sentence.
  struct IndirectHit {
    bool found = false;
    Span quote;
    Pick pick;
    QuoteSieve sieve = QuoteSieve::IndirectCueBefore;
    std::size_t cue_b = 0, cue_e = 0, particle = 0;  // tokens
    std::string canonical;                           // known already (continuation)
  };
  // The speaker of indirect speech so far, sentence by sentence.
  struct IndirectState {
    std::string current;  // the speaker of the last speech found
    Np current_np;
    std::int64_t current_sentence = -10;
    bool unnamed = false;  // the last speech found has a speaker that names no one
  };
  IndirectHit closing_cue(std::size_t b, std::size_t e, std::size_t last) const;
  IndirectHit indirect_by_cue_verb(std::size_t b, std::size_t e, std::size_t last) const;
  void own_statement(std::size_t b, std::size_t k, std::size_t cue_end, std::size_t last, Pick& pick) const;
  IndirectHit indirect_according_to(std::size_t b, std::size_t e, std::size_t last) const;
  bool reported_without_cue(std::size_t b, std::size_t last) const;
  Quotation indirect_quotation(const IndirectHit& h, std::int64_t sentence, IndirectState& st) const;
  void find_indirect(std::vector<Quotation>& out);
  bool statement_noun(std::string_view folded) const;
  bool inside_quote(std::size_t byte) const;
  bool inside_speech(std::size_t byte) const;

  std::vector<SpeakerTrace>* trace_ = nullptr;
  EntityFinder entities_;
  DateSource date_source_;
  mutable bool date_asked_ = false;
  mutable std::optional<PartialDate> date_;
  std::string_view text_;
  std::vector<Token> tokens_;
  // A case-folded word whose comparisons with string literals are inline
  // (std::string's call strlen and compare out of line, and the finder
  // makes hundreds of thousands of them per MB of text).
  struct Folded : std::string {
    template <std::size_t N>
    bool operator==(const char (&s)[N]) const noexcept {
      return size() == N - 1 && std::char_traits<char>::compare(data(), s, N - 1) == 0;
    }
    template <std::size_t N>
    bool operator!=(const char (&s)[N]) const noexcept {
      return !(*this == s);
    }
  };
  std::vector<Folded> folded_;
  std::vector<const std::vector<CueForm>*> cue_forms_;  // by token: the cues it may start
  std::vector<std::string_view> roles_;                 // by token: the role noun it ends in
  std::string_view role_at(std::size_t t) const { return t < roles_.size() ? roles_[t] : std::string_view(); }
  std::vector<std::size_t> sentence_begin_;  // by token: the first token of its sentence
  std::vector<std::size_t> sentence_end_;    // by token: one past the last token of its sentence
  std::vector<EntityMention> mentions_;
  std::vector<std::uint8_t> in_name_;    // by token: 1 in a name, 2 in a person's name
  std::vector<std::size_t> persons_;     // mentions_ indices of persons' names outside quotes
  std::vector<QuotedSpan> spans_;
  std::vector<std::uint8_t> term_span_;  // by span: 1 when not taken as a quotation (a name, a term)
};

}  // namespace natocorpus::core
