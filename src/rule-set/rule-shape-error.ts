/** A custom rule that does not have the shape of a rule; the message says what is wrong. */
export class RuleShapeError extends Error {}
