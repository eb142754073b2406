package org.maillage.dsl.scoping;

/**
 * Scoping of the .coop language. References are plain names, global across the files of a
 * model (see the runtime module's SimpleNameProvider): the default local and global scopes
 * implement that, so nothing is customised here yet.
 */
public class CoopScopeProvider extends AbstractCoopScopeProvider {
}
