package org.dateline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.MaxentModel;
import org.dateline.knowledge.DataFiles;
import org.dateline.model.EntityType;

/**
 * The decision step that weighs every source of evidence about a candidate name at once (the typing rules' votes,
 * the sequence model, the gazetteer, the name's shape and words, the article's other names) with a maximum-entropy
 * model trained on open annotated text ({@code data/models/name-decider.bin}, built by {@code dateline train
 * decider}): a person, an organisation, a place, or no name. Thread-safe: the model is only read.
 */
public final class NameDecider {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NameDecider.class);
    /** Where the decider's model lives under {@code data/}. */
    public static final String MODEL = "models/name-decider.bin";
    /** The outcome for a candidate that names nothing the project counts. */
    static final String NONE = "NONE";

    private final MaxentModel model;
    /**
     * Below this probability the decider leaves the rules' decision as it is (chosen by five-fold cross-validation
     * on the training articles; 0.6 and 0.7 did equally well on held-out sets, lower let it overrule good rules).
     */
    static final double MIN_CONFIDENCE = 0.6;

    public NameDecider(MaxentModel model) {
        this.model = model;
    }

    /** The bundled decider, or null when {@code data/models/name-decider.bin} is absent. */
    public static NameDecider loadDefault() {
        if (!DataFiles.exists(MODEL)) {
            return null;
        }
        try (InputStream in = DataFiles.open(MODEL)) {
            return new NameDecider(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name decider data/" + MODEL
                    + " (rebuild it with 'dateline train decider', see data/models/README.md)", e);
        }
    }

    /**
     * Decides each candidate that came from running text (names read from the byline, dateline or credits stay as
     * ingest typed them, and a month's name where no date is written is left to the resolver): sets its type, or
     * removes it from {@code cands} when the model says it names nothing.
     */
    void decide(List<Candidate> cands, NameFeatures features) {
        List<Candidate> all = List.copyOf(cands);
        List<Candidate> dropped = new ArrayList<>();
        for (Candidate c : all) {
            if (c.fixed || c.monthWord || c.structural) {
                continue;
            }
            String[] context = features.of(c, all);
            double[] p = model.eval(context);
            int best = 0;
            for (int i = 1; i < p.length; i++) {
                if (p[i] > p[best]) {
                    best = i;
                }
            }
            String outcome = model.getOutcome(best);
            LOG.trace("decide {}: {} p={} {}", c.text, outcome, p[best], Arrays.toString(context));
            if (clubOverDecider(c, outcome)) {
                keepTheBody(c, CLUB_OVER_DECIDER, String.format(Locale.ROOT,
                        "%s (decider p=%.2f) against a club named in a sentence of sport", outcome, p[best]));
                continue;
            }
            if (p[best] < MIN_CONFIDENCE) {
                // Unsure: the rules' own decision stands (an untyped name is left to coreference), except a person
                // that rests on the sequence model alone against a known body.
                if (c.modelOnly && c.type == null) {
                    dropped.add(c);
                } else if (c.type == EntityType.PERSON && knownBodyOverModel(c, EntityType.PERSON)) {
                    keepTheBody(c, KNOWN_BODY_OVER_MODEL, modelAlone(p[best]));
                }
                continue;
            }
            // null: the decider says no name.
            EntityType type = outcome.equals(NONE) ? null : EntityType.valueOf(outcome);
            if (type != c.type && firmCueOverDecider(c)) {
                c.evidence.add(Decision.of(c.type, FIRM_CUE_OVER_DECIDER, String.format(Locale.ROOT,
                        "%s (decider p=%.2f) against a cue the decider never saw in training",
                        type == null ? "no name" : type, p[best])));
                continue;
            }
            if (type == null) {
                if (!rulesAgree(c)) {
                    dropped.add(c);
                }
                continue;
            }
            if (knownBodyOverModel(c, type)) {
                keepTheBody(c, KNOWN_BODY_OVER_MODEL, modelAlone(p[best]));
                continue;
            }
            if (type != c.type && rulesAgree(c) && c.votes.stream().noneMatch(d -> d.type() == type)) {
                c.evidence.add(Decision.of(c.type, RULES_AGREE_OVER_DECIDER, String.format(Locale.ROOT,
                        "%s (decider p=%.2f) is a type no source gave", type, p[best])));
                continue;
            }
            c.type = type;
            c.evidence.add(Decision.of(type, "NameDecider", String.format(Locale.ROOT, "p=%.2f weighing %s%s", p[best],
                    c.votes.isEmpty() ? "no rule" : c.votes.stream().map(Decision::rule).distinct().toList(),
                    c.model == null ? "" : " and the sequence model's " + c.model.type())));
        }
        cands.removeAll(dropped);
    }

    /**
     * RulesAgreeOverNone: two or more rules other than the sequence model typed the name, all alike ("Shin Da-eun":
     * a hyphenated given name, and "According to" before it): the decider's "no name" does not drop it; it learned
     * from few names whose first word is also an ordinary word ("Shin").
     */
    static boolean rulesAgree(Candidate c) {
        List<Decision> rules = c.votes.stream().filter(d -> !d.rule().equals(SEQUENCE_MODEL)).toList();
        return c.type != null && rules.stream().map(Decision::rule).distinct().count() >= 2
                && rules.stream().allMatch(d -> d.type() == c.type);
    }

    /** The name stays the body a gazetteer rule found, against the decider: {@code rule} says which override. */
    private static void keepTheBody(Candidate c, String rule, String why) {
        c.type = EntityType.ORGANIZATION;
        c.evidence.add(Decision.of(EntityType.ORGANIZATION, rule, why));
    }

    private static String modelAlone(double p) {
        return String.format(Locale.ROOT, "PERSON (decider p=%.2f) rests on the sequence model alone", p);
    }

    private static final String KNOWN_BODY_OVER_MODEL = "KnownBodyOverModel";
    private static final String FIRM_CUE_OVER_DECIDER = "FirmCueOverDecider";
    /** Rules whose cue says the type outright and that came after the decider was trained, so it never weighed them. */
    private static final Set<String> FIRM_CUES = Set.of(TypingRules.SeatInBrackets.class.getSimpleName(),
            TypingRules.DoubleBarrelledSurname.class.getSimpleName(), TypingRules.SpeakerAfterQuote.class.getSimpleName());

    /**
     * FirmCueOverDecider: a rule of {@link #FIRM_CUES} typed the name ("Coun. Ravi Sandhar (Transcona)": the ward) and
     * no rule but the sequence model says otherwise: the rule's type stands, against another type or no name.
     */
    static boolean firmCueOverDecider(Candidate c) {
        return onlyTheModelDisagrees(c, FIRM_CUES, c.type);
    }

    /** Whether one of {@code rules} typed the name {@code type} and no rule but the sequence model typed it otherwise. */
    private static boolean onlyTheModelDisagrees(Candidate c, Set<String> rules, EntityType type) {
        return c.votes.stream().anyMatch(d -> rules.contains(d.rule()) && d.type() == type)
                && c.votes.stream().noneMatch(d -> d.type() != type && !d.rule().equals(SEQUENCE_MODEL));
    }
    /**
     * RulesAgreeOverDecider: two or more rules other than the sequence model typed the name alike ("The coach, Blair
     * Henare, said": a role in apposition, the subject of "said") and the decider picked a type no rule and not the
     * model gave (an organisation between the rules' person and the model's place): the rules' type stands. The
     * decider learned such splits from names its given-name list knew, and it knows few of the world's given names.
     */
    private static final String RULES_AGREE_OVER_DECIDER = "RulesAgreeOverDecider";
    /** The override that keeps a club against the decider ({@link #clubOverDecider}). */
    static final String CLUB_OVER_DECIDER = "KnownClubOverDecider";

    private static final String KNOWN_BODY = TypingRules.KnownBody.class.getSimpleName();
    private static final String SEQUENCE_MODEL = TypingRules.SequenceModel.NAME;

    /**
     * KnownClubOverDecider: a club's name in a sentence of sport ({@code KnownClub}: "Tottenham drew with Everton")
     * that no rule but the sequence model types otherwise stays the club, whatever the decider says: it learned
     * before the sports-clubs layer existed, from few clubs, so the rule's vote is one it never weighed.
     */
    static boolean clubOverDecider(Candidate c, String outcome) {
        return !outcome.equals(EntityType.ORGANIZATION.name())
                && onlyTheModelDisagrees(c, Set.of(TypingRules.KnownClub.NAME), EntityType.ORGANIZATION);
    }

    /**
     * KnownBodyOverModel: a name the open data knows only as a well-known body ({@code KnownBody}: "Microsoft",
     * "Boeing") that no rule but the sequence model calls a person stays the body: the decider learned from few such
     * names, and the model's vote alone is weak evidence against the gazetteer's.
     */
    static boolean knownBodyOverModel(Candidate c, EntityType outcome) {
        return outcome == EntityType.PERSON
                && c.votes.stream().anyMatch(d -> d.rule().equals(KNOWN_BODY) && d.type() == EntityType.ORGANIZATION)
                && c.votes.stream().noneMatch(d -> d.type() == EntityType.PERSON && !d.rule().equals(SEQUENCE_MODEL));
    }
}
