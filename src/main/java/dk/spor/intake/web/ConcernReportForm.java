package dk.spor.intake.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dk.spor.intake.Channel;
import dk.spor.intake.ConcernCategory;
import dk.spor.intake.NewConcernReport;
import dk.spor.intake.ReportKind;
import dk.spor.intake.ReporterType;
import dk.spor.shared.FieldErrors;

/**
 * The intake form exactly as typed. Everything is text so that an invalid value is shown back to the user, never
 * lost; {@link #toReport} turns it into the domain's input once it parses.
 */
public class ConcernReportForm {

    private String kind = ReportKind.CONCERN_REPORT.name();
    private String cpr;
    private String firstName;
    private String lastName;
    private Long teamId;
    private String reporterType;
    private String reporterName;
    private String reporterOrganisation;
    private String reporterContact;
    private String receivedDate;
    private String receivedTime;
    private String channel;
    private List<String> categories = List.of();
    private String content;

    /** Parses the form; unparseable values are reported in {@code errors} and left null in the result. */
    NewConcernReport toReport(FieldErrors errors) {
        return new NewConcernReport(parseEnum(ReportKind.class, kind), cpr, firstName, lastName, teamId,
                parseEnum(ReporterType.class, reporterType), reporterName, reporterOrganisation, reporterContact,
                errors.date("receivedDate", receivedDate), parseTime(errors), parseEnum(Channel.class, channel), parseCategories(), content);
    }

    private LocalTime parseTime(FieldErrors errors) {
        if (receivedTime == null || receivedTime.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(receivedTime.strip());
        } catch (DateTimeParseException e) {
            errors.reject("receivedTime", "Klokkeslættet skal skrives som tt:mm, fx 09:30.");
            return null;
        }
    }

    private Set<ConcernCategory> parseCategories() {
        Set<ConcernCategory> parsed = EnumSet.noneOf(ConcernCategory.class);
        categories.stream().map(c -> parseEnum(ConcernCategory.class, c)).filter(c -> c != null).forEach(parsed::add);
        return parsed;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getCpr() { return cpr; }
    public void setCpr(String cpr) { this.cpr = cpr; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public String getReporterType() { return reporterType; }
    public void setReporterType(String reporterType) { this.reporterType = reporterType; }
    public String getReporterName() { return reporterName; }
    public void setReporterName(String reporterName) { this.reporterName = reporterName; }
    public String getReporterOrganisation() { return reporterOrganisation; }
    public void setReporterOrganisation(String reporterOrganisation) { this.reporterOrganisation = reporterOrganisation; }
    public String getReporterContact() { return reporterContact; }
    public void setReporterContact(String reporterContact) { this.reporterContact = reporterContact; }
    public String getReceivedDate() { return receivedDate; }
    public void setReceivedDate(String receivedDate) { this.receivedDate = receivedDate; }
    public String getReceivedTime() { return receivedTime; }
    public void setReceivedTime(String receivedTime) { this.receivedTime = receivedTime; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> categories) { this.categories = categories == null ? List.of() : categories; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
}
