#include "quotes/words.hpp"

#include "quotes/quotes.hpp"

#include "grammar/grammar.hpp"
#include "lexicon/table.hpp"
#include "time/timex.hpp"
#include "segment/chars.hpp"
#include "text/utf8.hpp"

namespace natocorpus::core::quote_words {

const Knowledge& knowledge() {
  static const Knowledge k = [] {
    Knowledge k;
    KnowledgeTable roles("role_nouns");
    for (std::size_t r = 0; r < roles.rows(); ++r) {
      k.role_storage.push_back(fold(roles.get(r, "noun")));
      k.roles.insert(k.role_storage.back());
      k.role_ends.add(k.role_storage.back());
    }
    for (const auto& [first, forms] : builtin_speech_cues().forms) {
      k.cue_words.add(first);
      for (const CueForm& f : forms)
        if (f.cue->kind == "noun" && f.rest.empty()) k.statement_nouns.insert(first);
    }
    KnowledgeTable people("people");
    for (std::size_t r = 0; r < people.rows(); ++r)
      k.country_of.emplace(std::string(people.get(r, "canonical")), std::string(people.get(r, "country")));
    return k;
  }();
  return k;
}

bool is_article(std::string_view w) { return Grammar::builtin().is_article(w); }

// Prepositions, conjunctions, and the pronominal and sentence adverbs that
// are capitalised only where they open a sentence.
bool is_preposition(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "am", "an", "auf", "aus", "bei", "beim", "in", "im", "mit", "nach", "seit", "vor", "zu", "zum", "zur",
      "über", "unter", "gegenüber", "während", "für", "gegen", "um", "von", "vom", "durch", "laut", "als",
      "wie", "und", "oder", "aber", "dann", "dazu", "doch", "nun", "jetzt", "heute", "gestern", "ausserdem",
      "zudem", "später", "weiter", "erneut", "noch", "auch", "schon", "bereits", "so", "da", "dort", "hier",
      "es", "darin", "darauf", "daraus", "dabei", "damit", "darüber", "daher", "dafür", "dagegen", "davon",
      "danach", "darum", "deshalb", "deswegen", "dennoch", "trotzdem", "allerdings", "jedoch", "zuvor",
      "zunächst", "inzwischen", "mittlerweile", "unterdessen", "indes", "hierzu", "hierbei", "dorthin",
      "bisher", "bislang", "derzeit", "damals", "ebenso", "ebenfalls", "zugleich", "gleichzeitig"};
  // Every word here is short: most words are rejected by their length alone.
  return w.size() <= 14 && words.count(w) > 0;
}

bool is_pronoun(std::string_view w) {
  return w != "es" && w != "du" && w != "ihr" && Grammar::builtin().is_subject_pronoun(w);
}

bool is_time_word(std::string_view w) {
  // Beside the units, months and weekdays timex knows, the nouns that make
  // a time phrase: "Ende April", "Jedes Mal", "im Sommer".
  static const std::unordered_set<std::string_view> words = {
      "zeit", "mal", "ende", "anfang", "mitte", "abend", "morgen", "nacht", "mai", "frühjahr", "sommer", "herbst",
      "winter", "vergangenheit", "zukunft", "saison"};
  return words.count(w) > 0 || is_time_noun(w);
}

bool is_number_word(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig",
      "dreissig", "hundert", "tausend", "einige", "mehrere", "wenige", "jedes", "jeden", "letzten", "vergangenen"};
  return words.count(w) > 0;
}

namespace {
// The nouns after which "nach" or "laut" gives a source: a view or a statement.
constexpr std::string_view kAccordingNouns[] = {
    "angaben", "ansicht", "meinung", "auffassung", "einschätzung", "worten", "informationen", "darstellung",
    "aussage", "aussagen", "berichten", "erkenntnissen", "schätzungen", "überzeugung", "einschätzungen"};
}  // namespace

