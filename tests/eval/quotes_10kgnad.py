#!/usr/bin/env python3
"""Measures what kind of thing quotes() names as a speaker over the test split
of the 10k German News Articles Dataset (10kGNAD, ../shared/data/10kgnad/test.csv:
1,028 Austrian news articles, rows "<label>;<text>", delimiter ';', quotechar "'",
no header; non-commercial data, so nothing of it is kept in the project).

    /usr/bin/python3 tests/eval/quotes_10kgnad.py build/libnatocorpus [../shared] [--verbose]

It runs quotes() over every article and sorts every non-NULL speaker span and
every non-NULL canonical into kinds, with a classifier of its own (word lists
here and in ext/data, the shape of a German noun phrase, the words around the
span and the names entities() finds in the text; it shares no rule with
quotes()):
  may speak:  pronoun; indefinite for people (Viele, Beide, die Hälfte);
              person name; a proper name the tagger missed; body (authority,
              party, company, team); place standing for its government or
              club (Russland, Wien); role noun phrase (der Minister, ein
              Polizeisprecher); noun for people (Experten, Anwohner, die
              Forscher); medium (die Zeitung, ein Fachportal); statement or document
              with its holder (Polizeiangaben, Angaben des Ministeriums, seinen
              Angaben); a document on its own (die Studie, dem Bericht);
  may not:    adverb, preposition, conjunction, pronominal adverb or neuter
              demonstrative (laut, Denn, Dies); adjective; bare statement noun
              with no holder (Angaben, den Angaben, Berichten, Medienberichten,
              Informationen, Kreisen, eigenen Angaben); impersonal "man"; time
              expression (Montag, Ende April); an object: of a preposition before
              the span or before a coordination it closes (an die Behörde,
              aus Rom oder dem Umland), an accusative (einen Palästinenser) or a
              genitive attribute (auf Kosten eines Spielers); abstract or
              inanimate noun phrase (das Ergebnis, die Akkulaufzeit); junk span
              (phrases glued together, a verb, subordinator or time adverbial
              inside, an article or genitive cut off from its noun, a dateline).
A canonical is read the same way without the words around it: by the label of
an entity of the text with that canonical, else by its occurrence in the text.
Prints the number of rows, of rows with a speaker and with a canonical, a table
of kinds for the speakers and one for the canonicals (rows, distinct strings,
commonest strings), how many and what share of them are of a kind that may not
speak, and how many person speakers (pronoun, name, role, people) have a
canonical that names a medium, document, statement or place. --verbose lists
every row of a kind that may not speak as
    speaker | canonical | rule | cue | snippet of the speaker's sentence
(the speakers, then the canonicals whose speaker was of a kind that may speak),
then the person speakers with such a canonical.
Not seen: a nominative glued on as if it were a genitive ("laut Klappentext der
Auftakt", the gender of the noun would tell), and spans the tagger mislabels
(a product tagged ORG, a chemical tagged PER) count as what the tag says.
A measurement, not a test: exits 0; skips (exit 77), saying so, when the data
are absent.
"""
import csv
import os
import re
import sqlite3
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DATA_DIR = os.path.join(HERE, '..', '..', 'ext', 'data')

# --- kinds -------------------------------------------------------------------

KINDS = [  # key, forbidden, description
    ('pronoun', False, 'pronoun (er, sie, Ich, der)'),
    ('indefinite', False, 'indefinite for people (Viele, Beide, die Hälfte)'),
    ('name', False, 'person name'),
    ('untagged', False, 'proper name the tagger missed (person, body or medium)'),
    ('body', False, 'body (authority, party, company, team)'),
    ('place', False, 'place standing for its government or club (Russland, Wien)'),
    ('role', False, 'role noun phrase (der Minister, ein Polizeisprecher)'),
    ('people', False, 'noun for people (Experten, Anwohner, die Forscher)'),
    ('medium', False, 'medium (die Zeitung, ein Fachportal)'),
    ('statement_holder', False, 'statement or document with holder (Polizeiangaben, Angaben des Vereins)'),
    ('document', False, 'document on its own (die Studie, dem Bericht)'),
    ('adverb', True, 'adverb / preposition / conjunction / pronominal (laut, Denn, Dies)'),
    ('adjective', True, 'adjective'),
    ('bare', True, 'bare statement noun, no holder (Angaben, Berichten, Kreisen)'),
    ('man', True, 'impersonal "man"'),
    ('time', True, 'time expression (Montag, Ende April)'),
    ('pp', True, 'object: of a preposition, accusative, attribute (an die Behörde, einen X)'),
    ('abstract', True, 'abstract or inanimate noun phrase (das Ergebnis)'),
    ('junk', True, 'junk span (phrases glued, verb or subordinator inside)'),
]
FORBIDDEN = {k for k, f, _ in KINDS if f}
PERSON_KINDS = {'pronoun', 'name', 'role', 'people'}
THING_KINDS = {'medium', 'document', 'statement_holder', 'place'}

# --- word lists --------------------------------------------------------------


def words_of(s):
    return s.split()


PERSONAL = set(words_of('ich du er sie es wir ihr mir mich dir dich ihm ihn uns euch ihnen'))
DEMONSTRATIVE = set(words_of('der die dieser diese jener jene derjenige diejenige derselbe dieselbe welcher welche '
                             'letzterer letztere ersterer erstere dessen deren denen selbiger'))
INDEFINITE = set(words_of('jemand niemand keiner jeder jede jedermann alle beide beiden viele manche einige mehrere '
                          'andere anderen einzelne etliche wenige zahlreiche weitere meisten sämtliche'))
QUANTITY_HEAD = set(words_of('hälfte drittel viertel fünftel großteil mehrheit minderheit teil prozent reihe '
                             'dutzend hunderte tausende mehrzahl gros'))
NEUTER = set(words_of('dies dieses das jenes alles nichts etwas was es'))  # 'es' is reconsidered below
ADVERBS = set(words_of('''
laut gemäß zufolge seitens denn also nicht eigentlich insgesamt folglich selbst jedenfalls primär ganz zuletzt
demnach grundsätzlich zwar oftmals oft freilich weiters andererseits einerseits angesichts sofern wobei dass daß
wenn wer weil ob obwohl falls zudem außerdem allerdings jedoch dabei damit daher deshalb deswegen doch nun jetzt
auch nur noch schon immer bereits so dann zunächst später inzwischen mittlerweile unterdessen ebenfalls zugleich
gleichzeitig vielmehr sogar kaum eben gerade natürlich offenbar offensichtlich tatsächlich wohl vermutlich angeblich
bisher bislang derzeit damals heute gestern morgen hier dort da trotzdem dennoch immerhin schließlich letztlich
erstmals ohnehin insofern weiter umgekehrt wie als nach mit von bei aus über gegen wegen ohne für um durch unter
zwischen neben trotz beispielsweise etwa rund fast knapp mehr weniger vorerst anschließend daraufhin zumindest bis
erst möglicherweise wahrscheinlich wozu wann wo warum wieso weshalb wovon woher wohin wie direkt gleich indes
indessen stattdessen nämlich ebenso sowohl weder noch entweder oder und aber sondern bzw vielleicht kürzlich zuvor
vorher nachher danach davor seither seitdem genauso ferner überdies hingegen wiederum jedenfalls ansonsten sonst
eher etwa quasi gar überhaupt bloß lediglich ausschließlich insbesondere besonders vor allem zuerst endlich nochmals
erneut wieder abermals anfangs ebenda dazu darüber hinaus dahin daran darauf daraus darin darum darunter davon
dagegen dafür dadurch dabei hierzu hierbei hiervon worauf woran womit wodurch worüber demzufolge dementsprechend
infolgedessen somit sodass zwecks mittels anhand aufgrund statt anstatt innerhalb außerhalb oberhalb unterhalb seit
während binnen samt nebst
'''))
PRONOMINAL_ADVERB = re.compile(r'^(da|dar|wo|wor|hier)(an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|'
                               r'über|um|unter|von|vor|zu|zwischen|wider)$')
SUBORDINATORS = set(words_of('wenn dass daß ob falls sofern weil obwohl obgleich als sobald solange nachdem bevor '
                             'ehe damit sodass indem während wie wer was'))
PREPOSITIONS = set(words_of('in im ins an am ans auf aus bei beim mit nach seit von vom vor zu zum zur gegen gegenüber '
                            'über ohne um für durch unter zwischen wegen trotz neben hinter binnen laut gemäß seitens '
                            'dank mittels anhand aufgrund angesichts statt während innerhalb außerhalb bis'))
# A preposition before the span that makes it a prepositional object rather than a source.
SOURCE_PREPS = set(words_of('laut gemäß von vom durch seitens zufolge'))
DETERMINERS = set(words_of('der die das des dem den ein eine einer eines einem einen kein keine keiner keines keinem '
                           'keinen dieser diese dieses diesem diesen jener jene jenes jenem jenen jeder jede jedes '
                           'jedem jeden welcher welche welches mancher manche alle aller allen sämtliche beide beiden '
                           'viele vielen einige einigen mehrere mehreren zahlreiche zahlreichen weitere weiteren '
                           'andere anderen wenige wenigen etliche etlichen derselbe dieselbe deren dessen'))
ARTICLES = set(words_of('der die das des dem den ein eine einer eines einem einen'))
POSSESSIVE = re.compile(r'^(mein|dein|sein|ihr|unser|euer|eur)(e|er|es|em|en)?$')
GENITIVE_START = set(words_of('des der eines einer dieses dieser seines seiner ihres ihrer unseres unserer deren '
                              'dessen'))
POST_PREPS = set(words_of('von vom aus für in im bei am an zu zur zum gegen über mit auf'))
QUANT_WORDS = set(words_of('rund fast nur etwa mehr als knapp gut über weit ca. circa insgesamt bereits noch sogar '
                           'auch ganze ganz lediglich mindestens höchstens genau beinahe annähernd ungefähr'))
