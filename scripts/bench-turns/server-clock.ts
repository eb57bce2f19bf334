import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface ServerWindow {
  /** Server-side ms of each turn, ascending. */
  sorted: number[];
  failures: number;
  /** Requests served by the other HTTP servers of this thread (the embedded Cosmos store). */
  storeCalls: number;
}

/** Server-side time of POST /api/messages on one port, from the built-in HTTP diagnostics channels. */
export class ServerClock {
  port = 0;
  private recording = false;
  private samples: number[] = [];
  private failures = 0;
  private storeCalls = 0;
  private readonly starts = new WeakMap<ServerResponse, number>();

  private readonly onStart = (message: unknown): void => {
    const { request, response, socket } = message as { request: IncomingMessage; response: ServerResponse; socket: Socket };
    if (socket.localPort !== this.port) {
      // The only other HTTP server on this thread that is busy during a run: the embedded Cosmos store.
      if (this.recording) this.storeCalls++;
      return;
    }
    if (request.method !== 'POST' || !request.url?.startsWith('/api/messages')) return;
    this.starts.set(response, performance.now());
  };

  private readonly onFinish = (message: unknown): void => {
    const { response } = message as { response: ServerResponse };
    const started = this.starts.get(response);
    if (started === undefined) return;
    this.starts.delete(response);
    if (!this.recording) return;
    this.samples.push(performance.now() - started);
    if (response.statusCode >= 300) this.failures++;
  };

  attach(): void {
    subscribe('http.server.request.start', this.onStart);
    subscribe('http.server.response.finish', this.onFinish);
  }

  detach(): void {
    unsubscribe('http.server.request.start', this.onStart);
    unsubscribe('http.server.response.finish', this.onFinish);
  }

  /** Starts a window; `take` ends it (or cuts an interval) and returns what finished in it. */
  open(): void {
    this.samples = [];
    this.failures = this.storeCalls = 0;
    this.recording = true;
  }

  take(keepRecording = false): ServerWindow {
    const taken = { sorted: this.samples.sort((a, b) => a - b), failures: this.failures, storeCalls: this.storeCalls };
    this.samples = [];
    this.failures = this.storeCalls = 0;
    this.recording = keepRecording;
    return taken;
  }
}