bool is_according_noun(std::string_view w) {
  for (std::string_view n : kAccordingNouns)
    if (w.size() >= n.size() && w.substr(w.size() - n.size()) == n) return true;
  return false;
}

bool is_medium_word(std::string_view w) {
  for (std::string_view n : {"zeitung", "zeitungen", "agentur", "presse", "zeitschrift", "tagesschau"})
    if (w.size() >= n.size() && w.substr(w.size() - n.size()) == n) return true;
  return w == "apa" || w == "dpa" || w == "afp" || w == "bbc" || w == "ard" || w == "zdf" || w == "orf";
}

bool is_event_noun(std::string_view w) {
  for (std::string_view n : {"konferenz", "sitzung", "treffen", "gespräch", "gesprächen", "verhandlung",
                             "verhandlungen", "rede", "debatte", "abstimmung", "anhörung", "tagung", "gipfel",
                             "besuch", "interview", "veranstaltung", "bekanntgabe", "bekanntwerden", "urteil"})
    if (w.size() >= n.size() && w.substr(w.size() - n.size()) == n) return true;
  return false;
}

bool holder_in_compound(std::string_view w) {
  for (std::string_view n : kAccordingNouns)
    if (w.size() > n.size() + 2 && w.substr(w.size() - n.size()) == n) return true;
  return false;
}

bool is_finite_auxiliary(std::string_view w) { return Grammar::builtin().is_finite_auxiliary(w); }

bool is_finite_verb(std::string_view w) {
  const Grammar& g = Grammar::builtin();
  return g.is_finite_auxiliary(w) || g.is_finite_modal(w);
}

bool is_passive_auxiliary(std::string_view w) {
  const Grammar& g = Grammar::builtin();
  return g.is_form_of(w, VerbLemma::Werden, Tense::Present, Mood::Indicative) ||
         g.is_form_of(w, VerbLemma::Werden, Tense::Past, Mood::Indicative);
}

bool is_werden(std::string_view w) {
  const Grammar& g = Grammar::builtin();
  return g.is_auxiliary(w) && (is_passive_auxiliary(w) || w == "werde" || w == "würde" || w == "würden" ||
                               w == "werdest" || w == "würdest");
}

bool is_subordinate_opener(std::string_view w) {
  const Grammar& g = Grammar::builtin();
  return (g.is_subordinator(w) && !g.is_preposition(w)) || g.is_finite_modal(w) || g.is_finite_auxiliary(w);
}

bool starts_upper(std::string_view w) {
  std::size_t i = 0;
  if (w.empty()) return false;
  char32_t c = next_code_point(w, i);
  if (c >= '0' && c <= '9') {
    // A noun made with a number: "58-Jährige", "3-Jähriger".
    std::size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash + 1 >= w.size()) return false;
    i = dash + 1;
    c = next_code_point(w, i);
  }
  return is_letter(c) && !is_lower(c);
}

bool looks_adjective(std::string_view lower) {
  auto ends = [&](std::string_view s) { return lower.size() > s.size() + 2 && lower.substr(lower.size() - s.size()) == s; };
  return ends("e") || ends("en") || ends("er") || ends("es") || ends("em");
}

// The role noun a word ends in: "nato-chef" -> "chef", "kremlsprecher" -> "sprecher".
std::string_view role_head(std::string_view folded) {
  const Knowledge& k = knowledge();
  const auto& roles = k.roles;
  // Most words end in no role noun; no tail longer than the longest is one.
  if (!k.role_ends.may_end(folded)) return {};
  std::size_t from = folded.size() > k.role_ends.longest() ? folded.size() - k.role_ends.longest() : 0;
  for (std::size_t p = from; p + 4 <= folded.size(); ++p) {
    if (p > 0 && (static_cast<unsigned char>(folded[p]) & 0xC0) == 0x80) continue;
    std::string_view tail = folded.substr(p);
    if (roles.count(tail)) return tail;
  }
  return {};
}