NUMBER_WORDS = set(words_of('zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig '
                            'hundert tausend zwei- beiden'))
AUX = set(words_of('''
ist sind war waren wäre wären sei seien bin bist seid gewesen wird werden wurde wurden würde würden worden geworden
hat haben hatte hatten hätte hätten habe gehabt kann können konnte konnten könne könnte könnten muss müssen musste
mussten müsse müsste müssten soll sollen sollte sollten solle will wollen wollte wollten wolle darf dürfen durfte
durften dürfe dürfte dürften mag mögen mochte möchte möchten gibt gab gäbe geben gegeben bleibt blieb bliebe bleiben
geht ging gehen kommt kam kommen kamen steht stand stehen lässt ließ lassen macht machte machen sieht sah sehen
heißt hieß nimmt nahm liegt lag zeigt zeigte zeigten bringt brachte brachten
'''))
TIME = set(words_of('''
montag dienstag mittwoch donnerstag freitag samstag sonntag montagabend dienstagabend mittwochabend donnerstagabend
freitagabend samstagabend sonntagabend wochenende januar jänner februar feber märz april mai juni juli august
september oktober november dezember jahr jahre jahres jahren jahrzehnt jahrzehnte jahrzehnten monat monate monaten
monats woche wochen tag tage tagen tages stunde stunden minute minuten nacht abend vormittag nachmittag frühjahr
frühling sommer herbst winter ende anfang mitte beginn zeitpunkt mal zeit
'''))
# Nouns for statements and sources that need a holder: bare, they name no one.
STATEMENT_STEMS = ['angaben', 'angabe', 'informationen', 'kreisen', 'kreise', 'berichten', 'berichte', 'meldungen',
                   'gerüchten', 'gerüchte', 'schätzungen', 'aussagen', 'aussage', 'quellen', 'darstellungen',
                   'darstellung', 'erkenntnissen', 'erkenntnisse', 'recherchen', 'spekulationen', 'vermutungen',
                   'hinweisen', 'zahlen', 'daten', 'berechnungen', 'prognosen', 'umfragen', 'studien', 'dokumenten',
                   'dokumente', 'unterlagen', 'einschätzung', 'einschätzungen', 'ansicht', 'auffassung',
                   'meinung', 'sicht', 'worten', 'worte', 'version', 'schilderungen', 'schilderung', 'analysen',
                   'untersuchungen', 'ermittlungen', 'statistiken', 'umfragedaten', 'befragungen', 'beobachtungen',
                   'expertenmeinung', 'vorwürfen', 'ankündigungen', 'mitteilungen', 'erklärungen', 'stellungnahmen',
                   'auskunft', 'auskünften', 'antwort', 'pressekonferenz', 'interview', 'rede', 'ansprache',
                   'gespräch', 'gesprächen', 'predigt']
# Prefixes of a statement compound that do not name a holder.
GENERIC_PREFIX = set(words_of('medien presse zeitungs agentur agenturen nachrichten internet online fernseh radio '
                              'inoffiziell offiziell vorläufig erst ersten neuest aktuell'))
