// SPDX-License-Identifier: MIT
/** Message tables are data: one function per key, taking the field label and the keyword's parameters. */

/** What a message function receives. */
export interface MessageContext {
  /** The field's label in the message locale (or the form title for errors at the root). */
  label: string;
  /**
   * The keyword's parameters, built from the schema at the error's schema path (`limit`, `format`, `type`,
   * `allowedValues`…) and from the data (`missingProperty`, `additionalProperty`, `i`, `j`), plus
   * `propertyLabel` for `dependentRequired`.
   */
  params: Record<string, unknown>;
}

/** A message: a pure function of its context. */
export type MessageFn = (ctx: MessageContext) => string;