// A noun for people by its ending: "Demonstranten", "Anwohner", "Aktivisten",
// "Abgeordnete", "Politologen", "Ermittler"; not "Ergebnis", "Lesart".
bool is_people_noun(std::string_view folded) {
  auto ends = [&](std::string_view x) { return folded.size() > x.size() + 2 && folded.substr(folded.size() - x.size()) == x; };
  for (std::string_view abstract : {"ung", "ungen", "heit", "keit", "nis", "tion", "tät", "ismus", "tum", "ment",
                                    "schaft", "art", "ergebnis", "wasser", "wetter", "fenster", "zimmer", "theater",
                                    "messer", "computer", "sommer", "winter", "monster", "meter", "liter", "muster", "bilder",
                                    "felder", "gelder", "blätter", "wörter", "bücher", "häuser", "dörfer",
                                    "räder", "kleider", "zahlen", "produkte", "karten", "album", "ergebnisse"})
    if (ends(abstract)) return false;
  for (std::string_view person : {"er", "ern", "in", "innen", "ent", "enten", "ant", "anten", "ist", "isten", "loge",
                                  "logen", "eur", "eure", "ierte", "ierten", "te", "ten", "ige", "igen", "ier", "iere",
                                  "ieren", "or", "oren", "at", "aten", "ling", "linge", "leute", "ers", "mitglied", "mitglieds", "mitglieder"})
    if (ends(person)) return true;
  // Kin and other people named by short common nouns.
  static const std::unordered_set<std::string_view> people = {
      "sohn", "tochter", "vater", "mutter", "frau", "mann", "bruder", "schwester", "familie", "eltern", "kind",
      "kinder", "witwe", "witwer", "zeuge", "zeugen", "zeugin", "opfer", "mensch", "menschen", "leute", "fans",
      "gast", "gäste", "freund", "freunde", "nachbar", "nachbarn", "mädchen", "junge", "jungen", "publikum",
      "ehefrau", "ehemann", "paar", "angehörige", "angehörigen", "befragten", "mehrheit"};
  if (people.count(folded)) return true;
  return false;
}

// A text that speaks for its authors: "der Text", "der Gesetzentwurf", "der Passus".
bool is_document_noun(std::string_view folded) {
  for (std::string_view doc : {"text", "texts", "entwurf", "entwurfs", "passus", "zettel", "brief", "briefs",
                               "schreiben", "homepage", "website", "webseite", "mitteilung", "aufruf", "aufrufs",
                               "appell", "flugblatt", "plakat", "vertrag", "vertrags", "gesetz", "gesetzes"})
    if (folded.size() >= doc.size() && folded.substr(folded.size() - doc.size()) == doc) return true;
  return false;
}

// A noun for a body by its ending: "Außenministerium", "Landgericht",
// "Polizei", "Bundesregierung", "Staatsanwaltschaft", "Fernsehen".
bool is_body_noun(std::string_view folded) {
  // Offices and councils: "das Auswärtige Amt", "Landratsamt", "Sicherheitsrat"; not "insgesamt".
  if (folded == "amt" || folded == "amts" || folded == "amtes" || folded == "rat" || folded == "rates") return true;
  for (std::string_view compound : {"amt", "amts", "ämter", "rat", "rats", "rates"})
    if (folded.size() >= compound.size() + 4 && folded.substr(folded.size() - compound.size()) == compound &&
        folded.substr(folded.size() - 6 < folded.size() ? folded.size() - 6 : 0) != "gesamt")
      return true;
  for (std::string_view body :
       {"ministerium", "ministerien", "gericht", "gerichtshof", "polizei", "regierung", "regierungen", "universität",
        "hochschule", "organisation", "fernsehen", "rundfunk", "behörde", "behörden", "verband", "verbände",
        "partei", "parteien", "kommission", "ausschuss", "agentur", "anwaltschaft", "gewerkschaft", "institut",
        "komitee", "verein", "konzern", "unternehmen", "firma", "bank", "armee", "militär", "streitkräfte",
        "parlament", "kabinett", "senat", "kongress", "bündnis", "allianz", "opposition", "koalition", "fraktion",
        "vorstand", "direktion", "kommando", "gremium", "sender", "dienst", "botschaft", "gemeinde", "kirche",
        "verwaltung", "feuerwehr", "staat", "staaten", "blatt", "zeitung", "magazin", "portal", "team", "klub", "club",
        "bundesliga", "stiftung", "zentrale", "zentrum", "büro", "stab", "führung", "leitung", "spitze", "wache",
        "anklage", "verteidigung", "staatsanwalt", "umfrage", "erhebung", "statistik"})
    for (std::string_view ending : {"", "s", "es", "n", "en"}) {  // "des Verbandes", "des Gerichts"
      std::size_t n = body.size() + ending.size();
      if (folded.size() >= n && folded.compare(folded.size() - n, body.size(), body) == 0 &&
          folded.compare(folded.size() - ending.size(), ending.size(), ending) == 0)
        return true;
    }
  return false;
}

