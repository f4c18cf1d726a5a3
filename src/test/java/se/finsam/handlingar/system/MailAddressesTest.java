package se.finsam.handlingar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Finding 10: {@code pia@example.se;x} was accepted as an address. */
class MailAddressesTest {

    @Test
    void oneAddrSpecIsAMailboxAndNothingElseIs() {
        assertThat(List.of("pia@example.se", "anna.berg@umea.se", "ordf+styrelsen@finsam.example", "o'brien@example.ie",
                "åsa@åre.se", "x@sub-domän.example.se", "a".repeat(64) + "@example.se"))
                .allSatisfy(a -> assertThat(MailAddresses.valid(a)).as(a).isTrue());
        assertThat(List.of("pia@example.se;x", "pia@example.se,kalle@example.se", "a@b", "@example.se", "pia@",
                "pia@@example.se", "pia example@example.se", "\"pia berg\"@example.se", "Pia <pia@example.se>",
                "pia@example..se", ".pia@example.se", "pia.@example.se", "pia..berg@example.se", "pia@-example.se",
                "pia@example.se.", "pia@127.0.0.1", "pia@[127.0.0.1]", "pia@example.se\r\nBcc: x@example.se",
                "a".repeat(65) + "@example.se", "pia@" + "a".repeat(250) + ".se", ""))
                .allSatisfy(a -> assertThat(MailAddresses.valid(a)).as(a).isFalse());
        assertThat(MailAddresses.valid(null)).isFalse();
    }
}
