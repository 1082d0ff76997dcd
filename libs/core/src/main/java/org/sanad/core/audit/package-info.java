/**
 * What can be audited, without the audit log itself: the two vocabulary interfaces services and
 * modules implement, and the refusals the core's problem mappers announce. The {@code sanad-audit}
 * module writes them.
 */
package org.sanad.core.audit;
