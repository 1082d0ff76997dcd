package org.sanad.core.persistence;

import java.util.Collection;
import java.util.EnumSet;
import java.util.stream.Collectors;

/**
 * A condition on an enum-typed attribute written with the constants themselves, for a list filter.
 * Hibernate keeps no plan for a query whose parameter is bound to a list and translates it anew on
 * every call; the constants' combinations are few, and the text comes from the enum's own names,
 * never from the request.
 */
public final class EnumLiterals {

    private EnumLiterals() {
    }

    /** {@code path in (Type.A, Type.B)}, in the enum's order, so equal sets make equal queries. */
    public static <E extends Enum<E>> String in(String path, Collection<E> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values for " + path);
        }
        return EnumSet.copyOf(values).stream().map(v -> v.getDeclaringClass().getName() + "." + v.name())
                .collect(Collectors.joining(", ", path + " in (", ")"));
    }
}
