package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.server.Organisers;
import org.clustermeet.server.RegistrationServer;
import org.clustermeet.server.ServerSettings;
import org.clustermeet.server.badges.BadgePdf;
import org.clustermeet.server.checkin.CheckInKey;
import org.clustermeet.store.RegistryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The registration server in Debian's Chromium, driven by Selenium through Debian's chromedriver
 * (nothing is downloaded): an invited person answers in Polish and is put on the waiting list; an
 * organiser logs in, cancels the registration holding the place, and the waiting person is
 * promoted; on an event held today, badges printed by the server are scanned into the check-in page.
 * The registry is illustrative. Screenshots of the pages go to {@code target/screenshots}.
 */
class RegistrationServerBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final EventId EVENT = EventId.of("illustrative-workshop");
    private static final EventId OPEN_EVENT = EventId.of("illustrative-open-day");
    private static final OrganisationId ASSOCIATION = OrganisationId.of("illustrative-association");
    private static final String TOKEN = "organiser-token-for-the-browser-test-0123";
    /** An illustrative event held today in Warsaw, for the check-in at its door. */
    private static final EventId TODAY_EVENT = EventId.of("illustrative-day");
    private static final CheckInKey KEY = CheckInKey.of("browser-test-check-in-secret-0123456789".getBytes(
            StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private RegistryStore store;
    private RegistrationServer server;
    private WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)";
            if (Boolean.parseBoolean(System.getenv(HtmlPagesBrowserTest.REQUIRE_BROWSER))) {
                Assertions.fail(message + ", and " + HtmlPagesBrowserTest.REQUIRE_BROWSER + "=true says they must be");
            }
            Assumptions.abort(message + ": browser test skipped");
        }
        store = RegistryStore.createEmbedded(dir.resolve("store"), registry());
        server = RegistrationServer.start(store, ServerSettings.defaults().withPort(0)
                .withOrganisers(Organisers.of(Map.of("secretariat", TOKEN))).withCheckInKey(KEY));
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1100,900", "--lang=pl", "--user-data-dir=" + dir.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void anInvitedPersonIsWaitlistedInPolishAndPromotedWhenTheOrganiserCancelsAPlace() throws Exception {
        store.registerNow(EVENT, PersonId.of("holder"), ASSOCIATION, EventRole.ASSOCIATION_REPRESENTATIVE,
                AttendanceMode.IN_PERSON, Actor.of("test"));
        String link = server.invitationLink(store.invitations().issue(EVENT, PersonId.of("waiting"),
                Locale.forLanguageTag("pl"), Actor.of("test")).token());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(link);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Warsztaty przykładowe");
        browser.findElement(By.id("answer-in-person")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("na liście oczekujących, na miejscu 1");
        screenshot("invitation.png");

        browser.get(server.address() + "/organiser/login?lang=en");
        browser.findElement(By.id("token")).sendKeys(TOKEN);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("events")));
        browser.findElement(By.linkText("Illustrative workshop")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registrations")));
        screenshot("organiser-event.png");
        String holder = store.registry().registrationsFor(EVENT).stream()
                .filter(r -> r.person().equals(PersonId.of("holder"))).findFirst().orElseThrow().id().value();
        browser.findElement(By.id("cancel-" + holder)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

        assertThat(browser.findElement(By.id("notice")).getText()).contains("was promoted from the waiting list");
        assertThat(store.registry().registrationsFor(EVENT).stream()
                .filter(r -> r.person().equals(PersonId.of("waiting"))).findFirst().orElseThrow().state())
                .isEqualTo(RegistrationState.REGISTERED);
        browser.get(link);
        assertThat(browser.findElement(By.id("own-state")).getDomAttribute("data-state")).isEqualTo("registered");
    }

    @Test
    void anyoneRegistersForAnOpenEventInPolishNamingAnOrganisationNotInTheList() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(server.address() + "/?lang=pl");
        browser.findElement(By.linkText("Zapisz się")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signup")));
        assertThat(browser.findElement(By.id("website")).isDisplayed()).as("the honeypot is hidden").isFalse();
        browser.findElement(By.id("givenName")).sendKeys("Zofia");
        browser.findElement(By.id("familyName")).sendKeys("Przykładowa");
        browser.findElement(By.id("email")).sendKeys("zofia@example.org");
        new Select(browser.findElement(By.id("organisation"))).selectByValue("other");
        browser.findElement(By.id("otherName")).sendKeys("Przykładowa Uczelnia");
        browser.findElement(By.id("otherCountry")).sendKeys("PL");
        browser.findElement(By.id("title")).sendKeys("Badaczka");
        screenshot("signup.png");
        browser.findElement(By.id("signup-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

        assertThat(browser.findElement(By.id("notice")).getText()).contains("miejsce jest potwierdzone");
        browser.findElement(By.id("personal-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("own-state")));
        assertThat(browser.findElement(By.id("own-state")).getDomAttribute("data-state")).isEqualTo("registered");
        assertThat(store.registry().registrationsFor(OPEN_EVENT)).singleElement().satisfies(r ->
                assertThat(store.registry().person(r.person()).orElseThrow().roles()).singleElement()
                        .satisfies(role -> assertThat(role.declared()).isTrue()));
    }

    @Test
    void badgesPrintedByTheServerAreScannedAtTheDoorAndTheReportCountsThem() throws Exception {
        BadgePdf.fonts();
        Instant arrived = Instant.now().minus(Duration.ofDays(20));
        store.edit(e -> e.put(new Registration(RegistrationId.of("d-1"), TODAY_EVENT, PersonId.of("holder"),
                        ASSOCIATION, EventRole.ASSOCIATION_REPRESENTATIVE, RegistrationState.REGISTERED, arrived))
                .put(new Registration(RegistrationId.of("d-2"), TODAY_EVENT, PersonId.of("waiting"), ASSOCIATION,
                        EventRole.ASSOCIATION_REPRESENTATIVE, RegistrationState.REGISTERED, arrived)), Actor.of("test"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(server.address() + "/organiser/login?lang=en");
        browser.findElement(By.id("token")).sendKeys(TOKEN);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("events")));
        browser.get(server.address() + "/organiser/events/" + TODAY_EVENT + "?lang=en");
        browser.findElement(By.id("check-in-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
        assertThat(browser.findElement(By.id("count")).getText()).isEqualTo("0 of 2 checked in");

        List<String> codes = BadgePdf.read(download("/organiser/events/" + TODAY_EVENT + "/badges?layout=a4"))
                .get(0).codes();
        assertThat(codes).hasSize(2);
        for (int i = 0; i < codes.size(); i++) {
            browser.findElement(By.id("code")).sendKeys(codes.get(i) + Keys.ENTER);
            String expected = (i + 1) + " of 2 checked in";
            wait.until(ExpectedConditions.textToBe(By.id("count"), expected));
            assertThat(browser.findElement(By.id("outcome")).getText()).startsWith("Checked in at ");
        }
        browser.findElement(By.id("code")).sendKeys(codes.get(0) + Keys.ENTER);
        wait.until(ExpectedConditions.textMatches(By.id("outcome"), java.util.regex.Pattern.compile(
                "Already checked in at \\d\\d:\\d\\d\\.")));
        assertThat(browser.findElement(By.id("who")).getText()).isIn("Anna Illustrative", "Łukasz Przykładowy");
        screenshot("check-in.png");

        browser.get(server.address() + "/organiser/events/" + TODAY_EVENT + "/report?lang=en");
        assertThat(browser.findElement(By.cssSelector("[data-figure=attended]")).getDomAttribute("data-value"))
                .isEqualTo("2");
        assertThat(store.registry().registrationsFor(TODAY_EVENT)).extracting(Registration::state)
                .containsOnly(RegistrationState.ATTENDED);
    }

    /** Fetches an organiser's file with the browser's session cookie, as the browser's download would. */
    private byte[] download(String path) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.address() + path)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void screenshot(String name) throws Exception {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(SCREENSHOTS.resolve(name))).isGreaterThan(5_000);
    }

    private static Registry registry() {
        return Registry.builder()
                .add(ClusterAssociation.of(ASSOCIATION, "Illustrative association", CountryCode.of("PL")))
                .add(Event.builder(EVENT, "Illustrative workshop", EventKind.MATCHMAKING,
                                EventSchedule.day(LocalDate.of(2031, 3, 5)))
                        .localTitle("pl", "Warsztaty przykładowe").venue(Venue.inCity("Warszawa",
                                CountryCode.of("PL"))).capacity(1).build())
                .add(Event.builder(OPEN_EVENT, "Illustrative open day", EventKind.MATCHMAKING,
                                EventSchedule.day(LocalDate.of(2031, 4, 9)))
                        .localTitle("pl", "Przykładowy dzień otwarty").venue(Venue.inCity("Kraków",
                                CountryCode.of("PL"))).capacity(20).openRegistration(true).build())
                .add(Event.builder(TODAY_EVENT, "Illustrative day", EventKind.MATCHMAKING,
                                EventSchedule.day(LocalDate.now(ZoneId.of("Europe/Warsaw"))))
                        .venue(Venue.inCity("Warszawa", CountryCode.of("PL"))).capacity(10).build())
                .add(Person.of(PersonId.of("holder"), "Anna", "Illustrative")
                        .withRole(PersonRole.of(ASSOCIATION, "Member", LocalDate.of(2020, 1, 1))))
                .add(Person.of(PersonId.of("waiting"), "Łukasz", "Przykładowy")
                        .withRole(PersonRole.of(ASSOCIATION, "Member", LocalDate.of(2020, 1, 1))))
                .build();
    }
}
