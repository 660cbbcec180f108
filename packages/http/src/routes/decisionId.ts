import { randomUUID } from "node:crypto";

/** A new decision ID: a random UUID naming one assessment as answered. */
export type NewDecisionId = () => string;

export const randomDecisionId: NewDecisionId = () => randomUUID();
