/** Statement text → the name it is prepared under on each PostgreSQL connection. */
const names = new Map<string, string>();

/**
 * Marks a hot, constant statement to be prepared once per PostgreSQL connection and executed by name
 * afterwards, sparing the server its parse and plan on every call (a fifth of a guarded single-event
 * append's cost in bench:store). Only for statements whose text never varies and whose tables never
 * change shape while the process runs (a prepared plan that would return other columns fails). PGlite
 * runs the text as before. Returns the text, so a constant can be declared in one expression.
 */
export const namedStatement = (name: string, text: string): string => {
  const taken = [...names].find(([other, otherName]) => otherName === name && other !== text);
  if (taken !== undefined) throw new Error(`Statement name ${name} is already used for another statement`);
  names.set(text, name);
  return text;
};

/** The name a statement is prepared under, if it was declared with namedStatement. */
export const statementName = (text: string): string | undefined => names.get(text);
