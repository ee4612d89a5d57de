package dk.spor.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dk.spor.assessment.AssessmentContext;
import dk.spor.assessment.AssessmentOutcome;
import dk.spor.assessment.ConversationKind;
import dk.spor.assessment.InvestigationKind;
import dk.spor.assessment.ScreeningOutcome;
import dk.spor.decision.DecisionType;
import dk.spor.intake.Channel;
import dk.spor.intake.ConcernCategory;
import dk.spor.intake.ReportKind;
import dk.spor.intake.ReporterType;

/**
 * The records a case's story leaves in the intake, assessment and decision modules, kept as the story happens:
 * a report is assessed and receipted later, an investigation gets its requests, replies and conclusion while it
 * runs. Deadlines and the writer point at them by their index in the case. Equal when their content is, so the
 * same seed can be seen to give the same records.
 */
final class CaseRecords extends Value {

    final List<Report> reports = new ArrayList<>();
    final List<Talk> conversations = new ArrayList<>();
    final List<Screening> screenings = new ArrayList<>();
    final List<Inquiry> investigations = new ArrayList<>();
    final List<Sfv> assessments = new ArrayList<>();
    final List<Ruling> decisions = new ArrayList<>();

    Report report(Report report) {
        reports.add(report);
        return report;
    }

    Inquiry investigation(Inquiry inquiry) {
        investigations.add(inquiry);
        return inquiry;
    }

    /** The running or last investigation. */
    Inquiry currentInvestigation() {
        return investigations.get(investigations.size() - 1);
    }

    int decision(Ruling ruling) {
        decisions.add(ruling);
        return decisions.size() - 1;
    }

    @Override
    List<Object> fields() {
        return List.of(reports, conversations, screenings, investigations, assessments, decisions);
    }

    /** An underretning or henvendelse; assessed within 24 hours and, from a professional, receipted. */
    static final class Report extends Value {

        final ReportKind kind;
        final ReporterType reporterType;
        final String reporterName;
        final String reporterOrganisation;
        final Instant receivedAt;
        final Channel channel;
        final String content;
        final List<ConcernCategory> categories;
        final long registeredBy;
        final Instant registeredAt;
        Instant assessedAt;
        Long assessedBy;
        String assessmentReasons;
        Instant receiptConfirmedAt;
        Long receiptConfirmedBy;

        Report(ReportKind kind, ReporterType reporterType, String reporterName, String reporterOrganisation,
                Instant receivedAt, Channel channel, String content, List<ConcernCategory> categories,
                long registeredBy, Instant registeredAt) {
            this.kind = kind;
            this.reporterType = reporterType;
            this.reporterName = reporterName;
            this.reporterOrganisation = reporterOrganisation;
            this.receivedAt = receivedAt;
            this.channel = channel;
            this.content = content;
            this.categories = List.copyOf(categories);
            this.registeredBy = registeredBy;
            this.registeredAt = registeredAt;
        }

        void assessed(Instant at, long by, String reasons) {
            assessedAt = at;
            assessedBy = by;
            assessmentReasons = reasons;
        }

        void receiptConfirmed(Instant at, long by) {
            receiptConfirmedAt = at;
            receiptConfirmedBy = by;
        }

        /** As intake decides it: only a professional's underretning is receipted (barnets lov § 137). */
        boolean needsReceipt() {
            return kind == ReportKind.CONCERN_REPORT && reporterType.isProfessional();
        }

        @Override
        List<Object> fields() {
            return Arrays.asList(kind, reporterType, reporterName, reporterOrganisation, receivedAt, channel, content,
                    categories, registeredBy, registeredAt, assessedAt, assessedBy, assessmentReasons,
                    receiptConfirmedAt, receiptConfirmedBy);
        }
    }

    record Talk(LocalDate heldOn, ConversationKind kind, String participants, boolean childInformed,
            String childsOwnWords, String summary, long recordedBy, Instant recordedAt) {
    }