DOCUMENTS = set(words_of('''
studie bericht umfrage gutachten brief schreiben papier dokument erklärung mitteilung aussendung presseaussendung
pressemitteilung pressemeldung stellungnahme anklage anklageschrift urteil beschluss gesetz verordnung vertrag
abkommen erlass statistik erhebung analyse untersuchung auswertung protokoll rundschreiben entwurf budget bilanz
index test befund expertise konzept plan resolution richtlinie antrag klage anfrage tweet post posting eintrag
botschaft nachricht titel schlagzeile überschrift text klappentext werbetext artikel kommentar leitartikel buch
prospekt verfassung charta satzung statut vorschrift kodex vereinbarung liste prognose radiotest monitor barometer
ranking report memo dossier akt akte grafik studienergebnis bescheid weisung anordnung dekret kommuniqué communiqué
manifest aufruf appell petition regelwerk judikatur verordnung gesetzesentwurf novelle broschüre flugblatt handbuch
leitfaden fragebogen zeugnis zertifikat email e-mail sms mail nachrichten vorlage bekanntmachung bekanntgabe
verlautbarung dementi statement ansprache predigt gespräch zeitungsinterview aussendung schild plakat transparent
aufschrift motto slogan parole wortlaut zitat grundsatzrede regierungserklärung fernsehansprache videobotschaft
audiobotschaft medienbericht zeitungsbericht tv-bericht rechnungshofbericht geständnis zeugenaussage einlassung
antwort vermerk aktenvermerk mail bestätigung befragung entscheidung meldung klarstellung ankündigung buch bücher
büchern aussendung mitteilungen
'''))
MEDIA = set(words_of('''
zeitung zeitungen blatt blätter magazin magazins zeitschrift sender fernsehen rundfunk radio nachrichtenagentur
portal onlineportal website webseite homepage internetseite blog onlineausgabe ausgabe medium medien tv plattform
newsletter fachblatt fachzeitschrift journal wochenzeitung tageszeitung boulevardblatt boulevardzeitung
sonntagszeitung fernsehsender nachrichtensender radiosender staatsfernsehen staatssender nachrichtenmagazin
wochenmagazin nachrichtenportal branchenportal branchenmedium fachportal newsportal kanal account presseagentur
'''))
BODIES = set(words_of('''
polizei regierung ministerium gericht gerichtshof behörde behörden staatsanwaltschaft partei verband unternehmen
konzern firma kommission rat armee militär küstenwache feuerwehr organisation institut universität uni bank kammer
gewerkschaft verein stiftung amt büro palast präsidentschaft stadt gemeinde land länder staat staaten union team
mannschaft club klub verteidigung justiz exekutive branche industrie vorstand führung spitze koalition fraktion
opposition bündnis allianz initiative netzwerk kommando stab senat parlament kongress kabinett ausschuss komitee
gruppe rathaus krankenhaus spital klinik schule zentrale gesellschaft weltbank holding staatsholding versicherung
versicherungen banken konzerne unternehmen gremium aufsichtsrat direktion präsidium sekretariat staatssekretariat
kanzleramt vatikan kreml pentagon weiße haus elysée regime junta miliz milizen rebellen streitkräfte truppen einheit
truppe nationalrat bundesrat landtag gemeinderat stadtrat volkskongress kirche diözese orden caritas verwaltung
provinzverwaltung landesregierung bundesregierung präfektur ressort lager veranstalter betreiber hersteller anbieter
entwickler autobauer autohersteller konzernleitung geschäftsleitung geschäftsführung leitung unternehmensleitung
delegation mission agentur vertretung botschaft konsulat dienst dienste geheimdienst sicherheitsdienst wetterdienst
rettungsdienst rettungsdienste notdienste lagezentrum krisenstab rettung bergrettung wasserrettung
ermittlungsbehörden untersuchungsbehörden wirtschaftskammer arbeiterkammer bundesheer heer marine luftwaffe
bundeswehr polizeigewerkschaft anklage anklagebehörde staatsschutz verfassungsschutz landeskriminalamt
bundeskriminalamt kriminalpolizei alpinpolizei bundespolizei exekutive zoll finanzamt finanz finanzverwaltung
gewerkschaften verbände parteien organisationen institute fonds rechnungshof volksanwaltschaft ombudsstelle
rechnungshöfe hilfswerk flüchtlingshilfswerk beobachtungsstelle stelle stellen anstalt einrichtung agentur
behördenleitung generalprokuratur generalstaatsanwaltschaft bundesanwaltschaft verbund plattform bewegung front
allianz kartell börse börsenaufsicht aufsicht finanzmarktaufsicht notenbank zentralbank nationalbank
weltgesundheitsorganisation gewerkschaftsbund konsortium fluglinie airline fluggesellschaft post bahn
verkehrsbetriebe stadtwerke werke forum zentrum centre center label verlag
'''))
PEOPLE = set(words_of('''
leute menschen mensch familie familien eltern kinder kind frauen männer mann frau bub buben mädchen sohn tochter
söhne töchter vater mutter bruder schwester brüder schwestern freund freundin freunde kollege kollegin kollegen
nachbar nachbarin nachbarn gast gäste fans fan opfer zeuge zeugin zeugen augenzeuge augenzeugin augenzeugen person
personen bevölkerung volk publikum crew besatzung angehörige angehöriger angehörigen paar ehepaar witwe witwer
ehemann ehefrau gattin gatte partnerin partner insider insidern experte experten expertin fachleute fachleuten
bürger bürgerin bürgern einwohner anwohner bewohner bewohnern einwohnern anrainer kunde kundin kunden patient
patientin patienten arzt ärztin ärzte ärzten mediziner jugendliche jugendlichen senioren rentner pensionisten
studenten studentin studierende schüler schülerin schülern lehrer lehrerin lehrern mitglied mitglieder mitgliedern
mitarbeiter mitarbeiterin mitarbeitern belegschaft anhänger anhängerin unterstützer gegner befürworter kritiker
beobachter beobachtern gläubige gläubigen gläubiger flüchtlinge flüchtling migranten migrant asylwerber asylsuchende
häftling häftlinge gefangene gefangenen geisel geiseln soldaten soldat polizisten polizist polizistin beamte beamten
beamter beamtin sanitäter helfer einsatzkräfte einsatzkräften sicherheitskräfte sicherheitskräften rettungskräfte
retter feuerwehrleute feuerwehrmann bauer bauern landwirte arbeiter arbeiterin arbeitnehmer arbeitgeber unternehmer
wähler wählerin wählerinnen eigentümer besitzer mieter vermieter käufer verkäufer händler händlerin nutzer nutzerin
nutzern user usern tester testern spieler spielerin spielern trainer trainerin coach kapitän kicker teamkicker
stürmer torhüter keeper verteidiger sportler sportlerin athlet athletin fahrer fahrerin pilot pilotin passagiere
passagier reisende reisenden touristen tourist urlauber besucher besucherin zuschauer zuseher leser leserin lesern
hörer seher demonstranten demonstrant aktivisten aktivist aktivistin politiker politikerin politikern abgeordnete
abgeordneten abgeordneter parlamentarier parlamentariern mandatare delegierte diplomaten diplomat vertreter
vertreterin vertretern verhandler unterhändler funktionär funktionäre funktionärin sprecher sprecherin anwalt
anwältin anwälte anwälten richter richterin ankläger anklägerin staatsanwalt staatsanwältin gutachter gutachterin
sachverständige sachverständiger angeklagte angeklagter angeklagten beschuldigte beschuldigter verdächtige
verdächtiger verdächtigen täter täterin ermittler ermittlerin forscher forscherin forschern wissenschafter
wissenschafterin wissenschaftler wissenschaftlerin autor autorin autoren autorinnen verfasser studienautor
studienautoren herausgeber regisseur regisseurin künstler künstlerin musiker sänger sängerin schauspieler
schauspielerin produzent produzentin veranstalter organisatoren organisator initiator initiatoren gründer gründerin
erfinder entwickler hacker programmierer ingenieur ingenieure techniker mechaniker analyst analysten ökonom ökonomen
ökonomin volkswirt politologe politologin soziologe soziologin psychologe psychologin historiker historikerin
journalist journalistin journalisten reporter reporterin redakteur redakteurin korrespondent korrespondentin
moderator moderatorin kommentator kommentatoren blogger bloggerin chef chefin chefs boss leiter leiterin direktor
direktorin manager managerin minister ministerin präsident präsidentin kanzler kanzlerin premier bürgermeister
bürgermeisterin landeshauptmann landeshauptfrau landesrat landesrätin stadtrat stadträtin gemeinderat vorsitzende
vorsitzender vorstand vorständin obmann obfrau klubobmann klubobfrau klubobleute sekretär sekretärin generalsekretär
botschafter botschafterin gesandter konsul gouverneur gouverneurin senator senatorin general offizier offiziere
kommandant kommandeur oberst major hauptmann papst bischof kardinal pfarrer priester imam rabbiner mönch nonne könig
königin prinz prinzessin kaiser scheich emir sultan präsidentschaftsbewerber bewerber bewerberin kandidat kandidatin
kandidaten herausforderer sieger siegerin gewinner gewinnerin verlierer weltmeister weltmeisterin europameister
olympiasieger titelverteidiger titelverteidigerin routinier neuling talent legende star stars ikone mitbegründer
mitgründer vorgänger vorgängerin nachfolger nachfolgerin stellvertreter stellvertreterin vize vizekanzler
vizepräsident vizepräsidentin berater beraterin vertraute vertrauter vertrauten begleiter begleiterin mitstreiter
weggefährte weggefährten verbündete verbündeten untergebene schützling lehrling azubi praktikant praktikantin
pädagoge pädagogen pädagogin erzieher erzieherin erzieherinnen betreuer betreuerin therapeut therapeutin
psychotherapeut psychotherapeutin psychiater psychiaterin ermittlerin befragte befragten teilnehmer teilnehmerin
teilnehmern gesprächspartner gesprächspartnern republikaner demokrat demokraten konservative konservativen liberale
sozialdemokrat sozialdemokraten grüne grünen violetten roten schwarzen blauen linke linken rechte rechten spender
spenderin sponsor investor investoren aktionär aktionäre gläubiger schuldner mieterin bäuerin winzer hoteliers wirte
gastronomen landwirt jäger jägerin fischer förster tierschützer umweltschützer naturschützer datenschützer
menschenrechtler verbraucherschützer konsumentenschützer architekt architekten archäologe archäologen archäologin
biologe biologin biochemiker biochemikerin physiker physikerin chemiker mathematiker informatiker jurist juristin
verfassungsrechtler völkerrechtler strafrechtler mediziner medizinerin tierarzt zoologe zoologin geologe meteorologe
astronom astronomin stadtoberhaupt staatsoberhaupt oberhaupt kopf anführer anführerin drahtzieher dirigent komponist
intendant intendantin kurator kuratorin galerist dichter schriftsteller schriftstellerin regisseure fotograf
fotografin videomacher youtuber influencer bewohnerin einwohnerin insulaner lady dame herr herren damen hipster ceo
cfo cto vorarlbergerin steirer steirerin tiroler tirolerin kärntner wiener wienerin salzburger oberösterreicher
niederösterreicher burgenländer deutscher deutsche franzose französin brite britin spanier italiener italienerin
russe russin amerikaner amerikanerin norweger schwede schwedin däne grieche griechin türke türkin pole polin ungar
tscheche slowake serbe kroate ukrainer chinese chinesin japaner japanerin palästinenser palästinenserin israeli
syrer syrerin afghane iraker iraner australier kanadier brasilianer mexikaner argentinier portugiese niederländer
belgier schweizer schweizerin österreicher österreicherin
'''))
PERSON_SUFFIXES = ('sprecher', 'sprecherin', 'chef', 'chefin', 'leiter', 'leiterin', 'minister', 'ministerin',
                   'präsident', 'präsidentin', 'vorsitzende', 'vorsitzender', 'experte', 'expertin', 'experten',
                   'beamte', 'beamter', 'beamten', 'polizist', 'polizisten', 'polizistin', 'direktor', 'direktorin',
                   'manager', 'managerin', 'vertreter', 'vertreterin', 'vertretern', 'mitarbeiter', 'mitarbeiterin',
                   'forscher', 'forscherin', 'wissenschafter', 'wissenschaftler', 'politiker', 'politikerin',
                   'trainer', 'trainerin', 'coach', 'anwalt', 'anwältin', 'anwälte', 'richter', 'richterin',
                   'kommissar', 'kommissarin', 'sekretär', 'sekretärin', 'berater', 'beraterin', 'funktionär',
                   'funktionärin', 'abgeordnete', 'abgeordneter', 'abgeordneten', 'kandidat', 'kandidatin',
                   'mitglied', 'spieler', 'spielerin', 'kicker', 'stürmer', 'boss', 'obmann', 'obfrau', 'rat',
                   'rätin', 'hauptmann', 'meister', 'meisterin', 'kommandant', 'offizier', 'general', 'ökonom',
                   'ökonomin', 'analyst', 'analystin', 'ermittler', 'ermittlerin', 'journalist', 'journalistin',
                   'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'reporter', 'reporterin',
                   'kritiker', 'kritikerin', 'gegner', 'anhänger', 'aktivist', 'aktivistin', 'aktivisten',
                   'unterstützer', 'mann', 'frau', 'männer', 'frauen', 'leute', 'techniker', 'ingenieur', 'arzt',
                   'ärztin', 'ärzte', 'schützer', 'rechtler', 'beauftragte', 'beauftragter', 'bewerber', 'macher',
                   'nutzer', 'kunde', 'kundin', 'kunden', 'jährige', 'jähriger', 'jährigen', 'sprecherinnen',
                   'führer', 'führerin', 'vorstand', 'vorständin', 'partner', 'partnerin', 'gründer', 'gründerin',
                   'kollege', 'kollegin', 'botschafter', 'botschafterin', 'bürger', 'bürgerin', 'bewohner',
                   'einwohner', 'anwohner', 'mediziner', 'psychologe', 'psychologin', 'soziologe', 'soziologin',
                   'politologe', 'politologin', 'biologe', 'biologin', 'loge', 'login', 'logen', 'händler',
                   'vermittler', 'verhandler', 'unterhändler', 'delegierte', 'delegierter', 'gesandte',
                   'gesandter', 'profi', 'profis', 'star', 'legende', 'chefredakteur', 'chefredakteurin',
                   'moderator', 'moderatorin', 'autor', 'autorin', 'autoren', 'dozent', 'dozentin', 'professor',
                   'professorin', 'lehrer', 'lehrerin', 'schüler', 'schülerin', 'student', 'studentin', 'studenten',
                   'insider', 'arbeiter', 'arbeiterin', 'angestellte', 'angestellter', 'beschäftigte', 'fahrer',
                   'pilot', 'kapitän', 'keeper', 'torhüter', 'verteidiger', 'teamchef', 'kämpfer', 'kämpferin',
                   'soldat', 'soldaten', 'polizeichef', 'bischof', 'prediger', 'priester', 'kenner', 'kennerin',
                   'planer', 'planerin', 'wart', 'warte', 'vorsteher', 'vorsteherin', 'inhaber', 'inhaberin',
                   'eigentümer', 'eigentümerin', 'betreiber', 'betreiberin', 'sprecherin', 'initiator',
                   'initiatorin', 'organisator', 'organisatorin', 'nachfolger', 'vorgänger', 'stellvertreter',
                   'stellvertreterin', 'teilnehmer', 'teilnehmerin', 'wähler', 'wählerin', 'zeuge', 'zeugin',
                   'vater', 'väter', 'mutter', 'mütter', 'sohn', 'tochter', 'bruder', 'schwester', 'wächter',
                   'schafter', 'verordnete', 'verordneter', 'hipster', 'agent', 'agentin', 'pater', 'rektor',
                   'rektorin', 'kicker', 'stütze', 'bauer', 'bäuerin', 'wirt', 'wirtin', 'kämpfer',
                   'zeugen', 'opfer', 'täter', 'täterin', 'besucher', 'besucherin', 'fans', 'fan', 'tester')
PERSON_NOUN_SUFFIX = re.compile(r'(ist|isten|istin|istinnen|eur|eure|euren|eurin|loge|logen|login|nom|nomen|nomin|'
                                r'ant|anten|antin|ent|enten|entin|at|aten|atin|ling|linge|iker|ikerin|ler|lerin|lern|'
                                r'ner|nerin|nern|erin|erinnen|ier|iers|ierin|eurinnen|innen|jährige|jähriger|'
                                r'jährigen|ende|enden|ender)$')