// Finite verbs in Konjunktiv I (grammar.tsv), and the Konjunktiv II of the
// auxiliaries that stands for it: a sentence holding one reports speech
// ("Das Thema werde … „oben auf der Agenda“ stehen"). The Konjunktiv II of
// modals ("könnte", "müsste") is left out: more often a hedge than a report
// (with it, direct precision on the news train split fell, indirect F1 on
// dev did not rise).
bool is_konjunktiv(std::string_view w) {
  const Grammar& g = Grammar::builtin();
  return g.is_konjunktiv_i(w) || (g.is_konjunktiv_ii(w) && g.is_finite_auxiliary(w));
}

// Words before a quoted name, title or term rather than a quotation: "die
// Zeitung „Die Welt“", "der so genannten „Rosinenbomber“", "mit dem Titel „…“".
bool names_what_follows(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "zeitung", "tageszeitung", "wochenzeitung", "sonntagszeitung", "zeitschrift", "fachzeitschrift", "magazin",
      "magazins", "nachrichtenmagazin", "nachrichtenmagazins", "blatt", "fachblatt", "boulevardblatt", "agentur",
      "nachrichtenagentur", "sender", "senders", "radiosender", "fernsehsender", "tv-sender", "online-ausgabe",
      "internetdienst", "internetdienstes", "website", "webseite", "portal", "titel", "film", "films", "album",
      "albums", "cd", "buch", "buches", "buchs", "roman", "romans", "lied", "song", "single", "serie", "sendung",
      "enzyklika", "motto", "bezeichnung", "name", "namen", "spitzname", "spitznamen", "typ", "typs", "sorte",
      "marke", "modell", "hurrikan", "hurrikans", "taifun", "sturm", "tief", "hoch", "operation", "aktion",
      "kampagne", "projekt", "projekts", "programm", "programms", "initiative", "verein", "vereins", "partei",
      "gruppe", "band", "firma", "unternehmen", "organisation", "genannten", "genannte", "genannter", "sogenannten",
      "sogenannte", "sogenannter", "sogenanntes", "schiff", "raumfähre", "raumschiff", "mission", "satellit",
      "satelliten", "studie", "bericht", "berichts", "gesetz", "gesetzes", "stück", "stücks", "oper", "ausstellung",
      "show", "festival", "preis", "preises", "wettbewerb", "rubrik", "kolumne", "schlagzeile",
      "magazines", "fachmagazin", "fachmagazins", "überschrift", "genannt", "lautet", "grundsatz", "devise",
      "stichwort", "begriff", "begriffs", "wort", "ausdruck",
      "kurz", "abkürzung", "codename", "codenamen", "arbeitstitel", "untertitel", "zeitungen", "zeitschriften",
      "stiftung", "bündnis", "bündnisses", "netzwerk", "netzwerks", "plattform", "kette", "klub", "club"};
  return words.count(w) > 0;
}

}  // namespace natocorpus::core::quote_words
