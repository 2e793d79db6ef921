package org.clustermeet.core.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.clustermeet.core.id.FactId;
import org.junit.jupiter.api.Test;

class StatedCountTest {

    @Test
    void statedCountDescribesItselfWithItsDateAndSource() {
        StatedCount gold = new StatedCount(FactId.of("gold-2019"), "cluster organisations holding a GOLD label",
                StatedCount.Qualifier.ABOUT, 100, LocalDate.of(2019, 12, 1), StatedCount.Precision.MONTH, "news item");
        assertThat(gold.describe()).isEqualTo("cluster organisations holding a GOLD label: about 100 (2019-12, news item)");
    }

    @Test
    void monthPrecisionNeedsTheFirstDayOfTheMonth() {
        assertThatThrownBy(() -> new StatedCount(FactId.of("f"), "x", StatedCount.Qualifier.EXACTLY, 1,
                LocalDate.of(2019, 12, 4), StatedCount.Precision.MONTH, "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first day of its month");
    }

    @Test
    void negativeCountIsRefused() {
        assertThatThrownBy(() -> new StatedCount(FactId.of("f"), "x", StatedCount.Qualifier.EXACTLY, -1,
                LocalDate.of(2019, 12, 4), StatedCount.Precision.DAY, "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(at least 0): -1");
    }
}