NOT_PERSON_SUFFIX = set(words_of('''
prozent moment dokument dokumenten argument element instrument parlament präsident präsidenten segment fundament
management testament experiment ergebnis kontinent patent talent regiment abonnement engagement event statement
department tat staat staaten resultat zitat mandat format apparat automat referat inserat salat plakat senat private
privaten senatoren kandidat kandidaten diplomat diplomaten soldat soldaten advokat magistrat ende legende wende
spende wochenende dividende agende gelände bände wände hände stände umstände zustände abstände vorstände anstände
ländern länder länder bildern kindern wäldern liste papier dossier revier quartier turnier klavier visier manier
spalier pier bier tier tiere tieren hier kurier kuriers ling frühling liebling schmetterling zwilling lehrling
sträfling stadion linie dinge
'''))
# Nouns that are persons when derived from these words but are not in PEOPLE (-ler, -ner, ...) are accepted by the
# suffix rule; these words fit a suffix and still name no person.
NOT_PERSON = set(words_of('''
computer fehler wasser meter liter zimmer muster theater fenster monster messer kader sommer winter oktober november
dezember september semester parameter charakter trailer filter container tiger chip modell thriller marker ordner
server browser scanner drucker laser poster sticker rechner zähler sensor motor traktor faktor sektor reaktor
generator indikator simulator controller player speicher kanister becher teller koffer kugelschreiber bagger hammer
schlüssel spiegel kessel sessel mantel zettel titel artikel kapitel fall zahl zahlen daten
'''))
ADJ_SUFFIX = re.compile(r'(ig|lich|isch|bar|sam|haft|los|voll|iv|al|ell|är|ös|end|iert|ert|tet)(e|en|em|er|es)?$')
COMMON_ADJ = set(words_of('''
neu alt groß klein erst letzt weit viel hoh ander einig mehrer zahlreich verschieden deutsch gut schlecht hoch tief
lang kurz jung früh spät nah fern stark schwach rot grün blau schwarz weiß gelb böse inner äußer ober unter hinter
vorder link recht ganz halb eigen gleich ähnlich best meist wenig genau klar echt fremd frei voll leer offen geheim
arm reich heiß kalt warm schnell langsam violett türkis orange pink dünn dick hart weich schwer leicht neust jüngst
größt höchst ersten
'''))


def load_tsv(name):
    path = os.path.join(DATA_DIR, name)
    if not os.path.exists(path):
        return []
    return [line.rstrip('\n').split('\t') for line in open(path, encoding='utf-8')
            if line.strip() and not line.startswith('#')]


