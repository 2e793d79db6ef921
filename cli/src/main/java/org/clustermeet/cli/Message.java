package org.clustermeet.cli;

import java.util.Locale;
import java.util.Objects;

import org.clustermeet.core.text.Echo;

/**
 * Every sentence and label that the reports and the command line print, in English and in Polish.
 * Placeholders are {@code {0}}, {@code {1}}, ...; both languages use the same ones. Polish is chosen
 * for a locale whose language is {@code pl}; every other locale gets English.
 */
public enum Message {

    /** Report: the event's status. */
    STATUS("Status: {0}", "Status: {0}"),
    /** Status word. */
    STATUS_PLANNED("planned", "planowane"),
    /** Status word. */
    STATUS_HELD("held", "odbyło się"),
    /** Status word. */
    STATUS_POSTPONED("postponed", "przełożone"),
    /** Report: a cancelled event. */
    EVENT_CANCELLED("The event was cancelled: {0} registrations closed by the organiser",
            "Wydarzenie odwołano: organizator zamknął rejestracje ({0})"),
    /** Report: where an event without venue takes place. */
    ONLINE("online", "online"),
    /** Report figure. */
    CLUSTER_ORGANISATIONS("Cluster organisations: {0}", "Organizacje klastrowe: {0}"),
    /** Report figure. */
    COUNTRIES("Countries: {0}", "Kraje: {0}"),
    /** Report figure. */
    SMES_REPRESENTED("SMEs represented: {0}", "Reprezentowane MŚP: {0}"),
    /** Report figure. */
    OTHER_PARTICIPANTS("Other participants: {0}", "Pozostali uczestnicy: {0}"),
    /** Report figure. */
    SESSIONS("Sessions: {0}", "Sesje: {0}"),
    /** Report figure. */
    PROPOSED_TOPICS("Proposed topics: {0}", "Zaproponowane tematy: {0}"),
    /** Report figure. */
    PARTICIPANTS("Participants: {0}", "Uczestnicy: {0}"),
    /** Report: how many participants attend online. */
    PARTICIPANTS_ONLINE(" (online: {0})", " (w tym online: {0})"),
    /** Report figure. */
    GOLD_HOLDERS("Gold-label holders represented: {0}", "Reprezentowani posiadacze certyfikatu GOLD: {0}"),
    /** Report: the share of all Gold-label holders a source states (the registry may hold only some). */
    STATED_SHARE(" (stated: {0} of all Gold-label holders)",
            " (według źródła: {0} wszystkich posiadaczy certyfikatu GOLD)"),
    /** Report figure. */
    ECOSYSTEMS("Industrial ecosystems: {0}", "Ekosystemy przemysłowe: {0}"),
    /** Report: registrations by state. */
    REGISTRATIONS("Registrations: {0} registered, {1} attended, {2} no-shows, {3} waitlisted, {4} cancelled",
            "Rejestracje: zarejestrowani {0}, obecni {1}, nieobecni {2}, oczekujący {3}, anulowane {4}"),
    /** Report: waiting registrations refused at promotion. */
    REFUSED_AT_PROMOTION(", {0} refused at promotion", ", odrzucone przy awansie z listy oczekujących: {0}"),
    /** Report: registrations holding a place they would no longer get, kept for the organiser to decide. */
    NO_LONGER_ELIGIBLE("No longer eligible, kept for the organiser to decide: {0} ({1})",
            "Bez prawa do miejsca, pozostawione do decyzji organizatora: {0} ({1})"),
    /** Report: label levels in force. */
    VALID_LABELS("Valid labels on {0}: {1}", "Ważne certyfikaty w dniu {0}: {1}"),
    /** Report: organisations without a label in force. */
    WITHOUT_LABEL("{0} without", "{0} bez certyfikatu"),
    /** Report: the countries' codes. */
    COUNTRY_CODES("Countries represented: {0}", "Reprezentowane kraje: {0}"),
    /** Report: the places in person of an event to come. */
    PLACES_IN_PERSON("Places in person: {0}, left: {1}", "Miejsca stacjonarne: {0}, wolne: {1}"),
    /** Report: the places online of an event to come. */
    PLACES_ONLINE("Places online: {0}, left: {1}", "Miejsca online: {0}, wolne: {1}"),
    /** Report: the waiting list of an event to come. */
    WAITING_LIST("Waiting list: {0}", "Lista oczekujących: {0}"),
    /** Report: the registrations of an event not held (to come, or cancelled). */
    REGISTRATIONS_NOT_HELD("Registrations: {0} registered, {1} waitlisted, {2} cancelled",
            "Rejestracje: zarejestrowani {0}, oczekujący {1}, anulowane {2}"),
    /** A label level in words. */
    LEVEL_GOLD("gold", "złoty"),
    /** A label level in words. */
    LEVEL_SILVER("silver", "srebrny"),
    /** A label level in words. */
    LEVEL_BRONZE("bronze", "brązowy"),
    /** Report: a stated figure beside a computed one. */
    STATED(" (stated: {0})", " (według źródła: {0})"),
    /** Report: where the stated figures come from. */
    STATED_SOURCE("Stated figures: as given by the {0}; the others are computed from the registry",
            "Liczby „według źródła” podaje: {0}; pozostałe obliczono z rejestru"),
    /** Report: the programme's heading. */
    PROGRAMME("Programme:", "Program:"),
    /** Report: topics proposed in a session. */
    SESSION_TOPICS("{0} proposed topics", "zaproponowane tematy: {0}"),
    /** Report: the topics a source names as the most popular. */
    MOST_POPULAR(" (most popular, as stated: {0})", " (najpopularniejsze według źródła: {0})"),
    /** Report: a session's speakers. */
    SPEAKERS("speakers: {0}", "prelegenci: {0}"),
    /** Command line: the prefix of an error. */
    ERROR("error: {0}", "błąd: {0}"),
    /** Command line: a file that does not exist. */
    NO_SUCH_FILE("cannot read {0}: no such file", "nie można odczytać {0}: nie ma takiego pliku"),
    /** Command line: a directory given as a file. */
    IS_A_DIRECTORY("cannot read {0}: it is a directory", "nie można odczytać {0}: to jest katalog"),
    /** Command line: a file that cannot be read. */
    PERMISSION_DENIED("cannot read {0}: permission denied", "nie można odczytać {0}: brak uprawnień"),
    /** Command line: a file that cannot be written. */
    CANNOT_WRITE("cannot write {0}: {1}", "nie można zapisać {0}: {1}"),
    OUTPUT_IS_INPUT("cannot write {0}: it is {1}, which this command reads (choose another file)",
            "nie można zapisać {0}: to jest {1}, który to polecenie czyta (wybierz inny plik)"),
    STDOUT_FAILED("cannot write to standard output (a full disk or a closed pipe?): the output is incomplete",
            "nie można pisać na standardowe wyjście (pełny dysk lub zamknięty potok?): wynik jest niepełny"),
    BAD_ARGUMENT("argument {0} holds {1} at index {2}: \"{3}\"", "argument {0} zawiera {1} na pozycji {2}: \"{3}\""),
    /** Command line: an unknown event. */
    ELIGIBLE_IN_ROLE("{0}: {1} may register", "{0}: mogą się zarejestrować: {1}"),
    UNKNOWN_EVENT("no event with id \"{0}\" in {1}", "brak wydarzenia o identyfikatorze „{0}” w {1}"),
    /** Command line: a document without events. */
    NO_EVENTS("; it has no events", "; dokument nie zawiera wydarzeń"),
    /** Command line: the known events. */
    KNOWN_EVENTS("; known events: {0}", "; znane wydarzenia: {0}"),
    /** Command line: more known events than listed. */
    AND_MORE(" (and {0} more)", " (i {0} innych)"),
    /** Command line: a valid document, followed by its counts. */
    VALID("valid: {0}", "poprawny: {0}"),
    /** A counted noun: English singular|plural, Polish label. */
    NOUN_ORGANISATION("organisation|organisations", "organizacje"),
    /** A counted noun. */
    NOUN_PERSON("person|people", "osoby"),
    /** A counted noun. */
    NOUN_LABEL("label|labels", "certyfikaty"),
    /** A counted noun. */
    NOUN_MEMBERSHIP("membership|memberships", "członkostwa"),
    /** A counted noun. */
    NOUN_EVENT("event|events", "wydarzenia"),
    /** A counted noun. */
    NOUN_REGISTRATION("registration|registrations", "rejestracje"),
    /** A counted noun. */
    NOUN_FACT("stated fact|stated facts", "podane fakty"),
    /** Command line: the document written by the demo. */
    DOCUMENT_WRITTEN("Registry document written to {0}", "Dokument rejestru zapisano w {0}"),
    /** Command line: the public document written by the demo. */
    PUBLIC_DOCUMENT_WRITTEN("Public registry document (no e-mail addresses or phone numbers) written to {0}",
            "Publiczny dokument rejestru (bez adresów e-mail i numerów telefonów) zapisano w {0}"),
    /** Command line: serve needs a store or --demo. */
    SERVE_DB_OR_DEMO("give a store (a path or a jdbc:postgresql: URL) or --demo, not both",
            "proszę podać magazyn (ścieżkę albo adres jdbc:postgresql:) albo --demo, nie oba"),
    /** Command line: the server listens. */
    SERVE_LISTENING("Serving at {0} (stop with Ctrl-C)", "Serwer działa pod adresem {0} (zatrzymanie: Ctrl-C)"),
    /** Command line: the demo's organiser login. */
    SERVE_DEMO_LOGIN("Organiser pages: {0}, token {1} (valid while this demo runs)",
            "Strony organizatora: {0}, token {1} (ważny, dopóki działa ta demonstracja)"),
    /** Command line: a demo invitation link. */
    SERVE_DEMO_INVITATION("Invitation of {0} (illustrative person): {1}",
            "Zaproszenie dla {0} (osoba przykładowa): {1}"),
    /** Command line: the demo's open registration form. */
    SERVE_DEMO_OPEN("Open registration form (anyone may register): {0}",
            "Otwarty formularz zapisów (może się zapisać każdy): {0}"),
    /** Command line: no organisers file. */
    SERVE_NO_ORGANISERS("No --organisers file: nobody can log in to the organiser pages",
            "Brak pliku --organisers: nikt nie może zalogować się na strony organizatora"),
    /** Command line: the server could not start. */
    SERVE_CANNOT_LISTEN("cannot listen on {0}:{1}: {2}", "nie można nasłuchiwać na {0}:{1}: {2}"),
    /** Command line: a store was created. */
    STORE_CREATED("Store created in {0}: {1}", "Utworzono magazyn w {0}: {1}"),
    /** Command line: a registration was cancelled. */
    STORE_CANCELLED("registration {0} cancelled", "rejestracja {0} anulowana"),
    /** Command line: a registration promoted from the waiting list. */
    STORE_PROMOTED("registration {0} promoted from the waiting list", "rejestracja {0} przeniesiona z listy oczekujących"),
    /** Command line: a waiting registration refused at promotion. */
    STORE_PROMOTION_REFUSED("registration {0} refused at promotion: {1}",
            "rejestracja {0} odrzucona przy awansie z listy oczekujących: {1}"),
    /** Command line: a store was compacted. */
    STORE_COMPACTED("Store compacted: the snapshot covers change {0}; opening no longer replays {1} journal rows, "
            + "which stay as the history",
            "Magazyn skompaktowany: migawka obejmuje zmianę {0}; otwarcie nie odtwarza już wierszy dziennika: {1} "
            + "(zostają jako historia)"),
    /** Command line: a history with nothing in it. */
    STORE_NO_HISTORY("nothing recorded", "nic nie zapisano"),
    /** Command line: a registration request refused; it was not recorded, so it has no id. */
    STORE_REFUSED("refused (nothing recorded): {0}", "odrzucona (nic nie zapisano): {0}"),
    /** Command line: init refuses a directory that holds something. */
    INIT_NOT_EMPTY("{0} is not an empty directory: give a new or empty one (init never replaces a file)",
            "{0} nie jest pustym katalogiem: podaj nowy albo pusty (init nigdy nie zastępuje plików)"),
    /** Command line: init wrote its files. */
    INIT_WRITTEN("Starting point written to {0}; {1} walks through it in ten commands",
            "Punkt wyjścia zapisano w {0}; {1} prowadzi przez niego w dziesięciu poleceniach"),
    /** The organisers file's first line. */
    INIT_ORGANISERS_COMMENT("# Who may log in to the registration server's organiser pages: name = token, one a line."
            + " Keep this file private.",
            "# Kto może logować się na strony organizatora serwera rejestracji: nazwa = token, po jednym w wierszu."
            + " Nie udostępniaj tego pliku."),
    /** README.txt of init: what the directory holds. */
    INIT_README_INTRO("A starting point for your own meeting. Every name in it is illustrative: replace them with "
            + "your own.\n\n"
            + "meeting.json       the registry document: an association, a cluster organisation with a Bronze "
            + "label, a labelling body, a manager, and a meeting 30 days from the day it was written, with 2 places, "
            + "open to anyone\n"
            + "organisations.csv  one more cluster organisation, as a spreadsheet holds it (clustermeet import "
            + "--help lists the columns)\n"
            + "people.json        two more people, as a document part (people, organisations, labels, memberships "
            + "and events can be put into a store this way)\n"
            + "organisers.txt     who may log in to the registration server, with a fresh token\n\n"
            + "\"clustermeet\" below stands for java -jar clustermeet.jar. Run the commands in this directory:",
            "Punkt wyjścia dla własnego spotkania. Wszystkie nazwy są przykładowe: zastąp je swoimi.\n\n"
            + "meeting.json       dokument rejestru: stowarzyszenie, organizacja klastrowa z brązowym certyfikatem, "
            + "jednostka certyfikująca, menedżer i spotkanie 30 dni po dniu zapisania, z 2 miejscami, otwarte dla "
            + "każdego\n"
            + "organisations.csv  jeszcze jedna organizacja klastrowa, tak jak trzyma ją arkusz (kolumny wymienia "
            + "clustermeet import --help)\n"
            + "people.json        dwie kolejne osoby, jako część dokumentu (tak można dodawać do magazynu osoby, "
            + "organizacje, certyfikaty, członkostwa i wydarzenia)\n"
            + "organisers.txt     kto może logować się do serwera rejestracji, z nowym tokenem\n\n"
            + "\"clustermeet\" oznacza poniżej java -jar clustermeet.jar. Uruchamiaj polecenia w tym katalogu:"),
    /** README.txt of init: a step. */
    INIT_STEP_VALIDATE("Check the document.", "Sprawdź dokument."),
    /** README.txt of init: a step. */
    INIT_STEP_IMPORT("Add the organisations of the spreadsheet (into a new document: an output never replaces "
            + "its input).", "Dodaj organizacje z arkusza (do nowego dokumentu: wynik nigdy nie zastępuje wejścia)."),
    /** README.txt of init: a step. */
    INIT_STEP_CREATE("Create a store from it: registrations are recorded there before they are answered.",
            "Utwórz z niego magazyn: rejestracje są w nim zapisywane, zanim padnie odpowiedź."),
    /** README.txt of init: a step. */
    INIT_STEP_PUT("Put the two more people into the store.", "Dodaj do magazynu dwie kolejne osoby."),
    /** README.txt of init: a step. */
    INIT_STEP_REGISTER("Register the manager: registration r-2 takes the first place.",
            "Zarejestruj menedżerkę: rejestracja r-2 zajmuje pierwsze miejsce."),
    /** README.txt of init: a step. */
    INIT_STEP_REGISTER_2("Register the expert for the association: the second and last place.",
            "Zarejestruj eksperta ze stowarzyszenia: drugie i ostatnie miejsce."),
    /** README.txt of init: a step. */
    INIT_STEP_WAITLIST("Register one more: the meeting is full, so she is waitlisted at position 1.",
            "Zarejestruj jeszcze jedną osobę: spotkanie jest pełne, więc trafia na listę oczekujących, na miejsce 1."),
    /** README.txt of init: a step. */
    INIT_STEP_LIST("List the registrations: places, then the waiting list in order.",
            "Wyświetl rejestracje: miejsca, potem lista oczekujących w kolejności."),
    /** README.txt of init: a step. */
    INIT_STEP_CANCEL("Cancel the first registration: the first on the waiting list is promoted.",
            "Anuluj pierwszą rejestrację: pierwsza osoba z listy oczekujących dostaje miejsce."),
    /** README.txt of init: a step. */
    INIT_STEP_REPORT("Report on the meeting (add --format html --out report.html for a page).",
            "Raport ze spotkania (dodaj --format html --out report.html, aby dostać stronę)."),
    /** README.txt of init: what comes next. */
    INIT_README_NEXT("Then open the registration server on the store: clustermeet serve meetings --organisers "
            + "organisers.txt, and log in at http://127.0.0.1:8080/organiser/login with the token of organisers.txt; "
            + "anyone may register at http://127.0.0.1:8080/events/illustrative-meeting/register.",
            "Potem uruchom serwer rejestracji na magazynie: clustermeet serve meetings --organisers organisers.txt "
            + "i zaloguj się na http://127.0.0.1:8080/organiser/login tokenem z organisers.txt; każdy może się zapisać "
            + "na http://127.0.0.1:8080/events/illustrative-meeting/register."),
    /** Command line: sessions a frab schedule leaves out. */
    FRAB_UNTIMED("note: {0} sessions without times are not in the schedule (a schedule places each talk at its time)",
            "uwaga: sesji bez godzin ({0}) nie ma w harmonogramie (harmonogram umieszcza każde wystąpienie o jego "
                    + "godzinie)"),
    /** Command line: a part was put into a store. */
    STORE_PUT("Put into {0}: {1}{2}", "Zapisano w {0}: {1}{2}"),
    /** Command line: a part that changed nothing. */
    STORE_PUT_UNCHANGED(" (all as they were: nothing recorded)", " (bez zmian: nic nie zapisano)"),
    /** Command line: a registration that no longer fits its event's rules after a put. */
    STORE_PUT_NO_LONGER_ELIGIBLE("registration {0} keeps its place but no longer fits the event's rules: {1}",
            "rejestracja {0} zachowuje miejsce, ale nie spełnia już zasad wydarzenia: {1}"),
    /** Command line: a part refused by the registry's rules. */
    STORE_PUT_REFUSED("{0} was not put (nothing recorded): it breaks the registry's rules:",
            "nie zapisano {0} (nic nie zapisano): narusza zasady rejestru:"),
    /** Command line: the first line of an event's registration list. */
    STORE_LIST_HEADER("{0}: capacity {1}, holding a place {2}, places left {3}, waiting {4}",
            "{0}: miejsca {1}, zajęte {2}, wolne {3}, oczekujący {4}"),
    /** Command line: an export written to a file. */
    EXPORT_WRITTEN("Written to {0}", "Zapisano w {0}"),
    /** Command line: organisations imported. */
    IMPORTED("Imported {0} from {1}", "Zaimportowano z {1}: {0}"),
    /** Command line: a programme imported into an event. */
    PROGRAMME_IMPORTED("Programme of {0} from {1}: {2}; speakers added: {3}",
            "Program wydarzenia {0} z {1}: {2}; dodani prelegenci: {3}"),
    /** Command line: a deviation of a schedule file that was read past. */
    SCHEDULE_WARNING("warning: {0}", "ostrzeżenie: {0}"),
    /** Command line: name badges written. */
    BADGES_WRITTEN("Badges: {0}, pages: {1}; written to {2}", "Identyfikatory: {0}, strony: {1}; zapisano w {2}"),
    /** Command line: an unknown badge layout. */
    BADGES_LAYOUT("--layout must be a4 or a6, not \"{0}\"", "--layout musi mieć wartość a4 albo a6, nie „{0}”"),
    /** Command line: no font for badges. */
    BADGES_NO_FONT("no font for badges: DejaVu Sans is not installed (Debian: apt-get install fonts-dejavu-core); "
            + "or give --font FILE, a TrueType font with the names' letters",
            "brak czcionki dla identyfikatorów: DejaVu Sans nie jest zainstalowana (Debian: apt-get install "
                    + "fonts-dejavu-core); albo podaj --font PLIK, czcionkę TrueType z literami nazwisk"),
    /** Command line: a character a badge's font cannot print. */
    BADGES_WARNING("warning: {0}", "ostrzeżenie: {0}"),
    /** Command line: how many duplicate pairs were found. */
    DUPLICATES_FOUND("{0} pairs that may be one person, among {1} people",
            "Pary, które mogą być jedną osobą: {0}, wśród osób: {1}"),
    /** Command line: two records of one person merged. */
    MERGED("{1} merged into {0}; registrations moved: {2}", "{1} scalono z {0}; przeniesione rejestracje: {2}"),
    /** Command line: a registration cancelled as a duplicate by a merge. */
    MERGED_DUPLICATE("registration {0} cancelled as a duplicate", "rejestracja {0} anulowana jako duplikat"),
    /** Command line: a consent recorded. */
    CONSENT_RECORDED("{0}: consent to {1} {2} ({3})", "{0}: zgoda na {1} {2} ({3})"),
    /** Command line: a consent given. */
    CONSENT_GIVEN("given", "udzielona"),
    /** Command line: a consent withdrawn. */
    CONSENT_WITHDRAWN("withdrawn", "wycofana"),
    /** Command line: neither or both of --give and --withdraw. */
    CONSENT_ONE_OF("give exactly one of --give and --withdraw", "podaj dokładnie jedno z --give i --withdraw"),
    /** Command line: one person's personal data erased. */
    ERASED("erased the personal data of {0}", "usunięto dane osobowe: {0}"),
    /** Command line: a person with no personal data left. */
    ERASED_ALREADY("{0} holds no personal data any more: nothing to erase",
            "{0}: brak danych osobowych do usunięcia"),
    /** Command line: what an erasure rewrote. */
    ERASURE_REWROTE("rewritten: journal rows {0}, snapshots {1}; cleared: mail notices {2}",
            "przepisano wiersze dziennika: {0}, migawki: {1}; wyczyszczono powiadomienia: {2}"),
    /** Command line: nobody past the retention period. */
    RETAINED_NONE("nobody's last registration ended more than {0} months ago: nothing to erase",
            "nikt nie ma ostatniej rejestracji zakończonej ponad {0} mies. temu: nic do usunięcia"),
    /** Command line: a retention period out of range. */
    RETAIN_MONTHS("the retention period must be at least 1 month, not {0}",
            "okres przechowywania musi wynosić co najmniej 1 miesiąc, nie {0}"),
    /** Command line: a minimum score out of range. */
    DUPLICATES_MIN_SCORE("--min-score must be above 0 and at most 1, not {0}",
            "--min-score musi być większe od 0 i nie większe niż 1, nie {0}"),
    /** A reason two people may be one. */
    DUPLICATE_SAME_EMAIL("same e-mail", "ten sam e-mail"),
    /** A reason two people may be one. */
    DUPLICATE_SAME_NAME("same name", "to samo imię i nazwisko"),
    /** A reason two people may be one. */
    DUPLICATE_SAME_ROLE("same organisation and role", "ta sama organizacja i funkcja"),
    /** A reason two people may be one. */
    DUPLICATE_SAME_EVENT("registered for the same event", "rejestracja na to samo wydarzenie"),
    /** Command line: one imported line's outcome. */
    IMPORTED_LINE("line {0}: {1}", "wiersz {0}: {1}"),
    /** Command line: an export format that does not fit what is exported. */
    FORMAT_NOT_FOR("--format {0} cannot export {1}; use {2}", "--format {0} nie pozwala wyeksportować {1}; użyj {2}"),
    /** Command line: an unknown charset. */
    UNKNOWN_CHARSET("unknown charset {0}", "nieznane kodowanie {0}"),
    /** Command line: a document over --max-bytes. */
    OVER_MAX_BYTES("{0}: the document is over the size limit of {1} bytes; raise it with --max-bytes",
            "{0}: dokument przekracza limit {1} bajtów; zwiększ go opcją --max-bytes"),
    /** Command line, progress: reading a file. */
    PROGRESS_READING("reading {0}", "wczytywanie {0}"),
    /** Command line, progress: checking a read document. */
    PROGRESS_CHECKING("checking {0}", "sprawdzanie {0}"),
    /** Command line, progress: generating a registry. */
    PROGRESS_GENERATING("generating the registry", "generowanie rejestru"),
    /** Command line, progress: writing a file. */
    PROGRESS_WRITING("writing {0}", "zapisywanie {0}"),
    /** Command line: a file that cannot be read. */
    CANNOT_READ("cannot read {0}: {1}", "nie można odczytać {0}: {1}"),
    /** HTML report: the chart of organisations by country. */
    HTML_BY_COUNTRY("Cluster organisations by country", "Organizacje klastrowe według krajów"),
    /** HTML report: the chart of label levels. */
    HTML_BY_LABEL("Label in force on {0}", "Certyfikat obowiązujący w dniu {0}"),
    /** HTML report: no label. */
    HTML_NO_LABEL("none", "brak"),
    /** HTML report: the chart of participants by role. */
    HTML_BY_ROLE("Participants by role", "Uczestnicy według ról"),
    /** HTML report: the chart of places by attendance. */
    HTML_BY_ATTENDANCE("Places by attendance", "Miejsca według obecności"),
    /** HTML report: attended. */
    HTML_ATTENDED("attended", "obecni"),
    /** HTML report: no-shows. */
    HTML_NO_SHOWS("no-shows", "nieobecni"),
    /** HTML report: places of an event not yet held. */
    HTML_REGISTERED("registered", "zarejestrowani"),
    /** HTML report figure: in-person places still free. */
    HTML_PLACES_LEFT("Places left: {0}", "Wolne miejsca: {0}"),
    /** HTML report figure: online places still free. */
    HTML_ONLINE_PLACES_LEFT("Online places left: {0}", "Wolne miejsca online: {0}"),
    /** HTML report: beside places left, the number of places. */
    HTML_OF_PLACES("of {0}", "z {0}"),
    /** HTML report: the footer. */
    HTML_COMPUTED("Every figure is computed from the registry by clustermeet; stated figures are shown as the source "
            + "states them. Public view: no contact details.",
            "Każdą liczbę obliczył clustermeet z rejestru; liczby podane przez źródło pokazano tak, jak je podaje. "
            + "Widok publiczny: bez danych kontaktowych."),
    /** HTML labels page: the title. */
    HTML_LABELS_TITLE("Quality labels of cluster organisations", "Certyfikaty jakości organizacji klastrowych"),
    /** HTML labels page: the marked day. */
    HTML_LABELS_DAY("The line marks {0}.", "Linia oznacza dzień {0}."),
    /** Command line: an HTML page needs a file. */
    HTML_NEEDS_OUT("--format html writes a page: give it a file with --out", "--format html zapisuje stronę: podaj plik opcją --out"),
    /** Command line: out of memory. */
    OUT_OF_MEMORY("out of memory; give Java more heap, for example java -Xmx2g -jar clustermeet.jar ...",
            "brak pamięci; przydziel Javie więcej pamięci, na przykład java -Xmx2g -jar clustermeet.jar ...");

