/** What the turns benchmark reports, and how it is asked to run. */

export interface TurnStats {
  /** POST /api/messages answered inside the measured window. */
  turns: number;
  turnsPerSec: number;
  /** Server-side latency, ms. */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Answers other than 2xx (server side) plus client failures (connection errors, wrong cards). */
  errors: number;
  /** Advice flows completed inside the window (product: the request was sent). */
  flows: number;
  /** The same turns seen by the load generator (loopback, keep-alive), ms. */
  client: { p50: number; p99: number };
  /** Event-loop utilisation of the bot's thread (the main thread) over the window, and that busy time per turn. */
  busyPct: number;
  busyMsPerTurn: number;
  /** CPU time of the whole process (bot, load generator, fake connector, GC) per turn: robust to other load on the machine. */
  cpuMsPerTurn: number;
  /** HTTP requests to the embedded Cosmos store per turn (0 for the echo bot). */
  storeCallsPerTurn: number;
}

export interface TurnsLevel {
  conversations: number;
  product: TurnStats;
  echo: TurnStats;
  /** product / echo: throughput (higher is better) and p99 (lower is better). */
  ratio: { throughput: number; p99: number };
}

export interface MemorySample {
  atSeconds: number;
  rssMB: number;
  heapMB: number;
  /** V8 heap reserved, and memory outside it (buffers), for reading RSS. */
  heapTotalMB: number;
  externalMB: number;
  /** Turns per second and server-side p99 over the interval that ends here. */
  turnsPerSec: number;
  p99: number;
}

export interface TurnsSoak {
  seconds: number;
  conversations: number;
  /** Whether the samples were taken right after a full GC (`--expose-gc`). */
  gc: boolean;
  turns: number;
  flows: number;
  errors: number;
  /** Median RSS over the first and the last 30 s of the soak (sampled every 2 s), and the highest sample. */
  rssStartMB: number;
  rssEndMB: number;
  rssPeakMB: number;
  /** V8 heap in use at the start and the end (after a full GC with --expose-gc). */
  heapStartMB: number;
  heapEndMB: number;
  rssGrowthPct: number;
  heapGrowthPct: number;
  /** The larger of the two. */
  growthPct: number;
  /** Size of the embedded store's snapshot (its data, as JSON) at the start and end samples. */
  storeStartMB: number;
  storeEndMB: number;
  timeline: MemorySample[];
}

export interface TurnsTarget {
  /** null when the level it needs was not run. */
  pass: boolean | null;
  value: number | null;
  limit: number;
}

export interface TurnsBench {
  at: string;
  /** Other work on the machine skews the figures: the 1/5/15-minute load averages around the run. */
  machine: { node: string; cpus: number; loadAverageStart: number[]; loadAverageEnd: number[] };
  mode: 'server';
  method: string;
  warmupSeconds: number;
  durationSeconds: number;
  /** The activities of one advice flow, as both bots received them. */
  flow: { turns: number; messages: number; invokes: number; steps: string[] };
  levels: TurnsLevel[];
  targets: {
    /** product turns/s ≥ 0.5 × echo at 50 conversations. */
    throughputAt50: TurnsTarget;
    /** product p99 ≤ 2 × echo p99 at 50 conversations. */
    p99At50: TurnsTarget;
    /** product p50 ≤ 15 ms at 1 conversation. */
    p50At1: TurnsTarget;
    /** memory growth ≤ 10 % over the soak. */
    soakGrowth: TurnsTarget;
  };
  soak?: TurnsSoak;
}

export interface TurnsOptions {
  /** Concurrent conversations per level (default 1, 10, 50). */
  levels?: number[];
  /** Measured seconds per level and bot (default 12). */
  durationSeconds?: number;
  /** Load before the measured window, per level and bot (default 3). */
  warmupSeconds?: number;
  /** Soak length in seconds (default 0 = no soak; 300 for the real run). */
  soakSeconds?: number;
  /** Conversations during the soak (default 10). */
  soakConversations?: number;
  /** Which bots to load (default both; one alone is for profiling). */
  bots?: readonly Bot[];
  /** The product's log level (default info, the production default; the lines are dropped). */
  logLevel?: string;
  /** Progress lines (default: none). */
  progress?: (line: string) => void;
}

export type Bot = 'product' | 'echo';

/** A bot listening on loopback for the benchmark. */
export interface Served {
  url: string;
  stop(): Promise<void>;
}