    record Screening(String informationConsidered, String weightedInformation, String conclusion,
            ScreeningOutcome outcome, String childsView, String parentsView, String closingReason, long concludedBy,
            Instant concludedAt) {
    }

    /** An afdækning or a børnefaglig undersøgelse; an afdækning widened to one keeps its row. */
    static final class Inquiry extends Value {

        InvestigationKind kind;
        final LocalDate awarenessDate;
        final String startReason;
        final long startedBy;
        final Instant startedAt;
        final Plan plan;
        final List<Section> sections = new ArrayList<>();
        final List<Request> requests = new ArrayList<>();
        String escalationReason;
        Instant escalatedAt;
        Views views;
        String conclusion;
        Long completedBy;
        Instant completedAt;

        Inquiry(InvestigationKind kind, LocalDate awarenessDate, String startReason, long startedBy, Instant startedAt,
                Plan plan) {
            this.kind = kind;
            this.awarenessDate = awarenessDate;
            this.startReason = startReason;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
            this.plan = plan;
        }

        void escalate(String reason, Instant at) {
            kind = InvestigationKind.CHILD_INVESTIGATION;
            escalationReason = reason;
            escalatedAt = at;
        }

        void complete(String conclusion, Views views, long by, Instant at) {
            this.conclusion = conclusion;
            this.views = views;
            this.completedBy = by;
            this.completedAt = at;
        }

        boolean isChildInvestigation() {
            return kind == InvestigationKind.CHILD_INVESTIGATION;
        }

        @Override
        List<Object> fields() {
            return Arrays.asList(kind, awarenessDate, startReason, startedBy, startedAt, plan, sections, requests,
                    escalationReason, escalatedAt, views, conclusion, completedBy, completedAt);
        }
    }

    record Plan(String purpose, String questions, String sources, LocalDate expectedCompletion) {
    }

    /** One ICS dimension (ics_dimension.id) as far as the caseworker has written it. */
    record Section(int dimensionId, String resources, String concerns, String sources, Instant updatedAt) {
    }

    /** A request for information; {@code receivedOn} is null while the reply is awaited. */
    static final class Request extends Value {

        final String recipientKind;
        final String recipientName;
        final String purpose;
        final String questions;
        final LocalDate sentOn;
        final LocalDate replyDue;
        final long sentBy;
        LocalDate receivedOn;
        String replySummary;
        Long receivedBy;

        Request(String recipientKind, String recipientName, String purpose, String questions, LocalDate sentOn,
                LocalDate replyDue, long sentBy) {
            this.recipientKind = recipientKind;
            this.recipientName = recipientName;
            this.purpose = purpose;
            this.questions = questions;
            this.sentOn = sentOn;
            this.replyDue = replyDue;
            this.sentBy = sentBy;
        }

        void replied(LocalDate on, String summary, long by) {
            receivedOn = on;
            replySummary = summary;
            receivedBy = by;
        }

        @Override
        List<Object> fields() {
            return Arrays.asList(recipientKind, recipientName, purpose, questions, sentOn, replyDue, sentBy, receivedOn,
                    replySummary, receivedBy);
        }
    }

    /** The child's view or why it could not be obtained (exactly one is set), and the parents' view. */
    record Views(String child, String childMissingReason, String parents) {
    }

    /** A socialfaglig vurdering after the investigation at {@code investigation} (its index). */
    record Sfv(int investigation, AssessmentContext context, String decisiveFactors, String challengesAndResources,
            String conclusion, String supportDescription, String networkContribution, Views views,
            AssessmentOutcome outcome, String closingReason, long recordedBy, Instant recordedAt) {
    }

    record Ruling(DecisionType type, String legalBasisId, String subtype, String purpose, String expectedEffect,
            Integer expectedDurationMonths, Views views, boolean childIsParty, LocalDate decidedOn,
            LocalDate notifiedOn, long decidedBy, Instant recordedAt) {
    }
}
