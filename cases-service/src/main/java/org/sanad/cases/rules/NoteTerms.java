package org.sanad.cases.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.privacy.BlindIndex;

/**
 * The searchable form of officers' notes, which are stored encrypted: the blind index of each
 * folded word ({@link ArabicText}), so a case is found by a word of its notes by equality, and
 * the words themselves are not in the database.
 */
@ApplicationScoped
public class NoteTerms {

    private static final String PURPOSE = "case-note-word";

    private final BlindIndex blindIndex;

    @Inject
    public NoteTerms(BlindIndex blindIndex) {
        this.blindIndex = blindIndex;
    }

    /** {@code existing} with the words of {@code note} added. */
    public String[] merge(String[] existing, String note) {
        Set<String> terms = new LinkedHashSet<>(List.of(existing));
        terms.addAll(of(note));
        return terms.toArray(String[]::new);
    }

    /** The indexes of the words of {@code text}: a search's words or a note's. */
    public List<String> of(String text) {
        return blindIndex.words(PURPOSE, text, ArabicText::fold);
    }
}
