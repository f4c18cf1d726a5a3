package se.finsam.handlingar.organisation;

import java.time.LocalDate;

/**
 * A member organisation of the förbund (Försäkringskassan, Arbetsförmedlingen, the region, each kommun).
 *
 * @param typ STAT, REGION or KOMMUN
 * @param medlemFran null when the membership predates the register
 */
public record Huvudman(String kod, String namn, String typ, LocalDate medlemFran, LocalDate medlemTill) {
}
