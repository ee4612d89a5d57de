package dk.spor.intervention;

/** A kind of intervention under a legal basis (reference data), e.g. Familiebehandling under § 32. */
public record InterventionType(String code, String name, String legalBasisId, String legalBasisLabel,
        boolean placement) {
}
