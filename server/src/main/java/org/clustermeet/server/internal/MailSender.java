package org.clustermeet.server.internal;

import java.io.UnsupportedEncodingException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.interop.ical.ICalendarExport;
import org.clustermeet.server.mail.MailSettings;
import org.clustermeet.store.Invitation;
import org.clustermeet.store.Notice;
import org.clustermeet.store.Outbox;
import org.clustermeet.store.RegistryStore;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Sends the store's outbox through an SMTP server, in the background: it claims the notices that
 * are due (so that another process on the same database never sends them too), writes each as a
 * mail, sends it, and records it sent; a failed attempt is tried again later, each wait twice the
 * one before (up to an hour), until the attempts run out. Each mail's {@code Message-ID} is made
 * from its notice's id, so that one sent again after a crash can be recognised.
 */
public final class MailSender implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MailSender.class.getName());
    /** The most notices claimed at once. */
    private static final int BATCH = 20;
    /** How long a claim lasts: far longer than a batch takes to send. */
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final Actor ACTOR = Actor.of("mail");
    private static final int TIMEOUT_MS = 15_000;

    private final RegistryStore store;
    private final MailSettings settings;
    private final Links links;
    private final Clock clock;
    private final Session session;
    private final String holder = "mail-" + UUID.randomUUID();
    private final String domain;
    private final Thread thread;
    private final Object wake = new Object();
    private volatile boolean running = true;

    /**
     * Starts sending.
     *
     * @param store    the store whose outbox is sent
     * @param settings the SMTP server
     * @param links    how links to the server are written
     * @param clock    the clock of attempts and retries
     */
    public MailSender(RegistryStore store, MailSettings settings, Links links, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.links = links;
        this.clock = clock;
        this.session = Session.getInstance(properties(settings));
        this.domain = settings.from().substring(settings.from().lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
        this.thread = new Thread(this::run, "clustermeet-mail");
        thread.setDaemon(true);
        thread.start();
    }

    /** Looks at the outbox now rather than at the next poll: a change was just made. */
    public void nudge() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /** Stops sending; a mail being sent is finished first. */
    @Override
    public void close() {
        running = false;
        nudge();
        try {
            thread.join(TIMEOUT_MS * 2L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (running) {
            try {
                while (running && round() > 0) {
                    // a full batch: the next may be due at once
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the mail sender could not read the outbox: " + e.getMessage(), e);
            }
            synchronized (wake) {
                if (running) {
                    try {
                        wake.wait(settings.poll().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /** Sends one batch; returns how many notices it claimed. */
    private int round() {
        List<Outbox.Entry> claimed = store.outbox().claim(holder, BATCH, LEASE);
        if (claimed.isEmpty()) {
            return 0;
        }
        // read after the claim, and from the database: the claimed notices' changes may have been
        // committed by another process, or by this one a moment before its state moved on
        Registry registry = store.refresh();
        Map<EventId, Integer> revisions = new HashMap<>();
        Transport transport = null;
        try {
            for (Outbox.Entry entry : claimed) {
                if (!running) {
                    break;
                }
                Notice notice = addressed(entry.notice());
                Optional<Letters.Skip> skip = Letters.skip(notice, registry).or(() -> store.people()
                        .mayContact(notice.person()) ? Optional.empty()
                        : Optional.of(new Letters.Skip("person " + notice.person() + " withdrew their consent to be "
                        + "contacted")));
                if (skip.isPresent()) {
                    store.outbox().skipped(notice.id(), holder, skip.get().reason());
                    continue;
                }
                try {
                    Optional<Letters.Letter> letter = letter(notice, registry, revisions);
                    if (letter.isEmpty()) {
                        store.outbox().skipped(notice.id(), holder, "the invitation was withdrawn");
                        continue;
                    }
                    MimeMessage message = message(notice, letter.get());
                    if (transport == null) {
                        transport = session.getTransport("smtp");
                        transport.connect(settings.host(), settings.port(), settings.user().orElse(null),
                                settings.password().orElse(null));
                    }
                    transport.sendMessage(message, message.getAllRecipients());
                    store.outbox().sent(notice.id(), holder);
                } catch (SendFailedException | AddressException e) {
                    // the address itself is refused: trying again would not help
                    store.outbox().failed(notice.id(), holder, describe(e));
                } catch (MessagingException | UnsupportedEncodingException e) {
                    failedAttempt(entry, describe(e));
                    transport = close(transport);
                }
            }
        } finally {
            close(transport);
        }
        return claimed.size();
    }

    /** The notice to the person it names now: a person merged into another is reached as that one. */
    private Notice addressed(Notice notice) {
        return store.people().resolve(notice.person()).filter(p -> !p.equals(notice.person()))
                .map(p -> new Notice(notice.id(), notice.kind(), notice.event(), p, notice.registration(),
                        notice.position(), notice.reasons(), notice.actor(), notice.createdAt()))
                .orElse(notice);
    }

    /** The mail of a notice; empty for an invitation withdrawn before its mail went out. */
    private Optional<Letters.Letter> letter(Notice notice, Registry registry, Map<EventId, Integer> revisions) {
        Optional<Locale> language = store.invitations().latest(notice.event(), notice.person())
                .map(Invitation::language);
        Texts t = Letters.texts(language);
        // a withdrawn invitation gets no new link: a mail never undoes a withdrawal
        Optional<String> link = Letters.carriesLink(notice.kind()) ? store.invitations().link(notice.event(),
                notice.person(), t.locale(), ACTOR).map(links::invitation) : Optional.empty();
        if (notice.kind() == Notice.Kind.INVITED && link.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> calendar = Optional.empty();
        if (Letters.carriesCalendar(notice.kind())) {
            int revision = revisions.computeIfAbsent(notice.event(), store::revision);
            calendar = Optional.of(ICalendarExport.of(registry).inLanguage(t.locale()).withRevision(revision)
                    .stampedAt(clock.instant()).write(notice.event()));
        }
        return Optional.of(Letters.write(notice, registry, t, link, calendar));
    }

    private MimeMessage message(Notice notice, Letters.Letter letter)
            throws MessagingException, UnsupportedEncodingException {
        String messageId = "<" + notice.id() + "@" + (domain.isEmpty() ? "clustermeet.invalid" : domain) + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(InternetAddress.parse(settings.from(), true)[0]);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.to(), true));
        message.setSubject(letter.subject(), "UTF-8");
        message.setSentDate(java.util.Date.from(clock.instant()));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(letter.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(letter.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        if (letter.calendar().isEmpty()) {
            message.setContent(alternative);
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(letter.calendar().get(),
                    "text/calendar; charset=UTF-8; method=PUBLISH")));
            calendar.setFileName(notice.event().value() + ".ics");
            calendar.setDisposition(MimeBodyPart.ATTACHMENT);
            message.setContent(new MimeMultipart("mixed", body, calendar));
        }
        message.saveChanges();
        return message;
    }

    private void failedAttempt(Outbox.Entry entry, String error) {
        int attempts = entry.attempts() + 1;
        if (attempts >= settings.attempts()) {
            store.outbox().failed(entry.notice().id(), holder, error);
            return;
        }
        Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
        Instant retry = clock.instant().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        store.outbox().retry(entry.notice().id(), holder, error, retry);
    }

    private static Transport close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way
            }
        }
        return null;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        return (message == null ? e.getClass().getSimpleName() : message)
                + (cause != null && cause.getMessage() != null ? ": " + cause.getMessage() : "");
    }

    private static Properties properties(MailSettings settings) {
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", String.valueOf(settings.port()));
        p.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MS));
        p.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MS));
        p.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MS));
        p.put("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
        switch (settings.security()) {
            case STARTTLS -> {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
                p.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                p.put("mail.smtp.ssl.enable", "true");
                p.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // a server on the same machine or network, or a test's
            }
        }
        return p;
    }
}
