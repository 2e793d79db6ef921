package org.clustermeet.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The digit-by-digit parsers accept, return and reject exactly what java.time's parsers do. */
class IsoTextTest {

    @Test
    void aDayReadTwiceIsOneObjectSoThatARegistryHoldsEachDayOnce() {
        assertThat(IsoText.date("2019-12-04")).isSameAs(IsoText.date(new String("2019-12-04")))
                .isEqualTo(LocalDate.of(2019, 12, 4));
        assertThat(IsoText.date("1899-12-31")).isEqualTo(LocalDate.of(1899, 12, 31));
        assertThat(IsoText.date("2100-01-01")).isEqualTo(LocalDate.of(2100, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-12-04", "0000-01-01", "9999-12-31", "2020-02-29", "2019-02-29", "2019-13-01",
            "2019-00-10", "2019-04-31", "2019-12-4", "2019/12/04", "+12019-12-04", "2019-12-04 ", "", "-001-01-01",
            "2019-1a-04", "20191204xx"})
    void datesAsJavaTime(String text) {
        assertSame(text, IsoText::date, LocalDate::parse);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-11-20T08:30:00Z", "2019-11-20T08:30:00.123Z", "2019-11-20T24:00:00Z",
            "2016-12-31T23:59:60Z", "2019-11-20T23:59:61Z", "2019-11-20T08:30Z", "2019-11-20T08:30:00+01:00",
            "2019-02-29T08:30:00Z", "2019-11-20T08:60:00Z", "2019-11-20t08:30:00Z", "2019-11-20T08:30:00z"})
    void instantsAsJavaTime(String text) {
        assertSame(text, IsoText::instant, Instant::parse);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-12-04T09:00:00+01:00", "2019-12-04T09:00:00-05:30", "2019-12-04T09:00:00-00:00",
            "2019-12-04T09:00:00+18:00", "2019-12-04T09:00:00+18:01", "2019-12-04T09:00:00+19:00",
            "2019-12-04T09:00:00+01:60", "2019-12-04T09:00:00Z", "2019-12-04T09:00+01:00",
            "2019-12-04T09:00:00.5+01:00", "2019-12-04T24:00:00+01:00", "2019-12-04T09:00:00+0100",
            "2019-12-04T09:00:00+01:00:30", "2019-12-32T09:00:00+01:00"})
    void offsetDateTimesAsJavaTime(String text) {
        assertSame(text, IsoText::offsetDateTime, OffsetDateTime::parse);
    }

    @RepeatedTest(10)
    void randomTextsOfTheFastShapesAsJavaTime(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        for (int i = 0; i < 2_000; i++) {
            String date = digits(random, 4) + "-" + digits(random, 2) + "-" + digits(random, 2);
            String time = date + "T" + digits(random, 2) + ":" + digits(random, 2) + ":" + digits(random, 2);
            String offset = (random.nextBoolean() ? "+" : "-") + digits(random, 2) + ":" + digits(random, 2);
            assertSame(date, IsoText::date, LocalDate::parse);
            assertSame(time + "Z", IsoText::instant, Instant::parse);
            assertSame(time + offset, IsoText::offsetDateTime, OffsetDateTime::parse);
        }
    }

    /** Digits weighted towards the small values that make real dates and times. */
    private static String digits(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 && random.nextInt(4) > 0 ? random.nextInt(3) : random.nextInt(10));
        }
        return out.toString();
    }

    private static <T> void assertSame(String text, Function<String, T> fast, Function<String, T> javaTime) {
        T expected;
        try {
            expected = javaTime.apply(text);
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> fast.apply(text)).as(text).isInstanceOf(DateTimeParseException.class)
                    .hasMessage(e.getMessage());
            return;
        }
        assertThat(fast.apply(text)).as(text).isEqualTo(expected);
    }

    @RepeatedTest(10)
    void datesAndInstantsAreWrittenAsTheirToString(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        char[] out = new char[20];
        for (int i = 0; i < 2_000; i++) {
            LocalDate date = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(-20, 1, 1).toEpochDay(),
                    LocalDate.of(10_020, 12, 31).toEpochDay()));
            int length = IsoText.formatDate(date, out);
            if (length < 0) {
                assertThat(date.getYear() < 0 || date.getYear() > 9999).as(date.toString()).isTrue();
            } else {
                assertThat(new String(out, 0, length)).isEqualTo(date.toString());
            }
            Instant instant = Instant.ofEpochSecond(random.nextLong(Instant.parse("-0001-06-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("+10001-06-01T00:00:00Z").getEpochSecond()), random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
            length = IsoText.formatInstant(instant, out);
            if (length < 0) {
                assertThat(instant.getNano() != 0 || !instant.toString().matches("\\d{4}-.*")).as(instant.toString()).isTrue();
            } else {
                assertThat(new String(out, 0, length)).isEqualTo(instant.toString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "2019-12-04T09:00:00Z"})
    void instantsAtTheEdgesAreWrittenAsTheirToString(String text) {
        char[] out = new char[20];
        assertThat(new String(out, 0, IsoText.formatInstant(Instant.parse(text), out))).isEqualTo(text);
    }
}
