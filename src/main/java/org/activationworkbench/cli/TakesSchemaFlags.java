package org.activationworkbench.cli;

/** A command whose flags are partly made from declared options; {@link WorkbenchCli} adds them before parsing. */
interface TakesSchemaFlags {

    SchemaFlags schemaFlags();
}
