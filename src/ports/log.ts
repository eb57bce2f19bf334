/** What the core may log: ids, codes and counts as fields (pino's Logger satisfies it). Never message text or card input. */
export interface EventLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}