def deaccent(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def fold(w):
    return w.lower().strip('.,;:!?()[]"\'„“”‚‘’»«')


ROLE_NOUNS = {r[0].lower() for r in load_tsv('role_nouns.tsv')}
ROLE_NOUNS |= {r[0].lower() for r in load_tsv('office_titles.tsv') if len(r) > 1 and r[1] in ('title', 'scoped_title')}
BODIES |= {r[0].lower() for r in load_tsv('office_titles.tsv') if len(r) > 1 and r[1] == 'body'}
DESIGNATORS = {r[0].lower(): r[1] for r in load_tsv('designators.tsv')}
NATIONAL_ADJ, DEMONYMS, PLACES = set(), set(), set()
for r in load_tsv('countries.tsv'):
    PLACES.add(deaccent(r[0].lower()))
    if len(r) > 4 and r[4]:
        PLACES.add(deaccent(r[4].lower()))  # the capital
for r in load_tsv('regions.tsv'):
    PLACES.add(deaccent(r[0].lower()))
    if len(r) > 4:
        NATIONAL_ADJ |= {r[3].lower()} if r[3] else set()
        DEMONYMS |= {r[4].lower()} if r[4] else set()
for r in load_tsv('countries.tsv'):
    if len(r) > 3:
        NATIONAL_ADJ |= {r[2].lower()} if r[2] else set()
        DEMONYMS |= {r[3].lower()} if r[3] else set()
for r in load_tsv('places.tsv'):
    PLACES.add(deaccent(r[0].lower()))
    if len(r) > 5 and r[5]:
        DEMONYMS.add(r[5].lower())
for r in load_tsv('lex_places.tsv'):
    PLACES.add(deaccent(r[0].lower()))
PLACES |= {p.split()[0] for p in PLACES if ' ' in p}
MEDIA_NAMES, ORG_NAMES = set(), set()
for r in load_tsv('lex_organisations.tsv'):
    (MEDIA_NAMES if len(r) > 1 and r[1] == 'media' else ORG_NAMES).add(deaccent(r[0].lower()))
for r in load_tsv('organisations.tsv'):
    for name in [r[0]] + (r[4].split('|') if len(r) > 4 and r[4] else []):
        (MEDIA_NAMES if len(r) > 2 and r[2] == 'media' else ORG_NAMES).add(deaccent(name.lower()))
# Outlets the lists above lack (technology and games sites, Austrian magazines).
MEDIA_NAMES |= set(words_of('eurogamer theverge kotaku engadget techradar golem heise gamespot polygon ign wired '
                            'format profil news trend falter datum biber mediaaffairs übergizmo myce.com kurier krone '
                            'arstechnica buzzfeed politico mashable'))
PERSON_NAMES = {deaccent(r[0].lower()) for r in load_tsv('lex_surnames.tsv') + load_tsv('lex_first_names.tsv') +
                load_tsv('first_names.tsv')}
for r in load_tsv('people.tsv') + load_tsv('lex_people.tsv'):
    PERSON_NAMES |= {deaccent(t.lower()) for t in r[0].split()}
CUE_VERB_FORMS, SPEECH_NOUNS = set(), set()
for r in load_tsv('speech_cues.tsv'):
    if len(r) > 3 and r[3] == 'noun':
        SPEECH_NOUNS |= {f.lower() for f in r[2].split('|')}
    if len(r) > 3 and r[3] == 'verb':
        CUE_VERB_FORMS |= {f for f in r[2].split('|') if ' ' not in f}
ALL_PERSON_WORDS = PEOPLE | ROLE_NOUNS
ABSTRACT_SUFFIX = re.compile(r'(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|itäten|ismus|nis|'
                             r'nisse|nissen|tum|ik|ie|ien|ment|ments|enz|anz|ur|uren|sal)$')
ABSTRACT = set(words_of('''
fall fälle frage thema problem ergebnis ergebnisse name zahl beispiel punkt weg idee sache ding dinge zeit lage
situation entwicklung grund gründe ziel ziele rolle art weise schritt plan pläne rest teil anteil wert preis kosten
geld land leben welt system modell produkt produkte gerät geräte album film spiel spiele bild bilder video musik
anschlag angriff krieg wahl wahlen vorschlag einigung kompromiss erfolg niederlage sieg produkt produkte moment
momente protest proteste inhalt inhalte inhalten auftritt auftritte auftritten projekt projekte effekt effekte
objekt objekte aspekt aspekte konzept konzepte kontakt kontakte konflikt konflikte markt rückgang auftrag aufträge
gelder seiten tonnen millionen milliarden anmeldung abmeldung karte rest
'''))


def ends_with_any(w, suffixes, min_stem=0):
    return any(w.endswith(s) and len(w) - len(s) >= min_stem for s in suffixes)


def variants(lw):
    """The word and its forms without a case ending (genitive -s/-es, dative plural -n/-en)."""
    out = [lw]
    for end in ('s', 'es', 'n', 'en', 'ns'):
        if lw.endswith(end) and len(lw) - len(end) >= 3:
            out.append(lw[:-len(end)])
    return out


def is_adjective_form(lw):
    """An inflected or plain adjective or participle (lower-case form)."""
    if lw in NOT_PERSON or lw in PEOPLE or lw in DOCUMENTS or lw in MEDIA or lw in BODIES:
        return False
    for stem in COMMON_ADJ | NATIONAL_ADJ:
        if lw == stem or (lw.startswith(stem) and lw[len(stem):] in ('e', 'en', 'em', 'er', 'es', 'n', 'm', 's')):
            return True
    if re.search(r'^\d+-(jährig|fach|malig|köpfig|prozentig|teilig)(e|en|em|er|es)?$', lw):
        return True
    return bool(ADJ_SUFFIX.search(lw)) and len(lw) > 4 and not re.search(r'schaft(er|en|erin|ern)?$', lw)


def _person_word(lw):
    if lw in NOT_PERSON or lw in NOT_PERSON_SUFFIX or lw in ABSTRACT:
        return lw in ('präsident', 'präsidenten', 'kandidat', 'kandidaten', 'diplomat', 'diplomaten',
                      'soldat', 'soldaten', 'senatoren', 'advokat', 'lehrling')
    if lw in ALL_PERSON_WORDS or lw in DEMONYMS:
        return True
    base = lw.split('-')[-1]
    if base != lw and base and _person_word(base):
        return True
    if ends_with_any(base, PERSON_SUFFIXES, 2) or ends_with_any(base, tuple(r for r in ROLE_NOUNS if len(r) >= 4), 2):
        return True
    if base.endswith('in') and base[:-2] in ALL_PERSON_WORDS:
        return True
    if base.endswith('innen') and base[:-5] in ALL_PERSON_WORDS:
        return True
    if PERSON_NOUN_SUFFIX.search(base) and not any(base.endswith(x) for x in NOT_PERSON_SUFFIX) and len(base) > 5 \
            and not ABSTRACT_SUFFIX.search(base) and not any(base.endswith(x) for x in ABSTRACT if len(x) > 4):
        return True
    # An inhabitant of a place: "die Salzburger", "die Münchner".
    for end in ('er', 'erin', 'ern', 'erinnen'):
        if base.endswith(end) and deaccent(base[:-len(end)]) in PLACES:
            return True
    return False


def strong_person_word(lw):
    """A person noun by the lists (not by a suffix rule that adjectives in -ler, -ner also fit)."""
    return lw in ALL_PERSON_WORDS or ends_with_any(lw, PERSON_SUFFIXES, 0) or role_word(lw)


def person_word(lw):
    return any(_person_word(v) for v in variants(lw))


def role_word(lw):
    for v in variants(lw):
        base = v.split('-')[-1]
        if v in ROLE_NOUNS or base in ROLE_NOUNS or \
                ends_with_any(base, tuple(r for r in ROLE_NOUNS if len(r) >= 5), 2):
            return True
    return False


def in_class(lw, words):
    """lw (or its form without a case ending) is a word of the class or a compound ending in one."""
    for v in variants(lw):
        base = v.split('-')[-1]
        if v in words or base in words:
            return True
        if any(base.endswith(w) and len(w) >= 4 and len(base) - len(w) >= 2 for w in words):
            return True
    return False


def statement_stem(lw):
    """The statement noun a word ends in (angaben, berichten...), and the part before it."""
    if re.search(r'(kandidat|soldat|mandat)(en)?$', lw):
        return None, None
    for s in sorted(STATEMENT_STEMS, key=len, reverse=True):
        if lw.endswith(s):
            prefix = lw[:-len(s)]
            hyphen = prefix.endswith('-')
            prefix = prefix.rstrip('-')
            # Only whole compound parts: "Polizeiangaben", "Regierungskreisen", "Bundesländerdaten", not "Mandaten".
            if prefix and not hyphen and (len(prefix) < 3 or s in ('daten', 'worte', 'worten', 'sicht', 'angabe',
                                                                   'version') and len(prefix) < 4):
                continue
            if prefix and not hyphen and s in ('sicht', 'version', 'worte', 'worten', 'kreise', 'kreisen'):
                # Aussicht, Rücksicht, Stichworte, Landkreisen: other words. Regierungskreisen is a source.
                if s in ('kreise', 'kreisen') and re.search(r'(regierungs|partei|polizei|diplomaten|militär|'
                                                           r'sicherheits|justiz|ermittler|koalitions|branchen|'
                                                           r'verhandlungs|insider|unternehmens|konzern|bank|'
                                                           r'finanz|geheimdienst|armee|kirchen|vatikan|kreml|'
                                                           r'verwaltungs|ministeriums|fraktions)s?$', prefix):
                    return s, prefix
                continue
            return s, prefix
    return None, None


def is_time_word(lw):
    if lw in TIME:
        return True
    if re.match(r'^(\d{1,4}|\d{1,2}\.)$', lw):
        return True
    return any(lw.endswith(t) and len(t) >= 5 and t not in ('abend', 'woche', 'stunde') for t in TIME) or \
        bool(re.search(r'(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(abend|morgen|nachmittag|'
                       r'vormittag|früh|nacht)?s?$', lw))


def is_name_like(w, relaxed=False):
    """A capitalised word that may be part of a name the tagger missed: not a known common noun class. Relaxed
    (after a role noun: "Politologe Hans Beispielmann"), a German noun ending is no objection."""
    lw = w.lw
    if not w.cap:
        return False
    if is_time_word(lw) or statement_stem(lw)[0] or lw in ABSTRACT or re.match(r'^[\d.,]+$', lw):
        return False
    if deaccent(lw) in PERSON_NAMES or re.match(r'^[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ][a-zäöüß]+$', w.text) and \
            not person_word(lw) and not in_class(lw, DOCUMENTS | MEDIA | BODIES):
        return True
    if ABSTRACT_SUFFIX.search(lw) and not relaxed:
        return False
    if person_word(lw) or in_class(lw, DOCUMENTS | MEDIA | BODIES):
        return False
    return True


# --- the classifier ------------------------------------------------------------


class Word:
    def __init__(self, text, label=None, start=0):
        self.text = text
        self.lw = fold(text)
        self.label = label  # PER / ORG / LOC / MISC when an entity of the text covers it
        self.start = start
        letters = re.sub(r'^[\d\W_]+', '', text)
        # A web address is a name: "beispiel.de".
        self.cap = letters[:1].isupper() or bool(re.search(r'\w\.(de|at|com|ch|net|org|fr|it|uk|ua|ru)$', text))

    def __repr__(self):
        return f'{self.text}/{self.label}'


def split_words(s, offset=0, labels=None):
    out = []
    for m in re.finditer(r'\S+', s):
        t = m.group(0).strip(',;:()[]"„“”‚‘’»«')
        if t.endswith('.') and not re.match(r'^([A-ZÄÖÜ]\.|.*\w\.\w+\.?$)', t) and \
                t.lower() not in ('ca.', 'dr.', 'prof.', 'st.', 'mag.', 'ing.'):
            t = t.rstrip('.')
        if not t:
            continue
        lab = labels(offset + m.start(), offset + m.end()) if labels else None
        out.append(Word(t, lab, offset + m.start()))
    return out


class Context:
    """Where a span stands: the tokens before it in its sentence, the text after it, whether it opens its
    sentence and whether that sentence opens the article."""
    def __init__(self, before='', after='', sentence_start=False, article_start=False):
        self.before = re.findall(r"[\w\-]+(?:\.\w+)*|[^\w\s]", before)[-8:]
        m = re.search(r'([\w\-]+)\s*$', before)
        self.prev = m.group(1) if m else None  # the word right before the span, when nothing comes between
        self.after = after
        self.sentence_start = sentence_start
        self.article_start = article_start

    def next_word(self):
        m = re.match(r'^\s*([\w\-]+)', self.after)
        return m.group(1) if m else None


def governing_preposition(ctx):
    """The preposition whose object the span is: right before it, or before a coordination the span closes
    ("aus Syrien oder dem Irak", "von Polizeigewalt und glanzvollen Auftritten", "in einem bekannten Programm").
    A statement noun on the way makes the span its holder ("nach Ansicht der Forscher"), unless that noun has
    its holder already ("nach Armeeangaben eine Palästinenserin", "nach ihrer Ansicht die Migranten"): then the
    span is an object of the clause and 'object' is returned."""
    toks = ctx.before
    if re.match(r'^\s*,\s*(der|die|das|welcher|welche|welches)\b', ctx.after):
        return None  # the antecedent of a relative clause whose pronoun is the subject: its case does not matter
    k = len(toks) - 1
    seen = 0
    coordination = bool(toks) and toks[-1].lower() in ('und', 'oder', 'sowie')
    while k >= 0 and seen < 6:
        t = toks[k]
        lt = t.lower()
        if lt in PREPOSITIONS:
            return lt
        s, prefix = statement_stem(lt)
        if t[:1].isupper() and (s or lt in SPEECH_NOUNS or lt in ('ansicht', 'auffassung', 'meinung', 'vorstellung',
                                                                  'überzeugung')):
            own = named_holder(prefix) or (k > 0 and POSSESSIVE.match(toks[k - 1].lower())) or \
                (k > 0 and toks[k - 1].lower() in ('eigenen', 'eigener')) or \
                (k > 1 and POSSESSIVE.match(toks[k - 2].lower()))
            return 'object' if own and k == len(toks) - 1 - sum(1 for x in toks[k + 1:] if x.lower() in ARTICLES) \
                and not any(x == ',' for x in toks[k + 1:]) else None
        if lt == ',' and not coordination:
            return None
        if not t[:1].isupper() and is_adjective_form(lt) and k > 0 and toks[k - 1][:1].isupper() and \
                toks[k - 1].lower() not in ARTICLES | DETERMINERS:
            return None  # "im Gazastreifen regierenden Hamas": the phrase of the preposition ended before
        if lt in ARTICLES or lt in DETERMINERS or POSSESSIVE.match(lt) or lt in ('und', 'oder', 'sowie', ',') or \
                re.match(r'^[\d.,]+$', t) or (t[:1].isupper() and lt not in AUX and lt not in CUE_VERB_FORMS) or \
                (is_adjective_form(lt) and lt not in CUE_VERB_FORMS and lt not in AUX):
            k -= 1
            seen += 1
            continue
        return None
    return None


def classify(ws, ctx=None):
    """The kind of a speaker span (a list of Word) in its context (a Context, or None for a bare string)."""
    ctx = ctx or Context()
    prev = ctx.prev.lower() if ctx.prev else None
    prev_cap = bool(ctx.prev and ctx.prev[:1].isupper())
    nxt = ctx.after
    sentence_start, article_start = ctx.sentence_start, ctx.article_start
    if not ws:
        return 'junk'
    first = ws[0]
    for w in ws:  # garbled tokens (URL or hash fragments: "Xy7Qk2Lm")
        if re.search(r'\d', w.text) and sum(c.isupper() for c in w.text) >= 2 and len(w.text) >= 8 and \
                not w.label and '-' not in w.text:
            return 'junk'
    # A dateline ("Rom – Die Regierung ..."): the place that opens an article.
    if article_start and re.match(r'^(/[\w\-. ]+)*\s*(\(\w+\)\s*)?[–-]\s', nxt) and len(ws) <= 3:
        return 'junk'
    # An article or demonstrative before its noun ("Dieser neue Plan"), a genitive before its noun ("Spaniens
    # auflagenstärkste Zeitung"): the span stops before the head of its phrase.
    nw = ctx.next_word()
    if nw and not re.match(r'^\s*[,.;:!?)–\-"“”]', nxt):
        lnw = nw.lower()
        head_follows = (nw[:1].isupper() and lnw not in AUX and lnw not in CUE_VERB_FORMS) or \
            (is_adjective_form(lnw) and lnw not in CUE_VERB_FORMS and lnw not in AUX and lnw not in ADVERBS and
             lnw not in PREPOSITIONS)
        if head_follows and len(ws) == 1 and (first.lw in ARTICLES or first.lw in DEMONSTRATIVE) and \
                first.lw not in ('die', 'der') or \
                (head_follows and nw[:1].isupper() and len(ws) == 1 and first.lw in ARTICLES):
            return 'junk'
        if head_follows and all(w.label or w.cap for w in ws) and re.search(r"(s|'|’)$", ws[-1].text) and \
                (ws[-1].label in ('LOC', 'PER', 'ORG')) and not lnw in ('und', 'oder'):
            return 'junk'
    if len(ws) == 1:
        k = classify_word(first, sentence_start, prev)
        if k:
            return k
    if first.lw in SUBORDINATORS and first.lw not in ('wie', 'als', 'wer', 'was') and len(ws) > 1:
        return 'junk'
    for i, w in enumerate(ws):
        if w.label:
            continue
        if w.lw in AUX and not (w.cap and i > 0):
            return 'junk'
        if not w.cap and w.lw in CUE_VERB_FORMS and not is_adjective_form(w.lw):
            return 'junk'
        nw = ws[i + 1] if i + 1 < len(ws) else None
        if nw is not None and nw.lw in ARTICLES and not nw.label:
            if w.lw in ARTICLES and not (w.lw in ('einer', 'eine', 'eines', 'einem', 'einen') and
                                         nw.lw in ('der', 'den')):
                return 'junk'  # "laut der das Amt", "Der dem Kläger": a relative pronoun and a phrase
            if not w.cap and w.lw not in DETERMINERS | PREPOSITIONS | POST_PREPS | QUANT_WORDS and \
                    w.lw not in ('und', 'oder', 'sowie', 'bzw') and not POSSESSIVE.match(w.lw) and \
                    not STRONG_GENITIVE.match(w.lw) and '.' not in w.lw:
                return 'junk'  # a verb: "gemahnte die Verteidigung"
    if first.lw in PREPOSITIONS and len(ws) > 1 and not first.label and \
            not (first.lw == 'über' and re.match(r'^\d', ws[1].text)):
        return 'pp'
    kind = classify_np(ws, sentence_start)
    if kind in FORBIDDEN:
        return kind
    # An accusative is an object, not a subject: "einen Palästinenser", "den stellvertretenden IS-Chef" (the
    # dative plural "den Angaben", "den Experten" ends in -n).
    relative = re.match(r'^\s*,\s*(der|die|das|welcher|welche|welches)\b', ctx.after)
    if (first.lw == 'einen' or first.lw == 'den' and not first.label) and not relative:
        head = next((w for w in ws[1:] if w.cap and not w.label), None)
        if first.lw == 'einen' or (head is not None and not re.search(r'(n|s)$', head.lw)):
            return 'pp'
    # A preposition before the span (or before a coordination it closes) makes it the preposition's object, not
    # a source; except where a document, medium or body is where the words are read ("In der Studie heißt es",
    # "bei der Polizei hieß es", "aus Regierungskreisen").
    gp = governing_preposition(ctx)
    if gp and gp not in SOURCE_PREPS and not (gp == 'zu' and prev == gp and re.search(r'nden?$', first.lw)) and \
            not (gp == 'während' and first.lw not in GENITIVE_START):
        if not (gp in ('in', 'im', 'aus', 'nach', 'unter') and kind in ('document', 'medium', 'statement_holder')
                or gp == 'auf' and kind == 'medium'
                or gp in ('bei', 'beim', 'nach', 'seitens') and kind in ('body', 'untagged', 'role', 'people', 'name')
                or gp == 'aus' and kind == 'bare'):
            return 'pp'
    # A genitive after a noun other than a statement noun is that noun's attribute ("auf Kosten eines Spielers").
    if first.lw in ('des', 'eines') and prev and prev_cap and not statement_stem(prev)[0] and \
            not in_class(prev, DOCUMENTS) and prev not in ('namen', 'auftrag', 'seiten'):
        return 'pp'
    return kind


def classify_word(w, sentence_start, prev):
    """The kind of a one-word span, or None to read it as a noun phrase."""
    lw = w.lw
    if lw == 'man':
        return 'man'
    if lw in PERSONAL or lw in DEMONSTRATIVE:
        return 'pronoun'
    if lw in INDEFINITE:
        return 'indefinite'
    if lw in NEUTER or lw in ADVERBS or PRONOMINAL_ADVERB.match(lw) or lw in SUBORDINATORS:
        return 'adverb'
    if lw in AUX:
        return 'junk'
    if w.label:
        return None
    if not w.cap:
        if '.' in lw:  # beispiel.de, ver.di
            return 'medium' if lw in MEDIA_NAMES or re.search(r'\.(de|at|com|ch|net|org)$', lw) else 'body'
        if lw in CUE_VERB_FORMS:
            return 'junk'
        return 'adjective' if is_adjective_form(lw) else 'adverb'
    # A capitalised word opening the sentence may be an adverb or adjective ("Kurz gesagt", "Spielerisch").
    if sentence_start and not person_word(lw) and not in_class(lw, BODIES | MEDIA | DOCUMENTS):
        if lw in CUE_VERB_FORMS:
            return 'junk'
        if is_adjective_form(lw) and not ABSTRACT_SUFFIX.search(lw):
            return 'adjective'
    if lw in COMMON_ADJ:
        return 'adjective'
    return None


STRONG_GENITIVE = re.compile(r'^(beider|aller|vieler|mehrerer|zahlreicher|weiterer|anderer|einiger|zweier|dreier|'
                             r'\w+(er))$')


def classify_np(ws, sentence_start=False):
    """Splits the span into pre-words (determiners, numbers, adjectives), the core (nouns and names) and a
    post-modifier (genitive, von-phrase), checks that nothing else is glued on, and reads the kind off the core."""
    n = len(ws)
    i = 0
    pre = []
    while i < n:
        w = ws[i]
        lw = w.lw
        nxt = ws[i + 1] if i + 1 < n else None
        if w.cap and nxt is not None and (nxt.cap or nxt.label) and w.label != 'PER' and \
                (lw.endswith('er') and deaccent(lw[:-2]) in PLACES or
                 (re.search(r'isch(e|en|er|es|em)$', lw) or (is_adjective_form(lw) and not w.label)) and
                 not strong_person_word(lw) and not in_class(lw, BODIES | MEDIA | DOCUMENTS) and
                 not statement_stem(lw)[0]):
            pre.append(w)  # "Wiener Psychologen", "Russischer Außenminister", "Zentrale Stelle"
            i += 1
            continue
        if w.label and w.cap:
            break
        if lw in DETERMINERS or POSSESSIVE.match(lw) or lw in QUANT_WORDS or lw in NUMBER_WORDS or \
                re.match(r'^[\d.,]+$', lw) or lw in ('eigenen', 'eigene', 'eigener'):
            pre.append(w)
            i += 1
            continue
        if not w.cap and nxt is not None:
            pre.append(w)  # an adjective or participle (verbs were ruled out before)
            i += 1
            continue
        # A capitalised adjective before a noun: sentence-initial ("Neue Geräte"), in a name ("Zentrale
        # Stelle", "Hohe Repräsentant") or an inhabitant's -er ("Wiener Psychologen").
        if w.cap and nxt is not None and nxt.cap and not person_word(lw) and \
                not in_class(lw, BODIES | MEDIA | DOCUMENTS) and lw not in DESIGNATORS and \
                (is_adjective_form(lw) or (re.search(r'(e|en|er|es|em)$', lw) and not nxt.label and
                                          not statement_stem(lw)[0] and not is_time_word(lw) and
                                          (i == 0 and sentence_start or re.search(r'er(e|en|er|es|em)$', lw)) and
                                          deaccent(lw) not in MEDIA_NAMES | ORG_NAMES | PERSON_NAMES) or
                 (lw.endswith('er') and deaccent(lw[:-2]) in PLACES)):
            pre.append(w)
            i += 1
            continue
        break
    if i >= n:
        last = ws[-1]
        if last.lw in INDEFINITE or last.lw in DETERMINERS:
            return 'indefinite'
        if re.match(r'^[\d.,]+$', last.lw):
            return 'junk'
        if last.cap and not is_adjective_form(last.lw):
            return 'junk'
        return 'adjective'
    core = []
    while i < n:
        w = ws[i]
        if w.label or w.cap or (core and core[-1].label and i + 1 < n and ws[i + 1].label and
                                w.lw in ('de', 'da', 'van', 'von', 'der', 'al', 'bin', 'la', 'le', 'di', 'del',
                                         'dos', 'ibn', 'dello', 'della', 'y', 'el')):
            if core and not w.label and w.lw in GENITIVE_START | POST_PREPS:
                break  # a capitalised "Der" mid-span still opens a genitive
            core.append(w)
            i += 1
            continue
        break
    post = ws[i:]
    if not core:
        return 'junk'
    if post:
        if not post_ok(post):
            return 'junk'
        if any(is_time_word(w.lw) and w.cap and not w.label and post[k - 1].lw not in ARTICLES | POST_PREPS
               for k, w in enumerate(post) if k > 0):
            return 'junk'  # a time adverbial glued on: "ein Sprecher der Polizeiinspektion Freyung Montagfrüh"
        # A person and then "der Zeitung", "der APA": the addressee of the words, glued on ("sagte der
        # Manager der Zeitung"), unless the person works for the medium (Redakteur, Reporter).
        head = core[-1]
        if post[0].lw in ('der', 'dem') and (person_word(head.lw) or head.label == 'PER') and \
                not re.search(r'(redakteur|journalist|reporter|korrespondent|herausgeber|kolumnist|leser|'
                              r'mitarbeiter|autor|moderator|chef|leiter|direktor|sprecher|eigentümer|gründer|'
                              r'fotograf|kommentator)(in|en|innen|s)?$', head.lw):
            pw = [w for w in post[1:] if w.cap or w.label]
            if pw and (in_class(pw[0].lw, MEDIA) or deaccent(pw[0].lw) in MEDIA_NAMES):
                return 'junk'
    return classify_core(pre, core, post)


def post_ok(post):
    """A post-modifier: a genitive or von/für/aus-phrase (det, adjectives, nouns, maybe another genitive) or a
    coordination; a number, a verb or a bare second noun phrase is glued on."""
    p0 = post[0].lw
    if p0 in ('und', 'oder', 'sowie'):
        return True
    if not (p0 in GENITIVE_START or p0 in POST_PREPS or (STRONG_GENITIVE.match(p0) and not post[0].cap)):
        return False
    seen_noun = False
    for w in post[1:] if (p0 in GENITIVE_START or p0 in POST_PREPS) else post:
        if w.cap or w.label:
            seen_noun = True
        elif re.match(r'^[\d.,]+$', w.lw) and not seen_noun:
            continue
        elif w.lw in GENITIVE_START | POST_PREPS | DETERMINERS or w.lw in ('und', 'oder') or \
                POSSESSIVE.match(w.lw) or (not seen_noun and re.search(r'(e|en|er|es|em)$', w.lw)):
            if w.lw in GENITIVE_START | POST_PREPS:
                seen_noun = False
            continue
        else:
            return False
    return seen_noun


def classify_core(pre, core, post):
    first = core[0]
    # Time: "Ende April", "Sechs Jahre", "Jedes Mal".
    if not first.label and is_time_word(first.lw) and not strong_person_word(first.lw):
        return 'time'
    for w in core[1:]:
        if is_time_word(w.lw) and (not w.label or w.label == 'PER'):
            return 'junk'  # a time adverbial glued on: "der Konzern Mittwochabend", "Meier Mittwochfrüh"
    per = [k for k, w in enumerate(core) if w.label == 'PER']
    if per:
        before, after = core[:per[0]], core[per[-1] + 1:]
        last = core[per[-1]]
        if not after and not before and pre and pre[-1].lw in ARTICLES and re.search(r"(s|'|’)$", last.text) and \
                len(per) == 1:
            return 'junk'  # "laut der Straches ... Kommentare": a relative pronoun and a genitive
        if after:
            if re.search(r"(s|'|’)$", last.text) and len(after) == 1 and not after[0].label:
                return noun_kind(pre, after[0], post)  # Saxon genitive: "Merkels Sprecher", "Putins Büro"
            if all(w.label for w in after) and before and person_word(before[-1].lw):
                return 'name'  # "Polizeichef Karl Huber": the tagger cut the name
            return 'junk'  # "Meier Reisenden"
        if before:
            b = before[-1]
            if statement_stem(b.lw)[0] or is_time_word(b.lw):
                return 'junk'
            # A medium or body and then a person: two phrases ("der Kurier Villeneigentümer Schuster").
            for x, y in zip(before, before[1:]):
                if re.search(r"(s|'|’)$", x.text) and (x.label or x.cap):
                    continue  # a Saxon genitive: "Deutschlands Justizminister"
                if (in_class(x.lw, MEDIA | BODIES) or deaccent(x.lw) in MEDIA_NAMES) and \
                        not person_word(x.lw) and person_word(y.lw):
                    return 'junk'
            if b.label in ('ORG', 'LOC', 'MISC') and not re.search(r"(s|'|’)$", b.text) and \
                    not person_word(b.lw):
                return 'junk'  # a name of a body and then a person: "die Nachrichtenagentur TASR Fico"
            if last.text.endswith('s') and not person_word(b.lw) and not in_class(b.lw, BODIES):
                return 'junk'  # a genitive name behind a noun it does not belong to: "Medien Meiers"
        return 'name'
    ents = [k for k, w in enumerate(core) if w.label]
    if ents:
        before, after = core[:ents[0]], core[ents[-1] + 1:]
        ent = [w for w in core if w.label]
        label = ent[-1].label
        kind = entity_kind(label, ent)
        if after and len(after) == 1 and re.search(r"(s|'|’)$", core[ents[-1]].text) and \
                not in_class(after[0].lw, MEDIA | BODIES):
            return noun_kind(pre, after[0], post)  # "Frankreichs Teamkicker", "Tirols Landeshauptmann"
        for w in after:
            if in_class(w.lw, MEDIA):
                kind = 'medium'  # "Kanal TV"
            elif in_class(w.lw, BODIES):
                kind = 'body'
            elif not is_name_like(w):
                return 'junk'  # "Statistik Austria Zahlen", "beispiel.de Erklärung"
        if any(re.search(r'\d', w.text) for w in after):
            return 'abstract'  # a product: "die Panasonic Lumix G7"
        if before:
            b = before[-1]
            if len(before) > 1 and not all(is_name_like(x) or person_word(x.lw) for x in before[:-1]):
                return 'junk'
            if role_word(b.lw) and label == 'LOC' and len(ent) <= 2:
                return 'name'  # the tagger took a surname for a place: "Generalmajor Berg"
            s, prefix = statement_stem(b.lw)
            if s:
                return statement_kind(pre, b, ent + post, prefix)
            if in_class(b.lw, MEDIA):
                return 'medium'
            if in_class(b.lw, DOCUMENTS):
                return 'document'
            if person_word(b.lw) or in_class(b.lw, BODIES) or b.lw in DESIGNATORS:
                return kind if kind != 'place' or b.lw in DESIGNATORS else 'body'
            if not is_name_like(b):
                return 'abstract' if label in ('LOC', 'MISC') else 'junk'  # "Der Fall Neustadt"
        return kind
    if len(core) >= 2:
        head = core[0]
        rest = core[1:]
        if person_word(head.lw) or head.lw in DESIGNATORS or in_class(head.lw, BODIES | MEDIA):
            # An apposition with a name the tagger missed: "Jagdleiter Huber", "Hersteller Acme".
            if all(is_name_like(w, relaxed=True) for w in rest):
                if in_class(head.lw, MEDIA):
                    return 'medium'
                if person_word(head.lw) and head.lw not in DESIGNATORS and not in_class(head.lw, BODIES):
                    return 'name'
                return 'body'
            return 'junk'
        if in_class(head.lw, DOCUMENTS) and all(is_name_like(w) for w in rest):
            return 'document'  # "Studie Standort Österreich"
        if all(is_name_like(w) for w in core):
            return 'untagged'  # "Tech Portal"
        if all(is_name_like(w) for w in core[:-1]):
            return noun_kind(pre, core[-1], post)  # "Apple Fans", a name as the first part
        return 'junk'  # "Gesetz Politiker", "Behörden Täter"
    return noun_kind(pre, first, post)


def entity_kind(label, ws):
    if label == 'PER':
        return 'name'
    lws = [w.lw for w in ws]
    name = deaccent(' '.join(lws))
    if label == 'ORG':
        if name in MEDIA_NAMES or any(in_class(lw, MEDIA) for lw in lws):
            return 'medium'
        return 'body'
    if label == 'LOC':
        if len(lws) == 1 and any(v in DEMONYMS or v.endswith('er') and deaccent(v[:-2]) in PLACES
                                 for v in variants(lws[0])):
            return 'people'  # the tagger labels inhabitants as places: "der Spanier"
        if any(in_class(lw, BODIES) for lw in lws):
            return 'body'
        return 'place'
    # MISC: a law, treaty or publication may speak as a document; a product or event does not speak.
    if name in MEDIA_NAMES:
        return 'medium'
    if any(in_class(lw, DOCUMENTS) for lw in lws):
        return 'document'
    return 'abstract'


def holder_of(pre, head, post, prefix):
    """Whether a statement noun names who made it: a possessive, a genitive or von-phrase, a named first part of
    the compound ("Polizeiangaben", "APA-Informationen") or a national adjective ("russischen Angaben")."""
    s, _ = statement_stem(head.lw)
    generic_media = s in ('berichten', 'berichte', 'meldungen') or (prefix in GENERIC_PREFIX)
    if named_holder(prefix):
        return True
    for w in pre:
        if POSSESSIVE.match(w.lw):
            return True
        if w.label in ('PER', 'ORG') or (w.label == 'LOC' and w.cap and not generic_media and
                                         not re.search(r'isch(e|en|er|es|em)$', w.lw)):
            return True
        if w.cap and re.search(r"(s|'|’)$", w.text) and not is_adjective_form(w.lw):
            return True  # Saxon genitive: "Merkels Angaben"
        if not generic_media and any(w.lw.startswith(a) and len(w.lw) - len(a) <= 2 for a in NATIONAL_ADJ):
            return True
    pw = [w for w in post if w.cap or w.label]
    if any(w.label in ('PER', 'ORG') for w in pw):
        return True
    if any(w.label == 'LOC' for w in pw) and not generic_media:
        return True
    if any(person_word(w.lw) or in_class(w.lw, BODIES | MEDIA) or is_name_like(w) for w in pw):
        return True
    return False


def named_holder(prefix):
    """The first part of a statement compound names who made it: a body, a person, a medium or an acronym
    ("Polizeiangaben", "Expertenschätzungen", "APA-Informationen"), not a topic ("Markteinschätzung")."""
    if not prefix or prefix in GENERIC_PREFIX:
        return False
    p = prefix.rstrip('-')
    if '-' in p:
        return any(named_holder(x) for x in p.split('-') if x)
    if re.match(r'^[a-zäöü]{1,6}$', p) and p.upper() == p.upper() and p in ('apa', 'uno', 'un', 'eu', 'nato', 'orf',
                                                                         'dpa', 'afp', 'ap', 'who', 'oecd', 'imf',
                                                                         'iwf', 'ezb', 'wifo', 'ihs', 'ams'):
        return True
    stem = re.sub(r'(s|es|n|en)$', '', p)
    return person_word(p) or in_class(p, BODIES | MEDIA) or in_class(stem, BODIES | MEDIA) or \
        deaccent(p) in ORG_NAMES | MEDIA_NAMES or deaccent(stem) in ORG_NAMES | MEDIA_NAMES or \
        any(p.startswith(a) for a in NATIONAL_ADJ if len(a) > 4)


def statement_kind(pre, head, post, prefix):
    return 'statement_holder' if holder_of(pre, head, post, prefix) else 'bare'


def noun_kind(pre, head, post):
    lw = head.lw
    lpre = [w.lw for w in pre]
    if lw == 'zungen' and lpre and lpre[-1] == 'böse':
        return 'people'  # "Böse Zungen behaupten": gossips
    if lpre and lpre[-1] in ('jeder', 'jede', 'jeden') and re.search(r'(te|ste)n?$', lw):
        return 'indefinite'  # "Fast jeder Fünfte"
    if lw in QUANTITY_HEAD or lw in INDEFINITE:
        if post and any(person_word(w.lw) for w in post if w.cap):
            return 'people'  # "60 Prozent der Befragten", "eine Reihe weiterer Polizisten"
        if post and lw != 'prozent':
            return 'abstract'  # "die Hälfte des Geldes"
        return 'indefinite'
    if is_time_word(lw) and not strong_person_word(lw):
        return 'time'
    s, prefix = statement_stem(lw)
    if s:
        return statement_kind(pre, head, post, prefix)
    if any(lw.endswith(x) and len(x) >= 8 for x in ABSTRACT):
        return 'abstract'  # "Konkursanmeldung" is no "Meldung"
    if in_class(lw, MEDIA) or deaccent(lw) in MEDIA_NAMES:
        return 'medium'
    if in_class(lw, DOCUMENTS):
        return 'document'
    if role_word(lw):
        return 'role'
    if lw in BODIES:
        return 'body'
    if person_word(lw):
        # A nominalised adjective with a neuter article is a thing ("das Neue").
        if lpre and lpre[-1] in ('das', 'ein', 'dieses', 'jenes', 'kein', 'alles') and \
                re.search(r'(e|es)$', lw) and lw not in PEOPLE:
            return 'abstract'
        return 'people'
    if in_class(lw, BODIES) or deaccent(lw) in ORG_NAMES:
        return 'body'
    if lw == 'seiten' and lpre and lpre[-1] in ('beide', 'beiden', 'beider', 'alle', 'beiderseits'):
        return 'body'  # "Beide Seiten": the parties to a conflict
    # A nominalised adjective or participle with a masculine or feminine article, or in the plural, is people
    # ("der Deutsche", "die Angeklagte", "Die Grünen", "der 40-Jährige").
    if re.search(r'(e|en|er)$', lw) and lpre and \
            (is_adjective_form(lw) or re.search(r'(ierte|ierten|ende|enden|ender|jährige|jährigen|jähriger)$', lw) or
             re.search(r'^(ge|be|ver|er|ent|an|ab|auf|aus|ein|vor|zu|un|über|unter|mit|nach|bei)\w*(t|n)(e|en|er)$',
                       lw.split('-')[-1])) \
            and lpre[-1] not in ('das', 'ein', 'dieses', 'jenes', 'kein') and not ABSTRACT_SUFFIX.search(lw) and \
            not any(v in ABSTRACT for v in variants(lw)) and not lw.split('-')[-1] in ABSTRACT:
        return 'people'
    if not pre and not ABSTRACT_SUFFIX.search(lw) and lw not in ABSTRACT:
        if deaccent(lw) in PERSON_NAMES:
            return 'untagged'
        if deaccent(lw) in PLACES:
            return 'place'
        if deaccent(lw) in ORG_NAMES or re.search(r'[a-z][A-Z]|\d', head.text) or head.text.isupper():
            return 'untagged'
    return 'abstract'


# --- canonicals ---------------------------------------------------------------


def classify_canonical(canon, ents_by_canon, ent_tokens, text='', labels=None):
    """The kind of a canonical string: an entity of the text under that canonical gives it; else, where the string
    occurs in the text, that occurrence is read as a noun phrase (its words labelled by the entities over them);
    else the string itself, its words labelled by the entities of the text they occur in."""
    if canon in ents_by_canon:
        labs = ents_by_canon[canon]
        for lab in ('PER', 'ORG', 'LOC', 'MISC'):
            if lab in labs:
                if lab == 'LOC' and len(canon.split()) == 1 and person_word(canon.lower()):
                    break  # an inhabitant the tagger labelled a place: read below
                return entity_kind(lab, split_words(canon))
    m = re.search(r'(?<![\w-])' + re.escape(canon) + r'(?![\w-])', text) if text else None
    if m and labels:
        return classify(split_words(canon, m.start(), labels))
    ws = split_words(canon)
    for w in ws:
        w.label = ent_tokens.get(w.text) or ent_tokens.get(re.sub(r"(s|'|’)$", '', w.text))
    return classify(ws)


# --- main ----------------------------------------------------------------------


def snippet(sent, b, e, width=150):
    """Up to width characters of the sentence around [b, e) (offsets into the sentence)."""
    if len(sent) <= width:
        return sent
    lo = max(0, min(b - 50, len(sent) - width))
    s = sent[lo:lo + width]
    return ('…' if lo else '') + s + ('…' if lo + width < len(sent) else '')


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    verbose = '--verbose' in sys.argv
    if not args:
        print(__doc__)
        return 2
    lib = args[0]
    shared = args[1] if len(args) > 1 else '../shared'
    path = os.path.join(shared, 'data', '10kgnad', 'test.csv')
    if not os.path.exists(path):
        print(f'skipped: {path} is absent')
        return 77
    db = sqlite3.connect(':memory:')
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath(lib))
    articles = list(csv.reader(open(path, encoding='utf-8'), delimiter=';', quotechar="'"))
    nrows = nspk = ncanon = 0
    spk_kinds = defaultdict(Counter)
    can_kinds = defaultdict(Counter)
    bad_spk, bad_can, other = [], [], []
    for label, text in articles:
        rows = db.execute('SELECT kind, quote, speaker, speaker_start, speaker_length, canonical, cue, rule '
                          'FROM quotes(?)', (text,)).fetchall()
        nrows += len(rows)
        if not any(r[2] is not None or r[5] is not None for r in rows):
            continue
        ents = db.execute('SELECT start - 1, start - 1 + length, label, form, canonical, entity FROM entities(?)',
                          (text,)).fetchall()
        sents = db.execute('SELECT start - 1, start - 1 + length, text FROM sentences(?)', (text,)).fetchall()
        ents_by_canon = defaultdict(set)
        ent_tokens = {}
        for b, e, lab, form, canon, entity in ents:
            ents_by_canon[canon].add(lab)
            for t in (canon or '').split() + text[b:e].split():
                ent_tokens.setdefault(t, lab)

        def labels(b, e):
            # An entity covering the word (not one found inside it: "Thor" in "Thorsens").
            hit = [x[2] for x in ents if x[0] <= b + 1 and min(e, x[1]) - max(b, x[0]) >= 0.6 * (e - b)]
            return hit[0] if hit else None

        for kind, quote, speaker, ss, sl, canon, cue, rule in rows:
            sk = None
            sent = ''
            sb = 0
            if speaker is not None:
                nspk += 1
                b, e = ss - 1, ss - 1 + sl
                ws = split_words(text[b:e], b, labels)
                st = [s for s in sents if s[0] <= b < s[1]]
                sent, sb = (st[0][2], st[0][0]) if st else ('', b)
                sentence_start = not text[sb:b].strip(' „“"»«‚‘\'(–-')
                ctx = Context(text[max(sb, b - 80):b], text[e:e + 40], sentence_start, sentence_start and b < 80)
                sk = classify(ws, ctx)
                spk_kinds[sk][speaker] += 1
                if sk in FORBIDDEN:
                    bad_spk.append((sk, speaker, canon, rule, cue, snippet(sent, b - sb, e - sb)))
            if canon is not None:
                ncanon += 1
                ck = classify_canonical(canon, ents_by_canon, ent_tokens, text, labels)
                can_kinds[ck][canon] += 1
                if ck in FORBIDDEN and (sk is None or sk not in FORBIDDEN):
                    bad_can.append((ck, speaker, canon, rule, cue, snippet(sent, 0, 0) if sent else ''))
                # A person speaker whose canonical names no person: a medium, document, statement or place.
                if sk in PERSON_KINDS and ck in THING_KINDS and not (sk == 'people' and ck == 'place'):
                    other.append((f'{sk}->{ck}', speaker, canon, rule, cue, snippet(sent, b - sb, e - sb)))

    print(f'{len(articles)} articles, {nrows} rows of quotes(), {nspk} with a speaker, {ncanon} with a canonical')
    for title, kinds, total in (('speakers', spk_kinds, nspk), ('canonicals', can_kinds, ncanon)):
        print()
        print(f'{title} by kind (rows, distinct strings, commonest):')
        for k, forbidden, desc in KINDS:
            c = kinds.get(k)
            if not c:
                continue
            top = ', '.join(f'{s} ({m})' for s, m in c.most_common(6))
            print(f'  {"X" if forbidden else " "} {desc:<68} {sum(c.values()):>5} {len(c):>5}  {top}')
        bad = sum(sum(kinds[k].values()) for k in FORBIDDEN if k in kinds)
        print(f'{title} of a kind that may not speak: {bad} of {total} ({100 * bad / max(total, 1):.1f}%)')
        for k, forbidden, desc in KINDS:
            if forbidden and kinds.get(k):
                print(f'  {k:<11} {sum(kinds[k].values()):>5}')
    print()
    print(f'person speakers (pronoun, name, role, people) whose canonical names a medium, document, statement or '
          f'place: {len(other)}')
    if verbose:
        for title, bad in (('SPEAKER', bad_spk), ('CANONICAL', bad_can)):
            print()
            for k in [k for k, f, _ in KINDS if f]:
                for row in sorted((r for r in bad if r[0] == k), key=lambda r: (r[3] or '', r[1] or '')):
                    print(f'{title} {k}: ' + ' | '.join(str(x).replace('\n', ' ') for x in row[1:]))
        print()
        for row in sorted(other, key=lambda r: (r[0], r[3] or '')):
            print(f'PERSON->THING {row[0]}: ' + ' | '.join(str(x).replace('\n', ' ') for x in row[1:]))
    return 0


if __name__ == '__main__':
    sys.exit(main())
