package org.clustermeet.server.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mail settings file: defaults by security, the password from its own file, errors by file and setting. */
class MailSettingsTest {

    @TempDir
    Path dir;

    @Test
    void starttlsOnPort587IsTheDefaultAndThePasswordComesFromItsFile() throws Exception {
        Files.writeString(dir.resolve("smtp.password"), "s3cret pass\n");
        Path file = Files.writeString(dir.resolve("mail.properties"), """
                host = smtp.example.org
                user = meetings@example.org
                password-file = smtp.password
                from = Cluster meetings <meetings@example.org>
                """);

        MailSettings mail = MailSettings.read(file);

        assertThat(mail.security()).isEqualTo(MailSettings.Security.STARTTLS);
        assertThat(mail.port()).isEqualTo(587);
        assertThat(mail.password()).contains("s3cret pass");
        assertThat(mail.toString()).doesNotContain("s3cret").contains("password hidden", "smtp.example.org:587");
    }

    @Test
    void tlsDefaultsToPort465() throws Exception {
        Path file = Files.writeString(dir.resolve("mail.properties"), "host=smtp.example.org\nsecurity=tls\n"
                + "from=meetings@example.org\n");

        assertThat(MailSettings.read(file).port()).isEqualTo(465);
    }

    @Test
    void aMissingOrUnknownSettingIsNamedWithTheFile() throws Exception {
        Path noHost = Files.writeString(dir.resolve("a.properties"), "from=meetings@example.org\n");
        Path unknown = Files.writeString(dir.resolve("b.properties"), "host=h\nfrom=m@example.org\npassword=x\n");
        Path badSecurity = Files.writeString(dir.resolve("c.properties"), "host=h\nfrom=m@example.org\nsecurity=ssl\n");
        Path userAlone = Files.writeString(dir.resolve("d.properties"), "host=h\nfrom=m@example.org\nuser=u\n");

        assertThatThrownBy(() -> MailSettings.read(noHost)).hasMessage(noHost + ": \"host\" is required");
        assertThatThrownBy(() -> MailSettings.read(unknown)).hasMessageStartingWith(unknown + ": unknown setting "
                + "\"password\"");
        assertThatThrownBy(() -> MailSettings.read(badSecurity)).hasMessage(badSecurity
                + ": security must be starttls, tls or none, not \"ssl\"");
        assertThatThrownBy(() -> MailSettings.read(userAlone)).hasMessageContaining("a mail user needs a password");
    }
}
