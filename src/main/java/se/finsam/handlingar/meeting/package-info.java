/**
 * Meetings of the förbund's organs: agenda and kallelse, protokoll with § numbers running through the calendar year
 * per organ, justering (which freezes the protokoll), anslag on the public anslagstavla and protokollsutdrag.
 * Public API: {@link se.finsam.handlingar.meeting.MeetingService} and {@link se.finsam.handlingar.meeting.Anslagstavla}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "document", "organisation", "render", "signing", "system" })
package se.finsam.handlingar.meeting;
