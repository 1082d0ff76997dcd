package org.sanad.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.sanad.core.openapi.ApiAudiences;

/**
 * A role added here must be given an audience in {@link ApiAudiences}: its operations go to the
 * public contract (and the published clients) or to the internal one, never to neither by accident.
 */
class RolesAudienceTest {

    @Test
    void everyRoleOfTheSuiteIsEitherAPublicOrAnInternalOne() throws IllegalAccessException {
        Set<String> roles = new TreeSet<>();
        for (Field field : Roles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                roles.add((String) field.get(null));
            }
        }
        Set<String> classified = new HashSet<>(ApiAudiences.PUBLIC_ROLES);
        classified.addAll(ApiAudiences.INTERNAL_ROLES);
        assertEquals(roles, new TreeSet<>(classified));
        Set<String> both = new HashSet<>(ApiAudiences.PUBLIC_ROLES);
        both.retainAll(ApiAudiences.INTERNAL_ROLES);
        assertEquals(Set.of(), both);
    }
}
