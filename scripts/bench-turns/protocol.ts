import type { Bot } from './types.js';

/** The messages between the main thread (the bots) and the load worker (the conversations and the fake connector). */

/** One activity of the advice flow, as the echo bot replays it. */
export type Step = { kind: 'message'; text: string } | { kind: 'invoke'; verb: string; data: Record<string, unknown> };

export interface LoadWorkerData {
  role: 'bench-turns-load';
  tenantId: string;
  form: Record<string, string>;
}

export type Command =
  | { cmd: 'probe'; url: string }
  | { cmd: 'run'; bot: Bot; url: string; conversations: number; steps: Step[]; soakMix: boolean }
  | { cmd: 'window'; open: boolean }
  | { cmd: 'stop' }
  | { cmd: 'close' };

/** What the load generator saw of the turns (loopback, keep-alive) in the measured window. */
export interface ClientStats {
  turns: number;
  errors: number;
  flows: number;
  p50: number;
  p99: number;
  firstErrors: string[];
}

export type Reply =
  | { id: number; ok: true; connectorUrl?: string; steps?: Step[]; client?: ClientStats }
  | { id: number; ok: false; error: string };
