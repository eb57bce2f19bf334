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

/** Re-exported for the adapters: the core's error fields live beside its errors. */
export { errorFields } from './domain/errors.js';