    /** The Polish locale. */
    public static final Locale POLISH = Locale.forLanguageTag("pl");

    private final String english;
    private final String polish;

    Message(String english, String polish) {
        this.english = english;
        this.polish = polish;
    }

    /**
     * Returns the pattern in a language, with its placeholders.
     *
     * @param locale the language, not null
     * @return the pattern
     */
    public String pattern(Locale locale) {
        return isPolish(locale) ? polish : english;
    }

    /**
     * Returns the message in a language with its placeholders filled in, in one pass (a value
     * holding {@code {1}} stays as it is), each value made inert ({@link Echo}): control
     * characters, line breaks and invisible characters in a file name, an id or a name are shown
     * as escapes.
     *
     * @param locale    the language, not null
     * @param arguments the values of {@code {0}}, {@code {1}}, ...
     * @return the message
     */
    public String format(Locale locale, Object... arguments) {
        String text = pattern(locale);
        StringBuilder b = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            int index = close < 0 ? -1 : argumentIndex(text.substring(open + 1, close), arguments.length);
            if (index < 0) {
                b.append(text, i, open < 0 ? text.length() : open + 1);
                i = open < 0 ? text.length() : open + 1;
                continue;
            }
            b.append(text, i, open).append(Echo.inert(String.valueOf(arguments[index])));
            i = close + 1;
        }
        return b.toString();
    }

    private static int argumentIndex(String digits, int count) {
        if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int index = Integer.parseInt(digits);
        return index < count ? index : -1;
    }

    /**
     * Returns a count with its noun, for the {@code NOUN_} messages: "1 membership", "72 people" in
     * English; "członkostwa: 1" in Polish, which avoids the noun's many plural forms.
     *
     * @param locale the language, not null
     * @param count  the count
     * @return the count in words
     */
    public String count(Locale locale, long count) {
        if (isPolish(locale)) {
            return polish + ": " + count;
        }
        String[] forms = english.split("\\|");
        return count + " " + (count == 1 ? forms[0] : forms[forms.length - 1]);
    }

    /**
     * Tells whether a locale gets Polish.
     *
     * @param locale the locale, not null
     * @return true for the language {@code pl}
     */
    public static boolean isPolish(Locale locale) {
        return "pl".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }
}
