/** How bench:http's runner and its server process talk (stdin commands, prefixed JSON lines, traced requests). */

/** Marks the server's answers to the runner among the platform's own JSON log lines. */
export const LINE_PREFIX = 'bench-http: ';

/** A request carrying this header (any id) has its SQL statements recorded under that id. */
export const TRACE_HEADER = 'x-bench-trace';

/** Sent on the server's stdin, one JSON object per line. */
export type ServerCommand =
  /** Keep the events of this request, filed through the API, as the template of the raw submissions. */
  | { readonly template: string }
  /** Answer the statements the request traced under this id sent. */
  | { readonly trace: string };
