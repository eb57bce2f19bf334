import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * Structured JSON logs. They carry ids, codes and counts, never message text or card input:
 * nothing typed by a user is ever passed to the logger, and errors are reduced to their
 * name/code/status (SDK errors can carry request bodies).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'safeguarding-advice' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

export function errorFields(err: unknown): { errName: string; errCode?: string; status?: number } {
  if (!(err instanceof Error)) return { errName: typeof err };
  const e = err as Error & { code?: unknown; statusCode?: unknown };
  return {
    errName: e.name,
    ...(typeof e.code === 'string' || typeof e.code === 'number' ? { errCode: String(e.code) } : {}),
    ...(typeof e.statusCode === 'number' ? { status: e.statusCode } : {}),
  };
}
